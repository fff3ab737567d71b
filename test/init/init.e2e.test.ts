/**
 * `alignment-check init` in an empty git repository, run in process through the CLI's
 * main: the files it writes, checked the way they will be used — the config by
 * `config validate` and the loader, the workflows by actionlint and the action's
 * contract, the PR template and issue forms filled in (they pass) and left as written
 * (they fail), with the engine and the CLI.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { SCHEMA_MODELINE } from '../../src/config/project-home.js';
import type { Config } from '../../src/config/schema.js';
import { check } from '../../src/core/index.js';
import { writeTextFile } from '../../src/cli/io.js';
import { runCli } from '../harness/run-cli.js';
import { lintWorkflow, pullRequestTargetProblems, readActionMetadata, readRepoFile, undeclaredInputs, workflowShape } from '../workflows/workflows.js';
import { answerCriteria, fillMarkdown, readIssueForm, SAMPLE_CRITERIA, SAMPLE_IMPACT, SAMPLE_VALUE, submitForm, type IssueFormFile } from './fill.js';

const FILES = [
  '.github/alignment.yml',
  '.github/pull_request_template.md',
  '.github/ISSUE_TEMPLATE/feature-request.yml',
  '.github/ISSUE_TEMPLATE/debt-register-item.yml',
  '.github/ISSUE_TEMPLATE/bug-report.yml',
  '.github/workflows/alignment.yml',
  '.github/workflows/sprint-report.yml',
];

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new, empty git repository. */
function emptyRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'alignment-init-'));
  made.push(dir);
  execFileSync('git', ['init', '--quiet', dir]);
  return dir;
}

const read = (dir: string, path: string): string => readFileSync(join(dir, path), 'utf8');

function configOf(dir: string): Config {
  const parsed = parseConfig(read(dir, '.github/alignment.yml'), '.github/alignment.yml');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.config;
}

/** Writes `body` with front matter and checks it with the CLI against the written config: the exit code and what failed. */
async function cliCheck(dir: string, name: string, body: string, meta: { title: string; kind: 'pr' | 'issue'; labels?: string[] }) {
  const file = join(dir, `${name}.md`);
  writeFileSync(file, `---\ntitle: ${JSON.stringify(meta.title)}\nkind: ${meta.kind}\nlabels: ${JSON.stringify(meta.labels ?? [])}\n---\n${body}`);
  const run = await runCli(['check', '--format', 'json', '--config', '.github/alignment.yml', `${name}.md`], { cwd: dir });
  const result = JSON.parse(run.stdout) as { conclusion: string; rules: Array<{ id: string; status: string }> };
  return { code: run.code, conclusion: result.conclusion, failed: result.rules.filter((rule) => rule.status === 'fail').map((rule) => rule.id) };
}

/** A submitted form checked in process with the engine, as the action checks a new issue. */
function checkForm(form: IssueFormFile, body: string, config: Config) {
  const result = check({ kind: 'issue', title: `${form.title ?? ''}Quote service times out under load`, body, labels: form.labels ?? [] }, config);
  return { conclusion: result.conclusion, failed: result.rules.filter((rule) => rule.status === 'fail').map((rule) => rule.id) };
}

/** Sample answers for every field init's forms ask, by id. */
function sampleAnswers(form: IssueFormFile): Record<string, string> {
  const answers: Record<string, string> = {
    'business-value': SAMPLE_VALUE,
    proposal: 'Cache carrier quotes for 5 minutes per cart so checkout does not wait on the carriers.',
    'business-impact': SAMPLE_IMPACT,
    'cost-of-delay': 'About €2,000 a month in on-call time and over-provisioned capacity until it is fixed.',
    'affected-area': 'session store (web tier)',
    'proposed-fix': 'Move sessions to the shared Redis cluster.',
    'what-happened': 'Checkout shows "no shipping options" when a carrier takes more than 2 seconds.',
    steps: '1. Add an item to the cart\n2. Go to checkout during the evening peak',
    version: 'v3.4.1',
  };
  for (const item of form.body) {
    if (item.type !== 'markdown' && item.id === 'non-functional-requirements') answers[item.id] = answerCriteria(item.attributes.value ?? '');
  }
  return answers;
}

describe('init --yes in an empty git repository', () => {
  it('writes the files, says what it wrote and what is left to do', async () => {
    const dir = emptyRepository();
    const run = await runCli(['init', '--yes'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const file of FILES) {
      expect(existsSync(join(dir, file)), file).toBe(true);
      expect(run.stdout).toContain(file);
    }
    // Content, not layout: the words however the lines are wrapped.
    const words = run.stdout.replace(/\s+/gu, ' ');
    for (const label of ['tech-debt', 'skip-alignment', 'sprint-report']) expect(words).toContain(`gh label create ${label} `);
    expect(words).toMatch(/permissions/iu);
    expect(words).toContain('checks: write');
    expect(words).toContain('require the "alignment" status check');
  });

  it('writes a config that `config validate` passes, with the schema line first', async () => {
    const dir = emptyRepository();
    await runCli(['init', '--yes'], { cwd: dir });
    const validate = await runCli(['config', 'validate'], { cwd: dir });
    expect(validate).toMatchObject({ code: 0, stdout: '.github/alignment.yml: valid\n' });
    expect(read(dir, '.github/alignment.yml').split('\n')[0]).toBe(SCHEMA_MODELINE);
    const config = configOf(dir);
    expect(config.mode).toBe('enforce');
    expect(config.rules['nfr-criteria'].required).toEqual(['performance', 'security']);
    expect(config.rules['debt-link'].registers).toEqual([{ github: { label: 'tech-debt' } }]);
    expect(config.rules['debt-impact'].labels).toEqual(['tech-debt']);
    expect(config.skip.authors).toEqual(['dependabot[bot]', 'renovate[bot]']);
  });

  it('writes workflows that actionlint passes, that pass only declared inputs, and that are the docs’ examples', async () => {
    const dir = emptyRepository();
    await runCli(['init', '--yes'], { cwd: dir });
    const inputs = readActionMetadata().inputs;
    for (const [file, example] of [
      ['.github/workflows/alignment.yml', 'docs/workflows/pr-and-issue-check.yml'],
      ['.github/workflows/sprint-report.yml', 'docs/workflows/sprint-report.yml'],
    ] as const) {
      const source = read(dir, file);
      expect(await lintWorkflow(source, { file })).toEqual([]);
      expect(undeclaredInputs(workflowShape(source), inputs)).toEqual([]);
      expect(source).toBe(readRepoFile(example));
    }
  });

  it('writes a PR template that fails as written and passes filled in', async () => {
    const dir = emptyRepository();
    await runCli(['init', '--yes'], { cwd: dir });
    const template = read(dir, '.github/pull_request_template.md');
    const title = 'feat(checkout): cache shipping quotes';

    expect(await cliCheck(dir, 'unfilled', template, { title, kind: 'pr' })).toEqual({
      code: 1,
      conclusion: 'failure',
      failed: ['business-value', 'nfr-criteria'],
    });

    const filled = fillMarkdown(template, { 'Business Value': SAMPLE_VALUE, Performance: SAMPLE_CRITERIA['performance'] ?? '', Security: SAMPLE_CRITERIA['security'] ?? '' });
    expect(await cliCheck(dir, 'filled', filled, { title, kind: 'pr' })).toEqual({ code: 0, conclusion: 'success', failed: [] });

    // Debt work: the ticked box asks for the register item, and the item satisfies it.
    const ticked = fillMarkdown(template, { 'Business Value': SAMPLE_VALUE, Performance: SAMPLE_CRITERIA['performance'] ?? '', Security: 'N/A — the change moves code and touches no data or access path' }, [
      ['- [ ] Pays down technical debt', '- [x] Pays down technical debt'],
    ]);
    expect(await cliCheck(dir, 'debt-unlinked', ticked, { title: 'refactor: split the quote service', kind: 'pr' })).toMatchObject({ code: 1, failed: ['debt-link'] });
    const linked = fillMarkdown(ticked, {}, [['Debt register item: <!-- #123, when a box above is ticked -->', 'Debt register item: #12']]);
    expect(await cliCheck(dir, 'debt-linked', linked, { title: 'refactor: split the quote service', kind: 'pr' })).toEqual({ code: 0, conclusion: 'success', failed: [] });
  });

  it.each(['feature-request', 'debt-register-item', 'bug-report'])('writes the %s form: filled in it passes, left as written it fails', async (name) => {
    const dir = emptyRepository();
    await runCli(['init', '--yes'], { cwd: dir });
    const config = configOf(dir);
    const form = readIssueForm(read(dir, `.github/ISSUE_TEMPLATE/${name}.yml`));

    const filled = checkForm(form, submitForm(form, sampleAnswers(form)), config);
    expect(filled).toEqual({ conclusion: 'success', failed: [] });

    const unfilled = checkForm(form, submitForm(form, {}), config);
    expect(unfilled.conclusion).toBe('failure');
    expect(unfilled.failed).toEqual(name === 'debt-register-item' ? ['business-value', 'nfr-criteria', 'debt-impact'] : ['business-value', 'nfr-criteria']);

    // Everything answered but the pre-filled criteria: they are labels, not criteria.
    const { 'non-functional-requirements': _criteria, ...rest } = sampleAnswers(form);
    expect(checkForm(form, submitForm(form, rest), config).failed).toEqual(['nfr-criteria']);
  });

  it('labels a debt item so the debt-impact rule reads it, and the bug and feature forms so it does not', async () => {
    const dir = emptyRepository();
    await runCli(['init', '--yes'], { cwd: dir });
    const config = configOf(dir);
    const statuses = ['feature-request', 'debt-register-item', 'bug-report'].map((name) => {
      const form = readIssueForm(read(dir, `.github/ISSUE_TEMPLATE/${name}.yml`));
      const result = check({ kind: 'issue', title: 't', body: submitForm(form, sampleAnswers(form)), labels: form.labels ?? [] }, config);
      return [name, result.rules.find((rule) => rule.id === 'debt-impact')?.status];
    });
    expect(statuses).toEqual([
      ['feature-request', 'skip'],
      ['debt-register-item', 'pass'],
      ['bug-report', 'skip'],
    ]);
  });
});

describe('init never replaces a file without --force', () => {
  it('writes nothing when one file exists, names it and exits 2; --force replaces it', async () => {
    const dir = emptyRepository();
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/alignment.yml'), 'mode: advisory\n');
    const refused = await runCli(['init', '--yes'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('.github/alignment.yml');
    expect(refused.stderr).toContain('--force');
    expect(refused.stdout).toBe('');
    expect(read(dir, '.github/alignment.yml')).toBe('mode: advisory\n');
    expect(FILES.slice(1).filter((file) => existsSync(join(dir, file)))).toEqual([]);

    const forced = await runCli(['init', '--yes', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(read(dir, '.github/alignment.yml').split('\n')[0]).toBe(SCHEMA_MODELINE);
    expect(FILES.filter((file) => !existsSync(join(dir, file)))).toEqual([]);
  });

  it('a second run refuses every file it wrote', async () => {
    const dir = emptyRepository();
    await runCli(['init', '--yes'], { cwd: dir });
    const again = await runCli(['init', '--yes'], { cwd: dir });
    expect(again.code).toBe(2);
    for (const file of FILES) expect(again.stderr).toContain(file);
  });
});

describe('init with flags', () => {
  const flags = ['--yes', '--mode', 'advisory', '--require', 'security,accessibility', '--debt-label', 'debt', '--register', 'key:DEBT-\\d+', '--sprints', 'cadence', '--sprint-start', '2026-01-05', '--sprint-days', '7', '--forks'];

  it('writes what the flags say, and the files stay consistent with it', async () => {
    const dir = emptyRepository();
    const run = await runCli(['init', ...flags, '--dir', 'repo'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const root = join(dir, 'repo');
    const config = configOf(root);
    expect(config.mode).toBe('advisory');
    expect(config.rules['nfr-criteria'].required).toEqual(['security', 'accessibility']);
    expect(config.rules['debt-link'].registers).toEqual([{ key: 'DEBT-\\d+' }]);
    expect(config.rules['debt-link'].labels).toEqual(['debt']);
    expect(config.sprints).toMatchObject({ source: 'cadence', cadence: { start: '2026-01-05', days: 7 } });
    // The register is an external tracker: no debt item form.
    expect(existsSync(join(root, '.github/ISSUE_TEMPLATE/debt-register-item.yml'))).toBe(false);

    const check = read(root, '.github/workflows/alignment.yml');
    expect(check).toBe(readRepoFile('docs/workflows/fork-safe-pull-request-target.yml'));
    expect(pullRequestTargetProblems(workflowShape(check))).toEqual([]);
    const sprint = read(root, '.github/workflows/sprint-report.yml');
    expect(workflowShape(sprint).events).toEqual(['schedule', 'workflow_dispatch']);
    for (const [file, source] of [['alignment.yml', check], ['sprint-report.yml', sprint]] as const) {
      expect(await lintWorkflow(source, { file })).toEqual([]);
    }

    const template = read(root, '.github/pull_request_template.md');
    expect(template).toContain('### Accessibility');
    expect(template).not.toContain('### Performance');
    const title = 'feat(checkout): cache shipping quotes';
    const answers = { 'Business Value': SAMPLE_VALUE, Security: SAMPLE_CRITERIA['security'] ?? '', Accessibility: SAMPLE_CRITERIA['accessibility'] ?? '' };
    expect(await cliCheck(root, 'filled', fillMarkdown(template, answers), { title, kind: 'pr' })).toMatchObject({ code: 0, failed: [] });
    // Advisory: a failing rule gives a neutral verdict, exit 0.
    expect(await cliCheck(root, 'unfilled', template, { title, kind: 'pr' })).toMatchObject({ code: 0, conclusion: 'neutral', failed: ['business-value', 'nfr-criteria'] });
    const debtPr = fillMarkdown(template, answers, [
      ['- [ ] Pays down technical debt', '- [x] Pays down technical debt'],
      ['Debt register item: <!-- the tracker key, e.g. DEBT-123, when a box above is ticked -->', 'Debt register item: DEBT-77'],
    ]);
    expect(await cliCheck(root, 'debt', debtPr, { title: 'refactor: split the quote service', kind: 'pr' })).toMatchObject({ code: 0, conclusion: 'success', failed: [] });

    const form = readIssueForm(read(root, '.github/ISSUE_TEMPLATE/feature-request.yml'));
    expect(checkForm(form, submitForm(form, sampleAnswers(form)), config)).toEqual({ conclusion: 'success', failed: [] });
    expect(checkForm(form, submitForm(form, {}), config).failed).toEqual(['business-value', 'nfr-criteria']);
  });

  it.each([
    [['--mode', 'strict'], '--mode: expected enforce or advisory, found "strict"'],
    [['--require', 'speed'], '--require: unknown category "speed"'],
    [['--register', 'jira'], '--register: expected issues, key:PATTERN, url:PREFIX or file:PATH, found "jira"'],
    [['--sprints', 'cadence'], '--sprints cadence needs --sprint-start YYYY-MM-DD'],
    [['--sprint-start', '5 Jan'], '--sprint-start: expected YYYY-MM-DD, found "5 Jan"'],
    [['--sprint-days', '0'], '--sprint-days: expected a whole number of days from 1 to 366, found "0"'],
    [['extra'], 'init takes no arguments, found "extra"'],
  ])('refuses %j, names the flag and writes nothing', async (args, message) => {
    const dir = emptyRepository();
    const run = await runCli(['init', '--yes', ...args], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(existsSync(join(dir, '.github'))).toBe(false);
  });

  it('refuses a register pattern the config refuses, with the config’s own message, and writes nothing', async () => {
    const dir = emptyRepository();
    const run = await runCli(['init', '--yes', '--register', 'key:DEBT-(?=\\d)'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.github\/alignment\.yml:\d+:\d+: rules\.debt-link\.registers\[0\]\.key: /u);
    expect(existsSync(join(dir, '.github'))).toBe(false);
  });
});

describe('init where it cannot write', () => {
  it('writes nothing when a file stands where a folder must be, and names it', async () => {
    const dir = emptyRepository();
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/ISSUE_TEMPLATE'), '');
    const run = await runCli(['init', '--yes', '--force'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('alignment-check init: .github/ISSUE_TEMPLATE is a file, where init must write a folder; nothing was written. Move it away and run again.\n');
    expect(FILES.filter((file) => existsSync(join(dir, file)))).toEqual([]);
  });

  it('names the file it could not write and what it wrote before, without a stack trace', async () => {
    const dir = emptyRepository();
    const run = await runCli(['init', '--yes'], {
      cwd: dir,
      writeFile: async (path, text, overwrite) => {
        if (path.endsWith('feature-request.yml')) throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
        await writeTextFile(path, text, overwrite);
      },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      '.github/ISSUE_TEMPLATE/feature-request.yml: cannot write the file (permission denied); written before it: .github/alignment.yml, .github/pull_request_template.md\n',
    );
  });
});
