/** Scenarios for the sprint report against the fake GitHub API. */
import type { FakeGitHub } from '../fake-github/server.js';

export const REPO = 'acme/widgets';

const isMutation = (operation: string | undefined): boolean => operation !== undefined && /^Alignment(Add|Delete)/u.test(operation);

/** Every call that is not a read: the writes of a run (REST writes, GraphQL mutations by name). */
export function writes(gh: FakeGitHub): string[] {
  return gh.calls.flatMap((c) => {
    if (c.path === '/graphql') return isMutation(c.graphqlOperation) ? [`graphql ${c.graphqlOperation}`] : [];
    return c.method === 'GET' ? [] : [`${c.method} ${c.path}`];
  });
}

/** The calls of a run, one line each (GraphQL calls with their operation). */
export function callLines(gh: FakeGitHub): string[] {
  return gh.calls.map((c) => `${c.method} ${c.path}${c.graphqlOperation === undefined ? '' : ` ${c.graphqlOperation}`} ${c.status}`);
}

/** The GraphQL reads of a run (queries, not mutations). */
export function graphqlReads(gh: FakeGitHub): string[] {
  return callLines(gh).filter((line, i) => line.startsWith('POST /graphql') && !isMutation(gh.calls[i]?.graphqlOperation));
}

/**
 * A sprint milestone: due on the given day, started on `start` (its description says
 * so). GitHub keeps only the date of due_on; noon UTC is that date in US Pacific time,
 * where GitHub reads it, in winter and in summer.
 */
export function sprintMilestone(gh: FakeGitHub, number: number, title: string, start: string, due: string, state: 'open' | 'closed' = 'closed'): void {
  gh.addMilestone({
    number,
    title,
    description: `Start: ${start}`,
    due_on: `${due}T12:00:00Z`,
    state,
    ...(state === 'closed' ? { closed_at: `${due}T18:00:00Z` } : {}),
    created_at: `${start}T08:00:00Z`,
  });
}

/** A merged PR. */
export function mergedPr(gh: FakeGitHub, number: number, mergedAt: string, labels: string[] = [], extra: { body?: string; closes?: number[]; additions?: number; deletions?: number; title?: string } = {}): void {
  gh.addPull({
    number,
    title: extra.title ?? `PR ${number}`,
    body: extra.body ?? 'Some change.',
    labels,
    merged_at: mergedAt,
    created_at: mergedAt.replace(/T.*/, 'T00:00:00Z'),
    ...(extra.closes === undefined ? {} : { closes: extra.closes }),
    ...(extra.additions === undefined ? {} : { additions: extra.additions }),
    ...(extra.deletions === undefined ? {} : { deletions: extra.deletions }),
  });
}

/** A closed issue (completed unless told). */
export function closedIssue(gh: FakeGitHub, number: number, closedAt: string, labels: string[] = [], extra: { body?: string; reason?: 'completed' | 'not_planned'; title?: string } = {}): void {
  gh.addIssue({
    number,
    title: extra.title ?? `Issue ${number}`,
    body: extra.body ?? 'Some issue.',
    labels,
    state: 'closed',
    state_reason: extra.reason ?? 'completed',
    closed_at: closedAt,
    created_at: closedAt.replace(/T.*/, 'T00:00:00Z'),
    updated_at: closedAt,
  });
}

/** `n` merged PRs in a window (every 7th a debt label), numbered from `from`. */
export function manyPrs(gh: FakeGitHub, n: number, from: number, startIso: string, spanHours: number): void {
  const start = Date.parse(startIso);
  for (let i = 0; i < n; i += 1) {
    const t = new Date(start + Math.floor(((i + 0.5) * spanHours * 3_600_000) / Math.max(1, n)));
    const at = t.toISOString().replace(/\.\d{3}Z$/, 'Z');
    gh.addPull({ number: from + i, title: `PR ${from + i}`, body: 'A change.', labels: i % 7 === 0 ? ['tech-debt'] : ['feature'], merged_at: at, created_at: at });
  }
}
