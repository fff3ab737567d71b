/**
 * Comments: listed through REST (every page), edited through REST, and created,
 * deleted and minimized through GraphQL — `addComment` answers with the thread as it
 * stands after the new comment, so the caller sees in the same call whether a
 * concurrent run added one too.
 */
import * as z from 'zod';
import type { AddedComment, IssueComment, RepoRef, SubjectRef } from './api.js';
import { checkAnswer } from './answers.js';
import type { Octokit } from './client.js';
import { commentNodeSchema, COMMENT_FRAGMENT, COMMENTS_PER_END, mergeEnds, toComments } from './check-context.js';
import { call } from './errors.js';
import { graphqlQuery } from './graphql.js';

const restComment = z.object({
  id: z.number().int(),
  node_id: z.string(),
  body: z.string().nullable().optional(),
  user: z.object({ login: z.string() }).nullable(),
});

/** Every comment on the issue or PR (paginated, 100 a page). */
export async function listComments(octokit: Octokit, ref: SubjectRef): Promise<IssueComment[]> {
  const operation = `GET /repos/${ref.owner}/${ref.repo}/issues/${ref.number}/comments`;
  const comments = await call(operation, () =>
    octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: ref.owner, repo: ref.repo, issue_number: ref.number, per_page: 100 }),
  );
  return checkAnswer(operation, z.array(restComment), comments).map((comment) => ({ id: comment.id, nodeId: comment.node_id, body: comment.body ?? '', author: comment.user?.login ?? '' }));
}

/** What an edit answers with: the comment (nothing more is read, but a malformed answer is named). */
const editedComment = z.object({ id: z.number().int() });

export async function updateComment(octokit: Octokit, ref: RepoRef, id: number, body: string): Promise<void> {
  const operation = `PATCH /repos/${ref.owner}/${ref.repo}/issues/comments/${id}`;
  const response = await call(operation, () => octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: ref.owner, repo: ref.repo, comment_id: id, body }));
  checkAnswer(operation, editedComment, response.data);
}

const THREAD = /* GraphQL */ `
          firstComments: comments(first: ${COMMENTS_PER_END}) {
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

export const ADD_COMMENT_MUTATION = /* GraphQL */ `
  mutation AlignmentAddComment($subjectId: ID!, $body: String!) {
    addComment(input: { subjectId: $subjectId, body: $body }) {
      commentEdge {
        node {
          ...AlignmentComment
        }
      }
      subject {
        __typename
        ... on Issue {
          ${THREAD}
        }
        ... on PullRequest {
          ${THREAD}
        }
      }
    }
  }
  ${COMMENT_FRAGMENT}
`;

const threadSchema = z.object({ nodes: z.array(commentNodeSchema.nullable()).nullable() });
const addAnswer = z.object({
  addComment: z.object({
    commentEdge: z.object({ node: commentNodeSchema }),
    subject: z.object({ __typename: z.string(), firstComments: threadSchema.optional(), lastComments: threadSchema.optional() }),
  }),
});

/** Adds a comment; answers with it and with the thread after it (its first and last 100 comments). */
export async function addComment(octokit: Octokit, ref: SubjectRef, subjectId: string, body: string): Promise<AddedComment> {
  const operation = `GraphQL mutation AlignmentAddComment (${ref.kind === 'pr' ? 'pull request' : 'issue'} ${ref.owner}/${ref.repo}#${ref.number})`;
  const answer = (await graphqlQuery(octokit, operation, ADD_COMMENT_MUTATION, { subjectId, body }, addAnswer)).data.addComment;
  const [created] = toComments([answer.commentEdge.node]);
  if (created === undefined) return { created: { id: 0, body, author: '' }, thread: [] };
  const thread = mergeEnds(toComments(answer.subject.firstComments?.nodes ?? null), toComments(answer.subject.lastComments?.nodes ?? null));
  return { created, thread };
}

export const DELETE_COMMENT_MUTATION = /* GraphQL */ `
  mutation AlignmentDeleteComment($id: ID!) {
    deleteIssueComment(input: { id: $id }) {
      clientMutationId
    }
  }
`;

/** Nothing of it is read, but a malformed answer is named. */
const deleteAnswer = z.object({ deleteIssueComment: z.object({ clientMutationId: z.string().nullable() }) });

/** Deletes a comment (one a concurrent run added twice). */
export async function deleteComment(octokit: Octokit, ref: RepoRef, comment: IssueComment): Promise<void> {
  const operation = `GraphQL mutation AlignmentDeleteComment (comment ${comment.id} in ${ref.owner}/${ref.repo})`;
  if (comment.nodeId === undefined) return;
  await graphqlQuery(octokit, operation, DELETE_COMMENT_MUTATION, { id: comment.nodeId }, deleteAnswer);
}

export const MINIMIZE_COMMENT_MUTATION = /* GraphQL */ `
  mutation AlignmentMinimizeComment($id: ID!) {
    minimizeComment(input: { subjectId: $id, classifier: RESOLVED }) {
      minimizedComment {
        isMinimized
      }
    }
  }
`;

export const UNMINIMIZE_COMMENT_MUTATION = /* GraphQL */ `
  mutation AlignmentUnminimizeComment($id: ID!) {
    unminimizeComment(input: { subjectId: $id }) {
      unminimizedComment {
        isMinimized
      }
    }
  }
`;

const minimized = z.object({ isMinimized: z.boolean() }).nullable();
const minimizeAnswer = z.object({ minimizeComment: z.object({ minimizedComment: minimized }) });
const unminimizeAnswer = z.object({ unminimizeComment: z.object({ unminimizedComment: minimized }) });

/**
 * Minimizes a comment as resolved (GitHub folds it away with "This comment was marked
 * as resolved"), or shows it again. Only a comment with a node id can be named.
 */
export async function setCommentMinimized(octokit: Octokit, ref: RepoRef, comment: IssueComment, minimize: boolean): Promise<void> {
  const name = minimize ? 'AlignmentMinimizeComment' : 'AlignmentUnminimizeComment';
  const operation = `GraphQL mutation ${name} (comment ${comment.id} in ${ref.owner}/${ref.repo})`;
  if (comment.nodeId === undefined) return;
  if (minimize) await graphqlQuery(octokit, operation, MINIMIZE_COMMENT_MUTATION, { id: comment.nodeId }, minimizeAnswer);
  else await graphqlQuery(octokit, operation, UNMINIMIZE_COMMENT_MUTATION, { id: comment.nodeId }, unminimizeAnswer);
}
