/**
 * One sprint, one number, end to end (issue 14): a milestone history in which work
 * joins across sprint boundaries is reported sprint by sprint as the milestones
 * close, then every sprint is reported again on its own with `workflow_dispatch`.
 * Every number on the tracking issue stays as it was — nothing is even rewritten —
 * and each sprint's comment shows the share a hand computation gives.
 *
 * The action's source runs as a runner runs it (in process), against the loopback
 * fake GitHub that holds every request to GitHub's published contracts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { milestoneEvent, workflowDispatchEvent } from '../fake-github/events.js';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { runAction } from '../harness/run-action.js';
import { sprintMilestone, writes } from './helpers.js';

let gh: FakeGitHub;

beforeEach(async () => {
  gh = await startFakeGitHub();
});

afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
});

/** A merged PR, never touched after merging. */
function pr(number: number, mergedAt: string, labels: string[], closes: number[] = []): void {
  gh.addPull({ number, title: `PR ${number}`, body: 'A change.', labels, merged_at: mergedAt, updated_at: mergedAt, closes });
}

/** An issue closed as completed, never touched after closing. */
function issue(number: number, closedAt: string, labels: string[]): void {
  gh.addIssue({ number, title: `Issue ${number}`, body: 'Some work.', labels, state: 'closed', state_reason: 'completed', closed_at: closedAt, updated_at: closedAt });
}

/** The report comments on the tracking issue, by sprint marker. */
function reports(): Map<string, { id: number; body: string }> {
  const out = new Map<string, { id: number; body: string }>();
  for (const c of gh.comments(1)) {
    const key = /^<!-- alignment-check:sprint:([^ ]+) -->/u.exec(c.body)?.[1];
    if (key !== undefined) out.set(key, { id: c.id, body: c.body });
  }
  return out;
}

const headline = (body: string | undefined): string => body?.split('\n').find((line) => line.startsWith('### ')) ?? '';

describe('re-reporting a sprint on its own', () => {
  it('leaves every number on the tracking issue unchanged', async () => {
    gh.addIssue({ number: 1, title: 'Sprint debt report', labels: ['sprint-report'], body: 'Reports.' });
    sprintMilestone(gh, 21, 'Sprint 21', '2025-03-03', '2025-03-14');
    sprintMilestone(gh, 22, 'Sprint 22', '2025-03-17', '2025-03-28');
    sprintMilestone(gh, 23, 'Sprint 23', '2025-03-31', '2025-04-11');

    // Sprint 21: a debt PR and a feature PR.
    pr(10, '2025-03-04T10:00:00Z', ['tech-debt']);
    pr(11, '2025-03-05T10:00:00Z', ['feature']);
    // Sprint 22: a feature PR; debt issue 20 is closed by hand here, but PR 30 (Sprint 23) closes it.
    pr(12, '2025-03-18T10:00:00Z', ['feature']);
    issue(20, '2025-03-19T10:00:00Z', ['tech-debt']);
    // Debt issue 21 closed in Sprint 21; PR 31 that closes it is merged in Sprint 23.
    issue(21, '2025-03-06T10:00:00Z', ['tech-debt']);
    // Sprint 23: PR 30 (closes debt issue 20), PR 31 (closes debt issue 21), a feature PR.
    pr(30, '2025-04-01T10:00:00Z', ['feature'], [20]);
    pr(31, '2025-04-02T10:00:00Z', [], [21]);
    pr(32, '2025-04-03T10:00:00Z', ['feature']);

    // Reported as the milestones close.
    for (const [number, title] of [
      [21, 'Sprint 21'],
      [22, 'Sprint 22'],
      [23, 'Sprint 23'],
    ] as const) {
      const run = await runAction({ server: gh, event: milestoneEvent('closed', { number, title }) });
      expect(run.code, run.stderr).toBe(0);
    }
    const before = reports();
    // By hand: Sprint 21: PRs 10 (debt) and 11 → 1 of 2. Issue 21 is closed by PR 31, so it never counts on its own.
    expect(headline(before.get('milestone-21')?.body)).toContain('Sprint 21: 50 % debt');
    // Sprint 22: PR 12 only — issue 20 is closed by PR 30 of Sprint 23 → 0 of 1.
    expect(headline(before.get('milestone-22')?.body)).toContain('Sprint 22: 0 % debt');
    // Sprint 23: PR 30 with issue 20 (debt), PR 31 with issue 21 (debt), PR 32 → 2 of 3.
    expect(headline(before.get('milestone-23')?.body)).toContain('Sprint 23: 66.7 % debt');

    for (const title of ['Sprint 21', 'Sprint 22', 'Sprint 23']) {
      gh.resetCalls();
      const run = await runAction({ server: gh, event: workflowDispatchEvent({ sprint: title }), inputs: { sprint: title } });
      expect(run.code, run.stderr).toBe(0);
      expect(run.outputs['sprint']).toBe(title);
      expect(writes(gh), `re-reporting ${title} rewrote a comment`).toEqual([]);
      expect(run.summary).toContain('Comment unchanged on the tracking issue');
    }
    expect(reports()).toEqual(before);
  });
});
