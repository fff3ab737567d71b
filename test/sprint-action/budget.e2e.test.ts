/**
 * The call budget of a sprint report (issue 4): a sprint of N items costs at most
 * ceil(N/100) + 3 API calls in total for the whole run — the config, the one
 * GraphQL call that reads the token's login, the milestones, the tracking issue with
 * its comments and the first 100 items, a page per further 100 items, and the
 * comment write. Counted on the action's source (in process) against the fake GitHub API, in the
 * steady state: the tracking issue exists and holds the previous sprint's report
 * (the very first report also reads the sprints before it, for its trend).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { milestoneEvent } from '../fake-github/events.js';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { runAction } from '../harness/run-action.js';
import { callLines, closedIssue, graphqlReads, manyPrs, sprintMilestone } from './helpers.js';

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await startFakeGitHub();
});
afterAll(async () => {
  await gh.stop();
});

/** What each run measured, for the report at the end. */
const measured: string[] = [];

describe('call budget: ceil(N/100) + 3 calls for a sprint of N items', () => {
  it.each([0, 1, 100, 101, 1000])('N = %i merged PRs', async (n) => {
    // A repository of its own per case; the previous sprint's work is outside the window.
    const name = `budget-${n}`;
    gh.addRepo({ owner: 'acme', name });
    gh.addIssue({ owner: 'acme', repo: name, number: 1, title: 'Sprint debt report', labels: ['sprint-report'], body: '' });
    gh.addMilestone({ owner: 'acme', repo: name, number: 1, title: 'Sprint 1', description: 'Start: 2025-01-06', due_on: '2025-01-17T12:00:00Z', state: 'closed', closed_at: '2025-01-17T18:00:00Z' });
    gh.addMilestone({ owner: 'acme', repo: name, number: 2, title: 'Sprint 2', due_on: '2025-01-31T12:00:00Z', state: 'closed', closed_at: '2025-01-31T18:00:00Z' });
    gh.addPull({ owner: 'acme', repo: name, number: 2, title: 'Before', body: 'x', labels: ['feature'], merged_at: '2025-01-10T10:00:00Z' });
    gh.addComment({ owner: 'acme', repo: name, issue_number: 1, body: '<!-- alignment-check:sprint:milestone-1 -->\nSprint 1 …', user: 'github-actions[bot]' });
    const start = 100;
    const span = 10 * 24; // hours inside the sprint
    for (let i = 0; i < n; i += 1) {
      const at = new Date(Date.parse('2025-01-20T00:00:00Z') + Math.floor(((i + 0.5) * span * 3_600_000) / n)).toISOString().replace(/\.\d{3}Z$/, 'Z');
      gh.addPull({ owner: 'acme', repo: name, number: start + i, title: `PR ${start + i}`, body: 'A change.', labels: i % 5 === 0 ? ['tech-debt'] : ['feature'], merged_at: at });
    }
    gh.resetCalls();
    const run = await runAction({ server: gh, event: milestoneEvent('closed', { number: 2, title: 'Sprint 2', repo: `acme/${name}` }), repository: `acme/${name}` });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(gh.violations).toEqual([]);
    expect(run.outputs['total']).toBe(String(n));
    const budget = Math.ceil(n / 100) + 3;
    const calls = callLines(gh);
    measured.push(`N=${n}: ${calls.length} calls (budget ${budget})`);
    expect(calls.length, calls.join('\n')).toBeLessThanOrEqual(budget);
    // One GraphQL call per 100 items, and one more only when the last page ends exactly at the sprint's start.
    expect(graphqlReads(gh).length).toBeLessThanOrEqual(Math.floor(n / 100) + 1);
  });

  it('PRs and issues are read side by side: 60 PRs and 60 issues (N = 120) cost one page each, in the same calls', async () => {
    const name = 'budget-mixed';
    gh.addRepo({ owner: 'acme', name });
    gh.addIssue({ owner: 'acme', repo: name, number: 1, title: 'Sprint debt report', labels: ['sprint-report'], body: '' });
    sprintMilestone(gh, 2, 'Sprint 2', '2025-01-20', '2025-01-31');
    gh.state.repo('acme', name).milestones.set(2, gh.state.repo('acme', 'widgets').milestones.get(2)!);
    manyPrs(gh, 0, 0, '2025-01-20T00:00:00Z', 1);
    for (let i = 0; i < 60; i += 1) {
      const at = new Date(Date.parse('2025-01-21T00:00:00Z') + i * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      gh.addPull({ owner: 'acme', repo: name, number: 100 + i, title: `PR ${i}`, body: 'x', labels: ['feature'], merged_at: at });
      gh.addIssue({ owner: 'acme', repo: name, number: 300 + i, title: `Issue ${i}`, body: 'y', labels: i % 2 === 0 ? ['debt'] : ['bug'], state: 'closed', state_reason: 'completed', closed_at: at, updated_at: at });
    }
    closedIssue(gh, 999, '2025-01-22T00:00:00Z');
    gh.resetCalls();
    const run = await runAction({ server: gh, event: milestoneEvent('closed', { number: 2, title: 'Sprint 2', repo: `acme/${name}` }), repository: `acme/${name}` });
    expect(run.code).toBe(0);
    expect(gh.violations).toEqual([]);
    expect(run.outputs).toMatchObject({ total: '120', debt: '30' });
    expect(callLines(gh).length).toBeLessThanOrEqual(Math.ceil(120 / 100) + 3);
    expect(graphqlReads(gh)).toHaveLength(1);
  });

  it('one sprint whose PRs close issues finished before it: one more call per 100 such issues, read by number', async () => {
    const name = 'budget-partners';
    gh.addRepo({ owner: 'acme', name });
    gh.addIssue({ owner: 'acme', repo: name, number: 1, title: 'Sprint debt report', labels: ['sprint-report'], body: '' });
    gh.addMilestone({ owner: 'acme', repo: name, number: 1, title: 'Sprint 1', description: 'Start: 2025-01-06', due_on: '2025-01-17T12:00:00Z', state: 'closed', closed_at: '2025-01-17T18:00:00Z' });
    gh.addMilestone({ owner: 'acme', repo: name, number: 2, title: 'Sprint 2', due_on: '2025-01-31T12:00:00Z', state: 'closed', closed_at: '2025-01-31T18:00:00Z' });
    gh.addComment({ owner: 'acme', repo: name, issue_number: 1, body: '<!-- alignment-check:sprint:milestone-1 -->\nSprint 1 …', user: 'github-actions[bot]' });
    // 150 PRs of Sprint 2, each closing an issue closed by hand in Sprint 1 and not touched since (every 3rd a debt issue).
    const n = 150;
    for (let i = 0; i < n; i += 1) {
      const closed = new Date(Date.parse('2025-01-07T00:00:00Z') + i * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      const merged = new Date(Date.parse('2025-01-21T00:00:00Z') + i * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      gh.addIssue({ owner: 'acme', repo: name, number: 1000 + i, title: `Issue ${i}`, body: 'y', labels: i % 3 === 0 ? ['tech-debt'] : ['bug'], state: 'closed', state_reason: 'completed', closed_at: closed, updated_at: closed });
      gh.addPull({ owner: 'acme', repo: name, number: 2000 + i, title: `PR ${i}`, body: 'x', labels: ['feature'], merged_at: merged, updated_at: merged, closes: [1000 + i] });
    }
    gh.resetCalls();
    const run = await runAction({ server: gh, event: milestoneEvent('closed', { number: 2, title: 'Sprint 2', repo: `acme/${name}` }), repository: `acme/${name}` });
    expect(run.code).toBe(0);
    expect(gh.violations).toEqual([]);
    // Every PR carries the labels of the issue it closes, although that issue finished in Sprint 1.
    expect(run.outputs).toMatchObject({ total: String(n), debt: '50' });
    const budget = Math.ceil(n / 100) + 3 + Math.ceil(n / 100);
    measured.push(`N=${n} closing ${n} issues of an earlier sprint: ${callLines(gh).length} calls (budget ${budget})`);
    expect(callLines(gh).length, callLines(gh).join('\n')).toBeLessThanOrEqual(budget);
  });

  it('reports what it measured', () => {
    console.log(`sprint report call counts: ${measured.join('; ')}`);
    expect(measured).toHaveLength(6);
  });
});
