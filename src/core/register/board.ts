/**
 * The register board: every open item of the debt register, with the cost its
 * Business Impact states (impact.ts), ranked by that cost per month, and the totals.
 * Pure: the items come from an export (holding the register), "now" is a parameter.
 */
import type { Config } from '../../config/schema.js';
import { displayRef, parseInstant } from '../sprint/items.js';
import type { SprintExport, SprintWindow, WorkItem } from '../sprint/model.js';
import { sprintKey } from '../sprint/report.js';
import { readStatedCosts, type CostKind, type Period, type StatedFigure } from './impact.js';
import { registerMatcher } from './membership.js';
import { REGISTER_BOARD_VERSION, type BoardItem, type Figure, type RegisterBoard } from './model.js';

export interface RegisterBoardInput {
  /** The export's items and windows (all items: the register's open ones are picked here). */
  readonly data: Pick<SprintExport, 'repo' | 'exportedAt' | 'sprints' | 'items'>;
  readonly config: Config;
  /** The instant ages count to; default the export's `exportedAt`. */
  readonly now?: Date | string | number;
}

const DAY = 86_400_000;

const toMs = (now: Date | string | number): number => (now instanceof Date ? now.getTime() : typeof now === 'number' ? now : Date.parse(now));

/** Whether an item is still open: its state says so, or (no state) it never finished. */
const isOpen = (item: WorkItem): boolean => item.state === 'open' || (item.state === undefined && item.completedAt === undefined);

const round = (n: number, places: number): number => {
  const f = 10 ** places;
  return Math.round(n * f) / f;
};

function periodText(period: Period | null): string | null {
  if (period === null) return null;
  if ('per' in period) return period.per;
  return `${period.every} ${period.unit}${period.every === 1 ? '' : 's'}`;
}

const asFigure = (f: StatedFigure): Figure => ({
  kind: f.kind,
  amount: round(f.amount, 6),
  unit: f.unit,
  period: periodText(f.period),
  perMonth: round(f.perMonth, 6),
  text: f.text,
});

interface Costing {
  readonly currency: string;
  readonly rates: Readonly<Record<string, number>>;
  readonly engineerHour: number;
  readonly incident: number;
  readonly delayDay: number;
}

/** The cost per month of a figure in the board's currency; undefined for money without a rate. */
function costOf(f: StatedFigure, c: Costing): number | undefined {
  switch (f.kind) {
    case 'time':
      return f.perMonth * c.engineerHour;
    case 'incidents':
      return f.perMonth * c.incident;
    case 'delay':
      return f.perMonth * c.delayDay;
    case 'money': {
      const rate = c.rates[f.unit];
      const base = c.rates[c.currency];
      return rate === undefined || base === undefined ? undefined : (f.perMonth * rate) / base;
    }
  }
}

/** Per kind, the figure that counts: the largest per month (by its cost; money without a rate by its amount). */
function countedFigures(figures: readonly StatedFigure[], c: Costing): StatedFigure[] {
  const best = new Map<CostKind, { figure: StatedFigure; cost: number }>();
  for (const f of figures) {
    const cost = costOf(f, c) ?? -1 / (1 + f.perMonth);
    const held = best.get(f.kind);
    if (held === undefined || cost > held.cost) best.set(f.kind, { figure: f, cost });
  }
  const order: CostKind[] = ['time', 'money', 'incidents', 'delay'];
  return order.flatMap((k) => {
    const b = best.get(k);
    return b === undefined ? [] : [b.figure];
  });
}

function enteredOf(createdAt: string | undefined, windows: readonly SprintWindow[]): BoardItem['entered'] {
  if (createdAt === undefined) return null;
  const t = parseInstant(createdAt);
  const w = windows.find((s) => Date.parse(s.start) <= t && t < Date.parse(s.end));
  return w === undefined ? null : { key: sprintKey(w), title: w.title };
}

const impactText = (item: WorkItem): string | null => {
  if (item.impact === undefined) return null;
  const text = (typeof item.impact === 'string' ? item.impact : item.impact.text).trim();
  return text === '' ? null : text;
};

/** The board of an export's open register items. */
export function computeRegisterBoard(input: RegisterBoardInput): RegisterBoard {
  const { data, config } = input;
  const now = toMs(input.now ?? data.exportedAt);
  const options = config.register;
  const costing: Costing = {
    currency: options.currency,
    rates: options.rates,
    engineerHour: options.costs['engineer-hour'],
    incident: options.costs.incident,
    delayDay: options.costs['delay-day'],
  };
  const reading = { sprintDays: config.sprints.cadence.days };
  const isRegister = registerMatcher(config, data.repo);
  const windows = [...data.sprints].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));

  const seen = new Set<string>();
  const entries: { item: BoardItem; cost: number | undefined; cents: number | undefined; created: number }[] = [];
  for (const item of data.items) {
    if (item.kind !== 'issue' || !isOpen(item) || !isRegister(item)) continue;
    const ref = displayRef(item);
    if (seen.has(ref.toLowerCase())) continue;
    seen.add(ref.toLowerCase());
    const impact = impactText(item);
    const figures = impact === null ? [] : readStatedCosts(impact, reading);
    const counted = countedFigures(figures, costing);
    const costs = counted.map((f) => costOf(f, costing));
    const costed = costs.filter((x): x is number => x !== undefined);
    const cost = costed.length === 0 ? undefined : costed.reduce((a, b) => a + b, 0);
    const created = item.createdAt === undefined ? Number.NaN : parseInstant(item.createdAt);
    const boardItem: BoardItem = {
      ref,
      ...(item.title === undefined ? {} : { title: item.title }),
      ...(item.url === undefined ? {} : { url: item.url }),
      labels: [...item.labels],
      ...(item.createdAt === undefined ? {} : { createdAt: item.createdAt }),
      ageDays: Number.isNaN(created) ? null : Math.max(0, Math.floor((now - created) / DAY)),
      entered: enteredOf(item.createdAt, windows),
      prs: [...(item.workedOnBy ?? [])],
      impact,
      figures: figures.map(asFigure),
      counted: counted.map(asFigure),
      costPerMonth: cost === undefined ? null : round(cost, 2),
      uncosted: [...new Set(counted.filter((f, i) => f.kind === 'money' && costs[i] === undefined).map((f) => f.unit))],
      rank: null,
    };
    entries.push({ item: boardItem, cost, cents: cost === undefined ? undefined : Math.round(cost * 100), created });
  }

  const older = (a: { created: number; item: BoardItem }, b: { created: number; item: BoardItem }): number =>
    (Number.isNaN(a.created) ? Infinity : a.created) - (Number.isNaN(b.created) ? Infinity : b.created) ||
    a.item.ref.localeCompare(b.item.ref, 'en', { numeric: true });
  const quantified = entries.filter((e) => e.item.counted.length > 0);
  const unquantified = entries.filter((e) => e.item.counted.length === 0).sort(older);
  // Costliest first (compared in cents); money without a rate after every costed item; a tie goes to the older item.
  quantified.sort((a, b) => (b.cents ?? -1) - (a.cents ?? -1) || older(a, b));
  quantified.forEach((e, i) => {
    e.item.rank = i + 1;
  });

  let hours = 0;
  let incidents = 0;
  let delay = 0;
  let cost = 0;
  const money: Record<string, number> = {};
  for (const { item, cost: exact } of quantified) {
    for (const f of item.counted) {
      if (f.kind === 'time') hours += f.perMonth;
      else if (f.kind === 'incidents') incidents += f.perMonth;
      else if (f.kind === 'delay') delay += f.perMonth;
      else money[f.unit] = (money[f.unit] ?? 0) + f.perMonth;
    }
    cost += exact ?? 0;
  }
  for (const k of Object.keys(money)) money[k] = round(money[k] ?? 0, 2);

  return {
    version: REGISTER_BOARD_VERSION,
    repo: data.repo,
    at: new Date(now).toISOString(),
    currency: options.currency,
    costs: { engineerHour: costing.engineerHour, incident: costing.incident, delayDay: costing.delayDay },
    rates: { ...options.rates },
    sprintDays: reading.sprintDays,
    totals: {
      items: entries.length,
      quantified: quantified.length,
      unquantified: unquantified.length,
      noImpact: unquantified.filter((e) => e.item.impact === null).length,
      hoursPerMonth: round(hours, 2),
      money,
      incidentsPerMonth: round(incidents, 4),
      delayDaysPerMonth: round(delay, 2),
      costPerMonth: round(cost, 2),
    },
    items: [...quantified, ...unquantified].map((e) => e.item),
  };
}
