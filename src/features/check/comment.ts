/**
 * One sticky comment per PR or issue: found by a hidden marker AND the token's own
 * login (so nobody can hijack it by pasting the marker), edited in place, not written
 * when its text is unchanged — and one only, even when runs race: a comment is added
 * through GraphQL, whose answer shows the thread after it; when that thread holds an
 * older comment of ours (a concurrent run's), the new one is deleted and the older one
 * carries the verdict. Earlier duplicates found on the way are cleaned up.
 */
import { clip } from '../../core/render/clip.js';
import type { GitHubApi, IssueComment, SubjectRef } from '../../github/api.js';

export const COMMENT_MARKER = '<!-- alignment-check:check -->';
/** GitHub rejects comment bodies over 65,536 characters. */
export const MAX_COMMENT = 65_536;

export type CommentPolicy = 'sticky' | 'on-failure' | 'off';
export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'not-needed' | 'off';

export function commentBody(markdown: string): string {
  return clip(`${COMMENT_MARKER}\n${markdown}`, MAX_COMMENT);
}

export function sameLogin(a: string, b: string): boolean {
  const norm = (login: string): string => login.toLowerCase().replace(/\[bot\]$/u, '');
  return norm(a) === norm(b);
}

/** Our comments with a marker, oldest first (GitHub's ids grow with time). */
export function ours(comments: readonly IssueComment[], viewer: string, marker: (body: string) => boolean): IssueComment[] {
  return comments.filter((comment) => marker(comment.body) && sameLogin(comment.author, viewer)).sort((a, b) => a.id - b.id);
}

export interface StickyComment {
  readonly api: GitHubApi;
  readonly ref: SubjectRef;
  /** The subject's GraphQL node id (to add a comment to it). */
  readonly subjectId: string;
  readonly viewer: string;
  /** The comments already read; `complete`: they are the whole thread. */
  readonly known: readonly IssueComment[];
  readonly complete: boolean;
  readonly isOurs: (body: string) => boolean;
}

/**
 * Writes `body` as the one comment of ours: edits the oldest (deleting later duplicates),
 * or adds it — and if a concurrent run added one meanwhile, keeps only the oldest.
 * `create`: whether to add a comment when there is none.
 */
export async function upsertSticky(sticky: StickyComment, body: string, create: boolean): Promise<'created' | 'updated' | 'unchanged' | 'not-needed'> {
  const { api, ref } = sticky;
  const known = sticky.complete || ours(sticky.known, sticky.viewer, sticky.isOurs).length > 0 ? sticky.known : await api.listComments(ref);
  const mine = ours(known, sticky.viewer, sticky.isOurs);
  const [kept, ...duplicates] = mine;
  if (kept !== undefined) {
    await Promise.all(duplicates.map((extra) => api.deleteComment(ref, extra)));
    if (kept.body === body) return 'unchanged';
    await api.updateComment(ref, kept.id, body);
    return 'updated';
  }
  if (!create) return 'not-needed';
  const { created, thread } = await api.addComment(ref, sticky.subjectId, body);
  const oldest = ours(thread, sticky.viewer, sticky.isOurs)[0];
  if (oldest === undefined || oldest.id === created.id) return 'created';
  // A concurrent run added its comment first: that one stays, with this verdict.
  await api.deleteComment(ref, created);
  if (oldest.body !== body) await api.updateComment(ref, oldest.id, body);
  return 'updated';
}

export async function upsertComment(
  api: GitHubApi,
  ref: SubjectRef,
  read: { readonly subjectId: string; readonly viewer: string; readonly comments: readonly IssueComment[]; readonly complete: boolean },
  body: string,
  policy: CommentPolicy,
  failing: boolean,
): Promise<CommentOutcome> {
  if (policy === 'off') return 'off';
  const sticky: StickyComment = {
    api,
    ref,
    subjectId: read.subjectId,
    viewer: read.viewer,
    known: read.comments,
    complete: read.complete,
    isOurs: (text) => text.includes(COMMENT_MARKER),
  };
  return upsertSticky(sticky, body, policy === 'sticky' || failing);
}
