/**
 * `alignment-check register` end to end on the CLI's source, in process: from the
 * acceptance fixture's export with no network, and from the fake GitHub API with
 * --export, whose file then gives the same board with --from.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerBoardSchema, type RegisterBoard } from '../../src/core/register/index.js';
import { sprintExportSchema } from '../../src/core/sprint/index.js';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { REPO_ROOT } from '../harness/run-action.js';
import { runCli, type CliRun } from '../harness/run-cli.js';

const FIXTURE = fileURLToPath(new URL('../../fixtures/register/board/', import.meta.url));
const EXPORT = join(FIXTURE, 'export.json');
const CONFIG = join(FIXTURE, 'config.json');
const SPRINT_EXPORT = fileURLToPath(new URL('../sprint-action/fixtures/export.json', import.meta.url));

const cli = (args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<CliRun> => runCli(args, { cwd: REPO_ROOT, env });

let temp: string;
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'alignment-register-cli-'));
});
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

describe('register --from FILE (no network)', () => {
  it('text: the ranking with costs, ages and sprints, then the items that state no cost', async () => {
    const run = await cli(['register', '--from', EXPORT, '--config', CONFIG]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Debt register of acme/app: 49 open items (as of 2026-01-05)');
    expect(run.stdout).toContain('stated across 40 items; 9 items state no cost.');
    expect(run.stdout).toContain('In all ≈ €128.7k a month.');
    expect(run.stdout).toMatch(/ {3}1\. acme\/app#132 {2}Shared database for all services\n {6}€43\.3k a month: 8\.67 incidents {2}· 63 days old {2}· entered Sprint 9\n/u);
    expect(run.stdout).toMatch(/No cost stated:\n {2}acme\/app#114 {2}Ugly naming in billing — no figure the board reads/u);
  });

  it('json: the board object; markdown: the comment', async () => {
    const json = await cli(['register', '--from', EXPORT, '--config', CONFIG, '--format', 'json']);
    const board = registerBoardSchema.parse(JSON.parse(json.stdout)) as RegisterBoard;
    expect(board.totals).toMatchObject({ items: 49, quantified: 40, costPerMonth: 128699.17 });
    const md = await cli(['register', '--from', EXPORT, '--config', CONFIG, '--format', 'markdown']);
    expect(md.stdout.split('\n')[0]).toBe('<!-- alignment-check:register -->');
    expect(md.stdout).toContain('### 📒 Debt register: 49 open items, ≈ €128.7k a month stated');
  });

  it('exit 2, naming the file, for an export that holds no register', async () => {
    const run = await cli(['register', '--from', SPRINT_EXPORT]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${SPRINT_EXPORT}: the export holds no debt register (only the work of its sprints)`);
    expect((await cli(['register'])).stderr).toContain('give --repo OWNER/NAME (read GitHub) or --from FILE (an export)');
    const bad = join(temp, 'bad.json');
    writeFileSync(bad, JSON.stringify({ version: 2, repo: 'acme/app', exportedAt: 'now', holds: ['register'], sprints: [], items: [] }));
    expect((await cli(['register', '--from', bad])).stderr).toContain('exportedAt: expected an ISO 8601 instant');
  });
});

describe('register --repo (GitHub) and --export', () => {
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = await startFakeGitHub();
    gh.addIssue({ number: 10, title: 'Flaky integration tests', labels: ['tech-debt'], body: '## Business Impact\n\nWe lose about 30 hours per month to flaky tests.' });
    gh.addIssue({ number: 11, title: 'Legacy cluster', labels: ['tech-debt'], body: '## Business Impact\n\nHosting costs €4,000 per month.' });
    gh.addIssue({ number: 12, title: 'A bug', labels: ['bug'], body: '' });
  });
  afterAll(async () => {
    expect(gh.violations).toEqual([]);
    await gh.stop();
  });

  it('says what to do without a token', async () => {
    const run = await cli(['register', '--repo', 'acme/widgets'], { GITHUB_API_URL: gh.url });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no token — set GITHUB_TOKEN (or GH_TOKEN) to a token that can read acme/widgets');
    expect(gh.calls).toEqual([]);
  });

  it('reads the repository, writes an export without bodies, and --from gives the same board from it', async () => {
    const file = join(temp, 'register.json');
    const live = await cli(['register', '--repo', 'acme/widgets', '--format', 'json', '--export', file], { GITHUB_TOKEN: gh.token, GITHUB_API_URL: gh.url });
    expect(live.code).toBe(0);
    expect(live.stderr).toMatch(/wrote .*register\.json: 2 items, \d+ sprint windows?\n/u);
    const data = sprintExportSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(data.holds).toEqual(['register']);
    expect(data.items.every((i) => i.body === undefined)).toBe(true);
    expect(data.items.find((i) => i.number === 11)?.impact).toEqual({ text: 'Hosting costs €4,000 per month.', measurable: true });
    const board = JSON.parse(live.stdout) as RegisterBoard;
    expect(board.items.map((i) => [i.ref, i.costPerMonth])).toEqual([
      ['acme/widgets#11', 4000],
      ['acme/widgets#10', 3000],
    ]);
    gh.resetCalls();
    const offline = await cli(['register', '--from', file, '--format', 'json']);
    expect(JSON.parse(offline.stdout)).toEqual(board);
    expect(gh.calls).toEqual([]);
  });
});
