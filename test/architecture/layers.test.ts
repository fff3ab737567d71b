/**
 * The architecture, held by a test. The data walks one way:
 *
 *   shells (src/action, src/cli)  →  use cases (src/features)  →  core (src/core)
 *                  ↘ the GitHub adapter (src/github) behind the GitHubApi port ↙
 *
 * - the core is pure: it imports the core, the config and Markdown libraries only — no
 *   @actions/*, node:, octokit, file system, network, process or clock;
 * - the config imports nothing but itself, zod, yaml and re2js;
 * - a use case imports the core, the config and the port (github/api.ts, and the API
 *   error it throws), never octokit, @actions/* or a shell;
 * - only the action shell and the entry import @actions/*; the CLI never imports the
 *   action; only the adapter imports octokit;
 * - a rule is one file named by its id; the entry is logic-free;
 * - the action loads the sprint report and the audit only when a workflow asks for
 *   them (`await import(…)`): the PR check never loads their code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../src/config/schema.js';
import { rules } from '../../src/core/rules/index.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

interface Import {
  readonly file: string;
  /** A package name, or the imported file relative to src/ ("core/index.ts"). */
  readonly target: string;
  readonly local: boolean;
}

function importsOf(dir: string): Import[] {
  return files(join(SRC, dir)).flatMap((file) => {
    const source = readFileSync(file, 'utf8');
    return [...source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gmu)].map((m) => {
      const specifier = m[1] ?? m[2] ?? '';
      const local = specifier.startsWith('.');
      const target = local ? relative(SRC, normalize(join(dirname(file), specifier))).replace(/\.js$/u, '.ts') : specifier;
      return { file: relative(SRC, file), target, local };
    });
  });
}

const offending = (imports: Import[], allowed: (i: Import) => boolean): string[] => imports.filter((i) => !allowed(i)).map((i) => `${i.file} → ${i.target}`);

const inside = (i: Import, ...folders: string[]): boolean => folders.some((folder) => i.target.startsWith(`${folder}/`));

function statements(dir: string, forbidden: RegExp): string[] {
  return files(join(SRC, dir)).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, index) => ({ line, index }))
      .filter(({ line }) => forbidden.test(line) && !/^\s*(?:\/\/|\*|\/\*)/u.test(line))
      .map(({ line, index }) => `${relative(SRC, file)}:${index + 1}: ${line.trim()}`),
  );
}

describe('layers', () => {
  it('the core imports only the core, the config and parsing libraries, and reads no clock or process', () => {
    // mdast-util-to-markdown: the comment is built as a tree and serialised (pure, like the parser).
    const libraries = /^(?:zod|unified|remark-parse|remark-gfm|mdast|mdast-util-to-markdown|unist|re2js)$/u;
    expect(offending(importsOf('core'), (i) => (i.local ? inside(i, 'core', 'config') : libraries.test(i.target)))).toEqual([]);
    expect(statements('core', /Date\.now\(|new Date\(\)|process\.|\bfetch\(/u)).toEqual([]);
  });

  it('the config imports nothing but itself, zod, yaml and re2js', () => {
    expect(offending(importsOf('config'), (i) => (i.local ? inside(i, 'config') : /^(?:zod|yaml|re2js)$/u.test(i.target)))).toEqual([]);
  });

  it('a use case imports the core, the config and the GitHub port — no octokit, no @actions/*, no shell', () => {
    const port = new Set(['github/api.ts', 'github/errors.ts']);
    expect(offending(importsOf('features'), (i) => i.local && (inside(i, 'core', 'config', 'features') || port.has(i.target)))).toEqual([]);
  });

  it('only the action shell and the entry import @actions/*; the CLI never imports the action', () => {
    const outside = ['core', 'config', 'features', 'cli'].flatMap((dir) => offending(importsOf(dir), (i) => !i.target.startsWith('@actions/')));
    // The adapter uses @actions/http-client only for a proxy's dispatcher (proxy-fetch.ts), and nothing else of @actions/*.
    const adapter = offending(importsOf('github'), (i) => !i.target.startsWith('@actions/') || (i.target === '@actions/http-client' && i.file === 'github/proxy-fetch.ts'));
    expect([...outside, ...adapter]).toEqual([]);
    expect(offending(importsOf('cli'), (i) => !inside(i, 'action'))).toEqual([]);
  });

  it('only the GitHub adapter talks to octokit, and it knows no feature or shell', () => {
    const octokit = ['core', 'config', 'features', 'cli', 'action'].flatMap((dir) => offending(importsOf(dir), (i) => !i.target.startsWith('@octokit/')));
    expect(octokit).toEqual([]);
    expect(offending(importsOf('github'), (i) => !i.local || inside(i, 'github') || i.target === 'core/errors.ts' || i.target === 'core/render/clip.ts')).toEqual([]);
  });

  it('a rule is one file named by its id, and the registry lists every rule of the config schema', () => {
    const names = readdirSync(join(SRC, 'core/rules')).map((name) => name.replace(/\.ts$/u, ''));
    for (const id of ruleIds) expect(names).toContain(id);
    expect(rules.map((rule) => rule.id)).toEqual([...ruleIds]);
  });

  it('the action reaches the sprint report and the audit only through import(), so a PR check never loads them', () => {
    // Static imports that are not type-only: the code a PR check loads.
    const loaded = files(join(SRC, 'action')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+['"](\.[^'"]+)['"]/gmu)].map((m) => ({
        file: relative(SRC, file),
        target: relative(SRC, normalize(join(dirname(file), m[1] ?? ''))).replace(/\.js$/u, '.ts'),
      })),
    );
    // The audit window's parser is the exception: it validates the `audit` input (a few lines, no engine).
    const lazy = loaded.filter((i) => /^(?:features\/(?:audit|sprint-report)|core\/(?:audit|sprint))\//u.test(i.target) && i.target !== 'core/audit/window.ts');
    expect(lazy.map((i) => `${i.file} → ${i.target}`)).toEqual([]);
    const run = readFileSync(join(SRC, 'action/run.ts'), 'utf8');
    expect(run).toContain("await import('../features/audit/run-audit.js')");
    expect(run).toContain("await import('../features/sprint-report/report-sprints.js')");
  });

  it('the action entry is logic-free', () => {
    expect(readFileSync(join(SRC, 'index.ts'), 'utf8').trim()).toBe("import { run } from './action/run.js';\n\nawait run();");
  });
});
