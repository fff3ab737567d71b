/**
 * `alignment-check audit` end to end on the CLI's source, in process: from an audit
 * export with no network (the small fixture, computed by hand), and from the fake
 * GitHub API (GITHUB_API_URL) with --export, whose file then gives the same report
 * with --from; the progress bar on a terminal's standard error, and never elsewhere.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditReportSchema, type AuditReport } from '../../src/core/audit/index.js';
import { parseSprintExport } from '../../src/core/sprint/index.js';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { REPO_ROOT } from '../harness/run-action.js';
import { runCli, type CliRun, type CliOptions } from '../harness/run-cli.js';
import { seedAuditItems } from './helpers.js';

const SMALL = fileURLToPath(new URL('../../fixtures/audit/small/export.json', import.meta.url));
const SPRINT_EXPORT = fileURLToPath(new URL('../sprint-action/fixtures/export.json', import.meta.url));

function cli(args: readonly string[], env: Readonly<Record<string, string>> = {}, options: Partial<CliOptions> = {}): Promise<CliRun> {
  return runCli(args, { cwd: REPO_ROOT, env, ...options });
}

const json = (run: CliRun): AuditReport => auditReportSchema.parse(JSON.parse(run.stdout));

let temp: string;
let gh: FakeGitHub;
beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'alignment-audit-cli-'));
  gh = await startFakeGitHub();
  gh.addRepo({ owner: 'acme', name: 'shop' });
  seedAuditItems(gh, { owner: 'acme', repo: 'shop' }, 240, { outside: 2 });
});
afterAll(async () => {
  rmSync(temp, { recursive: true, force: true });
  await gh.stop();
});

describe('audit --from FILE (no network)', () => {
  it('text: the terminal table of the hand-computed fixture', async () => {
    const run = await cli(['audit', '--from', SMALL]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Alignment audit of acme/shop — PRs and issues opened 2026-01-01 – 2026-02-28 (UTC)');
    expect(run.stdout).toContain('12 audited (7 PRs, 5 issues), 3 skipped by the config; 4 pass every rule (33.3 %), mode enforce');
    expect(run.stdout).toMatch(/Non-functional criteria +12 +6 +0 +6 +50 %/);
    expect(run.stdout).toContain('Debt work (PRs): 2 of 7; linked to the register 1 (50 %), not linked 1');
    expect(run.stdout).toContain('\n  mode: advisory  # 33 % pass every rule today');
  });

  it('json: the report object, held to its schema; markdown: the summary with its chart', async () => {
    const report = json(await cli(['audit', '--from', SMALL, '--format', 'json']));
    expect(report.totals).toMatchObject({ audited: 12, passing: 4 });
    expect(report.reasons).toHaveLength(4);
    const md = await cli(['audit', '--from', SMALL, '--format', 'markdown', '--trend', 'sprint']);
    expect(md.code).toBe(0);
    expect(md.stdout.split('\n')[0]).toBe('<!-- alignment-check:audit -->');
    expect(md.stdout).toContain('#### Trend by sprint');
    expect(md.stdout).toContain('x-axis "Sprint" ["Sprint 1", "Sprint 2", "Sprint 3"]');
  });

  it('--kind and --since narrow the export; asking beyond it is an error that names it', async () => {
    const prs = json(await cli(['audit', '--from', SMALL, '--kind', 'pr', '--format', 'json']));
    expect(prs.totals).toMatchObject({ audited: 7, prs: 7, issues: 0, passing: 3 });
    expect(prs.kinds).toEqual(['pr']);
    const february = json(await cli(['audit', '--from', SMALL, '--since', '2026-02-01', '--format', 'json']));
    expect(february.totals).toMatchObject({ read: 8, audited: 6, passing: 2 });
    const before = await cli(['audit', '--from', SMALL, '--since', '2025-12-01']);
    expect(before.code).toBe(2);
    expect(before.stderr).toBe(`alignment-check: ${SMALL}: the export covers 2026-01-01 to 2026-02-28; --since asks from 2025-12-01\n`);
  });

  it('a sprint export is not an audit export; a repository that is not the export\'s is refused', async () => {
    const sprint = await cli(['audit', '--from', SPRINT_EXPORT]);
    expect(sprint.code).toBe(2);
    expect(sprint.stderr).toContain('not an audit export (it has no `audit` key): write one with alignment-check audit OWNER/REPO --export FILE');
    const other = await cli(['audit', 'acme/other', '--from', SMALL]);
    expect(other.code).toBe(2);
    expect(other.stderr).toBe(`${SMALL}: the export is of acme/shop, not acme/other\n`);
  });

  it('--config with --from checks the bodies again under it', async () => {
    const config = join(temp, 'performance-only.yml');
    writeFileSync(config, 'rules:\n  nfr-criteria:\n    required: [performance]\n    min-categories: 1\n');
    const run = await cli(['audit', '--from', SMALL, '--config', config, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('every body checked again');
    // 4 and 10 (performance only) now pass the NFR rule; 4 and 10 still lack a measurable value but only warn.
    expect(json(run).rules.find((r) => r.id === 'nfr-criteria')).toMatchObject({ pass: 8, fail: 4 });
    expect(json(run).totals.passing).toBe(6);
  });

  it('usage mistakes exit 2 with the flag named', async () => {
    const cases: [string[], string][] = [
      [['audit'], 'give OWNER/REPO (read GitHub) or --from FILE (an audit export)'],
      [['audit', 'acme'], 'expected OWNER/REPO, found "acme"'],
      [['audit', '--from', SMALL, '--kind', 'prs'], '--kind: expected pr, issue or all, found "prs"'],
      [['audit', '--from', SMALL, '--since', '3 months'], '--since: expected a number of days or weeks (90d, 12w) or a date (2026-01-01), found "3 months"'],
      [['audit', '--from', SMALL, '--trend', 'week'], '--trend: expected month or sprint, found "week"'],
      [['audit', 'acme/shop', '--with-bodies'], '--with-bodies applies to --export'],
      [['audit', '--from', SMALL, '--export', 'x.json'], '--export writes what OWNER/REPO reads; with --from there is nothing new to export'],
    ];
    for (const [args, message] of cases) {
      const run = await cli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toBe(`alignment-check: ${message}\nRun "alignment-check audit --help" for usage.\n`);
    }
    const future = await cli(['audit', 'acme/shop', '--since', '2999-01-01']);
    expect(future.code).toBe(2);
    expect(future.stderr).toMatch(/^alignment-check: --since: expected a date before the end of the window \(\d{4}-\d{2}-\d{2}\), found 2999-01-01\n/u);
  });
});

describe('audit OWNER/REPO (the fake GitHub API)', () => {
  const env = (): Record<string, string> => ({ GITHUB_TOKEN: gh.token, GITHUB_API_URL: gh.url });

  it('--export writes an audit export; --from gives the same report from it', async () => {
    const file = join(temp, 'shop.json');
    const live = await cli(['audit', 'acme/shop', '--since', '90d', '--format', 'json', '--export', file], env());
    expect(live.code).toBe(0);
    expect(gh.violations).toEqual([]);
    expect(live.stderr).toContain('No .github/alignment.yml on the default branch: auditing under the embedded defaults.');
    expect(live.stderr).toContain('wrote ');
    const report = json(live);
    expect(report.totals).toMatchObject({ read: 240, audited: 240, prs: 120, issues: 120, passing: 60 });
    const data = parseSprintExport(JSON.parse(readFileSync(file, 'utf8')));
    expect(data.items).toHaveLength(240);
    expect(data.items.every((i) => i.body === undefined && i.check !== undefined && i.createdAt !== undefined)).toBe(true);
    expect(data.audit?.kinds).toEqual(['pr', 'issue']);
    const offline = await cli(['audit', '--from', file, '--format', 'json']);
    expect(offline.code).toBe(0);
    expect(json(offline)).toEqual(report);
  });

  it('the progress bar: on a terminal\'s standard error while pages load, erased after; never when it is not a terminal', async () => {
    const tty = await cli(['audit', 'acme/shop', '--format', 'json'], env(), { stderrTty: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toMatch(/\r\u001b\[2Kreading acme\/shop █+░+ +\d+ % {2}200 items, 1 call\r/u);
    expect(tty.stderr).toContain('█ 100 %  240 items, 2 calls\r\u001b[2KAudit of acme/shop: 240 items opened since');
    expect(JSON.parse(tty.stdout)).toBeTruthy();
    const pipe = await cli(['audit', 'acme/shop', '--format', 'json'], env());
    expect(pipe.stderr).not.toContain('\u001b');
    expect(pipe.stderr).not.toContain('reading acme/shop');
  });

  it('no token, an unknown repository, an invalid config: exit 2 with what to fix', async () => {
    const none = await cli(['audit', 'acme/shop'], { GITHUB_API_URL: gh.url });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('alignment-check audit: no token — set GITHUB_TOKEN (or GH_TOKEN) to a token that can read acme/shop');
    const missing = await cli(['audit', 'acme/nowhere'], env());
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/GraphQL query AlignmentAuditItems \(PRs and issues and milestones of acme\/nowhere\) failed/u);
    gh.addRepo({ owner: 'acme', name: 'broken' });
    gh.setFile({ owner: 'acme', repo: 'broken', path: '.github/alignment.yml', content: 'mode: strict\n' });
    const broken = await cli(['audit', 'acme/broken'], env());
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^acme\/broken: the config on the default branch is invalid:\n {2}\.github\/alignment\.yml:1:7: mode: /u);
  });
});
