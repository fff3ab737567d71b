import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_DOCS_FILE, renderConfigDocs } from '../../scripts/config-docs.js';

describe('docs/config.md', () => {
  it('is what the schema generates (run `npm run docs:config` when this fails)', () => {
    expect(readFileSync(new URL(`../../${CONFIG_DOCS_FILE}`, import.meta.url), 'utf8')).toBe(renderConfigDocs());
  });

  it('documents every rule and the defaults', () => {
    const docs = renderConfigDocs();
    for (const key of ['`mode`', '`rules.business-value.min-words`', '`rules.nfr-criteria.required`', '`rules.debt-link.registers`', '`sprints.target.min`']) {
      expect(docs).toContain(key);
    }
    expect(docs).toContain('`8`');
  });
});

describe('README', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

  it('starts with the two commands: one runs the main job, one the tests', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/u.exec(readme)?.[1] ?? '';
    expect(readme.indexOf('```sh')).toBeLessThan(readme.indexOf('\n## '));
    expect(firstBlock).toContain('npm ci && npm start');
    expect(firstBlock).toContain('npm ci && npm test');
  });

  it('embeds the example workflows verbatim', () => {
    for (const file of ['pr-and-issue-check.yml', 'fork-safe-pull-request-target.yml', 'sprint-report.yml', 'audit.yml', 'register-board.yml']) {
      const text = readFileSync(new URL(`../../docs/workflows/${file}`, import.meta.url), 'utf8');
      expect(readme).toContain(text.replace(/^# \.github\/workflows\/[\w.-]+\n/u, ''));
    }
  });
});
