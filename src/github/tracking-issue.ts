/**
 * The sprint report's tracking issue: found in the sprint context call (by number,
 * or the open issues carrying the configured label) with its last 100 comments, so
 * the report comments are found by marker and author without another call; opened
 * through REST when `summary.issue: auto` finds none.
 */
import * as z from 'zod';
import { checkAnswer } from './answers.js';
import type { IssueComment, RepoRef, TrackingIssue } from './api.js';
import type { Octokit } from './client.js';
import { call } from './errors.js';

/** Comments read with the tracking issue: one report comment per sprint, so 100 sprints. */
export const TRACKING_COMMENTS = 100;
/** Open issues with the tracking label looked at for the configured title. */
export const TRACKING_CANDIDATES = 10;

export const TRACKING_ISSUE_FRAGMENT = /* GraphQL */ `
  fragment SprintTrackingIssue on Issue {
    id
    number
    title
    state
    comments(last: ${TRACKING_COMMENTS}) {
      pageInfo {
        hasPreviousPage
      }
      nodes {
        id
        fullDatabaseId
        body
        author {
          login
        }
      }
    }
  }
`;

/** The selection inside `repository` (used by the context call). */
export const TRACKING_SELECTION = /* GraphQL */ `
    trackingIssue: issue(number: $trackingNumber) @include(if: $trackingByNumber) {
      ...SprintTrackingIssue
    }
    trackingIssues: issues(
      labels: [$trackingLabel]
      states: [OPEN]
      first: ${TRACKING_CANDIDATES}
      orderBy: { field: CREATED_AT, direction: ASC }
    ) @include(if: $trackingByLabel) {
      nodes {
        ...SprintTrackingIssue
      }
    }
`;

export const trackingIssueNodeSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  title: z.string(),
  /** OPEN or CLOSED. */
  state: z.string(),
  comments: z.object({
    pageInfo: z.object({ hasPreviousPage: z.boolean() }),
    nodes: z
      .array(
        z
          .object({
            id: z.string(),
            // A BigInt, which GitHub encodes as a string (a number is read too).
            fullDatabaseId: z.union([z.string(), z.number()]).nullable(),
            body: z.string(),
            author: z.object({ login: z.string() }).nullable(),
          })
          .nullable(),
      )
      .nullable(),
  }),
});

type TrackingIssueNode = z.infer<typeof trackingIssueNodeSchema>;

export function toTrackingIssue(node: TrackingIssueNode): TrackingIssue {
  const comments: IssueComment[] = [];
  for (const c of node.comments.nodes ?? []) {
    if (c === null || c.fullDatabaseId === null) continue;
    const id = Number(c.fullDatabaseId);
    if (!Number.isSafeInteger(id)) continue;
    comments.push({ id, nodeId: c.id, body: c.body, author: c.author?.login ?? '' });
  }
  return { nodeId: node.id, number: node.number, title: node.title, open: node.state === 'OPEN', comments, moreComments: node.comments.pageInfo.hasPreviousPage };
}

const createdIssue = z.object({ number: z.number().int(), node_id: z.string() });

export async function createIssue(
  octokit: Octokit,
  ref: RepoRef,
  issue: { readonly title: string; readonly body: string; readonly labels: readonly string[] },
): Promise<{ number: number; nodeId: string }> {
  const operation = `POST /repos/${ref.owner}/${ref.repo}/issues`;
  const response = await call(operation, () =>
    octokit.request('POST /repos/{owner}/{repo}/issues', { owner: ref.owner, repo: ref.repo, title: issue.title, body: issue.body, labels: [...issue.labels] }),
  );
  const created = checkAnswer(operation, createdIssue, response.data);
  return { number: created.number, nodeId: created.node_id };
}
