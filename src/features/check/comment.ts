/**
 * One sticky comment per PR or issue: found by a hidden marker AND the token's own
 * login (so nobody can hijack it by pasting the marker), edited in place, not written
 * when its text is unchanged — and one only, even when runs race: a comment is added
 * through GraphQL, whose answer shows the thread after it; when that thread holds an
 * older comment of ours (a concurrent run's), the new one is deleted and the older one
 * carries the verdict. Earlier duplicates found on the way are cleaned up.
 *
 * Quiet by default (policy `on-failure`): no comment until a rule fails; once the
 * subject passes again the comment shrinks to one "Resolved" line and is minimized as
 * resolved (GitHub folds it away), and it is shown again if a rule fails later.
 */
import { clip } from '../../core/render/clip.js';
import type { GitHubApi, IssueComment, SubjectRef } from '../../github/api.js';

export const COMMENT_MARKER = '<!-- alignment-check:check -->';
/** GitHub rejects comment bodies over 65,536 characters. */
export const MAX_COMMENT = 65_536;

export type CommentPolicy = 'sticky' | 'on-failure' | 'off';
export type CommentOutcome = 'created' | 'updated' | 'resolved' | 'reopened' | 'unchanged' | 'not-needed' | 'off';

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

/** What our comment should be: its body, and whether it is minimized (undefined: left as it is). */
export interface WantedComment {
  readonly body: string;
  readonly minimized?: boolean;
}

/** The comment wanted, given the one of ours already there (none: `undefined`); `undefined`: no comment is needed. */
export type Want = (previous: IssueComment | undefined) => WantedComment | undefined;

export type StickyOutcome = 'created' | 'updated' | 'unchanged' | 'not-needed';

/**
 * Brings the one comment of ours to what `want` asks: edits the oldest (deleting later
 * duplicates) and minimizes or unminimizes it, or adds it — and if a concurrent run
 * added one meanwhile, keeps only the oldest.
 */
export async function upsertSticky(sticky: StickyComment, want: Want): Promise<StickyOutcome> {
  const { api, ref } = sticky;
  const known = sticky.complete || ours(sticky.known, sticky.viewer, sticky.isOurs).length > 0 ? sticky.known : await api.listComments(ref);
  const mine = ours(known, sticky.viewer, sticky.isOurs);
  const [kept, ...duplicates] = mine;
  if (kept !== undefined) {
    await Promise.all(duplicates.map((extra) => api.deleteComment(ref, extra)));
    const wanted = want(kept);
    if (wanted === undefined) return 'not-needed';
    return (await bringTo(api, ref, kept, wanted)) ? 'updated' : 'unchanged';
  }
  const wanted = want(undefined);
  if (wanted === undefined) return 'not-needed';
  const { created, thread } = await api.addComment(ref, sticky.subjectId, wanted.body);
  if (wanted.minimized === true) await api.setCommentMinimized(ref, created, true);
  const oldest = ours(thread, sticky.viewer, sticky.isOurs)[0];
  if (oldest === undefined || oldest.id === created.id) return 'created';
  // A concurrent run added its comment first: that one stays, with this verdict.
  await api.deleteComment(ref, created);
  const again = want(oldest);
  if (again !== undefined) await bringTo(api, ref, oldest, again);
  return 'updated';
}

/**
 * Edits the body and sets the minimized state where they differ, side by side; whether
 * anything was written. A comment read through REST has no known minimized state: it
 * is set when the body changes (a new verdict), else left as it is.
 */
async function bringTo(api: GitHubApi, ref: SubjectRef, comment: IssueComment, wanted: WantedComment): Promise<boolean> {
  const writes: Promise<void>[] = [];
  const edited = comment.body !== wanted.body;
  if (edited) writes.push(api.updateComment(ref, comment.id, wanted.body));
  if (wanted.minimized !== undefined && (comment.minimized === undefined ? edited : comment.minimized !== wanted.minimized)) {
    writes.push(api.setCommentMinimized(ref, comment, wanted.minimized));
  }
  await Promise.all(writes);
  return writes.length > 0;
}

/** The check's comment in its three shapes: the findings, the "resolved" line, the line of a subject that never failed. */
export interface CheckComment {
  /** A rule fails: the comment holds the findings. */
  readonly failing: boolean;
  /** The findings (Markdown), shown while a rule fails. */
  readonly findings: string;
  /** One line, once a subject whose comment reported a failure passes. */
  readonly resolved: string;
  /** One line, for a subject that passes and never failed (only `sticky` comments on it). */
  readonly passing: string;
}

/**
 * What the check's comment should be: the findings, shown, while a rule fails; once
 * everything passes, the "resolved" line, minimized — unless the comment never
 * reported a failure (a `sticky` comment on a passing subject), which keeps its
 * one-line verdict. No comment on a passing subject that has none, unless `sticky`.
 */
export function wantedCheckComment(comment: CheckComment, policy: CommentPolicy): Want {
  const failing = commentBody(comment.findings);
  const resolved = commentBody(comment.resolved);
  const passing = commentBody(comment.passing);
  return (previous) => {
    if (comment.failing) return { body: failing, minimized: false };
    if (previous === undefined) return policy === 'sticky' ? { body: passing, minimized: false } : undefined;
    if (neverFailed(previous.body)) return { body: passing, minimized: false };
    return { body: resolved, minimized: true };
  };
}

/** A comment that only ever said "all rules pass": a `sticky` comment on a subject that never failed. */
function neverFailed(body: string): boolean {
  return body.startsWith(`${COMMENT_MARKER}\n${PASSING_PREFIX}`);
}

/** How the one-line verdict of a subject that never failed begins (core/render/markdown.ts renderVerdictLine). */
export const PASSING_PREFIX = '✅ All alignment rules pass';

export async function upsertComment(
  api: GitHubApi,
  ref: SubjectRef,
  read: { readonly subjectId: string; readonly viewer: string; readonly comments: readonly IssueComment[]; readonly complete: boolean },
  comment: CheckComment,
  policy: CommentPolicy,
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
  const before = ours(read.comments, read.viewer, sticky.isOurs)[0];
  const outcome = await upsertSticky(sticky, wantedCheckComment(comment, policy));
  if (outcome !== 'updated' || before === undefined) return outcome;
  // Say which way the verdict moved: to resolved (minimized), or back to failing.
  if (!comment.failing && !neverFailed(before.body)) return 'resolved';
  if (comment.failing && before.minimized === true) return 'reopened';
  return 'updated';
}
