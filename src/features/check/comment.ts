/**
 * One sticky comment per PR or issue: found by a hidden marker AND the token's own
 * login (so nobody can hijack it by pasting the marker), edited in place, and not
 * written at all when its text is unchanged.
 */
import type { GitHubApi, SubjectRef } from '../../github/api.js';
import { clip } from '../../core/render/clip.js';

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

export async function upsertComment(
  api: GitHubApi,
  ref: SubjectRef,
  viewer: string,
  body: string,
  policy: CommentPolicy,
  failing: boolean,
): Promise<CommentOutcome> {
  if (policy === 'off') return 'off';
  const comments = await api.listComments(ref);
  const mine = comments.find((comment) => comment.body.includes(COMMENT_MARKER) && sameLogin(comment.author, viewer));
  if (mine) {
    if (mine.body === body) return 'unchanged';
    await api.updateComment(ref, mine.id, body);
    return 'updated';
  }
  if (policy === 'on-failure' && !failing) return 'not-needed';
  await api.createComment(ref, body);
  return 'created';
}
