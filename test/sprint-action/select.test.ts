/** Which sprints a run reports, and the report comments: markers, identity, the hidden trend. */
import { describe, expect, it } from 'vitest';
import { commentSummaries, pickTrackingIssue, reportComments, sprintCommentBody } from '../../src/features/sprint-report/comment.js';
import { exportItems } from '../../src/features/sprint-report/fetch.js';
import { currentSprint, MAX_SPRINTS_PER_RUN, selectDispatched, selectMilestone, selectScheduled } from '../../src/core/sprint/select.js';
import { configSchema } from '../../src/config/schema.js';
import { commentKey, computeSprintReport, type SprintWindow } from '../../src/core/sprint/index.js';
import { testReader } from '../sprint/reader.js';

const w = (id: number, start: string, end: string): SprintWindow => ({ id: String(id), title: `Sprint ${id}`, start, end, source: 'milestone' });
const W = [
  w(1, '2025-01-06T00:00:00.000Z', '2025-01-20T00:00:00.000Z'),
  w(2, '2025-01-20T00:00:00.000Z', '2025-02-03T00:00:00.000Z'),
  w(3, '2025-02-03T00:00:00.000Z', '2025-02-17T00:00:00.000Z'),
  w(4, '2025-02-17T00:00:00.000Z', '2025-03-03T00:00:00.000Z'),
];
const now = Date.parse('2025-02-20T00:00:00Z');
const titles = (s: ReturnType<typeof selectScheduled>): string[] => (s.ok ? s.sprints.map((x) => x.title) : [s.reason]);

describe('selecting sprints', () => {
  it('schedule: the sprints that ended since the last one reported', () => {
    expect(titles(selectScheduled(W, new Set(['milestone-1']), now))).toEqual(['Sprint 2', 'Sprint 3']);
    expect(titles(selectScheduled(W, new Set(['milestone-3']), now))).toEqual(['no sprint ended since the last report ("Sprint 3")']);
    // No report yet: only the last that ended (not a backfill of every sprint).
    expect(titles(selectScheduled(W, new Set(), now))).toEqual(['Sprint 3']);
    expect(titles(selectScheduled(W, new Set(), Date.parse('2025-01-07T00:00:00Z')))).toEqual(['no sprint has ended yet']);
    // A long outage is caught up a few sprints per run.
    const many = Array.from({ length: 20 }, (_, i) => w(i + 1, new Date(Date.UTC(2024, 0, 1 + 14 * i)).toISOString(), new Date(Date.UTC(2024, 0, 15 + 14 * i)).toISOString()));
    const s = selectScheduled(many, new Set(['milestone-1']), Date.parse('2025-01-01T00:00:00Z'));
    expect(s.ok && s.sprints.length).toBe(MAX_SPRINTS_PER_RUN);
  });

  it('milestone: that sprint, or why not', () => {
    expect(titles(selectMilestone(W, [], 2, 'Sprint 2'))).toEqual(['Sprint 2']);
    expect(selectMilestone(W, [{ id: '9', title: 'Backlog', reason: 'no due date and not closed: the sprint has no end yet' }], 9, 'Backlog')).toEqual({
      ok: false,
      reason: 'milestone "Backlog" is not a sprint: no due date and not closed: the sprint has no end yet',
      error: false,
    });
  });

  it('workflow_dispatch: by title (any case) or the last that ended', () => {
    expect(titles(selectDispatched(W, ' sprint 1 ', now))).toEqual(['Sprint 1']);
    expect(titles(selectDispatched(W, '', now))).toEqual(['Sprint 3']);
    expect(selectDispatched(W, 'Sprint 9', now)).toMatchObject({ ok: false, error: true });
  });

  it('the current sprint', () => {
    expect(currentSprint(W, now)?.title).toBe('Sprint 4');
    expect(currentSprint(W, Date.parse('2026-01-01T00:00:00Z'))).toBeUndefined();
  });
});

describe('report comments', () => {
  const config = configSchema.parse({});
  const report = (sprint: SprintWindow, history: ReturnType<typeof commentSummaries> = []) =>
    computeSprintReport({ sprint, items: [], config, reader: testReader, history });

  it('are found by marker and the token’s own login only', () => {
    const mine = { id: 1, body: `${sprintCommentBody(report(W[0] as SprintWindow), 'acme/app')}`, author: 'github-actions[bot]' };
    const theirs = { id: 2, body: '<!-- alignment-check:sprint:milestone-2 -->\nhijack', author: 'mallory' };
    const found = reportComments([mine, theirs], 'github-actions');
    expect([...found.keys()]).toEqual(['milestone-1']);
    expect(commentKey(mine.body)).toBe('milestone-1');
  });

  it('carry the trend in a hidden line that user text cannot break out of', () => {
    const hostile = { ...(W[0] as SprintWindow), title: 'Sprint --> <img src=x onerror=alert(1)> @team' };
    const first = report(hostile);
    const body = sprintCommentBody(first, 'acme/app');
    const last = body.trimEnd().split('\n').at(-1) ?? '';
    expect(last.startsWith('<!-- alignment-check:sprint-summary [')).toBe(true);
    expect(last.endsWith(' -->')).toBe(true);
    expect(last.slice(4, -4)).not.toMatch(/-->|<|>/);
    const [summary] = commentSummaries([{ id: 1, body, author: 'x' }]);
    expect(summary?.title).toBe(hostile.title);

    // The next report's trend reads it back.
    const second = report(W[1] as SprintWindow, commentSummaries([{ id: 1, body, author: 'x' }]));
    expect(second.trend.map((t) => t.title)).toEqual([hostile.title, 'Sprint 2']);
    // A comment's own numbers win over another comment's copy of them.
    const stale = { ...first, trend: [{ ...(first.trend[0] as (typeof first.trend)[number]), ratio: 0.9 }] };
    const summaries = commentSummaries([
      { id: 2, body: sprintCommentBody(second, 'acme/app'), author: 'x' },
      { id: 1, body, author: 'x' },
      { id: 3, body: sprintCommentBody({ ...stale, key: 'milestone-0' }, 'acme/app'), author: 'x' },
    ]);
    expect(summaries.find((s) => s.key === 'milestone-1')?.ratio).toBeNull();
  });

  it('the tracking issue: by number, or the open issue with the configured title', () => {
    const issue = (number: number, title: string, open = true) => ({ nodeId: `I_${number}`, number, title, open, comments: [], moreComments: false });
    expect(pickTrackingIssue(config, [issue(3, 'Other'), issue(4, ' sprint debt REPORT ')])?.number).toBe(4);
    expect(pickTrackingIssue(config, [issue(4, 'Sprint debt report', false)])).toBeUndefined();
    expect(pickTrackingIssue(configSchema.parse({ sprints: { summary: { issue: 9 } } }), [issue(9, 'x')])?.number).toBe(9);
  });
});

describe('the items of the chosen sprints', () => {
  const config = configSchema.parse({});
  it('keeps what falls in a window, and redacted items by their place in time or their iteration', () => {
    const base = { repo: 'acme/app', title: 't', url: 'u', labels: [], body: '', updatedAt: '2025-01-10T00:00:00Z', state: 'merged' as const, closes: [] };
    const items = exportItems(
      [
        { ...base, kind: 'pr', number: 1, completedAt: '2025-01-10T00:00:00Z' },
        { ...base, kind: 'pr', number: 1, completedAt: '2025-01-10T00:00:00Z' },
        { ...base, kind: 'pr', number: 2, completedAt: '2024-12-10T00:00:00Z' },
        { kind: 'redacted', repo: '', completedAt: '2025-01-11T00:00:00Z' },
        { kind: 'redacted', repo: '', completedAt: '2024-01-11T00:00:00Z' },
        // Register issues opened in the window came in, open or not; one opened before, or without a debt label, did not.
        { ...base, kind: 'issue', number: 3, state: 'open', labels: ['Tech Debt'], createdAt: '2025-01-12T00:00:00Z' },
        { ...base, kind: 'issue', number: 4, state: 'open', labels: ['tech-debt'], createdAt: '2024-12-12T00:00:00Z' },
        { ...base, kind: 'issue', number: 5, state: 'open', labels: ['bug'], createdAt: '2025-01-12T00:00:00Z' },
      ],
      [W[0] as SprintWindow],
      config,
      false,
      'acme/app',
    );
    expect(items.map((i) => (i.kind === 'redacted' ? 'redacted' : i.number))).toEqual([1, 'redacted', 3]);
  });
});
