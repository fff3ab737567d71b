/**
 * `alignment-check sprint` end to end on the CLI's source, in process: from an export
 * file with no network, and from the fake GitHub API (GITHUB_API_URL) with --export,
 * whose file then gives the same reports with --from.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sprintExportSchema, sprintReportSchema, type SprintReport } from '../../src/core/sprint/index.js';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { REPO_ROOT } from '../harness/run-action.js';
import { runCli, type CliRun } from '../harness/run-cli.js';
import { closedIssue, mergedPr, sprintMilestone } from './helpers.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const EXPORT = join(FIXTURES, 'export.json');
const CONFIG = join(FIXTURES, 'config.yml');

/** Runs the CLI with only PATH inherited, plus `env`. */
function cli(args: readonly string[], env: Readonly<Record<string, string>> = {}, cwd = REPO_ROOT): Promise<CliRun> {
  return runCli(args, { cwd, env });
}

let temp: string;
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'alignment-sprint-cli-'));
});
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

describe('sprint --from FILE (no network)', () => {
  it('text: the last sprint that ended, with its trend', async () => {
    const run = await cli(['sprint', '--from', EXPORT, '--config', CONFIG]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Sprint 2  2025-01-20 – 2025-02-02 (UTC)');
    expect(run.stdout).toContain('Debt share: 40 %  (target 20–40 %, counted by item)');
    expect(run.stdout).toContain('WITHIN: 40 % of the work paid down debt — within the target 20–40 %.');
    expect(run.stdout).toMatch(/acme\/app#22 {2}Drop the legacy queue\n {6}why: links DEBT-9\n {6}impact: Cuts on-call pages by 30 % for the payments team\./);
    expect(run.stdout).toMatch(/unclassified +1/);
    expect(run.stdout).toMatch(/hidden +1/);
    expect(run.stdout).toMatch(/Sprint 1 +33\.3 %/);
  });

  it('json: the report objects of the last N sprints, held to the report schema', async () => {
    const run = await cli(['sprint', '--from', EXPORT, '--config', CONFIG, '--last', '2', '--format', 'json']);
    expect(run.code).toBe(0);
    const reports = (JSON.parse(run.stdout) as unknown[]).map((r) => sprintReportSchema.parse(r));
    expect(reports.map((r) => [r.sprint.title, r.ratio, r.totals.debtItems, r.totals.weight, r.verdict])).toEqual([
      ['Sprint 1', 1 / 3, 1, 3, 'within'],
      ['Sprint 2', 0.4, 2, 5, 'within'],
    ]);
    const [s1, s2] = reports as [SprintReport, SprintReport];
    expect(s1.debt[0]).toMatchObject({ ref: 'acme/app#11', merged: ['acme/app#10'], impact: { text: 'Costs 2 engineer-days per release in duplicate fixes', source: 'item' } });
    expect(s2.debt.map((d) => [d.ref, d.reason, d.evidence])).toEqual([
      ['acme/app#21', 'register-link', ['DEBT-7']],
      ['acme/app#22', 'register-link', ['DEBT-9']],
    ]);
    expect(s2.unclassified.map((u) => u.ref)).toEqual(['acme/app#24']);
    expect(s2.unknown).toEqual([{ completedAt: '2025-01-26T10:00:00Z' }]);
    expect(s2.trend.map((t) => t.title)).toEqual(['Sprint 1', 'Sprint 2']);
  });

  it('markdown: the tracking-issue comment of the sprint named', async () => {
    const run = await cli(['sprint', '--from', EXPORT, '--config', CONFIG, '--sprint', 'sprint 1', '--format', 'markdown']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('<!-- alignment-check:sprint:milestone-1 -->');
    expect(run.stdout).toContain('### ✅ Sprint 1: 33.3 % debt (target 20–40 %)');
    expect(run.stdout).toContain('```mermaid');
  });

  it('exit 2 with the key at fault for a bad export, an unknown sprint, a bad flag', async () => {
    const bad = JSON.parse(readFileSync(EXPORT, 'utf8')) as { items: Record<string, unknown>[] };
    (bad.items[2] as Record<string, unknown>)['completedAt'] = 'last tuesday';
    (bad.items[4] as Record<string, unknown>)['links'] = [{ register: 'wiki', ref: 'x' }];
    const file = join(temp, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    const run = await cli(['sprint', '--from', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${file}: not a valid sprint export:`);
    expect(run.stderr).toContain('items[2].completedAt: expected an ISO 8601 instant');
    expect(run.stderr).toContain('items[4].links[0].register:');

    const unknown = await cli(['sprint', '--from', EXPORT, '--sprint', 'Sprint 9']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--sprint: no sprint titled "Sprint 9" (the latest are "Sprint 1", "Sprint 2")');

    const usage = await cli(['sprint', '--from', EXPORT, '--last', '0']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--last: expected a whole number from 1 to 52');
    expect((await cli(['sprint'])).stderr).toContain('give --repo OWNER/NAME (read GitHub) or --from FILE (an export)');
    expect((await cli(['sprint', '--from', join(temp, 'missing.json')])).stderr).toContain('missing.json: file not found');
  });

  it('an export with no sprints, or one that holds the register only, names the file — not the config', async () => {
    const data = JSON.parse(readFileSync(EXPORT, 'utf8')) as Record<string, unknown>;
    const empty = join(temp, 'no-sprints.json');
    writeFileSync(empty, JSON.stringify({ ...data, sprints: [] }));
    const run = await cli(['sprint', '--from', empty]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${empty}: the export holds no sprints — nothing to report\n`);
    expect(run.stderr).not.toContain('sprints.source');
    const register = join(temp, 'register-only.json');
    writeFileSync(register, JSON.stringify({ ...data, version: 2, holds: ['register'] }));
    const other = await cli(['sprint', '--from', register]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain(`${register}: the export holds the debt register, not the work of its sprints`);
  });
});

describe('sprint --repo (GitHub) and --export', () => {
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = await startFakeGitHub();
    sprintMilestone(gh, 1, 'Sprint 1', '2025-01-06', '2025-01-17');
    sprintMilestone(gh, 2, 'Sprint 2', '2025-01-20', '2025-01-31');
    mergedPr(gh, 5, '2025-01-08T10:00:00Z', ['tech-debt'], { body: 'Closes #4' });
    closedIssue(gh, 4, '2025-01-08T10:00:00Z', [], { body: '## Business Impact\nEvery release costs 2 days of manual checks.' });
    mergedPr(gh, 6, '2025-01-22T10:00:00Z', ['feature']);
    mergedPr(gh, 7, '2025-01-23T10:00:00Z', [], { body: 'Tech debt ticket: DEBT-12' });
  });
  afterAll(async () => {
    expect(gh.violations).toEqual([]);
    await gh.stop();
  });

  it('says what to do without a token', async () => {
    const run = await cli(['sprint', '--repo', 'acme/widgets'], { GITHUB_API_URL: gh.url });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no token — set GITHUB_TOKEN (or GH_TOKEN) to a token that can read acme/widgets');
    expect(gh.calls).toEqual([]);
  });

  it('reads the repository, writes an export without bodies, and --from gives the same reports from it', async () => {
    const file = join(temp, 'export.json');
    const env = { GITHUB_TOKEN: gh.token, GITHUB_API_URL: gh.url };
    const live = await cli(['sprint', '--repo', 'acme/widgets', '--last', '2', '--format', 'json', '--export', file], env);
    expect(live.stderr).toMatch(/^wrote .*export\.json: 2 sprints, 4 items \(no bodies\)\n$/);
    expect(live.code).toBe(0);
    const data = sprintExportSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(data.items.every((i) => i.body === undefined)).toBe(true);
    expect(data.items.find((i) => i.number === 7)?.links).toEqual([{ register: 'key', ref: 'DEBT-12' }]);
    expect(data.items.find((i) => i.number === 4)?.impact).toEqual({ text: 'Every release costs 2 days of manual checks.', measurable: true });
    expect(data.items.find((i) => i.number === 5)?.closes).toEqual(['acme/widgets#4']);

    const reports = JSON.parse(live.stdout) as SprintReport[];
    expect(reports.map((r) => [r.sprint.title, r.ratio])).toEqual([
      ['Sprint 1', 1],
      ['Sprint 2', 0.5],
    ]);
    expect(reports[0]?.debt[0]?.impact).toEqual({ text: 'Every release costs 2 days of manual checks.', measurable: true, source: 'item' });

    gh.resetCalls();
    const offline = await cli(['sprint', '--from', file, '--last', '2', '--format', 'json'], {});
    expect(offline.code).toBe(0);
    expect(JSON.parse(offline.stdout)).toEqual(reports);
    expect(gh.calls).toEqual([]);
  });
});
