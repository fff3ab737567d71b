/**
 * Everything the PR or issue check reads, in one GraphQL call: the subject live by
 * number (never only the frozen event payload, so a re-run after a fix passes), its
 * labels, the token's own login (`GET /user` is not allowed for the workflow token,
 * `viewer` is), the comments where ours would be (the first and the last 100), and the
 * config file's text at the base branch (`object(expression: "main:.github/alignment.yml")`).
 */
import * as z from 'zod';
import type { CheckContext, ConfigFile, IssueComment, SubjectRef } from './api.js';
import type { Octokit } from './client.js';
import { GitHubApiError } from './errors.js';
import { graphqlQuery } from './graphql.js';

/** Comments read from each end of the thread; ours is usually among the first. */
export const COMMENTS_PER_END = 100;

export const COMMENT_FRAGMENT = /* GraphQL */ `
  fragment AlignmentComment on IssueComment {
    id
    databaseId
    body
    author {
      login
    }
    isMinimized
  }
`;

const SUBJECT_FIELDS = /* GraphQL */ `
        id
        number
        title
        body
        author {
          login
          __typename
        }
        labels(first: 100) {
          nodes {
            name
          }
        }
        firstComments: comments(first: ${COMMENTS_PER_END}) {
          totalCount
          nodes {
            ...AlignmentComment
          }
        }
        lastComments: comments(last: ${COMMENTS_PER_END}) {
          nodes {
            ...AlignmentComment
          }
        }
`;

export const CHECK_QUERY = /* GraphQL */ `
  query AlignmentCheck($owner: String!, $name: String!, $number: Int!, $isPr: Boolean!, $config: String!) {
    viewer {
      login
    }
    repository(owner: $owner, name: $name) {
      pullRequest(number: $number) @include(if: $isPr) {
        ${SUBJECT_FIELDS}
        isDraft
        headRefOid
        baseRefName
      }
      issue(number: $number) @skip(if: $isPr) {
        ${SUBJECT_FIELDS}
      }
      config: object(expression: $config) {
        __typename
        ... on Blob {
          text
          isBinary
          isTruncated
          byteSize
        }
      }
    }
  }
  ${COMMENT_FRAGMENT}
`;

export const commentNodeSchema = z.object({
  id: z.string(),
  databaseId: z.number().int().nullable(),
  body: z.string(),
  author: z.object({ login: z.string() }).nullable(),
  isMinimized: z.boolean(),
});
const commentsSchema = z.object({ nodes: z.array(commentNodeSchema.nullable()).nullable() });
const subjectSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  title: z.string(),
  body: z.string().nullable(),
  author: z.object({ login: z.string(), __typename: z.string() }).nullable(),
  labels: z.object({ nodes: z.array(z.object({ name: z.string() }).nullable()).nullable() }).nullable(),
  firstComments: commentsSchema.extend({ totalCount: z.number().int() }),
  lastComments: commentsSchema,
  isDraft: z.boolean().optional(),
  headRefOid: z.string().optional(),
  baseRefName: z.string().optional(),
});
const answerSchema = z.object({
  viewer: z.object({ login: z.string() }),
  repository: z
    .object({
      pullRequest: subjectSchema.nullable().optional(),
      issue: subjectSchema.nullable().optional(),
      config: z
        .object({
          __typename: z.string(),
          text: z.string().nullable().optional(),
          isBinary: z.boolean().nullable().optional(),
          isTruncated: z.boolean().optional(),
          byteSize: z.number().int().optional(),
        })
        .nullable(),
    })
    .nullable(),
});

type CommentNode = z.infer<typeof commentNodeSchema>;

/** Comments as the rest of the code reads them (a deleted author reads as "ghost"). */
export function toComments(nodes: ReadonlyArray<CommentNode | null> | null): IssueComment[] {
  return (nodes ?? []).flatMap((n) => (n && n.databaseId !== null ? [{ id: n.databaseId, nodeId: n.id, body: n.body, author: n.author?.login ?? 'ghost', minimized: n.isMinimized }] : []));
}

/** The comments of both ends, each once, oldest first. */
export function mergeEnds(first: readonly IssueComment[], last: readonly IssueComment[]): IssueComment[] {
  const seen = new Set(first.map((c) => c.id));
  return [...first, ...last.filter((c) => !seen.has(c.id))];
}

type ConfigNode = NonNullable<z.infer<typeof answerSchema>['repository']>['config'];

function configFile(config: ConfigNode, path: string): ConfigFile {
  if (config === null || config === undefined) return { found: false };
  if (config.__typename !== 'Blob') return { found: true, text: undefined, problem: `${path} is a ${config.__typename === 'Tree' ? 'directory' : config.__typename}, expected a file` };
  if (config.isBinary === true) return { found: true, text: undefined, problem: `${path} is not a text file` };
  if (config.isTruncated === true || config.text === null || config.text === undefined) return { found: true, text: undefined, problem: undefined };
  return { found: true, text: config.text, problem: undefined };
}

export async function readCheckContext(octokit: Octokit, ref: SubjectRef, config: { readonly path: string; readonly ref: string | undefined }): Promise<CheckContext> {
  const operation = `GraphQL query AlignmentCheck (${ref.kind === 'pr' ? 'pull request' : 'issue'} ${ref.owner}/${ref.repo}#${ref.number})`;
  const expression = `${config.ref ?? 'HEAD'}:${config.path.replace(/^\.?\/+/u, '')}`;
  const { data: answer } = await graphqlQuery(
    octokit,
    operation,
    CHECK_QUERY,
    { owner: ref.owner, name: ref.repo, number: ref.number, isPr: ref.kind === 'pr', config: expression },
    answerSchema,
  );
  const node = ref.kind === 'pr' ? answer.repository?.pullRequest : answer.repository?.issue;
  if (answer.repository === null) throw new GitHubApiError(operation, 404, `repository ${ref.owner}/${ref.repo} not found, or the token cannot see it`);
  if (!node) throw new GitHubApiError(operation, 404, 'not found, or the token cannot see it');
  const first = toComments(node.firstComments.nodes);
  const comments = mergeEnds(first, toComments(node.lastComments.nodes));
  return {
    viewer: answer.viewer.login,
    subject: {
      kind: ref.kind,
      nodeId: node.id,
      number: node.number,
      title: node.title,
      body: node.body ?? '',
      labels: (node.labels?.nodes ?? []).flatMap((label) => (label ? [label.name] : [])),
      author: { login: node.author?.login ?? 'ghost', isBot: node.author?.__typename === 'Bot' },
      draft: node.isDraft === true,
      headSha: node.headRefOid,
      baseRef: node.baseRefName,
    },
    comments,
    allComments: node.firstComments.totalCount <= comments.length,
    config: configFile(answer.repository.config, config.path),
  };
}
