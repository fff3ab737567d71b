/**
 * Every call the action, the sprint report and the audit make, answered with a body that is not
 * JSON and with JSON that lacks a field the code reads: each ends the step in a named
 * failure — the call, and what is wrong with its answer — with no stack trace, as an
 * HTTP error does. The action's source runs in process against the fake GitHub API;
 * the faults bypass the fake's contract, so no violation is recorded.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/features/check/comment.js';
import { issuesEvent, milestoneEvent, pullRequestEvent, workflowDispatchEvent } from '../fake-github/events.js';
import { startFakeGitHub, type FakeGitHub, type FaultSpec } from '../fake-github/server.js';
import { runAction, type RunActionResult } from '../harness/run-action.js';
import { manyPrs, mergedPr, sprintMilestone } from '../sprint-action/helpers.js';
import { PASSING_BODY } from '../harness/bodies.js';

const PAT = 'ghp_fakePersonalAccessToken000000000000000';
const BOT = 'github-actions[bot]';
const FAILING = '## Summary\nAdds a cache.\n';

let gh: FakeGitHub;

beforeEach(async () => {
  gh = await startFakeGitHub({ tokens: { [PAT]: { login: 'octocat' } } });
});

afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
});

// ------------------------------------------------------------------ scenarios

/** A PR check. */
function prCheck(number: number, body: string, inputs: Record<string, string> = {}): Promise<RunActionResult> {
  return runAction({ server: gh, event: pullRequestEvent('opened', { number, body }), inputs });
}

/** An issue check (no check run beside the comment). */
function issueCheck(number: number): Promise<RunActionResult> {
  gh.addIssue({ number, title: 'Slow checkout', body: FAILING });
  return runAction({ server: gh, event: issuesEvent('opened', { number, body: FAILING }) });
}

/** Our check comment on an issue, as an earlier run left it (minimized when it had been resolved). */
const oldComment = (number: number, text: string, minimized_reason: string | null = null): number =>
  gh.addComment({ issue_number: number, body: `${COMMENT_MARKER}\n${text}`, user: BOT, minimized_reason }).id;

/** Sprint 3 closes, with a merged PR in it. */
function sprintReport(seed: () => void = () => {}): Promise<RunActionResult> {
  sprintMilestone(gh, 3, 'Sprint 3', '2025-03-03', '2025-03-14');
  mergedPr(gh, 10, '2025-03-05T10:00:00Z', ['tech-debt']);
  seed();
  return runAction({ server: gh, event: milestoneEvent('closed', { number: 3, title: 'Sprint 3' }) });
}

const trackingIssue = (): void => void gh.addIssue({ number: 1, title: 'Sprint debt report', labels: ['sprint-report'], body: '' });

/** The register board, over `n` open debt items. */
function registerBoard(n = 1): Promise<RunActionResult> {
  trackingIssue();
  for (let i = 0; i < n; i += 1) gh.addIssue({ number: 100 + i, title: `Debt ${i}`, labels: ['tech-debt'], body: '## Business Impact\n\nCosts 2 hours a week.' });
  return runAction({ server: gh, event: workflowDispatchEvent({}), inputs: { 'register-board': 'true' } });
}

/** Iteration sprints from a project of 101 items (draft issues): the context call reads 100, the items call the rest. */
function projectReport(): Promise<RunActionResult> {
  gh.setFile({ path: '.github/alignment.yml', content: 'sprints:\n  source: iteration\n  iteration: { project: 3, owner: acme, field: Sprint }\n' });
  trackingIssue();
  gh.addProject({
    owner: 'acme',
    number: 3,
    title: 'Delivery',
    iterationField: 'Sprint',
    iterations: [{ id: 'it-1', title: 'Iteration 1', startDate: '2025-01-06', duration: 14, completed: true }],
    items: Array.from({ length: 101 }, () => ({})),
  });
  return runAction({ server: gh, event: workflowDispatchEvent({}), token: PAT });
}

// ------------------------------------------------------------------ the calls

interface Row {
  /** The call, as the table names it. */
  readonly call: string;
  /** Where the fault hits. */
  readonly at: Omit<FaultSpec, 'status' | 'body' | 'raw'>;
  readonly status?: number;
  /** The step, with the fake seeded. */
  readonly run: () => Promise<RunActionResult>;
  /** How the failure names the call (computed after the run: some names carry an id). */
  readonly operation: () => string;
  /** JSON that lacks a field the code reads, and that field's path. */
  readonly missing: { readonly body: unknown; readonly field: string };
}

let deletedId = 0;
let editedId = 0;
let minimizedId = 0;

const rows: readonly Row[] = [
  {
    call: 'the PR check read (GraphQL AlignmentCheck)',
    at: { path: '/graphql', operation: 'AlignmentCheck' },
    run: () => {
      gh.addPull({ number: 7, title: 'feat: cache quotes', body: FAILING });
      return prCheck(7, FAILING);
    },
    operation: () => 'GraphQL query AlignmentCheck (pull request acme/widgets#7)',
    missing: { body: { data: { viewer: { login: BOT } } }, field: 'repository' },
  },
  {
    call: 'the comment added (GraphQL AlignmentAddComment)',
    at: { path: '/graphql', operation: 'AlignmentAddComment' },
    run: () => issueCheck(30),
    operation: () => 'GraphQL mutation AlignmentAddComment (issue acme/widgets#30)',
    missing: { body: { data: { addComment: { subject: { __typename: 'Issue' } } } }, field: 'addComment.commentEdge' },
  },
  {
    call: 'a duplicate comment deleted (GraphQL AlignmentDeleteComment)',
    at: { path: '/graphql', operation: 'AlignmentDeleteComment' },
    run: () => {
      gh.addIssue({ number: 31, title: 'Slow checkout', body: FAILING });
      oldComment(31, 'Old 1');
      deletedId = oldComment(31, 'Old 2');
      return runAction({ server: gh, event: issuesEvent('opened', { number: 31, body: FAILING }) });
    },
    operation: () => `GraphQL mutation AlignmentDeleteComment (comment ${deletedId} in acme/widgets)`,
    missing: { body: { data: {} }, field: 'deleteIssueComment' },
  },
  {
    call: 'the comment edited (PATCH issues/comments)',
    at: { method: 'PATCH', path: '/repos/{owner}/{repo}/issues/comments/{comment_id}' },
    run: () => {
      gh.addIssue({ number: 32, title: 'Slow checkout', body: FAILING });
      editedId = oldComment(32, 'An older verdict.');
      return runAction({ server: gh, event: issuesEvent('opened', { number: 32, body: FAILING }) });
    },
    operation: () => `PATCH /repos/acme/widgets/issues/comments/${editedId}`,
    missing: { body: { body: 'edited' }, field: 'id' },
  },
  {
    call: 'the comment minimized as resolved (GraphQL AlignmentMinimizeComment)',
    at: { path: '/graphql', operation: 'AlignmentMinimizeComment' },
    run: () => {
      gh.addIssue({ number: 33, title: 'Slow checkout', body: PASSING_BODY });
      minimizedId = oldComment(33, 'A failing verdict.');
      return runAction({ server: gh, event: issuesEvent('edited', { number: 33, body: PASSING_BODY }) });
    },
    operation: () => `GraphQL mutation AlignmentMinimizeComment (comment ${minimizedId} in acme/widgets)`,
    missing: { body: { data: { minimizeComment: {} } }, field: 'minimizeComment.minimizedComment' },
  },
  {
    call: 'the comment shown again (GraphQL AlignmentUnminimizeComment)',
    at: { path: '/graphql', operation: 'AlignmentUnminimizeComment' },
    run: () => {
      gh.addIssue({ number: 34, title: 'Slow checkout', body: FAILING });
      minimizedId = oldComment(34, 'Resolved.', 'resolved');
      return runAction({ server: gh, event: issuesEvent('edited', { number: 34, body: FAILING }) });
    },
    operation: () => `GraphQL mutation AlignmentUnminimizeComment (comment ${minimizedId} in acme/widgets)`,
    missing: { body: { data: { unminimizeComment: {} } }, field: 'unminimizeComment.unminimizedComment' },
  },
  {
    call: 'the check run (POST check-runs)',
    at: { method: 'POST', path: '/repos/{owner}/{repo}/check-runs' },
    status: 201,
    run: () => {
      gh.setFile({ path: '.github/alignment.yml', content: 'report:\n  check-run: true\n' });
      gh.addPull({ number: 8, title: 'feat: x', body: PASSING_BODY });
      return prCheck(8, PASSING_BODY, { comment: 'off' });
    },
    operation: () => 'POST /repos/acme/widgets/check-runs',
    missing: { body: { name: 'alignment', status: 'completed' }, field: 'id' },
  },
  {
    call: 'a debt link verified (GET issues/{number})',
    at: { method: 'GET', path: '/repos/{owner}/{repo}/issues/{issue_number}' },
    run: () => {
      gh.setFile({ path: '.github/alignment.yml', content: 'rules:\n  debt-link:\n    verify: true\n    registers:\n      - github: { label: tech-debt }\n' });
      gh.addIssue({ number: 12, title: 'Legacy session store', labels: ['tech-debt'] });
      const body = `${PASSING_BODY}\nTech debt: #12\n`;
      gh.addPull({ number: 50, title: 'refactor: sessions', body, labels: ['tech-debt'] });
      return runAction({ server: gh, event: pullRequestEvent('opened', { number: 50, body, labels: ['tech-debt'] }) });
    },
    operation: () => 'GET /repos/acme/widgets/issues/12',
    missing: { body: { number: 12, title: 'Legacy session store' }, field: 'labels' },
  },
  {
    call: 'the sprint config read (GET contents)',
    at: { method: 'GET', path: '/repos/{owner}/{repo}/contents/{path}' },
    run: () => sprintReport(trackingIssue),
    operation: () => 'GET /repos/acme/widgets/contents/.github/alignment.yml',
    missing: { body: { name: 'alignment.yml', path: '.github/alignment.yml' }, field: 'type' },
  },
  {
    call: 'the sprint context read (GraphQL AlignmentSprintContext)',
    at: { path: '/graphql', operation: 'AlignmentSprintContext' },
    run: () => sprintReport(trackingIssue),
    operation: () => 'GraphQL query AlignmentSprintContext (acme/widgets)',
    missing: { body: { data: { viewer: { login: BOT } } }, field: 'repository' },
  },
  {
    call: 'the next page of items (GraphQL AlignmentSprintItems)',
    at: { path: '/graphql', operation: 'AlignmentSprintItems' },
    run: () => sprintReport(() => manyPrs(gh, 101, 100, '2025-03-04T00:00:00Z', 24 * 8)),
    operation: () => 'GraphQL query AlignmentSprintItems (merged PRs of acme/widgets)',
    missing: { body: { data: { repository: {} } }, field: 'repository.mergedPullRequests' },
  },
  {
    call: 'the partners read by number (GraphQL AlignmentSprintPartners)',
    at: { path: '/graphql', operation: 'AlignmentSprintPartners' },
    run: () =>
      sprintReport(() => {
        trackingIssue();
        gh.addIssue({ number: 12, title: 'Still open', body: '' });
        mergedPr(gh, 11, '2025-03-06T10:00:00Z', ['feature'], { closes: [12] });
      }),
    operation: () => 'GraphQL query AlignmentSprintPartners (1 PR and issues by number)',
    missing: { body: { data: { r0: { i0: { __typename: 'Issue', number: 12 } } } }, field: 'r0.i0.title' },
  },
  {
    call: 'the next page of project items (GraphQL AlignmentSprintProjectItems)',
    at: { path: '/graphql', operation: 'AlignmentSprintProjectItems' },
    run: projectReport,
    operation: () => 'GraphQL query AlignmentSprintProjectItems (project acme/3)',
    missing: { body: { data: { projectOwner: { __typename: 'Organization', projectV2: { items: { nodes: [] } } } } }, field: 'projectOwner.projectV2.items.pageInfo' },
  },
  {
    call: 'the tracking issue opened (POST issues)',
    at: { method: 'POST', path: '/repos/{owner}/{repo}/issues' },
    status: 201,
    run: () => sprintReport(),
    operation: () => 'POST /repos/acme/widgets/issues',
    missing: { body: { number: 2, title: 'Sprint debt report' }, field: 'node_id' },
  },
  {
    call: 'the register read (GraphQL AlignmentRegisterContext)',
    at: { path: '/graphql', operation: 'AlignmentRegisterContext' },
    run: () => registerBoard(),
    operation: () => 'GraphQL query AlignmentRegisterContext (acme/widgets)',
    missing: { body: { data: { viewer: { login: BOT } } }, field: 'home' },
  },
  {
    call: 'the next page of register items (GraphQL AlignmentRegisterPages)',
    at: { path: '/graphql', operation: 'AlignmentRegisterPages' },
    run: () => registerBoard(101),
    operation: () => 'GraphQL query AlignmentRegisterPages (open register issues of acme/widgets)',
    missing: { body: { data: { s0: {} } }, field: 's0.issues' },
  },
  {
    call: 'every comment of a long tracking issue (GET issues/{number}/comments)',
    at: { method: 'GET', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments' },
    run: () =>
      sprintReport(() => {
        trackingIssue();
        for (let i = 0; i < 101; i += 1) gh.addComment({ issue_number: 1, body: `Comment ${i}` });
      }),
    operation: () => 'GET /repos/acme/widgets/issues/1/comments',
    missing: { body: [{ body: 'x', user: null }], field: '[0].id' },
  },
  {
    call: 'the audit pages (GraphQL AlignmentAuditItems)',
    at: { path: '/graphql', operation: 'AlignmentAuditItems' },
    run: () => {
      gh.addPull({ number: 60, title: 'feat: cache', body: PASSING_BODY });
      return runAction({ server: gh, event: workflowDispatchEvent({}), inputs: { audit: '30d' } });
    },
    operation: () => 'GraphQL query AlignmentAuditItems (PRs and issues and milestones of acme/widgets)',
    missing: { body: { data: { repository: { issues: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] }, milestones: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] } } } }, field: 'repository.pullRequests' },
  },
];

const cases = rows.flatMap((row) => [
  [`${row.call}: not JSON`, { ...row, fault: { raw: '<html>oops</html>' }, says: 'that is not JSON (text/html: <html>oops</html>)' }] as const,
  [`${row.call}: without ${row.missing.field}`, { ...row, fault: { body: row.missing.body }, says: `without \`${row.missing.field}\`` }] as const,
]);

describe('a malformed answer to any call fails the step, naming the call', () => {
  it.each(cases)('%s', async (_name, c) => {
    gh.failNext({ ...c.at, status: c.status ?? 200, ...c.fault });
    const run = await c.run();
    const error = run.commands.find((command) => command.command === 'error')?.message ?? '';
    expect(error).toBe(`alignment-check: ${c.operation()} failed: returned an answer ${c.says}`);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /u);
  });
});
