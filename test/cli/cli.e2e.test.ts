/**
 * The CLI as a user runs it — exit codes, formats, stdin, front matter, config errors,
 * help — on its source in this process; one smoke test runs the built
 * dist/cli/index.js with plain node.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { resultSchema } from '../../src/core/index.js';
import { runCli } from '../harness/run-cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist/cli/index.js');
const work = mkdtempSync(join(tmpdir(), 'alignment-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The CLI's source, in process (see test/harness/run-cli.ts). */
function cli(args: string[], options: { input?: string; cwd?: string; env?: Record<string, string> } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runCli(args, { cwd: options.cwd ?? ROOT, input: options.input ?? '', env: options.env ?? {} });
}

/** The built bundle, as `node dist/cli/index.js` (the smoke test). */
function builtCli(args: string[], options: { input?: string; cwd?: string; env?: Record<string, string> } = {}): { code: number | null; stdout: string; stderr: string } {
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
- **Performance:** p95 of the search API ≤ 300 ms at 150 req/s
- **Security:** 0 high findings in the dependency scan
`;

describe('the built CLI (smoke test of dist/cli/index.js)', () => {
  it('checks a file, prints the verdict and exits with its code, with plain node', () => {
    writeFileSync(join(work, 'smoke-good.md'), GOOD);
    writeFileSync(join(work, 'smoke-bad.md'), '## Summary\nstuff\n');
    expect(builtCli(['check', join(work, 'smoke-good.md')]).code).toBe(0);
    const bad = builtCli(['check', join(work, 'smoke-bad.md'), '--format', 'json']);
    expect(bad.code).toBe(1);
    expect(resultSchema.parse(JSON.parse(bad.stdout)).conclusion).toBe('failure');
    expect(builtCli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+/u);
  });
});

describe('alignment-check check', () => {
  it('exits 0 for a passing body read from a file, 1 for a failing one', async () => {
    writeFileSync(join(work, 'good.md'), GOOD);
    writeFileSync(join(work, 'bad.md'), '## Summary\nstuff\n');
    expect((await cli(['check', join(work, 'good.md')])).code).toBe(0);
    const bad = await cli(['check', join(work, 'bad.md')]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('expected a Business Value section');
    expect(bad.stdout).not.toContain('\u001B[');
  });

  it('prints exactly the result contract with --format json, from stdin', async () => {
    const run = await cli(['check', '-', '--format', 'json', '--kind', 'issue', '--title', 'Slow export', '--label', 'tech-debt'], { input: GOOD });
    expect(run.code).toBe(1);
    const result = resultSchema.parse(JSON.parse(run.stdout));
    expect(result.subject).toEqual({ kind: 'issue', title: 'Slow export' });
    expect(result.rules.map((rule) => rule.id)).toEqual(['business-value', 'nfr-criteria', 'debt-link', 'debt-impact']);
    expect(result.rules.find((rule) => rule.id === 'debt-impact')?.status).toBe('fail');
  });

  it('renders the markdown the PR comment shows, with a paste-ready snippet', async () => {
    const run = await cli(['check', '-', '--format', 'markdown'], { input: 'nothing here' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('**How to fix:**');
    expect(run.stdout).toContain('```markdown\n## Business Value');
  });

  it('colours only when asked and respects NO_COLOR', async () => {
    expect((await cli(['check', '-'], { input: GOOD, env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001B[');
    expect((await cli(['check', '-'], { input: GOOD, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain('\u001B[');
  });

  it('reads front matter for the title, kind and labels; flags win', async () => {
    writeFileSync(join(work, 'fm.md'), `---\ntitle: "refactor: split billing"\nlabels: [tech-debt]\n---\n${GOOD}`);
    const run = await cli(['check', join(work, 'fm.md'), '--format', 'json']);
    const result = resultSchema.parse(JSON.parse(run.stdout));
    expect(result.subject.title).toBe('refactor: split billing');
    expect(result.facts.debt.isDebtWork).toBe(true);
    expect(result.rules[0]?.position?.line).toBe(5);
    const overridden = resultSchema.parse(JSON.parse((await cli(['check', join(work, 'fm.md'), '--format', 'json', '--kind', 'issue'])).stdout));
    expect(overridden.subject.kind).toBe('issue');
  });

  it('checks every .md file of a directory, one JSON line each', async () => {
    const run = await cli(['check', 'examples', '--format', 'json']);
    const lines = run.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) resultSchema.parse(JSON.parse(line));
    expect(run.code).toBe(1);
    expect((await cli(['check', 'examples', '--exit-zero'])).code).toBe(0);
  });

  it('uses .github/alignment.yml from the working directory, and --config', async () => {
    const project = join(work, 'project');
    mkdirSync(join(project, '.github'), { recursive: true });
    writeFileSync(join(project, '.github/alignment.yml'), 'mode: advisory\n');
    const run = await cli(['check', '-', '--format', 'json'], { input: 'nothing', cwd: project });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).conclusion).toBe('neutral');
    writeFileSync(join(project, 'strict.yml'), 'rules:\n  business-value:\n    measurable: require\n');
    const strict = await cli(['check', '-', '--config', 'strict.yml', '--format', 'json'], { input: GOOD.replace('by 3% in the €1M EU segment', 'for our customers who asked'), cwd: project });
    expect(JSON.parse(strict.stdout).rules[0].status).toBe('fail');
  });

  it('exits 2 with file:line:column and key for a bad config, never a stack trace', async () => {
    writeFileSync(join(work, 'bad.yml'), 'mode: enforce\nrules:\n  buisness-value:\n    min-words: 3\n');
    const run = await cli(['check', '-', '--config', join(work, 'bad.yml')], { input: GOOD });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\.yml:3:3: rules\.buisness-value: .*did you mean .?business-value/u);
    expect(run.stderr).not.toMatch(/\n\s+at /u);
  });

  it('exits 2 naming the file when --config is a directory, never a stack trace', async () => {
    mkdirSync(join(work, 'confdir'), { recursive: true });
    writeFileSync(join(work, 'x.md'), GOOD);
    const run = await cli(['check', '--config', 'confdir', 'x.md'], { cwd: work });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('confdir: is a directory, not a config file\n');
    expect(run.stdout).toBe('');
  });

  it('exits 2 when .github/alignment.yml is a directory instead of using the defaults', async () => {
    const project = join(work, 'dir-config');
    mkdirSync(join(project, '.github/alignment.yml'), { recursive: true });
    const run = await cli(['check', '-'], { input: GOOD, cwd: project });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('.github/alignment.yml: is a directory, not a config file\n');
  });

  it('validates every input of a directory before printing any result', async () => {
    const dir = join(work, 'mixed');
    mkdirSync(join(dir, 'x.md'), { recursive: true });
    writeFileSync(join(dir, 'a.md'), GOOD);
    for (const format of ['text', 'json', 'markdown']) {
      const run = await cli(['check', 'mixed', '--format', format], { cwd: work });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe('mixed/x.md: is a directory, not a Markdown file\n');
    }
    // A bad front matter in a later file also fails before anything is printed.
    const later = join(work, 'later');
    mkdirSync(later, { recursive: true });
    writeFileSync(join(later, 'a.md'), GOOD);
    writeFileSync(join(later, 'b.md'), `---\nkind: epic\n---\n${GOOD}`);
    const run = await cli(['check', 'later'], { cwd: work });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('later/b.md:2: front matter: `kind`');
  });

  it('takes a body that starts with a horizontal rule as the body, not as front matter', async () => {
    const body = `---\n\nA short note before the description.\n\n---\n${GOOD}`;
    writeFileSync(join(work, 'hr.md'), body);
    const run = await cli(['check', 'hr.md', '--format', 'json'], { cwd: work });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = resultSchema.parse(JSON.parse(run.stdout));
    expect(result.subject.title).toBe('hr');
    expect(result.rules[0]?.position?.line).toBe(6);
    const list = await cli(['check', '-', '--format', 'json'], { input: `---\n- one\n- two\n---\n${GOOD}` });
    expect(list.stderr).toBe('');
    expect(list.code).toBe(0);
  });

  it('names the line and the key of a bad front matter', async () => {
    writeFileSync(join(work, 'fm-typo.md'), `---\n# the subject\ntitle: ok\ntitel: "refactor: x"\n---\n${GOOD}`);
    const typo = await cli(['check', 'fm-typo.md'], { cwd: work });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe('fm-typo.md:4: front matter: unknown key `titel`; did you mean `title`?\n');
    writeFileSync(join(work, 'fm-kind.md'), `---\ntitle: ok\n\nkind: epic\n---\n${GOOD}`);
    const kind = await cli(['check', 'fm-kind.md'], { cwd: work });
    expect(kind.code).toBe(2);
    expect(kind.stderr).toBe('fm-kind.md:4: front matter: `kind`: expected pr or issue, found "epic"\n');
    writeFileSync(join(work, 'fm-many.md'), `---\ntitle: 42\nlabels: [a, 3]\n"": x\nnumber: -1\nrepo: nope\nkind:\n---\n${GOOD}`);
    const many = await cli(['check', 'fm-many.md'], { cwd: work });
    expect(many.code).toBe(2);
    expect(many.stderr.split('\n')).toEqual([
      'fm-many.md:2: front matter: `title`: expected text, found 42',
      'fm-many.md:3: front matter: `labels`: expected a list of label names, found ["a",3]',
      'fm-many.md:4: front matter: an empty key; expected title, kind, labels, number, repo or expect',
      'fm-many.md:5: front matter: `number`: expected a whole number (0 or more), found -1',
      'fm-many.md:6: front matter: `repo`: expected OWNER/NAME, found "nope"',
      '',
    ]);
    writeFileSync(join(work, 'fm-yaml.md'), `---\ntitle: ok\nlabels: [a, b\n---\n${GOOD}`);
    const yaml = await cli(['check', 'fm-yaml.md'], { cwd: work });
    expect(yaml.code).toBe(2);
    expect(yaml.stderr).toMatch(/^fm-yaml\.md:3: front matter is not valid YAML: /u);
    expect(yaml.stderr).not.toMatch(/\n\s+at /u);
  });

  it('prints no terminal escape sequences from user text with --format text', async () => {
    // A vague criterion is quoted in the warning: the quote carries the user's text.
    const evil = GOOD.replace('p95 of the search API ≤ 300 ms at 150 req/s', 'snappy \u001B[J\u001B[H\u009BJ\u001B]title\u0007\r everywhere');
    writeFileSync(join(work, 'esc\u001B[J.md'), evil);
    for (const args of [['check', '-'], ['check', 'esc\u001B[J.md']]) {
      const run = await cli(args, { input: evil, cwd: work });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('snappy [J[HJ]title everywhere');
      // eslint-disable-next-line no-control-regex
      expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/u);
    }
    expect((await cli(['check', 'esc\u001B[J.md'], { cwd: work })).stdout).toMatch(/^esc\[J\.md: success/u);
    // Colour is still ours to add.
    const coloured = await cli(['check', '-'], { input: evil, env: { FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\u001B[33m');
    expect(coloured.stdout).not.toContain('\u001B[J');
    expect(coloured.stdout).not.toContain('\u001B[H');
  });

  it('exits 2 for usage and input errors with a clear message', async () => {
    const unknownFlag = await cli(['check', '--nope']);
    expect(unknownFlag.code).toBe(2);
    expect(unknownFlag.stderr).toContain('--help');
    expect((await cli(['check', '--format', 'yaml'])).stderr).toContain('--format: expected one of text, json, markdown, found "yaml"');
    expect((await cli(['check', 'missing.md'])).stderr).toContain('missing.md: file not found');
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli([])).code).toBe(2);
  });

  it('suggests the closest option for a mistyped flag, and the closest command', async () => {
    const mistyped = await cli(['check', 'examples', '--formt', 'json']);
    expect(mistyped).toEqual({
      code: 2,
      stdout: '',
      stderr: 'alignment-check: unknown option --formt; did you mean --format?\nRun "alignment-check check --help" for usage.\n',
    });
    expect((await cli(['sprint', '--repoo', 'acme/app'])).stderr).toContain('unknown option --repoo; did you mean --repo?');
    expect((await cli(['check', '-x'])).stderr).toContain('unknown option -x (options: --config, --kind, --title, --label, --repo, --format, --exit-zero, --help)');
    expect((await cli(['check', '--format'])).stderr).toContain('alignment-check: --format needs a value');
    expect((await cli(['check', '--exit-zero=yes'])).stderr).toContain('alignment-check: --exit-zero takes no value');
    expect((await cli(['sprint', 'extra'])).stderr).toContain('unexpected argument "extra": this command takes options only');
    expect((await cli(['chek', 'examples'])).stderr).toContain('unknown command "chek"; did you mean "check"?');
    for (const args of [['check', '--formt'], ['check', '--format'], ['sprint', 'extra']]) {
      expect((await cli(args)).stderr, args.join(' ')).not.toMatch(/ERR_PARSE_ARGS|positional argument/u);
    }
  });

  it('has --help on every command and --version', async () => {
    for (const args of [['--help'], ['check', '--help'], ['config', '--help']]) {
      const run = await cli(args);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Usage: alignment-check/u);
    }
    expect((await cli(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/u);
  });
});

describe('alignment-check config', () => {
  it('validates a good file and lists every error of a bad one', async () => {
    writeFileSync(join(work, 'ok.yml'), 'mode: advisory\n');
    expect(await cli(['config', 'validate', join(work, 'ok.yml')])).toMatchObject({ code: 0 });
    writeFileSync(join(work, 'two.yml'), 'mode: loud\nskip:\n  drafts: maybe\n');
    const run = await cli(['config', 'validate', join(work, 'two.yml')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/two\.yml:1:7: mode: /u);
    expect(run.stderr).toMatch(/two\.yml:3:11: skip\.drafts: /u);
    expect(run.stderr).toContain('2 errors');
  });

  it('prints all 7 mistakes of a file in one run, each with file:line:column, key and the close suggestion', async () => {
    const run = await cli(['config', 'validate', 'fixtures/config/invalid/seven-mistakes.yml']);
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines.at(-1)).toBe('fixtures/config/invalid/seven-mistakes.yml: 7 errors');
    expect(lines.slice(0, -1).map((line) => /^fixtures\/config\/invalid\/seven-mistakes\.yml:(\d+):\d+: ([\w.[\]-]+): /u.exec(line)?.slice(1))).toEqual([
      ['2', 'mode'],
      ['3', 'skip.authors[0].dependabot'],
      ['6', 'rules.business-value.min_words'],
      ['7', 'rules.business-value.measurable'],
      ['9', 'rules.nfr-criteria.required[0]'],
      ['10', 'rules.nfr-criteria.min-categories'],
      ['12', 'report.coment'],
    ]);
    expect(run.stderr).toContain('unknown category `perf`; did you mean `performance`?');
    expect(run.stderr).toContain('found "warning"; did you mean `warn`?');
  });

  it('exits 2 naming the file when the path is a directory, never a stack trace', async () => {
    mkdirSync(join(work, 'somedir'), { recursive: true });
    const run = await cli(['config', 'validate', 'somedir'], { cwd: work });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('somedir: is a directory, not a config file\n');
  });

  it('prints the JSON Schema', async () => {
    const run = await cli(['config', 'schema']);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['mode', 'skip', 'rules', 'report', 'sprints']));
  });
});
