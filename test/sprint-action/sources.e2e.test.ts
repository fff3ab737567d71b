/**
 * Iteration sprints (a Projects iteration field) and the PR check's sprint line, end
 * to end on the action's source (in process) against the fake GitHub API.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pullRequestEvent, workflowDispatchEvent } from '../fake-github/events.js';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { runAction } from '../harness/run-action.js';
import { graphqlReads, mergedPr, sprintMilestone, writes } from './helpers.js';
import { PASSING_BODY } from '../harness/bodies.js';

const PAT = 'ghp_fakePersonalAccessToken000000000000000';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub({ tokens: { [PAT]: { login: 'octocat' } } });
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
});

const ITERATION_CONFIG = [
  'sprints:',
  '  source: iteration',
  '  iteration: { project: 3, owner: acme, field: Sprint, points: Estimate }',
  '  weight: points',
  '',
].join('\n');

function project(): void {
  gh.addIssue({ number: 1, title: 'Sprint debt report', labels: ['sprint-report'], body: '' });
  gh.setFile({ path: '.github/alignment.yml', content: ITERATION_CONFIG });
  mergedPr(gh, 10, '2025-01-22T10:00:00Z', ['tech-debt'], { title: 'Retire the v1 API' });
  mergedPr(gh, 11, '2025-01-23T10:00:00Z', ['feature']);
  mergedPr(gh, 12, '2025-01-10T10:00:00Z', ['feature']);
  mergedPr(gh, 13, '2025-01-24T10:00:00Z', ['feature']); // not in the project
  gh.addProject({
    owner: 'acme',
    number: 3,
    title: 'Delivery',
    iterationField: 'Sprint',
    pointsField: 'Estimate',
    iterations: [
      { id: 'it-1', title: 'Iteration 1', startDate: '2025-01-06', duration: 14, completed: true },
      { id: 'it-2', title: 'Iteration 2', startDate: '2025-01-20', duration: 14, completed: true },
      { id: 'it-3', title: 'Iteration 3', startDate: '2099-02-03', duration: 14 },
    ],
    items: [
      { content: 'acme/widgets#10', iteration: 'it-2', points: 3 },
      { content: 'acme/widgets#11', iteration: 'it-2', points: 5 },
      { content: 'acme/widgets#12', iteration: 'it-1', points: 2 },
      { content: 'acme/secret#4', iteration: 'it-2', redacted: true },
      {},
    ],
  });
}

describe('Projects iteration sprints', () => {
  it('reports the last iteration that ended, weighed by the points field, with the hidden item counted as unknown', async () => {
    project();
    const run = await runAction({ server: gh, event: workflowDispatchEvent({}), token: PAT });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ sprint: 'Iteration 2', debt: '3', total: '8', ratio: '0.375' });
    const [comment] = gh.comments(1);
    expect(comment?.user).toBe('octocat');
    expect(comment?.body.split('\n')[0]).toBe('<!-- alignment-check:sprint:iteration-it-2 -->');
    expect(comment?.body).toContain('| Hidden from this token (not in the ratio) | 1 |');
    expect(comment?.body).toContain('weighed by points');
    // The trend reaches back to Iteration 1 (no report yet): 0 % of 2 points.
    expect(comment?.body).toContain('| Iteration 1 | 2025-01-06 – 2025-01-19 | 0 | 0 | 0 | 2 | 0 % | ⚠️ |');
  });

  it('with the workflow token, which cannot read projects: a clear error, no stack trace', async () => {
    project();
    const run = await runAction({ server: gh, event: workflowDispatchEvent({}) });
    expect(run.code).toBe(1);
    const error = run.commands.find((c) => c.command === 'error')?.message ?? '';
    expect(error).toContain('needs a token with project read access');
    expect(error).toContain('Resource not accessible by integration');
    expect(error).not.toMatch(/\n\s+at /);
    expect(writes(gh)).toEqual([]);
  });
});

describe('the PR check’s sprint line (sprints.in-pr-check)', () => {
  const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const ago = (hours: number): string => new Date(Date.now() - hours * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

  it('adds the current sprint’s debt share so far to the summary, and to the comment of a PR that never failed with comment: sticky', async () => {
    gh.setFile({ path: '.github/alignment.yml', content: 'sprints:\n  in-pr-check: true\nreport:\n  comment: sticky\n' });
    sprintMilestone(gh, 9, 'Sprint 9', day(-5), day(8), 'open');
    mergedPr(gh, 50, ago(30), ['tech-debt']);
    mergedPr(gh, 51, ago(50), ['feature']);
    mergedPr(gh, 52, ago(60), ['feature']);
    mergedPr(gh, 53, ago(70), ['feature']);
    gh.addPull({ number: 60, title: 'feat: cache quotes', body: PASSING_BODY });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 60, body: PASSING_BODY }) });
    expect(run.code).toBe(0);
    const line = `✅ **Sprint debt share** — Sprint 9 (${day(-5)} – ${day(8)}): **25 %** debt so far, target 15–25 %.`;
    expect(gh.comments(60)[0]?.body).toContain(line);
    expect(run.summary).toContain(line);
  });

  it('is off by default: no sprint line, no extra call', async () => {
    sprintMilestone(gh, 9, 'Sprint 9', day(-5), day(8), 'open');
    gh.addPull({ number: 60, title: 'feat: cache quotes', body: PASSING_BODY });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 60, body: PASSING_BODY }) });
    expect(run.code).toBe(0);
    expect(run.summary).not.toContain('Sprint debt share');
    expect(gh.comments(60)).toEqual([]);
    expect(graphqlReads(gh)).toEqual(['POST /graphql AlignmentCheck 200']);
  });
});
