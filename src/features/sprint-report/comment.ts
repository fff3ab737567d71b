/**
 * One comment per sprint on the tracking issue: its first line is the hidden marker
 * keyed by the sprint, its last line a hidden summary of the sprint's numbers (so
 * the next report reads its trend from the comments instead of re-reading old
 * sprints' work). Found by marker AND the token's own login, edited in place, not
 * written when unchanged, one per sprint even when reports race (as the check's
 * sticky comment).
 */
import type { Config } from '../../config/schema.js';
import { commentKey, renderSprintMarkdown, sprintSummarySchema, type SprintReport, type SprintSummary } from '../../core/sprint/index.js';
import type { GitHubApi, IssueComment, RepoRef, TrackingIssue } from '../../github/api.js';
import { clip } from '../../core/render/clip.js';
import { MAX_COMMENT, sameLogin, upsertSticky, type StickyComment } from '../check/comment.js';

const SUMMARY_PREFIX = '<!-- alignment-check:sprint-summary ';
const SUMMARY_RE = /<!-- alignment-check:sprint-summary (\[[^\n]*\]) -->/;

/** JSON that cannot close the HTML comment it sits in (`-->`) or open a tag. */
function inertJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/-(?=-)/g, '\\u002d');
}

/**
 * The comment body for a sprint: the report, then the hidden summary line — the
 * report's trend (the earlier sprints' numbers, this sprint's last), so the next
 * report's trend carries on from it.
 */
export function sprintCommentBody(report: SprintReport, repo: string, serverUrl?: string): string {
  const summary = `${SUMMARY_PREFIX}${inertJson(report.trend)} -->`;
  const markdown = renderSprintMarkdown(report, { repo, ...(serverUrl === undefined ? {} : { serverUrl }) });
  return `${clip(markdown.trimEnd(), MAX_COMMENT - summary.length - 2)}\n${summary}\n`;
}

/** The report comments the token wrote, by sprint key (the first one when there are several). */
export function reportComments(comments: readonly IssueComment[], viewer: string): Map<string, IssueComment> {
  const out = new Map<string, IssueComment>();
  for (const c of comments) {
    if (!sameLogin(c.author, viewer)) continue;
    const key = commentKey(c.body);
    if (key !== undefined && !out.has(key)) out.set(key, c);
  }
  return out;
}

/**
 * The sprint numbers the earlier reports left in their comments: each comment's own
 * sprint (the last of its trend) wins over what other comments' trends say of it.
 */
export function commentSummaries(comments: Iterable<IssueComment>): SprintSummary[] {
  const own = new Map<string, SprintSummary>();
  const carried = new Map<string, SprintSummary>();
  for (const c of comments) {
    const json = SUMMARY_RE.exec(c.body)?.[1];
    if (json === undefined) continue;
    let list: unknown;
    try {
      list = JSON.parse(json);
    } catch {
      continue; // a hand-edited summary is ignored: the trend just lacks it
    }
    if (!Array.isArray(list)) continue;
    const summaries = list.flatMap((x: unknown) => {
      const parsed = sprintSummarySchema.safeParse(x);
      return parsed.success ? [parsed.data] : [];
    });
    const last = summaries.at(-1);
    if (last !== undefined && last.key === commentKey(c.body)) own.set(last.key, last);
    for (const s of summaries.slice(0, -1)) if (!carried.has(s.key)) carried.set(s.key, s);
  }
  for (const [key, s] of carried) if (!own.has(key)) own.set(key, s);
  return [...own.values()];
}

/** The tracking issue the config names, among the context call's candidates. */
export function pickTrackingIssue(config: Config, candidates: readonly TrackingIssue[] | undefined): TrackingIssue | undefined {
  if (candidates === undefined) return undefined;
  const wanted = config.sprints.summary.issue;
  if (wanted !== 'auto') return candidates.find((c) => c.number === wanted);
  const title = config.sprints.summary.title.trim().toLowerCase();
  return candidates.find((c) => c.open && c.title.trim().toLowerCase() === title);
}

/** All comments of the tracking issue: the context call's last 100, or every page when there are more. */
export async function allComments(api: GitHubApi, repo: RepoRef, issue: TrackingIssue): Promise<IssueComment[]> {
  if (!issue.moreComments) return issue.comments;
  return api.listComments({ ...repo, kind: 'issue', number: issue.number });
}

export type SprintCommentOutcome = 'created' | 'updated' | 'unchanged';

/**
 * Writes a sprint's comment on the tracking issue: edits the one of ours for that
 * sprint, or adds it (keeping only the oldest if a concurrent report added one too).
 */
export async function upsertSprintComment(
  api: GitHubApi,
  repo: RepoRef,
  issue: { readonly number: number; readonly nodeId: string },
  thread: { readonly viewer: string; readonly comments: readonly IssueComment[] },
  key: string,
  body: string,
): Promise<SprintCommentOutcome> {
  const sticky: StickyComment = {
    api,
    ref: { ...repo, kind: 'issue', number: issue.number },
    subjectId: issue.nodeId,
    viewer: thread.viewer,
    known: thread.comments,
    complete: true,
    isOurs: (text) => commentKey(text) === key,
  };
  const outcome = await upsertSticky(sticky, () => ({ body }));
  return outcome === 'not-needed' ? 'unchanged' : outcome;
}
