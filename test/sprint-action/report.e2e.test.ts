/**
 * The sprint report end to end: the action's source, run in process as a runner
 * runs it, against the fake GitHub API that holds every request — REST and GraphQL —
 * to GitHub's published contract (and executes every GraphQL answer against its query).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { milestoneEvent, scheduleEvent, workflowDispatchEvent } from '../fake-github/events.js';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { runAction } from '../harness/run-action.js';
import { callLines, closedIssue, mergedPr, sprintMilestone, writes } from './helpers.js';

let gh: FakeGitHub;

beforeEach(async () => {
  gh = await startFakeGitHub();
});

afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
});

/** The open tracking issue, as `summary.issue: auto` finds it (by label and title). */
function trackingIssue(number = 1): void {
  gh.addIssue({ number, title: 'Sprint debt report', labels: ['sprint-report'], body: 'Reports.' });
}

function reportComments(number = 1): { id: number; body: string; user: string }[] {
  return gh.comments(number).filter((c) => c.body.startsWith('<!-- alignment-check:sprint:'));
}

const closed = (number: number, title: string) => milestoneEvent('closed', { number, title });

describe('milestone closed', () => {
  it('posts the sprint report on the tracking issue, updates it in place on the same event, and writes nothing when nothing changed', async () => {
    trackingIssue();
    sprintMilestone(gh, 3, 'Sprint 3', '2025-03-03', '2025-03-14');
    mergedPr(gh, 10, '2025-03-05T10:00:00Z', ['tech-debt'], { title: 'Split the billing module' });
    mergedPr(gh, 11, '2025-03-06T10:00:00Z', ['feature'], { body: 'Adds export.\n\nCloses #12' });
    closedIssue(gh, 12, '2025-03-06T10:00:00Z', ['feature']);
    closedIssue(gh, 13, '2025-03-07T10:00:00Z', ['bug'], { reason: 'not_planned' });
    mergedPr(gh, 14, '2025-03-20T10:00:00Z', ['feature']);
    closedIssue(gh, 15, '2025-03-10T10:00:00Z', ['bug']);

    const run = await runAction({ server: gh, event: closed(3, 'Sprint 3') });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // PR 10 (debt), PR 11 with the issue it closes (one unit), issue 15; not the not-planned issue, not PR 14 (after the sprint).
    expect(run.outputs).toMatchObject({ conclusion: 'success', sprint: 'Sprint 3', debt: '1', total: '3' });
    expect(Number(run.outputs['ratio'])).toBeCloseTo(1 / 3, 4);
    const comments = reportComments();
    expect(comments).toHaveLength(1);
    expect(comments[0]?.user).toBe('github-actions[bot]');
    expect(comments[0]?.body.split('\n')[0]).toBe('<!-- alignment-check:sprint:milestone-3 -->');
    expect(comments[0]?.body).toContain('### ❗ Sprint 3: 33.3 % debt (target 15–25 %)');
    expect(comments[0]?.body).toContain('[#10](https://github.com/acme/widgets/pull/10) Split the billing module');
    expect(comments[0]?.body).toContain('xychart-beta');
    expect(run.summary).toContain('Sprint 3: 33.3 % debt');
    expect(run.summary).toContain('Comment posted on the tracking issue [#1](https://github.com/acme/widgets/issues/1)');
    expect(callLines(gh)).toEqual([
      'GET /repos/acme/widgets/contents/.github%2Falignment.yml 404',
      'POST /graphql AlignmentSprintContext 200',
      'POST /graphql AlignmentAddComment 200',
    ]);

    // The same event again, after a label changed: the same comment, edited.
    gh.issue(15)?.labels.push('tech-debt');
    gh.resetCalls();
    const again = await runAction({ server: gh, event: closed(3, 'Sprint 3') });
    expect(again.code).toBe(0);
    expect(again.outputs).toMatchObject({ debt: '2', total: '3' });
    const after = reportComments();
    expect(after).toHaveLength(1);
    expect(after[0]?.id).toBe(comments[0]?.id);
    expect(after[0]?.body).toContain('66.7 % debt');
    expect(writes(gh)).toEqual([`PATCH /repos/acme/widgets/issues/comments/${comments[0]?.id}`]);
    expect(again.summary).toContain('Comment updated on the tracking issue');

    // Nothing changed: nothing written.
    gh.resetCalls();
    const third = await runAction({ server: gh, event: closed(3, 'Sprint 3') });
    expect(third.code).toBe(0);
    expect(writes(gh)).toEqual([]);
    expect(third.summary).toContain('Comment unchanged on the tracking issue');
    expect(reportComments()[0]?.body).toBe(after[0]?.body);
  });

  it('flags a sprint with 0 % debt', async () => {
    trackingIssue();
    sprintMilestone(gh, 4, 'Sprint 4', '2025-03-17', '2025-03-28');
    mergedPr(gh, 20, '2025-03-18T10:00:00Z', ['feature']);
    closedIssue(gh, 21, '2025-03-19T10:00:00Z', ['bug']);
    const run = await runAction({ server: gh, event: closed(4, 'Sprint 4') });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ ratio: '0', debt: '0', total: '2' });
    const body = reportComments()[0]?.body ?? '';
    expect(body).toContain('### ⚠️ Sprint 4: 0 % debt');
    expect(body).toContain('> [!WARNING]\n> 0 % of the work paid down debt (target 15–25 %). Zero is never the right answer.');
  });

  it('reports an empty sprint as "no work finished", with no ratio', async () => {
    trackingIssue();
    sprintMilestone(gh, 5, 'Sprint 5', '2025-03-31', '2025-04-11');
    mergedPr(gh, 30, '2025-03-20T10:00:00Z', ['tech-debt']); // before the sprint
    const run = await runAction({ server: gh, event: closed(5, 'Sprint 5') });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ sprint: 'Sprint 5', ratio: '', debt: '0', total: '0' });
    const body = reportComments()[0]?.body ?? '';
    expect(body).toContain('Sprint 5: no ratio');
    expect(body).toContain('No work finished in this sprint — no ratio.');
    expect(body).toContain('no work finished');
    expect(body).not.toMatch(/NaN|Infinity/);
  });

  it('opens the tracking issue once (summary.issue: auto), then reuses it', async () => {
    sprintMilestone(gh, 1, 'Sprint 1', '2025-01-06', '2025-01-17');
    sprintMilestone(gh, 2, 'Sprint 2', '2025-01-20', '2025-01-31');
    mergedPr(gh, 5, '2025-01-08T10:00:00Z', ['tech-debt']);
    mergedPr(gh, 6, '2025-01-22T10:00:00Z', ['feature']);
    const first = await runAction({ server: gh, event: closed(1, 'Sprint 1') });
    expect(first.code).toBe(0);
    const created = gh.calls.filter((c) => c.method === 'POST' && c.path === '/repos/acme/widgets/issues');
    expect(created).toHaveLength(1);
    expect(created[0]?.body).toMatchObject({ title: 'Sprint debt report', labels: ['sprint-report'] });
    const issueNumber = [...gh.state.repo('acme', 'widgets').issues.values()].find((i) => i.title === 'Sprint debt report')?.number ?? 0;
    expect(reportComments(issueNumber)).toHaveLength(1);

    gh.resetCalls();
    const second = await runAction({ server: gh, event: closed(2, 'Sprint 2') });
    expect(second.code).toBe(0);
    expect(writes(gh)).toEqual(['graphql AlignmentAddComment']);
    const comments = reportComments(issueNumber);
    expect(comments.map((c) => c.body.split('\n')[0])).toEqual([
      '<!-- alignment-check:sprint:milestone-1 -->',
      '<!-- alignment-check:sprint:milestone-2 -->',
    ]);
    // The trend of Sprint 2 carries Sprint 1 on, read from its comment.
    expect(comments[1]?.body).toContain('| Sprint 1 | 2025-01-06 – 2025-01-17 | 1 | 0 | −1 | 1 | 100 % | ❗ |');
  });

  it('uses the issue number the config names (summary.issue), and never edits a marker comment written by someone else', async () => {
    gh.addIssue({ number: 7, title: 'Our debt', body: '' });
    gh.setFile({ path: '.github/alignment.yml', content: 'sprints:\n  summary:\n    issue: 7\n' });
    gh.addComment({ issue_number: 7, body: '<!-- alignment-check:sprint:milestone-3 -->\nfake report', user: 'mallory' });
    sprintMilestone(gh, 3, 'Sprint 3', '2025-03-03', '2025-03-14');
    mergedPr(gh, 10, '2025-03-05T10:00:00Z', ['debt']);
    const run = await runAction({ server: gh, event: closed(3, 'Sprint 3') });
    expect(run.code).toBe(0);
    const comments = reportComments(7);
    expect(comments).toHaveLength(2);
    expect(comments[0]?.body).toBe('<!-- alignment-check:sprint:milestone-3 -->\nfake report');
    expect(comments[1]?.user).toBe('github-actions[bot]');
    expect(writes(gh)).toEqual(['graphql AlignmentAddComment']);
  });

  it('a summary.issue that does not exist: the report in the summary, and a failure that says what to fix', async () => {
    gh.setFile({ path: '.github/alignment.yml', content: 'sprints:\n  summary:\n    issue: 42\n' });
    sprintMilestone(gh, 3, 'Sprint 3', '2025-03-03', '2025-03-14');
    mergedPr(gh, 10, '2025-03-05T10:00:00Z', ['debt']);
    const run = await runAction({ server: gh, event: closed(3, 'Sprint 3') });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ conclusion: 'failure', sprint: 'Sprint 3', ratio: '1' });
    expect(run.summary).toContain('Sprint 3: 100 % debt');
    expect(run.commands.find((c) => c.command === 'error')?.message).toBe(
      'alignment-check: sprints.summary.issue is #42, but acme/widgets has no issue #42. The report is in the job summary; fix sprints.summary.issue (or set it to auto).',
    );
    expect(writes(gh)).toEqual([]);
  });

  it('says why a milestone that is not a sprint gets no report', async () => {
    gh.setFile({ path: '.github/alignment.yml', content: 'sprints:\n  milestone:\n    pattern: "^Sprint "\n' });
    sprintMilestone(gh, 8, 'v2.0 release', '2025-03-03', '2025-03-14');
    const run = await runAction({ server: gh, event: closed(8, 'v2.0 release') });
    expect(run.code).toBe(0);
    expect(run.outputs['conclusion']).toBe('skipped');
    expect(run.commands.find((c) => c.command === 'notice')?.message).toContain('milestone "v2.0 release" is not a sprint');
    expect(writes(gh)).toEqual([]);
  });

  it('with a read-only token: the report in the job summary and a warning, no crash', async () => {
    trackingIssue();
    sprintMilestone(gh, 3, 'Sprint 3', '2025-03-03', '2025-03-14');
    mergedPr(gh, 10, '2025-03-05T10:00:00Z', ['tech-debt']);
    gh.setReadOnly(true);
    const run = await runAction({ server: gh, event: closed(3, 'Sprint 3') });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.outputs).toMatchObject({ conclusion: 'success', sprint: 'Sprint 3', ratio: '1' });
    expect(run.summary).toContain('Sprint 3: 100 % debt');
    expect(run.summary).toContain('Not posted: the report is only in this summary.');
    const warning = run.commands.find((c) => c.command === 'warning');
    expect(warning?.message).toContain('could not write the sprint report comment (HTTP 403');
    expect(reportComments()).toEqual([]);
  });
});

describe('schedule', () => {
  it('reports every sprint that ended since the last report: two sprints, two comments', async () => {
    trackingIssue();
    sprintMilestone(gh, 1, 'Sprint 1', '2025-01-06', '2025-01-17');
    mergedPr(gh, 5, '2025-01-08T10:00:00Z', ['tech-debt']);
    mergedPr(gh, 6, '2025-01-09T10:00:00Z', ['feature']);
    const first = await runAction({ server: gh, event: closed(1, 'Sprint 1') });
    expect(first.code).toBe(0);
    expect(reportComments()).toHaveLength(1);

    // Two sprints end; a scheduled run catches up on both.
    sprintMilestone(gh, 2, 'Sprint 2', '2025-01-20', '2025-01-31');
    sprintMilestone(gh, 3, 'Sprint 3', '2025-02-03', '2025-02-14');
    mergedPr(gh, 7, '2025-01-22T10:00:00Z', ['feature']);
    mergedPr(gh, 8, '2025-02-04T10:00:00Z', ['tech-debt']);
    mergedPr(gh, 9, '2025-02-05T10:00:00Z', ['feature']);
    mergedPr(gh, 10, '2025-02-06T10:00:00Z', ['feature']);
    mergedPr(gh, 11, '2025-02-07T10:00:00Z', ['feature']);
    gh.resetCalls();
    const scheduled = await runAction({ server: gh, event: scheduleEvent() });
    expect(scheduled.code).toBe(0);
    expect(writes(gh)).toEqual(['graphql AlignmentAddComment', 'graphql AlignmentAddComment']);
    const comments = reportComments();
    expect(comments.map((c) => c.body.split('\n')[0])).toEqual([
      '<!-- alignment-check:sprint:milestone-1 -->',
      '<!-- alignment-check:sprint:milestone-2 -->',
      '<!-- alignment-check:sprint:milestone-3 -->',
    ]);
    expect(comments[1]?.body).toContain('### ⚠️ Sprint 2: 0 % debt');
    expect(comments[2]?.body).toContain('### ✅ Sprint 3: 25 % debt');
    // The trend of the last one: all three sprints.
    expect(comments[2]?.body).toContain('#### Trend (last 3 sprints)');
    expect(comments[2]?.body).toContain('x-axis "Sprint" ["1", "2", "3"]');
    expect(scheduled.outputs).toMatchObject({ sprint: 'Sprint 3', ratio: '0.25' });

    // Nothing ended since: nothing to do.
    gh.resetCalls();
    const idle = await runAction({ server: gh, event: scheduleEvent() });
    expect(idle.code).toBe(0);
    expect(idle.outputs['conclusion']).toBe('skipped');
    expect(idle.summary).toContain('no sprint ended since the last report ("Sprint 3")');
    expect(writes(gh)).toEqual([]);
  });

  it('with no report yet, reports the last sprint that ended (its trend computed from the sprints before it)', async () => {
    trackingIssue();
    sprintMilestone(gh, 1, 'Sprint 1', '2025-01-06', '2025-01-17');
    sprintMilestone(gh, 2, 'Sprint 2', '2025-01-20', '2025-01-31');
    mergedPr(gh, 5, '2025-01-08T10:00:00Z', ['tech-debt']);
    mergedPr(gh, 7, '2025-01-22T10:00:00Z', ['feature']);
    const run = await runAction({ server: gh, event: scheduleEvent() });
    expect(run.code).toBe(0);
    const comments = reportComments();
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body.split('\n')[0]).toBe('<!-- alignment-check:sprint:milestone-2 -->');
    expect(comments[0]?.body).toContain('| Sprint 1 | 2025-01-06 – 2025-01-17 | 1 | 0 | −1 | 1 | 100 % | ❗ |');
  });
});

describe('workflow_dispatch', () => {
  it('(re)reports the sprint the input names, else the last that ended', async () => {
    trackingIssue();
    sprintMilestone(gh, 1, 'Sprint 1', '2025-01-06', '2025-01-17');
    sprintMilestone(gh, 2, 'Sprint 2', '2025-01-20', '2025-01-31');
    mergedPr(gh, 5, '2025-01-08T10:00:00Z', ['tech-debt']);
    const named = await runAction({ server: gh, event: workflowDispatchEvent({ sprint: 'sprint 1' }), inputs: { sprint: 'sprint 1' } });
    expect(named.code).toBe(0);
    expect(named.outputs['sprint']).toBe('Sprint 1');
    const last = await runAction({ server: gh, event: workflowDispatchEvent({}) });
    expect(last.outputs['sprint']).toBe('Sprint 2');
    expect(reportComments().map((c) => c.body.split('\n')[0])).toEqual([
      '<!-- alignment-check:sprint:milestone-1 -->',
      '<!-- alignment-check:sprint:milestone-2 -->',
    ]);
  });

  it('fails with the known titles when the input names no sprint', async () => {
    sprintMilestone(gh, 1, 'Sprint 1', '2025-01-06', '2025-01-17');
    const run = await runAction({ server: gh, event: workflowDispatchEvent({ sprint: 'Sprint 99' }), inputs: { sprint: 'Sprint 99' } });
    expect(run.code).toBe(1);
    const error = run.commands.find((c) => c.command === 'error')?.message ?? '';
    expect(error).toContain('input sprint: no sprint titled "Sprint 99" (the latest are "Sprint 1")');
    expect(error).not.toMatch(/\n\s+at /);
  });
});
