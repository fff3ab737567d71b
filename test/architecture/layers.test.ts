/**
 * The architecture, held by a test: the core is pure (no @actions/*, file system,
 * network, process or clock); the config is apart from the shells; only the GitHub
 * adapter talks to octokit; a rule is one file named by its id.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../src/core/result.js';
import { rules } from '../../src/core/rules/index.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

function offences(dir: string, forbidden: RegExp): string[] {
  return files(join(SRC, dir)).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, index) => ({ line, index }))
      .filter(({ line }) => forbidden.test(line) && !/^\s*(?:\/\/|\*|\/\*)/u.test(line))
      .map(({ line, index }) => `${relative(SRC, file)}:${index + 1}: ${line.trim()}`),
  );
}

describe('layers', () => {
  it('the core imports no @actions/*, node: modules, octokit, the shells, and reads no clock or process', () => {
    expect(offences('core', /from '(?:@actions\/|@octokit\/|node:|undici)|from '\.\.\/(?:\.\.\/)?(?:github|action|cli|run)\b|Date\.now\(|new Date\(\)|process\.|\bfetch\(/u)).toEqual([]);
  });

  it('the config imports nothing from the shells or the outside world', () => {
    expect(offences('config', /from '(?:@actions\/|@octokit\/|node:)|from '\.\.\/(?:github|action|cli|run)\b/u)).toEqual([]);
  });

  it('only the GitHub adapter imports @actions/github and the octokit plugins', () => {
    const outside = ['core', 'config', 'cli', 'action'].flatMap((dir) => offences(dir, /from '(?:@actions\/github|@octokit\/)/u));
    expect(outside).toEqual([]);
  });

  it('the CLI does not depend on @actions/*', () => {
    expect(offences('cli', /from '@actions\//u)).toEqual([]);
  });

  it('a rule is one file named by its id', () => {
    const names = readdirSync(join(SRC, 'core/rules')).map((name) => name.replace(/\.ts$/u, ''));
    for (const id of ruleIds) expect(names).toContain(id);
    expect(rules.map((rule) => rule.id)).toEqual([...ruleIds]);
  });

  it('the action entry is logic-free', () => {
    expect(readFileSync(join(SRC, 'index.ts'), 'utf8').trim()).toBe("import { run } from './run.js';\n\nawait run();");
  });
});
