/**
 * Sprints from a Projects (v2) iteration field: the field's iterations (active and
 * completed) and the project's items with their iteration and points, through
 * GraphQL. `ProjectV2.items` has no filter: every item is paged through, 100 at a
 * time, and the sprint windows pick theirs. Reading a project needs a token with
 * project read access — the workflow's GITHUB_TOKEN has none — and the error says so.
 */
import * as z from 'zod';
import { connectionOf, included } from './answers.js';
import type { FetchedItem, ProjectItemsPage, ProjectIteration, ProjectPage, ProjectRef } from './api.js';
import type { Octokit } from './client.js';
import { GitHubApiError } from './errors.js';
import { graphqlQuery, type GraphQLErrorInfo } from './graphql.js';
import { fromIssue, fromPullRequest, issueNodeSchema, ISSUE_FRAGMENT, pullRequestNodeSchema, PULL_REQUEST_FRAGMENT } from './sprint-items.js';

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

/*
 * The answer's shapes. An item's content is one of GitHub's ProjectV2ItemContent
 * members, told apart by __typename; enums (the item's type) are read as strings.
 */
const itemContentSchema = z.discriminatedUnion('__typename', [
  pullRequestNodeSchema.extend({ __typename: z.literal('PullRequest') }),
  issueNodeSchema.extend({ __typename: z.literal('Issue') }),
  z.object({ __typename: z.literal('DraftIssue') }),
]);

const projectItemSchema = z.object({
  /** ISSUE, PULL_REQUEST, DRAFT_ISSUE or REDACTED. */
  type: z.string(),
  isArchived: z.boolean(),
  iteration: z.object({ __typename: z.string(), iterationId: z.string().optional() }).nullable(),
  points: z.object({ __typename: z.string(), number: z.number().nullable().optional() }).nullable().optional(),
  // null when the token cannot read it (an error at its path, tolerated).
  content: itemContentSchema.nullable(),
});

const projectItemsSchema = connectionOf(projectItemSchema);
type ProjectItemsConnection = z.infer<typeof projectItemsSchema>;

const iterationSchema = z.object({ id: z.string(), title: z.string(), startDate: z.string(), duration: z.number().int() });

/** The project as the context call reads it (title, field, first items) or the items call (items only). */
function projectSchema(whole: boolean) {
  return z.object({
    title: included(z.string(), whole),
    field: included(
      z
        .object({
          __typename: z.string(),
          configuration: z.object({ iterations: z.array(iterationSchema), completedIterations: z.array(iterationSchema) }).optional(),
        })
        .nullable(),
      whole,
    ),
    items: projectItemsSchema,
  });
}

type ProjectNode = z.infer<ReturnType<typeof projectSchema>>;

/**
 * `projectOwner` of an answer: the context call asks for it only for iteration sprints
 * (`asked`), the items call always; `whole`: with the project's title and field.
 */
export function projectOwnerSchema(asked: boolean, whole: boolean) {
  // projectV2 is there for an owner that has projects (a ProjectV2Owner), null when not found or not readable.
  return included(z.object({ __typename: z.string(), projectV2: projectSchema(whole).nullable().optional() }).nullable(), asked);
}

type ProjectOwnerData = { readonly projectOwner?: z.infer<ReturnType<typeof projectOwnerSchema>> };

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
    if (content.__typename === 'PullRequest') items.push({ ...fromPullRequest(content), ...extra });
    else if (content.__typename === 'Issue') items.push({ ...fromIssue(content), ...extra });
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
  const { data, errors } = await graphqlQuery(octokit, operation, PROJECT_ITEMS_QUERY, variables, z.object({ projectOwner: projectOwnerSchema(true, false) }), isProjectError);
  const node = readProjectAnswer(project, data, errors);
  return projectItems(node.items);
}
