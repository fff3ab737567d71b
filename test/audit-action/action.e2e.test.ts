/**
 * The action's audit mode end to end on its source (in process) against the fake
 * GitHub API: on schedule or workflow_dispatch with the `audit` input, the report in
 * the job summary and the outputs, nothing written to the repository; without the
 * input, or on other events, what the action did before.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditReportSchema } from '../../src/core/audit/index.js';
import { milestoneEvent, pullRequestEvent, scheduleEvent, workflowDispatchEvent } from '../fake-github/events.js';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { runAction, type RunActionResult } from '../harness/run-action.js';
import { callLines, writes } from '../sprint-action/helpers.js';
import { PASS, seedAuditItems } from './helpers.js';

const PAT = 'ghp_fakePersonalAccessToken000000000000000';
const DAY = 86_400_000;
const date = (t: number): string => new Date(t).toISOString().slice(0, 10);

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub({ tokens: { [PAT]: { login: 'octocat' } } });
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
});

const reportOf = (run: RunActionResult) => auditReportSchema.parse(JSON.parse(run.outputs['audit'] ?? 'null'));

describe('the audit mode', () => {
  it('on schedule: the report in the job summary and the outputs, nothing written', async () => {
    const seeded = seedAuditItems(gh, { owner: 'acme', repo: 'widgets' }, 40, { outside: 2 });
    gh.addPull({ title: 'Bump lodash', body: '', user: 'dependabot[bot]', created_at: new Date(Date.now() - DAY).toISOString() });
    const run = await runAction({ server: gh, event: scheduleEvent(), inputs: { audit: '90d' } });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(writes(gh)).toEqual([]);
    const report = reportOf(run);
    expect(report.totals).toMatchObject({ read: 41, audited: 40, skipped: 1, passing: seeded.byBody[0] });
    expect(run.outputs['conclusion']).toBe('success');
    expect(run.outputs['passing']).toBe(String(seeded.byBody[0] / 40));
    expect(run.summary).toContain('<!-- alignment-check:audit -->');
    expect(run.summary).toContain('### 📋 Alignment audit of `acme/widgets`: 25 % of 40 items pass every rule');
    expect(run.summary).toContain('Skipped: 1 by author dependabot\\[bot\\] (skip.authors).');
    expect(run.summary).toContain('```mermaid');
    expect(run.summary).toContain('#### Recommended config');
    expect(run.stdout).toContain('No .github/alignment.yml on the default branch: auditing under the embedded defaults.');
  });

  it('on workflow_dispatch: the kind and the trend asked for; the trend by sprint from the milestones read with the first page', async () => {
    const now = Date.now();
    seedAuditItems(gh, { owner: 'acme', repo: 'widgets' }, 20);
    gh.addMilestone({ number: 1, title: 'Sprint 1', description: `Start: ${date(now - 56 * DAY)}`, due_on: `${date(now - 29 * DAY)}T12:00:00Z`, state: 'closed' });
    gh.addMilestone({ number: 2, title: 'Sprint 2', due_on: `${date(now - 1 * DAY)}T12:00:00Z`, state: 'closed' });
    const run = await runAction({ server: gh, event: workflowDispatchEvent(), inputs: { audit: '60d', 'audit-kind': 'issue', 'audit-trend': 'sprint' } });
    expect(run.code).toBe(0);
    const report = reportOf(run);
    expect(report.kinds).toEqual(['issue']);
    expect(report.totals).toMatchObject({ audited: 10, prs: 0, issues: 10 });
    expect(report.trend.by).toBe('sprint');
    expect(report.trend.buckets.map((b) => b.title)).toEqual(['Sprint 1', 'Sprint 2']);
    expect(report.trend.buckets.reduce((n, b) => n + b.items, 0) + report.trend.outside).toBe(10);
    // The config, and one GraphQL call for the 10 issues and the milestones.
    expect(callLines(gh)).toHaveLength(2);
  });

  it('a trend by Projects iteration costs one more call: the iteration field', async () => {
    const now = Date.now();
    gh.setFile({ path: '.github/alignment.yml', content: 'sprints:\n  source: iteration\n  iteration: { project: 3, owner: acme, field: Sprint }\n' });
    seedAuditItems(gh, { owner: 'acme', repo: 'widgets' }, 10);
    gh.addProject({
      owner: 'acme',
      number: 3,
      title: 'Delivery',
      iterationField: 'Sprint',
      iterations: [
        { id: 'it-1', title: 'Iteration 1', startDate: date(now - 70 * DAY), duration: 35, completed: true },
        { id: 'it-2', title: 'Iteration 2', startDate: date(now - 35 * DAY), duration: 35 },
      ],
      items: [],
    });
    const run = await runAction({ server: gh, event: workflowDispatchEvent(), inputs: { audit: '60d', 'audit-trend': 'sprint' }, token: PAT });
    expect(run.code).toBe(0);
    expect(reportOf(run).trend.buckets.map((b) => b.title)).toEqual(['Iteration 1', 'Iteration 2']);
    expect(callLines(gh)).toHaveLength(3);
  });

  it('an invalid audit input fails the step naming the input; an invalid config is annotated', async () => {
    const bad = await runAction({ server: gh, event: scheduleEvent(), inputs: { audit: 'last quarter' } });
    expect(bad.code).toBe(1);
    expect(bad.commands.find((c) => c.command === 'error')?.message).toBe(
      'input audit: expected a number of days or weeks (90d, 12w) or a date (2026-01-01), found "last quarter"',
    );
    const kind = await runAction({ server: gh, event: scheduleEvent(), inputs: { audit: '30d', 'audit-kind': 'prs' } });
    expect(kind.commands.find((c) => c.command === 'error')?.message).toBe('input audit-kind: expected one of all, pr, issue, found "prs"');
    gh.setFile({ path: '.github/alignment.yml', content: 'rules:\n  nfr-criteria:\n    required: [speed]\n' });
    const config = await runAction({ server: gh, event: scheduleEvent(), inputs: { audit: '30d' } });
    expect(config.code).toBe(1);
    expect(config.outputs['conclusion']).toBe('failure');
    expect(config.summary).toContain('.github/alignment.yml is invalid');
    expect(config.commands.filter((c) => c.command === 'error').map((c) => c.properties['file'])).toContain('.github/alignment.yml');
  });

  it('without the input, and on other events, the action does what it did: the sprint report, the PR check', async () => {
    gh.addIssue({ number: 1, title: 'Sprint debt report', labels: ['sprint-report'], body: '' });
    const sprint = await runAction({ server: gh, event: workflowDispatchEvent(), inputs: {} });
    expect(sprint.code).toBe(0);
    expect(sprint.summary).not.toContain('Alignment audit');
    expect(sprint.outputs['audit']).toBeUndefined();
    const milestone = await runAction({ server: gh, event: milestoneEvent('closed', { number: 9, title: 'Sprint 9' }), inputs: { audit: '90d' } });
    expect(milestone.outputs['audit']).toBeUndefined();
    gh.addPull({ number: 7, title: 'feat: cache quotes', body: PASS });
    const pr = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 7, body: PASS }), inputs: { audit: '90d' } });
    expect(pr.code).toBe(0);
    expect(pr.outputs['conclusion']).toBe('success');
    expect(pr.outputs['audit']).toBeUndefined();
  });
});
