/**
 * The built CLI (dist/cli/index.js) run with plain node, as a user runs it: exit
 * codes, formats, stdin, front matter, config errors, help.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { resultSchema } from '../../src/core/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist/cli/index.js');
const work = mkdtempSync(join(tmpdir(), 'alignment-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(args: string[], options: { input?: string; cwd?: string; env?: Record<string, string> } = {}): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', ...options.env },
    timeout: 20_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const GOOD = `## Business Value
Cuts checkout abandonment by 3% in the €1M EU segment for returning customers.

## Acceptance Criteria
- **Performance:** p95 ≤ 400 ms at 200 req/s
- **Security:** 0 high-severity findings in the scan
`;

describe('alignment-check check', () => {
  it('exits 0 for a passing body read from a file, 1 for a failing one', () => {
    writeFileSync(join(work, 'good.md'), GOOD);
    writeFileSync(join(work, 'bad.md'), '## Summary\nstuff\n');
    expect(cli(['check', join(work, 'good.md')]).code).toBe(0);
    const bad = cli(['check', join(work, 'bad.md')]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('expected a Business Value section');
    expect(bad.stdout).not.toContain('\u001B[');
  });

  it('prints exactly the result contract with --format json, from stdin', () => {
    const run = cli(['check', '-', '--format', 'json', '--kind', 'issue', '--title', 'Slow export', '--label', 'tech-debt'], { input: GOOD });
    expect(run.code).toBe(1);
    const result = resultSchema.parse(JSON.parse(run.stdout));
    expect(result.subject).toEqual({ kind: 'issue', title: 'Slow export' });
    expect(result.rules.map((rule) => rule.id)).toEqual(['business-value', 'nfr-criteria', 'debt-link', 'debt-impact']);
    expect(result.rules.find((rule) => rule.id === 'debt-impact')?.status).toBe('fail');
  });

  it('renders the markdown the PR comment shows, with a paste-ready snippet', () => {
    const run = cli(['check', '-', '--format', 'markdown'], { input: 'nothing here' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('#### How to fix');
    expect(run.stdout).toContain('```markdown\n## Business Value');
  });

  it('colours only when asked and respects NO_COLOR', () => {
    expect(cli(['check', '-'], { input: GOOD, env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001B[');
    expect(cli(['check', '-'], { input: GOOD, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\u001B[');
  });

  it('reads front matter for the title, kind and labels; flags win', () => {
    writeFileSync(join(work, 'fm.md'), `---\ntitle: "refactor: split billing"\nlabels: [tech-debt]\n---\n${GOOD}`);
    const run = cli(['check', join(work, 'fm.md'), '--format', 'json']);
    const result = resultSchema.parse(JSON.parse(run.stdout));
    expect(result.subject.title).toBe('refactor: split billing');
    expect(result.facts.debt.isDebtWork).toBe(true);
    expect(result.rules[0]?.position?.line).toBe(5);
    const overridden = resultSchema.parse(JSON.parse(cli(['check', join(work, 'fm.md'), '--format', 'json', '--kind', 'issue']).stdout));
    expect(overridden.subject.kind).toBe('issue');
  });

  it('checks every .md file of a directory, one JSON line each', () => {
    const run = cli(['check', 'examples', '--format', 'json']);
    const lines = run.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) resultSchema.parse(JSON.parse(line));
    expect(run.code).toBe(1);
    expect(cli(['check', 'examples', '--exit-zero']).code).toBe(0);
  });

  it('uses .github/alignment.yml from the working directory, and --config', () => {
    const project = join(work, 'project');
    mkdirSync(join(project, '.github'), { recursive: true });
    writeFileSync(join(project, '.github/alignment.yml'), 'mode: advisory\n');
    const run = cli(['check', '-', '--format', 'json'], { input: 'nothing', cwd: project });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).conclusion).toBe('neutral');
    writeFileSync(join(project, 'strict.yml'), 'rules:\n  business-value:\n    measurable: require\n');
    const strict = cli(['check', '-', '--config', 'strict.yml', '--format', 'json'], { input: GOOD.replace('by 3% in the €1M EU segment', 'for our customers who asked'), cwd: project });
    expect(JSON.parse(strict.stdout).rules[0].status).toBe('fail');
  });

  it('exits 2 with file:line:column and key for a bad config, never a stack trace', () => {
    writeFileSync(join(work, 'bad.yml'), 'mode: enforce\nrules:\n  buisness-value:\n    min-words: 3\n');
    const run = cli(['check', '-', '--config', join(work, 'bad.yml')], { input: GOOD });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\.yml:3:3: rules\.buisness-value: .*did you mean .?business-value/u);
    expect(run.stderr).not.toMatch(/\n\s+at /u);
  });

  it('exits 2 for usage and input errors with a clear message', () => {
    const unknownFlag = cli(['check', '--nope']);
    expect(unknownFlag.code).toBe(2);
    expect(unknownFlag.stderr).toContain('--help');
    expect(cli(['check', '--format', 'yaml']).stderr).toContain('--format: expected one of text, json, markdown, found "yaml"');
    expect(cli(['check', 'missing.md']).stderr).toContain('missing.md: file not found');
    expect(cli(['frobnicate']).code).toBe(2);
    expect(cli([]).code).toBe(2);
  });

  it('has --help on every command and --version', () => {
    for (const args of [['--help'], ['check', '--help'], ['config', '--help']]) {
      const run = cli(args);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Usage: alignment-check/u);
    }
    expect(cli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/u);
  });
});

describe('alignment-check config', () => {
  it('validates a good file and lists every error of a bad one', () => {
    writeFileSync(join(work, 'ok.yml'), 'mode: advisory\n');
    expect(cli(['config', 'validate', join(work, 'ok.yml')])).toMatchObject({ code: 0 });
    writeFileSync(join(work, 'two.yml'), 'mode: loud\nskip:\n  drafts: maybe\n');
    const run = cli(['config', 'validate', join(work, 'two.yml')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/two\.yml:1:7: mode: /u);
    expect(run.stderr).toMatch(/two\.yml:3:11: skip\.drafts: /u);
    expect(run.stderr).toContain('2 errors');
  });

  it('prints the JSON Schema', () => {
    const run = cli(['config', 'schema']);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['mode', 'skip', 'rules', 'report', 'sprints']));
  });
});
