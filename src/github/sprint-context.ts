/**
 * The sprint report's first (and for a sprint of up to 100 items, only) read: one
 * GraphQL call for the token's own login, the milestones, the tracking issue with
 * its last 100 comments, the first page of merged PRs and closed issues, and — for
 * iteration sprints — the project's iteration field and first page of items. What
 * is not needed is left out with @include, so one document serves every source.
 */
import * as z from 'zod';
import { included } from './answers.js';
import type { RepoRef, SprintContext, SprintContextRequest, TrackingIssue } from './api.js';
import type { Octokit } from './client.js';
import { GitHubApiError } from './errors.js';
import { graphqlQuery, isAt, type GraphQLErrorInfo } from './graphql.js';
import { PROJECT_ITEM_FRAGMENT, PROJECT_SELECTION, projectOwnerSchema, projectVariables, readProjectAnswer, toProjectPage } from './iterations.js';
import { milestoneConnectionSchema, MILESTONE_FRAGMENT, toMilestones } from './milestones.js';
import { isNodeError, ISSUE_FRAGMENT, PULL_REQUEST_FRAGMENT, toWorkItemsPage, WORK_ITEMS_SELECTION, WORK_ITEMS_VARIABLES, workItemsSchema } from './sprint-items.js';
import { toTrackingIssue, trackingIssueNodeSchema, TRACKING_ISSUE_FRAGMENT, TRACKING_SELECTION } from './tracking-issue.js';

export const SPRINT_CONTEXT_QUERY = /* GraphQL */ `
  query AlignmentSprintContext(
    $owner: String!
    $name: String!
    $withMilestones: Boolean!
    ${WORK_ITEMS_VARIABLES}
    $trackingByNumber: Boolean!
    $trackingNumber: Int!
    $trackingByLabel: Boolean!
    $trackingLabel: String!
    $withProject: Boolean!
    $projectOwner: String!
    $projectNumber: Int!
    $projectCursor: String
    $iterationField: String!
    $pointsField: String!
    $withPoints: Boolean!
  ) {
    viewer {
      login
    }
    repository(owner: $owner, name: $name) {
      milestones(first: 100, states: [OPEN, CLOSED], orderBy: { field: CREATED_AT, direction: DESC }) @include(if: $withMilestones) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...SprintMilestone
        }
      }
      ${WORK_ITEMS_SELECTION}
      ${TRACKING_SELECTION}
    }
    ${PROJECT_SELECTION}
  }
  ${MILESTONE_FRAGMENT}
  ${PULL_REQUEST_FRAGMENT}
  ${ISSUE_FRAGMENT}
  ${TRACKING_ISSUE_FRAGMENT}
  ${PROJECT_ITEM_FRAGMENT}
`;

const isByNumber = (request: SprintContextRequest): boolean => request.tracking !== undefined && 'number' in request.tracking;
const isByLabel = (request: SprintContextRequest): boolean => request.tracking !== undefined && 'label' in request.tracking;
const withRegister = (request: SprintContextRequest): boolean => (request.registerLabels?.length ?? 0) > 0;

/** The answer: each part there when the request asks for it (`@include`), null where GitHub could not read it. */
function contextSchema(request: SprintContextRequest) {
  return z.object({
    viewer: z.object({ login: z.string() }),
    repository: workItemsSchema({ prs: request.items, issues: request.items, register: withRegister(request) })
      .extend({
        milestones: included(milestoneConnectionSchema.nullable(), request.milestones),
        trackingIssue: included(trackingIssueNodeSchema.nullable(), isByNumber(request)),
        trackingIssues: included(z.object({ nodes: z.array(trackingIssueNodeSchema.nullable()).nullable() }).nullable(), isByLabel(request)),
      })
      .nullable(),
    projectOwner: projectOwnerSchema(request.project !== undefined, true),
  });
}

/** Errors the context call lives with: unreadable list nodes, a tracking issue number that does not exist, the project (reported by name). */
function tolerated(error: GraphQLErrorInfo): boolean {
  return isNodeError(error) || isAt(error, ['repository', 'trackingIssue']) || error.path[0] === 'projectOwner';
}

export async function readSprintContext(octokit: Octokit, ref: RepoRef, request: SprintContextRequest): Promise<SprintContext> {
  const operation = `GraphQL query AlignmentSprintContext (${ref.owner}/${ref.repo})`;
  const tracking = request.tracking;
  const { data, errors } = await graphqlQuery(
    octokit,
    operation,
    SPRINT_CONTEXT_QUERY,
    {
      owner: ref.owner,
      name: ref.repo,
      withMilestones: request.milestones,
      withPrs: request.items,
      prCursor: null,
      withIssues: request.items,
      issueCursor: null,
      withRegister: withRegister(request),
      registerLabels: withRegister(request) ? [...(request.registerLabels ?? [])] : null,
      registerCursor: null,
      trackingByNumber: isByNumber(request),
      trackingNumber: tracking !== undefined && 'number' in tracking ? tracking.number : 0,
      trackingByLabel: isByLabel(request),
      trackingLabel: tracking !== undefined && 'label' in tracking ? tracking.label : '',
      ...projectVariables(request.project),
    },
    contextSchema(request),
    tolerated,
  );
  const repository = data.repository;
  if (repository === null) throw new GitHubApiError(operation, 404, `repository ${ref.owner}/${ref.repo} not found, or the token cannot see it`);
  const trackingProblem = errors.find((e) => isAt(e, ['repository', 'trackingIssue']));
  if (trackingProblem !== undefined && trackingProblem.type !== 'NOT_FOUND') {
    throw new GitHubApiError(operation, undefined, `reading the tracking issue: ${trackingProblem.message}`);
  }
  let trackingIssues: TrackingIssue[] | undefined;
  if (tracking !== undefined) {
    const nodes = 'number' in tracking ? [repository.trackingIssue ?? null] : (repository.trackingIssues?.nodes ?? []);
    trackingIssues = nodes.flatMap((node) => (node ? [toTrackingIssue(node)] : []));
  }
  return {
    viewer: data.viewer.login,
    milestones: repository.milestones ? toMilestones(repository.milestones) : undefined,
    items: request.items || withRegister(request) ? toWorkItemsPage(repository) : undefined,
    tracking: trackingIssues,
    project: request.project === undefined ? undefined : toProjectPage(request.project, readProjectAnswer(request.project, data, errors)),
  };
}
