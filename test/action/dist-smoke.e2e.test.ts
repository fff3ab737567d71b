/**
 * Smoke tests of the committed bundle: dist/index.js run as a child process, the way
 * a runner runs it, on a PR check and on a sprint report. Every other action test runs
 * the source in process (test/harness/run-action.ts); these prove the bundle that ships
 * does the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { milestoneEvent, pullRequestEvent } from '../fake-github/events.js';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { REPO_ROOT, runAction } from '../harness/run-action.js';
import { mergedPr, sprintMilestone } from '../sprint-action/helpers.js';
import { PASSING_BODY } from '../harness/bodies.js';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
});

describe('dist/index.js', () => {
  it('checks a PR: a failed job (no check run by default), one comment, the outputs and the summary', async () => {
    gh.addPull({ number: 7, title: 'feat: cache quotes', body: '## Summary\nAdds a cache.\n' });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 7 }), entry: 'dist/index.js' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.outputs['conclusion']).toBe('failure');
    expect(run.outputs['failed-rules']).toBe('business-value,nfr-criteria');
    expect(gh.checkRuns()).toEqual([]);
    expect(gh.comments(7)).toHaveLength(1);
    expect(run.summary).toContain('How to fix');
  });

  it('loads RE2 for a config that holds a pattern, and reads the key register with it', async () => {
    gh.setFile({ path: '.github/alignment.yml', content: "rules:\n  debt-link:\n    registers:\n      - key: 'DEBT-\\d+'\n" });
    const body = `${PASSING_BODY}\nPays down DEBT-42.\n`;
    gh.addPull({ number: 8, title: 'refactor: sessions', body, labels: ['tech-debt'] });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 8, body, labels: ['tech-debt'] }), entry: 'dist/index.js' });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.outputs['result'] ?? '{}') as { rules: { id: string; status: string; message: string }[] };
    expect(result.rules.find((rule) => rule.id === 'debt-link')).toMatchObject({ status: 'pass', message: expect.stringContaining('DEBT-42') });
  });

  it('loads RE2 for a pattern the quick look misses (a complex YAML key), and parses again', async () => {
    gh.setFile({ path: '.github/alignment.yml', content: "rules:\n  debt-link:\n    registers:\n      - ? key\n        : 'DEBT-\\d+'\n" });
    const body = `${PASSING_BODY}\nPays down DEBT-42.\n`;
    gh.addPull({ number: 9, title: 'refactor: sessions', body, labels: ['tech-debt'] });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 9, body, labels: ['tech-debt'] }), entry: 'dist/index.js' });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.outputs['result'] ?? '{}') as { rules: { id: string; status: string; message: string }[] };
    expect(result.rules.find((rule) => rule.id === 'debt-link')).toMatchObject({ status: 'pass', message: expect.stringContaining('DEBT-42') });
  });

  it('reports a sprint when its milestone closes', async () => {
    gh.addIssue({ number: 1, title: 'Sprint debt report', labels: ['sprint-report'], body: 'Reports.' });
    sprintMilestone(gh, 3, 'Sprint 3', '2025-03-03', '2025-03-14');
    mergedPr(gh, 10, '2025-03-05T10:00:00Z', ['tech-debt']);
    mergedPr(gh, 11, '2025-03-06T10:00:00Z', ['feature']);
    const run = await runAction({ server: gh, event: milestoneEvent('closed', { number: 3, title: 'Sprint 3' }), entry: 'dist/index.js' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ conclusion: 'success', sprint: 'Sprint 3', debt: '1', total: '2', ratio: '0.5' });
    expect(gh.comments(1).filter((c) => c.body.startsWith('<!-- alignment-check:sprint:milestone-3 -->'))).toHaveLength(1);
  });
});

/** The files a bundle file imports statically, itself included: what loads before the first line runs. */
function startupFiles(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const m of readFileSync(file, 'utf8').matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[^'"();]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/gu)) {
    startupFiles(join(dirname(file), m[1] ?? ''), seen);
  }
  return seen;
}

describe('the code a PR check starts with (dist/index.js and its static imports)', () => {
  const startup = [...startupFiles(join(REPO_ROOT, 'dist', 'index.js'))].map((file) => readFileSync(file, 'utf8')).join('\n');

  it.each([
    ['RE2, for config patterns', 'error parsing regexp'],
    ['the YAML parser, for a config file', 'Implicit keys need to be on a single line'],
    ['the sprint report', 'alignment-check:sprint:'],
    ['a proxy\'s fetch (undici)', 'undici'],
  ])('leaves out %s', (_what, marker) => {
    expect(startup).not.toContain(marker);
  });

  it('a config without patterns loads the YAML parser and the schema, not RE2', () => {
    const loader = readdirSync(join(REPO_ROOT, 'dist', 'chunks')).find((name) => name.startsWith('load-'));
    expect(loader).toBeDefined();
    const withConfig = [...startupFiles(join(REPO_ROOT, 'dist', 'chunks', loader ?? ''))].map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(withConfig).toContain('Implicit keys need to be on a single line');
    expect(withConfig).not.toContain('error parsing regexp');
  });

  it('still holds the reading engine and the GitHub client', () => {
    expect(startup).toContain('too complex to read');
    expect(startup).toContain('api.github.com');
  });
});
