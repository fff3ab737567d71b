/**
 * The trend: the audited items by the month they were opened in (local to the
 * configured time zone, `sprints.cadence.time-zone`), or by the sprint (the sprint
 * windows of the config's sprint source) — each bucket with its share passing every
 * rule, its share stating a measurable business value, and each rule's passing share.
 */
import type { RuleId } from '../result.js';
import { sprintKey } from '../sprint/report.js';
import type { SprintWindow } from '../sprint/model.js';
import { localParts, startOfLocalDay } from '../sprint/zone.js';
import type { AuditedItem } from './items.js';
import type { TrendBucket } from './model.js';

export type TrendBy = 'month' | 'sprint';

interface Bucket {
  readonly key: string;
  readonly title: string;
  readonly start: number;
  readonly end: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The calendar months from the one holding `since` to the one holding `until`, local to `timeZone`. */
export function monthBuckets(since: number, until: number, timeZone: string): Bucket[] {
  const first = localParts(since, timeZone);
  const last = localParts(until, timeZone);
  const out: Bucket[] = [];
  let year = first.year;
  let month = first.month;
  while (year < last.year || (year === last.year && month <= last.month)) {
    const key = `${String(year).padStart(4, '0')}-${pad(month)}`;
    const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
    const start = startOfLocalDay(`${key}-01`, timeZone);
    const end = startOfLocalDay(`${String(next.year).padStart(4, '0')}-${pad(next.month)}-01`, timeZone);
    out.push({ key, title: key, start, end });
    ({ year, month } = next);
  }
  return out;
}

/** The sprints that overlap the window, oldest first. */
export function sprintBuckets(sprints: readonly SprintWindow[], since: number, until: number): Bucket[] {
  return sprints
    .map((s) => ({ key: sprintKey(s), title: s.title, start: Date.parse(s.start), end: Date.parse(s.end) }))
    .filter((b) => b.end > since && b.start <= until)
    .sort((a, b) => a.start - b.start || a.key.localeCompare(b.key));
}

const shareOf = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** Each bucket's figures; `outside` counts the items no bucket holds. */
export function trendOf(items: readonly AuditedItem[], buckets: readonly Bucket[], ruleOrder: readonly RuleId[]): { buckets: TrendBucket[]; outside: number } {
  const groups = buckets.map(() => [] as AuditedItem[]);
  let outside = 0;
  for (const item of items) {
    const i = buckets.findIndex((b) => item.createdAt >= b.start && item.createdAt < b.end);
    if (i < 0) outside += 1;
    else groups[i]?.push(item);
  }
  return {
    outside,
    buckets: buckets.map((b, i) => {
      const group = groups[i] ?? [];
      const passing = group.filter((item) => !item.check.rules.some((r) => r.status === 'fail')).length;
      const measurable = group.filter((item) => item.check.facts.businessValue.measurable).length;
      const rules: Record<string, number | null> = {};
      for (const id of ruleOrder) {
        let applied = 0;
        let ok = 0;
        for (const item of group) {
          const finding = item.check.rules.find((r) => r.id === id);
          if (finding === undefined || finding.status === 'skip') continue;
          applied += 1;
          if (finding.status !== 'fail') ok += 1;
        }
        rules[id] = shareOf(ok, applied);
      }
      return {
        key: b.key,
        title: b.title,
        start: new Date(b.start).toISOString(),
        end: new Date(b.end).toISOString(),
        items: group.length,
        passing,
        passingShare: shareOf(passing, group.length),
        measurableValue: shareOf(measurable, group.length),
        rules,
      };
    }),
  };
}
