/**
 * The audit: where a repository stands against the rules today. Pure: the items come
 * in (an export), the report goes out — no clock, no I/O.
 */
import type { Config } from '../../config/schema.js';
import { resolveCategories } from '../facts/matchers.js';
import { ruleIds } from '../result.js';
import type { SkipCause } from '../skip.js';
import type { AuditKind, SprintWindow, WorkItem } from '../sprint/model.js';
import { assertTimeZone, localDate } from '../sprint/zone.js';
import { selectAuditItems, type AuditedItem } from './items.js';
import { AUDIT_REPORT_VERSION, type AuditCategory, type AuditReport, type AuditRule } from './model.js';
import { topReasons } from './reasons.js';
import { recommend } from './recommend.js';
import { monthBuckets, sprintBuckets, trendOf } from './trend.js';

export type TrendRequest = { readonly by: 'month' } | { readonly by: 'sprint'; readonly sprints: readonly SprintWindow[] };

export interface AuditInput {
  /** owner/name */
  readonly repo: string;
  readonly items: readonly WorkItem[];
  /** The window, ms since the epoch, both ends inclusive. */
  readonly since: number;
  readonly until: number;
  readonly kinds: readonly AuditKind[];
  readonly config: Config;
  /** stored: the items' `check` (computed when the export was written); recheck: every body checked under `config`. */
  readonly source: 'stored' | 'recheck';
  readonly trend: TrendRequest;
  /** Items of the window the token could not read. */
  readonly unreadable?: number;
}

const shareOf = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

export function computeAudit(input: AuditInput): AuditReport {
  const { config, since, until } = input;
  const timeZone = config.sprints.cadence['time-zone'];
  assertTimeZone(timeZone);
  const kinds = (['pr', 'issue'] as const).filter((kind) => input.kinds.includes(kind));
  const { read, audited, skipped } = selectAuditItems(input.items, { config, source: input.source, since, until, kinds });

  const passing = audited.filter(passesAll).length;
  const businessValue = businessValueOf(audited);
  const nfr = nfrOf(audited, config);
  const buckets = input.trend.by === 'month' ? monthBuckets(since, until, timeZone) : sprintBuckets(input.trend.sprints, since, until);
  const trend = trendOf(audited, buckets, ruleIds);
  return {
    version: AUDIT_REPORT_VERSION,
    repo: input.repo,
    since: new Date(since).toISOString(),
    until: new Date(until).toISOString(),
    kinds,
    timeZone,
    mode: config.mode,
    totals: {
      read,
      audited: audited.length,
      skipped: skipped.length,
      unreadable: input.unreadable ?? 0,
      prs: audited.filter((i) => i.kind === 'pr').length,
      issues: audited.filter((i) => i.kind === 'issue').length,
      passing,
      passingShare: shareOf(passing, audited.length),
    },
    skipped: skippedOf(skipped),
    rules: ruleIds.map((id) => ruleOf(id, audited)),
    businessValue,
    nfr,
    debt: debtOf(audited),
    trend: { by: input.trend.by, ...trend },
    reasons: topReasons(audited, ruleIds),
    recommendation: recommend({
      repo: input.repo,
      firstDay: localDate(since, timeZone),
      lastDay: localDate(until, timeZone),
      audited: audited.length,
      passingShare: shareOf(passing, audited.length),
      measurableShare: businessValue.measurableShare,
      categories: nfr.categories,
      atLeast: nfr.atLeast,
      config,
    }),
  };
}

const passesAll = (item: AuditedItem): boolean => !item.check.rules.some((r) => r.status === 'fail');

function ruleOf(id: AuditRule['id'], items: readonly AuditedItem[]): AuditRule {
  let pass = 0;
  let warn = 0;
  let fail = 0;
  for (const item of items) {
    const status = item.check.rules.find((r) => r.id === id)?.status;
    if (status === 'pass') pass += 1;
    else if (status === 'warn') warn += 1;
    else if (status === 'fail') fail += 1;
  }
  const applied = pass + warn + fail;
  return { id, applied, pass, warn, fail, passing: shareOf(pass + warn, applied) };
}

function skippedOf(causes: readonly SkipCause[]): AuditReport['skipped'] {
  const counts = new Map<string, { setting: SkipCause['setting']; value: string; count: number }>();
  for (const cause of causes) {
    const key = `${cause.setting}\u0000${cause.value.toLowerCase()}`;
    const entry = counts.get(key);
    if (entry === undefined) counts.set(key, { setting: cause.setting, value: cause.value, count: 1 });
    else entry.count += 1;
  }
  const order = ['authors', 'drafts', 'labels'];
  return [...counts.values()].sort((a, b) => b.count - a.count || order.indexOf(a.setting) - order.indexOf(b.setting) || a.value.localeCompare(b.value));
}

function businessValueOf(items: readonly AuditedItem[]): AuditReport['businessValue'] {
  const stated = items.filter((i) => i.check.facts.businessValue.present).length;
  const measurable = items.filter((i) => i.check.facts.businessValue.measurable).length;
  return { items: items.length, stated, measurable, statedShare: shareOf(stated, items.length), measurableShare: shareOf(measurable, items.length) };
}

function nfrOf(items: readonly AuditedItem[], config: Config): AuditReport['nfr'] {
  const ids = resolveCategories(config).map(([id]) => id);
  const required = new Set(config.rules['nfr-criteria'].required);
  const criteria = new Map<string, number>();
  const waived = new Map<string, number>();
  const atLeast: number[] = [items.length];
  let withCriteria = 0;
  let withWaiver = 0;
  let waivers = 0;
  for (const item of items) {
    const { categories, waived: itemWaivers } = item.check.facts.nfr;
    if (categories.length > 0) withCriteria += 1;
    if (itemWaivers.length > 0) withWaiver += 1;
    waivers += itemWaivers.length;
    for (const id of new Set(categories)) criteria.set(id, (criteria.get(id) ?? 0) + 1);
    for (const id of new Set(itemWaivers.map((w) => w.category))) waived.set(id, (waived.get(id) ?? 0) + 1);
    const addressed = new Set([...categories, ...itemWaivers.map((w) => w.category)]).size;
    for (let k = 1; k <= addressed; k += 1) atLeast[k] = (atLeast[k] ?? 0) + 1;
  }
  // A category the config no longer knows (an export checked under another config) still shows.
  const all = [...ids, ...[...criteria.keys(), ...waived.keys()].filter((id) => !ids.includes(id)).sort()];
  const rows: AuditCategory[] = [...new Set(all)].map((id) => {
    const c = criteria.get(id) ?? 0;
    const w = waived.get(id) ?? 0;
    return { id, required: required.has(id), criteria: c, waived: w, coverage: shareOf(c, items.length), addressed: shareOf(c + w, items.length) };
  });
  const rank = (id: string): number => all.indexOf(id);
  rows.sort((a, b) => b.criteria + b.waived - (a.criteria + a.waived) || b.criteria - a.criteria || rank(a.id) - rank(b.id));
  return { items: items.length, withCriteria, withWaiver, waivers, categories: rows, atLeast };
}

function debtOf(items: readonly AuditedItem[]): AuditReport['debt'] {
  const prs = items.filter((i) => i.kind === 'pr');
  const debt = prs.filter((i) => i.check.facts.debt.isDebtWork || i.check.facts.debt.declaresNewDebt);
  const linked = debt.filter((i) => i.check.facts.debt.links.length > 0).length;
  return { prs: prs.length, debtWork: debt.length, linked, unlinked: debt.length - linked, linkedShare: shareOf(linked, debt.length) };
}
