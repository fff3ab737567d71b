/**
 * The call budget of an audit (issue 13): N PRs and issues opened in the window cost
 * at most ceil(N/100) + 2 API calls for the whole run — the config, one GraphQL call
 * per 100 PRs and 100 issues (both lists in the same call, the milestones with the
 * first), and one more page when a list's last page ends exactly at the window's
 * start. Counted on the action's source (in process) against the fake GitHub API, on
 * workflow_dispatch with the `audit` input; the figures are held to the seeded bodies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditReportSchema } from '../../src/core/audit/index.js';
import { workflowDispatchEvent } from '../fake-github/events.js';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { runAction } from '../harness/run-action.js';
import { callLines } from '../sprint-action/helpers.js';
import { seedAuditItems } from './helpers.js';

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await startFakeGitHub();
});
afterAll(async () => {
  await gh.stop();
});

/** What each run measured, for the report at the end. */
const measured: string[] = [];

async function audit(name: string, n: number, kinds: 'both' | 'pr') {
  gh.addRepo({ owner: 'acme', name });
  const seeded = seedAuditItems(gh, { owner: 'acme', repo: name }, n, { kinds, outside: 3 });
  gh.resetCalls();
  const run = await runAction({ server: gh, event: workflowDispatchEvent({}, { repo: `acme/${name}` }), repository: `acme/${name}`, inputs: { audit: '90d' }, timeoutMs: 60_000 });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(gh.violations).toEqual([]);
  const report = auditReportSchema.parse(JSON.parse(run.outputs['audit'] ?? 'null'));
  return { run, report, seeded, calls: callLines(gh) };
}

describe('call budget: ceil(N/100) + 2 calls for an audit of N PRs and issues', () => {
  it.each([0, 1, 100, 101, 1000])('N = %i, half PRs and half issues', async (n) => {
    const { report, seeded, calls, run } = await audit(`audit-${n}`, n, 'both');
    const budget = Math.ceil(n / 100) + 2;
    measured.push(`N=${n} (${seeded.prs} PRs, ${seeded.issues} issues): ${calls.length} calls (budget ${budget})`);
    expect(calls.length, calls.join('\n')).toBeLessThanOrEqual(budget);
    // The figures follow the bodies: only PASS passes every rule; PASS and VAGUE state a value, PASS a measurable one.
    const [pass, noValue, vague, empty] = seeded.byBody;
    expect(report.totals).toMatchObject({ read: n, audited: n, skipped: 0, prs: seeded.prs, issues: seeded.issues, passing: pass });
    expect(report.businessValue).toMatchObject({ stated: pass + vague, measurable: pass });
    expect(report.rules.find((r) => r.id === 'business-value')).toMatchObject({ applied: n, pass, warn: vague, fail: noValue + empty });
    expect(report.nfr.categories.find((c) => c.id === 'accessibility')).toMatchObject({ criteria: 0, waived: noValue });
    expect(run.outputs['passing']).toBe(n === 0 ? '' : String(Math.round((pass / n) * 10_000) / 10_000));
    expect(run.summary).toContain('Alignment audit of `acme/audit-');
  });

  it('N = 1,000 PRs alone: one list, ten full pages and the one that reaches past the window', async () => {
    const { report, calls } = await audit('audit-prs', 1000, 'pr');
    const budget = Math.ceil(1000 / 100) + 2;
    measured.push(`N=1000 (PRs only): ${calls.length} calls (budget ${budget})`);
    expect(calls.length, calls.join('\n')).toBeLessThanOrEqual(budget);
    expect(report.totals).toMatchObject({ read: 1000, prs: 1000, issues: 0 });
  });

  it('reports what it measured', () => {
    console.log(`audit call counts: ${measured.join('; ')}`);
    expect(measured).toHaveLength(6);
  });
});
