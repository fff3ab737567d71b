/**
 * The sprint debt report: the work a sprint finished, the share of it that paid
 * down debt, that share against the target band, and the trend.
 *
 * ratio = debt weight ÷ classified weight. Unclassified units and redacted items
 * are listed and counted but kept out of the ratio (they could be either). No
 * weight, no ratio: null — never a division by zero.
 */
import type { Config } from '../../config/schema.js';
import { registerMatcher } from '../register/membership.js';
import { classifyRules, classifyUnit } from './classify.js';
import { displayRef, isFinished, parseInstant, PreparedItems, uniteLabels, type WorkUnit } from './items.js';
import {
  REPORT_VERSION,
  exportHolds,
  type DebtInItem,
  type DebtReportItem,
  type FlowPart,
  type ReportItem,
  type ReportStatus,
  type SprintExport,
  type SprintReport,
  type SprintSummary,
  type SprintWindow,
  type UnknownItem,
  type Verdict,
  type WorkItem,
} from './model.js';
import type { BodyReader } from './reader.js';
import { pointsRules, weighUnit, type PointsRules } from './weigh.js';
import { assertTimeZone, localDate } from './zone.js';

/** Tolerance for comparing a ratio with the band edges (sums of fractional points). */
const EPSILON = 1e-9;

export interface SprintReportInput {
  readonly sprint: SprintWindow;
  /** The export's items (all of them: the sprint's are picked here), or a prepared index of them. */
  readonly items: readonly WorkItem[] | PreparedItems;
  readonly config: Config;
  readonly reader: BodyReader;
  /** Previous sprints' results, any order; the trend takes the last N − 1 before this one. */
  readonly history?: readonly SprintSummary[];
  /** The instant the numbers are taken at: a sprint not ended by then is "in progress". */
  readonly now?: Date | string | number;
  /** The zone for the sprint's dates; default: `sprints.cadence.time-zone`. */
  readonly timeZone?: string;
  /**
   * Whether the items tell the debt that came in (creation dates, the register items
   * opened): default true. An export of version 1 does not (`holds` lacks `debt-in`).
   */
  readonly debtIn?: boolean;
  /** The repository the report is for (owner/name): its register issues count as debt in. Default: the first item's. */
  readonly repo?: string;
}

/** The key a sprint's comment is found by: `<source>-<id>`, marker-safe. */
export function sprintKey(sprint: Pick<SprintWindow, 'source' | 'id'>): string {
  const id = sprint.id.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/-{2,}/g, '-').slice(0, 120);
  return `${sprint.source}-${id}`;
}

export function toSummary(report: SprintReport): SprintSummary {
  return {
    key: report.key,
    title: report.sprint.title,
    start: report.sprint.start,
    end: report.sprint.end,
    ratio: report.ratio,
    debtWeight: report.totals.debtWeight,
    weight: report.totals.weight,
    verdict: report.verdict,
    status: report.status,
    debtItems: report.flow.out.items,
    inItems: report.flow.in?.items ?? null,
    inWeight: report.flow.in?.weight ?? null,
  };
}

const toMs = (now: Date | string | number): number =>
  now instanceof Date ? now.getTime() : typeof now === 'number' ? now : Date.parse(now);

/** A percentage for messages: one decimal at most, never "0 %" for a non-zero share. */
export function formatPercent(ratio: number): string {
  const pct = ratio * 100;
  if (pct > 0 && pct < 0.05) return '< 0.1 %';
  if (pct < 100 && pct > 99.95) return '> 99.9 %';
  const rounded = Math.round(pct * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)} %`;
}

export const formatBand = (band: { min: number; max: number }): string =>
  `${formatPercent(band.min).replace(' %', '')}–${formatPercent(band.max)}`;

const roundWeight = (w: number): number => Math.round(w * 1e6) / 1e6;

export function verdictOf(ratio: number | null, band: { min: number; max: number }): Verdict {
  if (ratio === null) return 'none';
  if (ratio === 0 || ratio < band.min - EPSILON) return 'below';
  if (ratio > band.max + EPSILON) return 'above';
  return 'within';
}

function unitItem(unit: WorkUnit, weight: number): ReportItem {
  const p = unit.primary;
  const item: ReportItem = { ref: displayRef(p), kind: p.kind === 'pr' ? 'pr' : 'issue', labels: [], weight: 0, merged: [] };
  if (p.title !== undefined) item.title = p.title;
  if (p.url !== undefined) item.url = p.url;
  item.labels = [...unit.labels];
  item.weight = roundWeight(weight);
  item.merged = [...unit.merged];
  return item;
}

function debtItem(
  unit: WorkUnit,
  weight: number,
  c: { reason: DebtReportItem['reason']; evidence: readonly string[]; signals: readonly DebtReportItem['signals'][number][] },
  reader: BodyReader,
): DebtReportItem {
  const item = unitItem(unit, weight);
  return {
    ref: item.ref,
    kind: item.kind,
    ...(item.title === undefined ? {} : { title: item.title }),
    ...(item.url === undefined ? {} : { url: item.url }),
    labels: item.labels,
    weight: item.weight,
    merged: item.merged,
    reason: c.reason,
    evidence: [...c.evidence],
    signals: c.signals.map((sig) => ({ ...sig })),
    impact: impactOf(unit, reader),
  };
}

const hasText = (body: string | undefined): body is string => body !== undefined && body.trim() !== '';

/**
 * The business impact of a debt unit: carried by an item (the register issues
 * first, then the PRs), else read from the issues' then the PRs' bodies. An export
 * without bodies carries the impact of every item whose body stated one, so it
 * gives the same answer as the bodies would.
 */
function impactOf(unit: WorkUnit, reader: BodyReader): DebtReportItem['impact'] {
  for (const list of [unit.issues, unit.prs]) {
    for (const item of list) {
      if (item.impact === undefined) continue;
      const text = (typeof item.impact === 'string' ? item.impact : item.impact.text).trim();
      if (text === '') continue;
      const measurable = typeof item.impact === 'string' ? /\d/.test(text) : item.impact.measurable;
      return { text, measurable, source: 'item' };
    }
  }
  for (const list of [unit.issues, unit.prs]) {
    for (const item of list) {
      if (!hasText(item.body)) continue;
      const fact = reader.businessImpact(item.body);
      const text = fact.text.trim();
      if (fact.present && text !== '') return { text, measurable: fact.measurable, source: 'body' };
    }
  }
  return null;
}

function messageOf(r: {
  status: ReportStatus;
  verdict: Verdict;
  ratio: number | null;
  band: { min: number; max: number };
  unclassified: number;
  unknown: number;
  inProgress: boolean;
  weightName: string;
}): string {
  const band = `target ${formatBand(r.band)}`;
  const soFar = r.inProgress ? ' so far' : '';
  switch (r.status) {
    case 'no-work':
      return r.inProgress ? 'No work finished so far — no ratio yet.' : 'No work finished in this sprint — no ratio.';
    case 'nothing-classified': {
      const parts: string[] = [];
      if (r.unclassified > 0) parts.push(`${r.unclassified} ${r.unclassified === 1 ? 'item' : 'items'} could not be classified`);
      if (r.unknown > 0) parts.push(`${r.unknown} ${r.unknown === 1 ? 'item is' : 'items are'} hidden from this token`);
      return `No ratio: nothing in this sprint${soFar} could be weighed — ${parts.join(', and ')}.`;
    }
    case 'no-weight':
      return `The classified work finished${soFar} weighs nothing (0 ${r.weightName}) — no ratio.`;
    case 'ok':
      break;
  }
  const pct = formatPercent(r.ratio ?? 0);
  switch (r.verdict) {
    case 'below':
      return r.ratio === 0
        ? `0 % of the work${soFar} paid down debt (${band}). Zero is never the right answer.`
        : `${pct} of the work${soFar} paid down debt — below the ${band}.`;
    case 'above':
      return `${pct} of the work${soFar} paid down debt — above the ${band}. A planned debt sprint, or firefighting?`;
    case 'within':
      return `${pct} of the work${soFar} paid down debt — within the ${band}.`;
    case 'none':
      return '';
  }
}

const WEIGHT_NAMES = { count: 'items', points: 'points', changes: 'lines changed' } as const;

/** The sprint's report. Pure: no clock, no I/O; the bodies are read through `reader`. */
export function computeSprintReport(input: SprintReportInput): SprintReport {
  const { sprint, config, reader } = input;
  const timeZone = input.timeZone ?? config.sprints.cadence['time-zone'];
  assertTimeZone(timeZone);
  const prepared = input.items instanceof PreparedItems ? input.items : new PreparedItems(input.items);
  const { units, unknown } = prepared.work(sprint);
  const weightKind = config.sprints.weight;
  const rules = classifyRules(config);
  const points = pointsRules(config);
  const band = { min: config.sprints.target.min, max: config.sprints.target.max };

  const debt: { item: DebtReportItem; unit: WorkUnit }[] = [];
  const unclassified: ReportItem[] = [];
  let debtWeight = 0;
  let otherWeight = 0;
  let unclassifiedWeight = 0;
  let otherItems = 0;
  let fallbackItems = 0;
  let fallbackPoints = 0;
  let noChangesItems = 0;
  for (const unit of units) {
    const w = weighUnit(unit, weightKind, points);
    const c = classifyUnit(unit, rules, reader);
    // The notes speak of the work in the ratio: an unclassified unit is listed apart.
    if (c.kind !== 'unclassified') {
      if (w.fallback) {
        fallbackItems += 1;
        fallbackPoints += w.weight;
      }
      if (w.noChanges) noChangesItems += 1;
    }
    if (c.kind === 'debt') {
      debtWeight += w.weight;
      debt.push({ unit, item: debtItem(unit, w.weight, c, reader) });
    } else if (c.kind === 'other') {
      otherWeight += w.weight;
      otherItems += 1;
    } else {
      unclassifiedWeight += w.weight;
      unclassified.push(unitItem(unit, w.weight));
    }
  }
  // Heaviest first; then by repository and number (#9 before #10).
  debt.sort(
    (a, b) =>
      b.item.weight - a.item.weight ||
      (a.unit.primary.repo < b.unit.primary.repo ? -1 : a.unit.primary.repo > b.unit.primary.repo ? 1 : 0) ||
      (a.unit.primary.number ?? 0) - (b.unit.primary.number ?? 0),
  );

  const weight = debtWeight + otherWeight;
  const ratio = weight > 0 ? debtWeight / weight : null;
  let status: ReportStatus = 'ok';
  if (ratio === null) {
    if (units.length === 0 && unknown.length === 0) status = 'no-work';
    else if (debt.length + otherItems === 0) status = 'nothing-classified';
    else status = 'no-weight';
  }
  const verdict = verdictOf(ratio, band);
  const end = Date.parse(sprint.end);
  const inProgress = input.now !== undefined && toMs(input.now) < end;
  const key = sprintKey(sprint);

  const unknownItems: UnknownItem[] = unknown.map((item) => {
    const u: UnknownItem = {};
    if (item.repo !== '') u.repo = item.repo;
    if (item.iteration !== undefined) u.iteration = item.iteration;
    if (item.completedAt !== undefined) u.completedAt = item.completedAt;
    return u;
  });

  const debtIn = input.debtIn === false ? null : cameIn(prepared, sprint, config, reader, points, input.repo);
  const out: FlowPart = { items: debt.length, weight: roundWeight(debtWeight) };
  const inPart: FlowPart | null = debtIn === null ? null : { items: debtIn.length, weight: roundWeight(debtIn.reduce((sum, d) => sum + d.weight, 0)) };

  const report: SprintReport = {
    version: REPORT_VERSION,
    key,
    sprint: { id: sprint.id, title: sprint.title, start: sprint.start, end: sprint.end, source: sprint.source },
    timeZone,
    firstDay: localDate(Date.parse(sprint.start), timeZone),
    lastDay: localDate(end - 1, timeZone),
    inProgress,
    weight: weightKind,
    band,
    totals: {
      units: units.length,
      debtItems: debt.length,
      otherItems,
      unclassifiedItems: unclassified.length,
      unknownItems: unknown.length,
      weight: roundWeight(weight),
      debtWeight: roundWeight(debtWeight),
      otherWeight: roundWeight(otherWeight),
      unclassifiedWeight: roundWeight(unclassifiedWeight),
      fallbackItems,
      fallbackPoints: roundWeight(fallbackPoints),
      noChangesItems,
    },
    flow: {
      in: inPart,
      out,
      net: inPart === null ? null : { items: inPart.items - out.items, weight: roundWeight(inPart.weight - out.weight) },
    },
    ratio,
    status,
    verdict,
    zero: ratio === 0,
    flagged: verdict === 'below' || verdict === 'above',
    message: messageOf({
      status,
      verdict,
      ratio,
      band,
      unclassified: unclassified.length,
      unknown: unknown.length,
      inProgress,
      weightName: WEIGHT_NAMES[weightKind],
    }),
    debt: debt.map((d) => d.item),
    debtIn,
    unclassified,
    unknown: unknownItems,
    trend: [],
  };
  report.trend = trendOf(report, input.history ?? [], config.sprints.summary.history);
  return report;
}

/** The last `n` sprints up to this one, oldest first. */
export function trendOf(report: SprintReport, history: readonly SprintSummary[], n: number): SprintSummary[] {
  const start = Date.parse(report.sprint.start);
  const byKey = new Map<string, SprintSummary>();
  for (const h of history) {
    if (h.key === report.key || !(Date.parse(h.start) < start)) continue;
    byKey.set(h.key, h);
  }
  const earlier = [...byKey.values()].sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.key.localeCompare(b.key));
  return [...earlier.slice(Math.max(0, earlier.length - (n - 1))), toSummary(report)].slice(-Math.max(1, n));
}

export interface SprintReportsOptions {
  readonly config: Config;
  readonly reader: BodyReader;
  /** Default: the export's `exportedAt`. */
  readonly now?: Date | string | number;
  readonly timeZone?: string;
}

const hasBody = (body: string | undefined): body is string => body !== undefined && body.trim() !== '';

/**
 * The debt that came in during a sprint: the register items opened in it (any state
 * now), and the PRs merged in it that declare new debt (a ticked "introduces debt"
 * box, a sentence that records it) — a PR that links to a register item opened in the
 * same sprint is that item, counted once. Weighed as the work is.
 */
function cameIn(prepared: PreparedItems, sprint: SprintWindow, config: Config, reader: BodyReader, points: PointsRules, repo: string | undefined): DebtInItem[] {
  const start = Date.parse(sprint.start);
  const end = Date.parse(sprint.end);
  const inWindow = (at: string | undefined): boolean => {
    if (at === undefined) return false;
    const t = parseInstant(at);
    return t >= start && t < end;
  };
  const home = repo ?? prepared.items.find((i) => i.kind !== 'redacted')?.repo ?? '';
  const isRegister = registerMatcher(config, home);
  const weightKind = config.sprints.weight;
  const weigh = (item: WorkItem): number => {
    const unit: WorkUnit =
      item.kind === 'pr'
        ? { primary: item, prs: [item], issues: [], estimateIssues: [], labels: uniteLabels([item.labels]), merged: [] }
        : { primary: item, prs: [], issues: [item], estimateIssues: [item], labels: uniteLabels([item.labels]), merged: [] };
    return roundWeight(weighUnit(unit, weightKind, points).weight);
  };
  const entry = (item: WorkItem, reason: DebtInItem['reason']): DebtInItem => ({
    ref: displayRef(item),
    kind: item.kind === 'pr' ? 'pr' : 'issue',
    ...(item.title === undefined ? {} : { title: item.title }),
    ...(item.url === undefined ? {} : { url: item.url }),
    labels: [...item.labels],
    weight: weigh(item),
    reason,
  });
  const opened: DebtInItem[] = [];
  const openedRefs = new Set<string>();
  const declared: { item: WorkItem; links: readonly string[] }[] = [];
  for (const item of prepared.items) {
    if (item.kind === 'issue' && inWindow(item.createdAt) && isRegister(item)) {
      opened.push(entry(item, 'register-item'));
      openedRefs.add(displayRef(item).toLowerCase());
    } else if (item.kind === 'pr' && isFinished(item) && inWindow(item.completedAt)) {
      const facts = item.debt ?? (hasBody(item.body) ? reader.debtWork(item.body) : undefined);
      if (facts?.declaresNewDebt !== true) continue;
      const links = item.links ?? (hasBody(item.body) ? reader.registerLinks(item.body, { title: item.title, labels: item.labels }) : []);
      declared.push({ item, links: links.map((l) => l.ref) });
    }
  }
  const resolve = (ref: string, from: WorkItem): string => (ref.startsWith('#') ? `${from.repo}${ref}` : ref).toLowerCase();
  const prs = declared.filter((d) => !d.links.some((ref) => openedRefs.has(resolve(ref, d.item)))).map((d) => entry(d.item, 'declares-new-debt'));
  const byTime = (a: DebtInItem, b: DebtInItem): number => a.ref.localeCompare(b.ref, 'en', { numeric: true });
  return [...opened.sort(byTime), ...prs.sort(byTime)];
}

/**
 * Every sprint of an export, oldest first, each with the trend of the ones before it.
 * The items are indexed once.
 */
export function computeSprintReports(data: SprintExport, options: SprintReportsOptions): SprintReport[] {
  const prepared = new PreparedItems(data.items);
  const sprints = [...data.sprints].sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || Date.parse(a.end) - Date.parse(b.end));
  const reports: SprintReport[] = [];
  const history: SprintSummary[] = [];
  for (const sprint of sprints) {
    const input: SprintReportInput = {
      sprint,
      items: prepared,
      config: options.config,
      reader: options.reader,
      history,
      now: options.now ?? data.exportedAt,
      ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
      debtIn: exportHolds(data).includes('debt-in'),
      repo: data.repo,
    };
    const report = computeSprintReport(input);
    reports.push(report);
    history.push(toSummary(report));
  }
  return reports;
}
