import type { IssueComment, RepoRef, SubjectRef } from './api.js';
import type { Octokit } from './client.js';
import { call } from './errors.js';

/** Every comment on the issue or PR (paginated, 100 a page). */
export async function listComments(octokit: Octokit, ref: SubjectRef): Promise<IssueComment[]> {
  const operation = `GET /repos/${ref.owner}/${ref.repo}/issues/${ref.number}/comments`;
  const comments = await call(operation, () =>
    octokit.paginate(octokit.rest.issues.listComments, { owner: ref.owner, repo: ref.repo, issue_number: ref.number, per_page: 100 }),
  );
  return comments.map((comment) => ({ id: comment.id, body: comment.body ?? '', author: comment.user?.login ?? '' }));
}

export async function createComment(octokit: Octokit, ref: SubjectRef, body: string): Promise<IssueComment> {
  const operation = `POST /repos/${ref.owner}/${ref.repo}/issues/${ref.number}/comments`;
  const response = await call(operation, () =>
    octokit.rest.issues.createComment({ owner: ref.owner, repo: ref.repo, issue_number: ref.number, body }),
  );
  return { id: response.data.id, body: response.data.body ?? '', author: response.data.user?.login ?? '' };
}

export async function updateComment(octokit: Octokit, ref: RepoRef, id: number, body: string): Promise<void> {
  const operation = `PATCH /repos/${ref.owner}/${ref.repo}/issues/comments/${id}`;
  await call(operation, () => octokit.rest.issues.updateComment({ owner: ref.owner, repo: ref.repo, comment_id: id, body }));
}
