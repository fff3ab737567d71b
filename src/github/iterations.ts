/**
 * Sprints from a Projects (v2) iteration field: the field's iterations (active and
 * completed) and the project's items with their iteration and points, through
 * GraphQL. `ProjectV2.items` has no filter: every item is paged through, 100 at a
 * time, and the sprint windows pick theirs. Reading a project needs a token with
 * project read access — the workflow's GITHUB_TOKEN has none — and the error says so.
 */
import type { FetchedItem, ProjectItemsPage, ProjectIteration, ProjectPage, ProjectRef } from './api.js';
import type { Octokit } from './client.js';
import { GitHubApiError } from './errors.js';
import { graphqlQuery, type GraphQLErrorInfo } from './graphql.js';
import { fromIssue, fromPullRequest, ISSUE_FRAGMENT, PULL_REQUEST_FRAGMENT, type IssueNode, type PullRequestNode } from './sprint-items.js';

export const PROJECT_ITEM_FRAGMENT = /* GraphQL */ `
  fragment SprintProjectItem on ProjectV2Item {
    type
    isArchived
    iteration: fieldValueByName(name: $iterationField) {
      __typename
      ... on ProjectV2ItemFieldIterationValue {
        iterationId
      }
    }
    points: fieldValueByName(name: $pointsField) @include(if: $withPoints) {
      __typename
      ... on ProjectV2ItemFieldNumberValue {
        number
      }
    }
    content {
      __typename
      ... on PullRequest {
        ...SprintPullRequest
      }
      ... on Issue {
        ...SprintIssue
      }
    }
  }
`;

const ITERATION_FIELDS = 'id title startDate duration';

/** The selection at the top level of a query (used by the context call too). */
export const PROJECT_SELECTION = /* GraphQL */ `
  projectOwner: repositoryOwner(login: $projectOwner) @include(if: $withProject) {
    __typename
    ... on ProjectV2Owner {
      projectV2(number: $projectNumber) {
        title
        field(name: $iterationField) {
          __typename
          ... on ProjectV2IterationField {
            configuration {
              iterations { ${ITERATION_FIELDS} }
              completedIterations { ${ITERATION_FIELDS} }
            }
          }
        }
        items(first: 100, after: $projectCursor) {
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            ...SprintProjectItem
          }
        }
      }
    }
  }
`;

export const PROJECT_ITEMS_QUERY = /* GraphQL */ `
  query AlignmentSprintProjectItems(
    $projectOwner: String!
    $projectNumber: Int!
    $projectCursor: String
    $iterationField: String!
    $pointsField: String!
    $withPoints: Boolean!
  ) {
    projectOwner: repositoryOwner(login: $projectOwner) {
      __typename
      ... on ProjectV2Owner {
        projectV2(number: $projectNumber) {
          items(first: 100, after: $projectCursor) {
            pageInfo {
              hasNextPage
              endCursor
            }
            nodes {
              ...SprintProjectItem
            }
          }
        }
      }
    }
  }
  ${PROJECT_ITEM_FRAGMENT}
  ${PULL_REQUEST_FRAGMENT}
  ${ISSUE_FRAGMENT}
`;

export interface ProjectItemNode {
  type: 'ISSUE' | 'PULL_REQUEST' | 'DRAFT_ISSUE' | 'REDACTED';
  isArchived: boolean;
  iteration: { __typename: string; iterationId?: string } | null;
  points?: { __typename: string; number?: number | null } | null;
  content: ({ __typename: 'PullRequest' } & PullRequestNode) | ({ __typename: 'Issue' } & IssueNode) | { __typename: 'DraftIssue' } | null;
}

export interface ProjectItemsConnection {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Array<ProjectItemNode | null> | null;
}

interface IterationNode {
  id: string;
  title: string;
  startDate: string;
  duration: number;
}

export interface ProjectNode {
  title?: string;
  field?: { __typename: string; configuration?: { iterations: IterationNode[]; completedIterations: IterationNode[] } } | null;
  items: ProjectItemsConnection;
}

export interface ProjectOwnerData {
  projectOwner?: { __typename: string; projectV2?: ProjectNode | null } | null;
}

/** The project variables of a query. */
export function projectVariables(project: ProjectRef | undefined, cursor: string | null = null): Record<string, unknown> {
  return {
    withProject: project !== undefined,
    projectOwner: project?.owner ?? '',
    projectNumber: project?.number ?? 0,
    projectCursor: cursor,
    iterationField: project?.field ?? '',
    pointsField: project?.points ?? '',
    withPoints: project?.points !== undefined,
  };
}

export function projectItems(connection: ProjectItemsConnection): ProjectItemsPage {
  const items: FetchedItem[] = [];
  let drafts = 0;
  let unreadable = 0;
  for (const node of connection.nodes ?? []) {
    if (node === null) {
      // A node the token cannot read at all: no iteration, no date — nothing places it; counted.
      unreadable += 1;
      continue;
    }
    const iteration = node.iteration?.__typename === 'ProjectV2ItemFieldIterationValue' ? node.iteration.iterationId : undefined;
    const points = node.points?.__typename === 'ProjectV2ItemFieldNumberValue' ? (node.points.number ?? undefined) : undefined;
    const extra = { ...(iteration === undefined ? {} : { iteration }), ...(points === undefined || points === null ? {} : { points }) };
    const content = node.content;
    if (node.type === 'REDACTED' || content === null) {
      if (node.type === 'DRAFT_ISSUE') drafts += 1;
      else items.push({ kind: 'redacted', repo: '', ...(iteration === undefined ? {} : { iteration }) });
      continue;
    }
    if (content.__typename === 'PullRequest') items.push({ ...fromPullRequest(content as PullRequestNode), ...extra });
    else if (content.__typename === 'Issue') items.push({ ...fromIssue(content as IssueNode), ...extra });
    else drafts += 1;
  }
  return { items, drafts, unreadable, cursor: connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null };
}

export function needsProjectAccess(project: ProjectRef, detail: string): GitHubApiError {
  return new GitHubApiError(
    `GraphQL read of project ${project.owner}/${project.number}`,
    403,
    `${detail} — reading a Projects (v2) project needs a token with project read access: a personal access token ` +
      '(classic: read:project; fine-grained: Projects read-only on the organisation) or a GitHub App installation token ' +
      'with Projects read permission, passed as the github-token input (or GITHUB_TOKEN for the CLI). The workflow\'s ' +
      'own GITHUB_TOKEN cannot read projects.',
  );
}

/** Errors on the project path: FORBIDDEN → the token lacks project access; NOT_FOUND → no such project, or not visible. */
export const isProjectError = (error: GraphQLErrorInfo): boolean => error.path[0] === 'projectOwner';

/** An error inside one item (its content the token cannot read): the item is still counted, as hidden. */
export const isProjectItemError = (error: GraphQLErrorInfo): boolean =>
  error.path[0] === 'projectOwner' && error.path[2] === 'items' && error.path[3] === 'nodes' && error.path.length >= 5;

/** The project of an answer, or a clear error: no such owner, or the project cannot be read (missing, or no access). */
export function readProjectAnswer(project: ProjectRef, data: ProjectOwnerData, errors: readonly GraphQLErrorInfo[]): ProjectNode {
  const problem = errors.find((e) => isProjectError(e) && !isProjectItemError(e));
  if (data.projectOwner === null && problem === undefined) {
    throw new GitHubApiError(
      `GraphQL read of project ${project.owner}/${project.number}`,
      404,
      `no user or organisation named "${project.owner}" (sprints.iteration.owner)`,
    );
  }
  const node = data.projectOwner?.projectV2;
  if (problem !== undefined || node === null || node === undefined) {
    const detail = problem?.message ?? `project ${project.number} of ${project.owner} was not found, or this token cannot see it`;
    throw needsProjectAccess(project, detail);
  }
  return node;
}

export function toProjectPage(project: ProjectRef, node: ProjectNode): ProjectPage {
  const field = node.field;
  if (field === null || field === undefined || field.__typename !== 'ProjectV2IterationField' || field.configuration === undefined) {
    throw new GitHubApiError(
      `GraphQL read of project ${project.owner}/${project.number}`,
      undefined,
      field === null || field === undefined
        ? `the project has no field named "${project.field}" (sprints.iteration.field)`
        : `the field "${project.field}" is a ${field.__typename.replace(/^ProjectV2/, '')}, not an iteration field (sprints.iteration.field)`,
    );
  }
  const iterations: ProjectIteration[] = [...field.configuration.iterations, ...field.configuration.completedIterations].map((i) => ({
    id: i.id,
    title: i.title,
    startDate: i.startDate,
    duration: i.duration,
  }));
  return { title: node.title ?? '', iterations, ...projectItems(node.items) };
}

export async function readProjectItems(octokit: Octokit, project: ProjectRef, cursor: string): Promise<ProjectItemsPage> {
  const operation = `GraphQL query AlignmentSprintProjectItems (project ${project.owner}/${project.number})`;
  const variables = projectVariables(project, cursor);
  delete variables['withProject'];
  const { data, errors } = await graphqlQuery<ProjectOwnerData>(octokit, operation, PROJECT_ITEMS_QUERY, variables, isProjectError);
  const node = readProjectAnswer(project, data, errors);
  return projectItems(node.items);
}
