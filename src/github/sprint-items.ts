/**
 * The work a sprint finished, read 100 at a time through GraphQL with everything the
 * report needs inline (labels, closing references, line counts, the body): the
 * repository's merged PRs and its closed issues, each list newest update first, both
 * lists in the same call. An item updated before a sprint started cannot have been
 * finished in it (merging or closing updates it), so the caller stops paging a list
 * once it reads past the earliest sprint it reports.
 *
 * A third list, in the same calls, gives the debt that came in: the open issues that
 * carry a register label, newest first by creation (the closed ones are among the
 * closed issues); the caller stops once it reads past the earliest sprint.
 */
import * as z from 'zod';
import { connectionOf, included, type Connection } from './answers.js';
import type { FetchedItem, FetchedWorkItem, ItemStream, RepoRef, WorkItemsPage } from './api.js';
import type { Octokit } from './client.js';
import { graphqlQuery, type GraphQLErrorInfo } from './graphql.js';

import { issueStateOf, itemFieldsOf, ITEM_LABELS, labelsSchema, pullRequestStateOf } from './item-fields.js';

export { ITEM_LABELS };
export const ITEM_CLOSES = 25;

export const PULL_REQUEST_FRAGMENT = /* GraphQL */ `
  fragment SprintPullRequest on PullRequest {
    number
    title
    url
    prState: state
    mergedAt
    closedAt
    updatedAt
    additions
    deletions
    body
    repository {
      nameWithOwner
    }
    labels(first: ${ITEM_LABELS}) {
      nodes {
        name
      }
    }
    closingIssuesReferences(first: ${ITEM_CLOSES}) {
      nodes {
        number
        repository {
          nameWithOwner
        }
      }
    }
  }
`;

export const ISSUE_FRAGMENT = /* GraphQL */ `
  fragment SprintIssue on Issue {
    number
    title
    url
    issueState: state
    stateReason
    createdAt
    closedAt
    updatedAt
    body
    repository {
      nameWithOwner
    }
    labels(first: ${ITEM_LABELS}) {
      nodes {
        name
      }
    }
    closedByPullRequestsReferences(first: ${ITEM_CLOSES}, includeClosedPrs: true) {
      nodes {
        number
        mergedAt
        repository {
          nameWithOwner
        }
      }
    }
  }
`;

/** The two ordered lists, as a selection inside `repository` (used by the context call too). */
export const WORK_ITEMS_SELECTION = /* GraphQL */ `
    mergedPullRequests: pullRequests(
      states: [MERGED]
      first: 100
      after: $prCursor
      orderBy: { field: UPDATED_AT, direction: DESC }
    ) @include(if: $withPrs) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...SprintPullRequest
      }
    }
    closedIssues: issues(
      states: [CLOSED]
      first: 100
      after: $issueCursor
      orderBy: { field: UPDATED_AT, direction: DESC }
    ) @include(if: $withIssues) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...SprintIssue
      }
    }
    openRegisterIssues: issues(
      states: [OPEN]
      labels: $registerLabels
      first: 100
      after: $registerCursor
      orderBy: { field: CREATED_AT, direction: DESC }
    ) @include(if: $withRegister) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...SprintIssue
      }
    }
`;

/** The variables the selection uses, declared by each query that holds it. */
export const WORK_ITEMS_VARIABLES = /* GraphQL */ `
    $withPrs: Boolean!
    $prCursor: String
    $withIssues: Boolean!
    $issueCursor: String
    $withRegister: Boolean!
    $registerLabels: [String!]
    $registerCursor: String
`;

export const WORK_ITEMS_QUERY = /* GraphQL */ `
  query AlignmentSprintItems(
    $owner: String!
    $name: String!
    ${WORK_ITEMS_VARIABLES}
  ) {
    repository(owner: $owner, name: $name) {
      ${WORK_ITEMS_SELECTION}
    }
  }
  ${PULL_REQUEST_FRAGMENT}
  ${ISSUE_FRAGMENT}
`;

/*
 * The answer's shapes, nullable where GitHub's schema is and the code copes (a node the
 * token cannot read is null; so are lists GitHub could not resolve). Enums are read as
 * strings: a value GitHub adds later falls to the code's default instead of failing
 * the report.
 */
const repositoryName = z.object({ nameWithOwner: z.string() });

export const pullRequestNodeSchema = z.object({
  number: z.number().int(),
  title: z.string(),
  url: z.string(),
  /** OPEN, CLOSED or MERGED. */
  prState: z.string(),
  mergedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  updatedAt: z.string(),
  additions: z.number().int(),
  deletions: z.number().int(),
  body: z.string(),
  repository: repositoryName,
  labels: labelsSchema,
  closingIssuesReferences: z.object({ nodes: z.array(z.object({ number: z.number().int(), repository: repositoryName }).nullable()).nullable() }).nullable(),
});

export const issueNodeSchema = z.object({
  number: z.number().int(),
  title: z.string(),
  url: z.string(),
  /** OPEN or CLOSED. */
  issueState: z.string(),
  /** COMPLETED, NOT_PLANNED, REOPENED, DUPLICATE. */
  stateReason: z.string().nullable(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  updatedAt: z.string(),
  body: z.string(),
  repository: repositoryName,
  labels: labelsSchema,
  closedByPullRequestsReferences: z
    .object({ nodes: z.array(z.object({ number: z.number().int(), mergedAt: z.string().nullable(), repository: repositoryName }).nullable()).nullable() })
    .nullable(),
});

type PullRequestNode = z.infer<typeof pullRequestNodeSchema>;
type IssueNode = z.infer<typeof issueNodeSchema>;


export function fromPullRequest(node: PullRequestNode): FetchedWorkItem {
  const state = pullRequestStateOf(node.prState, node.mergedAt);
  return {
    ...itemFieldsOf('pr', node),
    ...(node.mergedAt === null ? {} : { completedAt: node.mergedAt }),
    updatedAt: node.updatedAt,
    state,
    closes: (node.closingIssuesReferences?.nodes ?? []).flatMap((ref) => (ref ? [`${ref.repository.nameWithOwner}#${ref.number}`] : [])),
    additions: node.additions,
    deletions: node.deletions,
  };
}

export function fromIssue(node: IssueNode): FetchedWorkItem {
  const state = issueStateOf(node.issueState, node.stateReason);
  return {
    ...itemFieldsOf('issue', node),
    createdAt: node.createdAt,
    ...(node.closedAt === null ? {} : { completedAt: node.closedAt }),
    updatedAt: node.updatedAt,
    state,
    closes: [],
    closedBy: (node.closedByPullRequestsReferences?.nodes ?? []).flatMap((pr) =>
      pr && pr.mergedAt !== null ? [`${pr.repository.nameWithOwner}#${pr.number}`] : [],
    ),
  };
}

/**
 * The items of one ordered list. A null node (the token cannot read it) becomes a
 * redacted item placed where it sits in the list: at the updatedAt of the node
 * before it.
 */
function readList<T extends { updatedAt: string }>(
  connection: Connection<T> | null | undefined,
  convert: (node: T) => FetchedItem,
  out: FetchedItem[],
  created?: (node: T) => string,
): ItemStream | undefined {
  if (connection === undefined) return undefined;
  if (connection === null) return { cursor: null, oldestUpdatedAt: null, ...(created === undefined ? {} : { oldestCreatedAt: null }) };
  let last: string | null = null;
  let lastCreated: string | null = null;
  for (const node of connection.nodes ?? []) {
    if (node === null) {
      // In the register list an unreadable issue is no work of a sprint: it is left out.
      if (created !== undefined) continue;
      out.push(last === null ? { kind: 'redacted', repo: '' } : { kind: 'redacted', repo: '', completedAt: last, updatedAt: last });
      continue;
    }
    last = node.updatedAt;
    if (created !== undefined) lastCreated = created(node);
    out.push(convert(node));
  }
  if (created !== undefined) {
    return { cursor: connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null, oldestUpdatedAt: last, oldestCreatedAt: lastCreated };
  }
  // A first node that is null has no neighbour before it: give it the one after.
  const firstKnown = out.find((i) => i.updatedAt !== undefined)?.updatedAt;
  for (let i = 0; i < out.length; i += 1) {
    const item = out[i];
    if (item?.kind === 'redacted' && item.completedAt === undefined && firstKnown !== undefined) {
      out[i] = { kind: 'redacted', repo: '', completedAt: firstKnown, updatedAt: firstKnown };
    }
  }
  return { cursor: connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null, oldestUpdatedAt: last };
}

/** The lists inside `repository`, each there when asked for (`@include`). */
export function workItemsSchema(lists: { readonly prs: boolean; readonly issues: boolean; readonly register: boolean }) {
  return z.object({
    mergedPullRequests: included(connectionOf(pullRequestNodeSchema).nullable(), lists.prs),
    closedIssues: included(connectionOf(issueNodeSchema).nullable(), lists.issues),
    openRegisterIssues: included(connectionOf(issueNodeSchema).nullable(), lists.register),
  });
}

type WorkItemsData = z.infer<ReturnType<typeof workItemsSchema>>;

export function toWorkItemsPage(repository: WorkItemsData | null | undefined): WorkItemsPage {
  const prItems: FetchedItem[] = [];
  const issueItems: FetchedItem[] = [];
  const registerItems: FetchedItem[] = [];
  const prs = readList(repository?.mergedPullRequests, fromPullRequest, prItems);
  const issues = readList(repository?.closedIssues, fromIssue, issueItems);
  const register = readList(repository?.openRegisterIssues, fromIssue, registerItems, (node) => node.createdAt);
  return { items: [...prItems, ...issueItems, ...registerItems], prs, issues, register };
}

/** An unreadable node inside one of the lists: the list is still good. */
export const isNodeError = (error: GraphQLErrorInfo): boolean =>
  error.path.length >= 4 &&
  error.path[0] === 'repository' &&
  (error.path[1] === 'mergedPullRequests' || error.path[1] === 'closedIssues' || error.path[1] === 'openRegisterIssues') &&
  error.path[2] === 'nodes';

/** Where to go on with each list (a list without a cursor is not read), and the labels of the register list. */
export interface WorkItemCursors {
  readonly prs?: string;
  readonly issues?: string;
  readonly register?: { readonly cursor: string; readonly labels: readonly string[] };
}

export async function readWorkItems(octokit: Octokit, ref: RepoRef, cursors: WorkItemCursors): Promise<WorkItemsPage> {
  const lists = [
    cursors.prs === undefined ? '' : 'merged PRs',
    cursors.issues === undefined ? '' : 'closed issues',
    cursors.register === undefined ? '' : 'open register issues',
  ]
    .filter(Boolean)
    .join(' and ');
  const operation = `GraphQL query AlignmentSprintItems (${lists} of ${ref.owner}/${ref.repo})`;
  const asked = { prs: cursors.prs !== undefined, issues: cursors.issues !== undefined, register: cursors.register !== undefined };
  const { data } = await graphqlQuery(
    octokit,
    operation,
    WORK_ITEMS_QUERY,
    {
      owner: ref.owner,
      name: ref.repo,
      withPrs: asked.prs,
      prCursor: cursors.prs ?? null,
      withIssues: asked.issues,
      issueCursor: cursors.issues ?? null,
      withRegister: asked.register,
      registerLabels: cursors.register === undefined ? null : [...cursors.register.labels],
      registerCursor: cursors.register?.cursor ?? null,
    },
    z.object({ repository: workItemsSchema(asked).nullable() }),
    isNodeError,
  );
  return toWorkItemsPage(data.repository);
}
