/**
 * Runs that race on one PR, issue or tracking issue end with one comment of ours,
 * showing the latest verdict. The fake makes the races deterministic: `hold` keeps the
 * runs' reads until all have arrived (so every run sees no comment and adds one), and
 * `before` lands another run's comment between a run's read and its write.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/features/check/comment.js';
import { milestoneEvent, pullRequestEvent } from '../fake-github/events.js';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { runAction } from '../harness/run-action.js';
import { mergedPr, sprintMilestone } from '../sprint-action/helpers.js';
import { PASSING_BODY } from '../harness/bodies.js';

const FAILING = '## Summary\nAdds a cache.\n';
const BOT = 'github-actions[bot]';

let gh: FakeGitHub;

beforeEach(async () => {
  gh = await startFakeGitHub();
});

afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
});

/** Our check comments on a PR or issue. */
const ours = (number: number) => gh.comments(number).filter((c) => c.user === BOT && c.body.includes(COMMENT_MARKER));

describe('the sticky comment under concurrent runs', () => {
  it('three runs started together on one PR, each finding no comment, leave exactly one', async () => {
    gh.addPull({ number: 5, title: 'feat: cache quotes', body: FAILING });
    gh.intercept({ operation: 'AlignmentCheck', hold: 3 });
    // Processes of their own (the source through tsx), as three workflow runs would be.
    const runs = await Promise.all(
      [0, 1, 2].map(() => runAction({ server: gh, event: pullRequestEvent('opened', { number: 5, body: FAILING }), entry: 'src/index.ts', timeoutMs: 30_000 })),
    );
    expect(runs.map((run) => run.code)).toEqual([1, 1, 1]);
    expect(gh.calls.filter((c) => c.graphqlOperation === 'AlignmentAddComment')).toHaveLength(3);
    const left = ours(5);
    expect(left).toHaveLength(1);
    expect(left[0]?.body).toContain('alignment rules failed');

    // The next run finds it and edits it in place.
    gh.issue(5)!.body = PASSING_BODY;
    const fixed = await runAction({ server: gh, event: pullRequestEvent('edited', { number: 5, body: PASSING_BODY }) });
    expect(fixed.code).toBe(0);
    expect(ours(5).map((c) => c.id)).toEqual([left[0]?.id]);
    expect(ours(5)[0]?.body).toContain('Resolved');
    expect(ours(5)[0]?.minimized_reason).toBe('resolved');
  }, 60_000);

  it('a comment another run adds between this run’s read and its write is the one kept, with this verdict', async () => {
    gh.addPull({ number: 6, title: 'feat: cache quotes', body: FAILING });
    let theirs = 0;
    gh.intercept({
      operation: 'AlignmentAddComment',
      before: () => {
        theirs = gh.addComment({ issue_number: 6, body: `${COMMENT_MARKER}\nAn older verdict.`, user: BOT }).id;
      },
    });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 6, body: FAILING }) });
    expect(run.code).toBe(1);
    expect(run.outputs['conclusion']).toBe('failure');
    const left = ours(6);
    expect(left.map((c) => c.id)).toEqual([theirs]);
    expect(left[0]?.body).not.toContain('An older verdict.');
    expect(left[0]?.body).toContain('2 of 2 alignment rules failed');
    expect(gh.calls.filter((c) => c.graphqlOperation === 'AlignmentDeleteComment')).toHaveLength(1);
  });

  it('duplicates an earlier race left behind are removed, and the oldest carries the verdict', async () => {
    gh.addPull({ number: 7, title: 'feat: cache quotes', body: PASSING_BODY });
    const first = gh.addComment({ issue_number: 7, body: `${COMMENT_MARKER}\nOld 1`, user: BOT });
    gh.addComment({ issue_number: 7, body: `${COMMENT_MARKER}\nOld 2`, user: BOT });
    // The marker pasted by someone else is not ours: never edited, never deleted.
    const pasted = gh.addComment({ issue_number: 7, body: `${COMMENT_MARKER}\nquoted`, user: 'mallory' });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 7, body: PASSING_BODY }) });
    expect(run.code).toBe(0);
    expect(ours(7).map((c) => c.id)).toEqual([first.id]);
    // It reported something before this run: now resolved, in one line, minimized.
    expect(ours(7)[0]?.body).toContain('Resolved');
    expect(ours(7)[0]?.minimized_reason).toBe('resolved');
    expect(gh.comments(7).find((c) => c.id === pasted.id)?.body).toBe(`${COMMENT_MARKER}\nquoted`);
  });
});

describe('sprint comments under concurrent reports', () => {
  it('a report comment for the same sprint added meanwhile is the one kept, with this report', async () => {
    gh.addIssue({ number: 1, title: 'Sprint debt report', labels: ['sprint-report'], body: '' });
    sprintMilestone(gh, 3, 'Sprint 3', '2025-03-03', '2025-03-14');
    mergedPr(gh, 10, '2025-03-05T10:00:00Z', ['tech-debt']);
    mergedPr(gh, 11, '2025-03-06T10:00:00Z', ['feature']);
    let theirs = 0;
    gh.intercept({
      operation: 'AlignmentAddComment',
      before: () => {
        theirs = gh.addComment({ issue_number: 1, body: '<!-- alignment-check:sprint:milestone-3 -->\nAn older report.', user: BOT }).id;
      },
    });
    const run = await runAction({ server: gh, event: milestoneEvent('closed', { number: 3, title: 'Sprint 3' }) });
    expect(run.code, run.stdout).toBe(0);
    const reports = gh.comments(1).filter((c) => c.body.startsWith('<!-- alignment-check:sprint:milestone-3 -->'));
    expect(reports.map((c) => c.id)).toEqual([theirs]);
    expect(reports[0]?.body).toContain('50 % debt');
  });
});
