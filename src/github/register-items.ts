/**
 * The register board's reads: the open issues of each register source (a repository
 * and its debt labels), 100 per source per call, every source in the same call (one
 * aliased `repository` each), with what the board needs inline — the labels, the body
 * (its Business Impact), the creation date and the PRs that referenced the issue or
 * are linked to it. The first call also reads the token's login, the milestones, the
 * board's issue with its last 100 comments, and the repository's labels (to find the
 * other spellings of the debt labels).
 */
import * as z from 'zod';
import { connectionOf, type Connection } from './answers.js';
import {
  MAX_REGISTER_SOURCES,
  type FetchedWorkItem,
  type RegisterContext,
  type RegisterContextRequest,
  type RegisterPage,
  type RegisterSource,
  type RepoRef,
  type TrackingIssue,
} from './api.js';
import type { Octokit } from './client.js';
import { GitHubApiError } from './errors.js';
import { graphqlQuery, isAt, type GraphQLErrorInfo } from './graphql.js';
import { milestoneConnectionSchema, MILESTONE_FRAGMENT, toMilestones } from './milestones.js';
import { issueStateOf, itemFieldsOf, ITEM_LABELS, labelsSchema as itemLabelsSchema } from './item-fields.js';
import { toTrackingIssue, trackingIssueNodeSchema, TRACKING_ISSUE_FRAGMENT, TRACKING_SELECTION } from './tracking-issue.js';

/** The PRs read per issue: the latest references and links in its timeline. */
export const REGISTER_PRS = 25;

const PR_REF = /* GraphQL */ `
          __typename
          ... on PullRequest {
            number
            repository {
              nameWithOwner
            }
          }`;

export const REGISTER_ISSUE_FRAGMENT = /* GraphQL */ `
  fragment RegisterIssue on Issue {
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
    timelineItems(last: ${REGISTER_PRS}, itemTypes: [CROSS_REFERENCED_EVENT, CONNECTED_EVENT]) {
      nodes {
        __typename
        ... on CrossReferencedEvent {
          source {${PR_REF}
          }
        }
        ... on ConnectedEvent {
          source {${PR_REF}
          }
          subject {${PR_REF}
          }
        }
      }
    }
  }
`;

const repositoryName = z.object({ nameWithOwner: z.string() });
const referencedSchema = z.object({ __typename: z.string(), number: z.number().int().optional(), repository: repositoryName.optional() });

export const registerIssueNodeSchema = z.object({
  number: z.number().int(),
  title: z.string(),
  url: z.string(),
  issueState: z.string(),
  stateReason: z.string().nullable(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  updatedAt: z.string(),
  body: z.string(),
  repository: repositoryName,
  labels: itemLabelsSchema,
  timelineItems: z
    .object({
      nodes: z
        .array(
          z
            .object({
              __typename: z.string(),
              source: referencedSchema.nullable().optional(),
              subject: referencedSchema.nullable().optional(),
            })
            .nullable(),
        )
        .nullable(),
    })
    .nullable(),
});
type RegisterIssueNode = z.infer<typeof registerIssueNodeSchema>;

const sourceSchema = z.object({ issues: connectionOf(registerIssueNodeSchema).nullable() }).nullable();

/** An open register issue as the board reads it. */
export function fromRegisterIssue(node: RegisterIssueNode): FetchedWorkItem {
  const state = issueStateOf(node.issueState, node.stateReason, 'completed');
  const prs: string[] = [];
  for (const event of node.timelineItems?.nodes ?? []) {
    for (const end of [event?.source, event?.subject]) {
      if (end?.__typename !== 'PullRequest' || end.number === undefined || end.repository === undefined) continue;
      const ref = `${end.repository.nameWithOwner}#${end.number}`;
      if (!prs.includes(ref)) prs.push(ref);
    }
  }
  return {
    ...itemFieldsOf('issue', node),
    createdAt: node.createdAt,
    ...(node.closedAt === null ? {} : { completedAt: node.closedAt }),
    updatedAt: node.updatedAt,
    state,
    closes: [],
    workedOnBy: prs,
  };
}

function toPage(connection: Connection<RegisterIssueNode> | null | undefined): RegisterPage {
  if (connection === null || connection === undefined) return { items: [], unreadable: 0, cursor: null };
  const items: FetchedWorkItem[] = [];
  let unreadable = 0;
  for (const node of connection.nodes ?? []) {
    if (node === null) unreadable += 1;
    else items.push(fromRegisterIssue(node));
  }
  return { items, unreadable, cursor: connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null };
}

const REPO = /^([\w.-]+)\/([\w.-]+)$/u;

/** The aliased selections and variables of the sources: `s0: repository(…) { issues(…) }`. */
function sourceParts(requests: readonly { readonly source: RegisterSource; readonly cursor: string | null }[]): {
  params: string[];
  selections: string[];
  variables: Record<string, unknown>;
} {
  if (requests.length > MAX_REGISTER_SOURCES) throw new Error(`at most ${MAX_REGISTER_SOURCES} register sources in one call`);
  const params: string[] = [];
  const selections: string[] = [];
  const variables: Record<string, unknown> = {};
  requests.forEach(({ source, cursor }, i) => {
    const m = REPO.exec(source.repo);
    if (m === null) throw new Error(`not a repository: ${source.repo}`);
    params.push(`$o${i}: String!`, `$n${i}: String!`, `$l${i}: [String!]`, `$c${i}: String`);
    variables[`o${i}`] = m[1];
    variables[`n${i}`] = m[2];
    variables[`l${i}`] = source.labels === undefined ? null : [...source.labels];
    variables[`c${i}`] = cursor;
    selections.push(
      `  s${i}: repository(owner: $o${i}, name: $n${i}) {\n    issues(states: [OPEN], labels: $l${i}, first: 100, after: $c${i}, orderBy: { field: CREATED_AT, direction: ASC }) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...RegisterIssue\n      }\n    }\n  }`,
    );
  });
  return { params, selections, variables };
}

/** An unreadable issue inside a source's list, or a register repository the token cannot see: the rest is still good. */
const sourceTolerated = (error: GraphQLErrorInfo): boolean => {
  const alias = String(error.path[0] ?? '');
  if (!/^s\d+$/u.test(alias)) return false;
  if (error.path.length >= 4 && error.path[1] === 'issues' && error.path[2] === 'nodes') return true;
  // A register repository (not the first source, the board's own) that does not resolve.
  return alias !== 's0' && error.path.length === 1 && (error.type === 'NOT_FOUND' || error.type === 'FORBIDDEN');
};

function pagesOf(data: Record<string, unknown>, count: number, errors: readonly GraphQLErrorInfo[], requests: readonly { readonly source: RegisterSource }[]): RegisterPage[] {
  const pages: RegisterPage[] = [];
  for (let i = 0; i < count; i += 1) {
    const value = data[`s${i}`] as z.infer<typeof sourceSchema> | undefined;
    const missing = errors.find((e) => e.path.length === 1 && e.path[0] === `s${i}`);
    const page = toPage(value?.issues);
    pages.push(
      missing === undefined
        ? page
        : { ...page, problem: `register repository ${requests[i]?.source.repo ?? ''} cannot be read (${missing.type ?? 'error'}: ${missing.message})` },
    );
  }
  return pages;
}

function sourcesSchema(count: number) {
  const shape: Record<string, typeof sourceSchema> = {};
  for (let i = 0; i < count; i += 1) shape[`s${i}`] = sourceSchema;
  return shape;
}

/** The pages query for a set of sources (built per call: one aliased repository each). */
export function registerPagesQuery(requests: readonly { readonly source: RegisterSource; readonly cursor: string | null }[]): { document: string; variables: Record<string, unknown> } {
  const { params, selections, variables } = sourceParts(requests);
  return { document: `query AlignmentRegisterPages(${params.join(', ')}) {\n${selections.join('\n')}\n}\n${REGISTER_ISSUE_FRAGMENT}`, variables };
}

export async function readRegisterPages(octokit: Octokit, requests: readonly { readonly source: RegisterSource; readonly cursor: string | null }[]): Promise<RegisterPage[]> {
  if (requests.length === 0) return [];
  const { document, variables } = registerPagesQuery(requests);
  const operation = `GraphQL query AlignmentRegisterPages (open register issues of ${[...new Set(requests.map((r) => r.source.repo))].join(', ')})`;
  const { data, errors } = await graphqlQuery(octokit, operation, document, variables, z.object(sourcesSchema(requests.length)), sourceTolerated);
  return pagesOf(data, requests.length, errors, requests);
}

const labelsSchema = z.object({
  totalCount: z.number().int(),
  nodes: z.array(z.object({ name: z.string(), openIssues: z.object({ totalCount: z.number().int() }) }).nullable()).nullable(),
});

/** The context query for a request's sources (built per call); the variables of the sources, the rest given by the caller. */
export function registerContextQuery(request: RegisterContextRequest): { document: string; variables: Record<string, unknown> } {
  const { params, selections, variables } = sourceParts(request.sources.map((source) => ({ source, cursor: null })));
  const document = `query AlignmentRegisterContext(
  $owner: String!
  $name: String!
  $withMilestones: Boolean!
  $trackingByNumber: Boolean!
  $trackingNumber: Int!
  $trackingByLabel: Boolean!
  $trackingLabel: String!${params.length > 0 ? `\n  ${params.join('\n  ')}` : ''}
) {
  viewer {
    login
  }
  home: repository(owner: $owner, name: $name) {
    labels(first: 100) {
      totalCount
      nodes {
        name
        openIssues: issues(states: [OPEN]) {
          totalCount
        }
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
    ${TRACKING_SELECTION}
  }
${selections.join('\n')}
}
${selections.length > 0 ? REGISTER_ISSUE_FRAGMENT : ''}
${MILESTONE_FRAGMENT}
${TRACKING_ISSUE_FRAGMENT}`;
  return { document, variables };
}

export async function readRegisterContext(octokit: Octokit, ref: RepoRef, request: RegisterContextRequest): Promise<RegisterContext> {
  const requests = request.sources.map((source) => ({ source, cursor: null }));
  const { document, variables } = registerContextQuery(request);
  const tracking = request.tracking;
  const byNumber = tracking !== undefined && 'number' in tracking;
  const byLabel = tracking !== undefined && 'label' in tracking;
  const operation = `GraphQL query AlignmentRegisterContext (${ref.owner}/${ref.repo})`;
  const schema = z.object({
    viewer: z.object({ login: z.string() }),
    home: z
      .object({
        labels: labelsSchema,
        milestones: request.milestones ? milestoneConnectionSchema.nullable() : milestoneConnectionSchema.nullable().optional(),
        trackingIssue: byNumber ? trackingIssueNodeSchema.nullable() : trackingIssueNodeSchema.nullable().optional(),
        trackingIssues: byLabel
          ? z.object({ nodes: z.array(trackingIssueNodeSchema.nullable()).nullable() }).nullable()
          : z.object({ nodes: z.array(trackingIssueNodeSchema.nullable()).nullable() }).nullable().optional(),
      })
      .nullable(),
    ...sourcesSchema(requests.length),
  });
  const { data, errors } = await graphqlQuery(
    octokit,
    operation,
    document,
    {
      owner: ref.owner,
      name: ref.repo,
      withMilestones: request.milestones,
      trackingByNumber: byNumber,
      trackingNumber: byNumber ? tracking.number : 0,
      trackingByLabel: byLabel,
      trackingLabel: byLabel ? tracking.label : '',
      ...variables,
    },
    schema,
    (error) => sourceTolerated(error) || isAt(error, ['home', 'trackingIssue']),
  );
  const home = data.home;
  if (home === null) throw new GitHubApiError(operation, 404, `repository ${ref.owner}/${ref.repo} not found, or the token cannot see it`);
  const trackingProblem = errors.find((e) => isAt(e, ['home', 'trackingIssue']));
  if (trackingProblem !== undefined && trackingProblem.type !== 'NOT_FOUND') {
    throw new GitHubApiError(operation, undefined, `reading the board's issue: ${trackingProblem.message}`);
  }
  let trackingIssues: TrackingIssue[] | undefined;
  if (tracking !== undefined) {
    const nodes = byNumber ? [home.trackingIssue ?? null] : (home.trackingIssues?.nodes ?? []);
    trackingIssues = nodes.flatMap((node) => (node ? [toTrackingIssue(node)] : []));
  }
  return {
    viewer: data.viewer.login,
    milestones: home.milestones ? toMilestones(home.milestones) : undefined,
    tracking: trackingIssues,
    labels: (home.labels.nodes ?? []).flatMap((l) => (l ? [{ name: l.name, openIssues: l.openIssues.totalCount }] : [])),
    moreLabels: home.labels.totalCount > (home.labels.nodes?.length ?? 0),
    pages: pagesOf(data as Record<string, unknown>, requests.length, errors, requests),
  };
}

export const PIN_ISSUE_MUTATION = /* GraphQL */ `
  mutation AlignmentPinIssue($id: ID!) {
    pinIssue(input: { issueId: $id }) {
      issue {
        number
      }
    }
  }
`;

const pinned = z.object({ pinIssue: z.object({ issue: z.object({ number: z.number().int() }).nullable() }).nullable() });

export async function pinIssue(octokit: Octokit, issueNodeId: string): Promise<void> {
  const operation = 'GraphQL mutation AlignmentPinIssue';
  await graphqlQuery(octokit, operation, PIN_ISSUE_MUTATION, { id: issueNodeId }, pinned);
}
