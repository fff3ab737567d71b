/**
 * The hand-computed fixture (fixtures/audit/small) read live: its 16 PRs and issues
 * seeded in the fake GitHub API, audited by the CLI from the repository — the figures
 * are the ones its README works out by hand, as they are from the export.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditReportSchema } from '../../src/core/audit/index.js';
import { parseSprintExport } from '../../src/core/sprint/index.js';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { REPO_ROOT } from '../harness/run-action.js';
import { runCli } from '../harness/run-cli.js';
import { auditOf, SMALL } from '../audit/helpers.js';

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await startFakeGitHub();
  gh.addRepo({ owner: 'acme', name: 'shop' });
  const data = parseSprintExport(JSON.parse(readFileSync(SMALL, 'utf8')));
  for (const item of data.items) {
    if (item.kind === 'redacted' || item.number === undefined || item.createdAt === undefined) continue;
    const seed = {
      owner: 'acme',
      repo: 'shop',
      number: item.number,
      title: item.title ?? '',
      body: item.body ?? '',
      labels: item.labels,
      user: item.author ?? 'octocat',
      created_at: item.createdAt,
      updated_at: item.createdAt,
    };
    if (item.kind === 'pr') gh.addPull({ ...seed, draft: item.draft ?? false });
    else gh.addIssue(seed);
  }
});
afterAll(async () => {
  await gh.stop();
});

describe('the small fixture, read from the fake GitHub API', () => {
  it('gives the hand-computed figures', async () => {
    const run = await runCli(['audit', 'acme/shop', '--since', '2026-01-01', '--format', 'json'], { cwd: REPO_ROOT, env: { GITHUB_TOKEN: gh.token, GITHUB_API_URL: gh.url } });
    expect(run.code).toBe(0);
    expect(gh.violations).toEqual([]);
    const live = auditReportSchema.parse(JSON.parse(run.stdout));
    const byHand = auditOf(parseSprintExport(JSON.parse(readFileSync(SMALL, 'utf8'))));
    expect(live.totals).toEqual(byHand.totals);
    expect(live.totals).toMatchObject({ read: 15, audited: 12, skipped: 3, passing: 4 });
    expect(live.skipped).toEqual(byHand.skipped);
    expect(live.rules).toEqual(byHand.rules);
    expect(live.businessValue).toEqual(byHand.businessValue);
    expect(live.nfr).toEqual(byHand.nfr);
    expect(live.debt).toEqual(byHand.debt);
    // The same reasons and examples; the live examples carry the fake's URLs.
    expect(live.reasons.map((r) => [r.rule, r.reason, r.count, r.example.ref])).toEqual(byHand.reasons.map((r) => [r.rule, r.reason, r.count, r.example.ref]));
    expect(live.recommendation.yaml.split('\n').slice(1)).toEqual(byHand.recommendation.yaml.split('\n').slice(1));
    // January and February as by hand; the months after them up to today hold nothing.
    expect(live.trend.buckets.slice(0, 2)).toEqual(byHand.trend.buckets);
    expect(live.trend.buckets.slice(2).every((b) => b.items === 0)).toBe(true);
  });
});
