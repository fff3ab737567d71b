/**
 * The PRs and issues an audit reads: the repository's pull requests and issues, each
 * list newest first by creation, open or closed, 100 a page with everything the check
 * reads inline (title, body, labels) and what the audit adds (when and by whom each
 * was opened, whether a PR is a draft) — both lists in the same call, and on the first
 * call the milestones (the sprint windows of a trend by sprint). An item opened before
 * the window cannot be followed by one opened inside it, so the caller stops paging a
 * list once it reads past the window's start.
 */
import * as z from 'zod';
import { connectionOf, included } from './answers.js';
import type { AuditItemsPage, AuditItemsRequest, AuditStream, FetchedAuditItem, RepoRef } from './api.js';
import type { Octokit } from './client.js';
import { GitHubApiError } from './errors.js';
import { graphqlQuery, type GraphQLErrorInfo } from './graphql.js';
import { milestoneConnectionSchema, MILESTONE_FRAGMENT, toMilestones } from './milestones.js';
import { issueStateOf, itemFieldsOf, ITEM_LABELS, labelsSchema, pullRequestStateOf } from './item-fields.js';

export const AUDIT_ITEMS_QUERY = /* GraphQL */ `
  query AlignmentAuditItems(
    $owner: String!
    $name: String!
    $withPrs: Boolean!
    $prCursor: String
    $withIssues: Boolean!
    $issueCursor: String
    $withMilestones: Boolean!
  ) {
    repository(owner: $owner, name: $name) {
      pullRequests(first: 100, after: $prCursor, orderBy: { field: CREATED_AT, direction: DESC }) @include(if: $withPrs) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...AuditPullRequest
        }
      }
      issues(first: 100, after: $issueCursor, orderBy: { field: CREATED_AT, direction: DESC }) @include(if: $withIssues) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...AuditIssue
        }
      }
      milestones(first: 100, states: [OPEN, CLOSED], orderBy: { field: CREATED_AT, direction: DESC }) @include(if: $withMilestones) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...SprintMilestone
        }
      }
    }
  }

  fragment AuditPullRequest on PullRequest {
    number
    title
    url
    body
    createdAt
    mergedAt
    closedAt
    prState: state
    isDraft
    author {
      login
    }
    repository {
      nameWithOwner
    }
    labels(first: ${ITEM_LABELS}) {
      nodes {
        name
      }
    }
  }

  fragment AuditIssue on Issue {
    number
    title
    url
    body
    createdAt
    closedAt
    issueState: state
    stateReason
    author {
      login
    }
    repository {
      nameWithOwner
    }
    labels(first: ${ITEM_LABELS}) {
      nodes {
        name
      }
    }
  }
  ${MILESTONE_FRAGMENT}
`;

/*
 * The answer's shapes, nullable where GitHub's schema is and the code copes (a node the
 * token cannot read is null; a deleted author is null). Enums are read as strings: a
 * value GitHub adds later falls to the code's default instead of failing the audit.
 */
const repositoryName = z.object({ nameWithOwner: z.string() });
const authorSchema = z.object({ login: z.string() }).nullable();

const pullRequestSchema = z.object({
  number: z.number().int(),
  title: z.string(),
  url: z.string(),
  body: z.string(),
  createdAt: z.string(),
  mergedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** OPEN, CLOSED or MERGED. */
  prState: z.string(),
  isDraft: z.boolean(),
  author: authorSchema,
  repository: repositoryName,
  labels: labelsSchema,
});

const issueSchema = z.object({
  number: z.number().int(),
  title: z.string(),
  url: z.string(),
  body: z.string(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  /** OPEN or CLOSED. */
  issueState: z.string(),
  /** COMPLETED, NOT_PLANNED, REOPENED, DUPLICATE. */
  stateReason: z.string().nullable(),
  author: authorSchema,
  repository: repositoryName,
  labels: labelsSchema,
});

type PullRequestNode = z.infer<typeof pullRequestSchema>;
type IssueNode = z.infer<typeof issueSchema>;


function fromPullRequest(node: PullRequestNode): FetchedAuditItem {
  const state = pullRequestStateOf(node.prState, node.mergedAt);
  const completedAt = node.mergedAt ?? undefined;
  return {
    ...itemFieldsOf('pr', node),
    createdAt: node.createdAt,
    ...(completedAt === undefined ? {} : { completedAt }),
    state,
    author: node.author?.login ?? 'ghost',
    draft: node.isDraft,
  };
}

function fromIssue(node: IssueNode): FetchedAuditItem {
  const state = issueStateOf(node.issueState, node.stateReason);
  return {
    ...itemFieldsOf('issue', node),
    createdAt: node.createdAt,
    ...(node.closedAt === null || state === 'open' ? {} : { completedAt: node.closedAt }),
    state,
    author: node.author?.login ?? 'ghost',
    draft: false,
  };
}

function answerSchema(request: AuditItemsRequest) {
  return z.object({
    repository: z
      .object({
        pullRequests: included(connectionOf(pullRequestSchema), request.prs !== undefined),
        issues: included(connectionOf(issueSchema), request.issues !== undefined),
        milestones: included(milestoneConnectionSchema, request.milestones === true),
      })
      .nullable(),
  });
}

/** The nodes of one list, the count of unreadable (null) ones, and where the list stands. */
function readList<T extends { createdAt: string }>(
  connection: z.infer<ReturnType<typeof connectionOf<z.ZodType<T>>>> | undefined,
  convert: (node: T) => FetchedAuditItem,
  out: FetchedAuditItem[],
): { stream: AuditStream | undefined; unreadable: number } {
  if (connection === undefined) return { stream: undefined, unreadable: 0 };
  let oldest: string | null = null;
  let unreadable = 0;
  for (const node of connection.nodes ?? []) {
    if (node === null) {
      unreadable += 1;
      continue;
    }
    oldest = node.createdAt;
    out.push(convert(node));
  }
  return { stream: { cursor: connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null, oldestCreatedAt: oldest }, unreadable };
}

/** An unreadable node inside one of the lists: the list is still good (the node is counted). */
const isNodeError = (error: GraphQLErrorInfo): boolean =>
  error.path.length >= 4 && error.path[0] === 'repository' && (error.path[1] === 'pullRequests' || error.path[1] === 'issues') && error.path[2] === 'nodes';

export async function readAuditItems(octokit: Octokit, ref: RepoRef, request: AuditItemsRequest): Promise<AuditItemsPage> {
  const lists = [request.prs === undefined ? '' : 'PRs', request.issues === undefined ? '' : 'issues', request.milestones === true ? 'milestones' : '']
    .filter(Boolean)
    .join(' and ');
  const operation = `GraphQL query AlignmentAuditItems (${lists || 'nothing'} of ${ref.owner}/${ref.repo})`;
  const { data } = await graphqlQuery(
    octokit,
    operation,
    AUDIT_ITEMS_QUERY,
    {
      owner: ref.owner,
      name: ref.repo,
      withPrs: request.prs !== undefined,
      prCursor: request.prs ?? null,
      withIssues: request.issues !== undefined,
      issueCursor: request.issues ?? null,
      withMilestones: request.milestones === true,
    },
    answerSchema(request),
    isNodeError,
  );
  const repository = data.repository;
  if (repository === null) throw new GitHubApiError(operation, 404, `repository ${ref.owner}/${ref.repo} not found, or the token cannot see it`);
  const items: FetchedAuditItem[] = [];
  const prs = readList(repository.pullRequests, fromPullRequest, items);
  const issues = readList(repository.issues, fromIssue, items);
  return {
    items,
    unreadable: prs.unreadable + issues.unreadable,
    prs: prs.stream,
    issues: issues.stream,
    milestones: repository.milestones === undefined ? undefined : toMilestones(repository.milestones),
  };
}
