/**
 * What a debt item's Business Impact states it costs, as figures per month of four
 * kinds: engineer time (hours), money (in the currency stated), incidents, and
 * delivery delay (days). The rules are docs/register.md "How a stated cost is read";
 * fixtures/register/board/ holds them, read by hand.
 *
 * Pure and bounded: every pattern is a plain scan (no nested quantifiers over the same
 * characters), and the text is cut to MAX_TEXT characters first.
 */
import { wordRegExp } from '../text/letters.js';

export type CostKind = 'time' | 'money' | 'incidents' | 'delay';

/** A period a figure is stated per: a named one, or "in the last N units" / "every N units". */
export type Period =
  | { readonly per: 'day' | 'week' | 'sprint' | 'month' | 'quarter' | 'year' }
  | { readonly every: number; readonly unit: 'day' | 'week' | 'month' | 'year' };

export interface StatedFigure {
  readonly kind: CostKind;
  /** As stated, in `unit`: hours (`h`), a currency code, `incidents` or `days`. */
  readonly amount: number;
  readonly unit: string;
  /** null: no period stated — counted once a year. */
  readonly period: Period | null;
  /** amount per month. */
  readonly perMonth: number;
  /** The words it was read from. */
  readonly text: string;
}

export interface ImpactReading {
  /** The length of a sprint in days, for "per sprint" (`sprints.cadence.days`). */
  readonly sprintDays: number;
}

/** The longest impact text read (the export stores at most 1,000 characters). */
const MAX_TEXT = 4000;

const WEEKS_PER_MONTH = 52 / 12;
/** Working days a month, for engineer time stated per day. */
const WORKING_DAYS = 21;
const DAYS_PER_MONTH = 30;
const HOURS_PER_DAY = 8;
const HOURS_PER_WEEK = 40;
const HOURS_PER_MONTH = 160;
const DAYS_PER_WEEK_OF_DELAY = 5;

// ---------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------

/** A number or a range of two ("3–5", "3 to 5"), as written: parsed by `parseSpan`. */
const SPAN = String.raw`\d[\d,.]*(?:\s?(?:–|—|-|to)\s?\d[\d,.]*)?`;
/** Not inside a word, a reference or a version: "Q3", "sev1", "#12", "v2.1", "DEBT-7". */
const FREE = String.raw`(?<![\p{L}\p{N}_.,/#-])`;

/** "12,000" → 12000, "1.5" → 1.5, "1,5" → 1.5; trailing punctuation dropped. */
function parseNumber(raw: string): number | undefined {
  const s = raw.replace(/[.,]+$/u, '');
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u.test(s)) return Number(s.replace(/,/gu, ''));
  if (/^\d+(?:[.,]\d+)?$/u.test(s)) return Number(s.replace(',', '.'));
  return undefined;
}

/** A number, or the midpoint of a range. */
function parseSpan(span: string): number | undefined {
  const parts = span.split(/\s?(?:–|—|-|to)\s?/u);
  const values = parts.map(parseNumber);
  if (values.some((v) => v === undefined) || values.length === 0) return undefined;
  const nums = values as number[];
  return nums.length === 1 ? nums[0] : ((nums[0] ?? 0) + (nums[1] ?? 0)) / 2;
}

const SCALES: Readonly<Record<string, number>> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };
const SCALE = String.raw`(?:\s?(k|mn|m|bn|million|billion|thousand)(?![\p{L}\p{N}]))?`;

// ---------------------------------------------------------------------------
// The figures
// ---------------------------------------------------------------------------

const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  '€': 'EUR',
  'us$': 'USD',
  'c$': 'CAD',
  'a$': 'AUD',
  $: 'USD',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  eur: 'EUR',
  usd: 'USD',
  gbp: 'GBP',
  chf: 'CHF',
  jpy: 'JPY',
  inr: 'INR',
  cad: 'CAD',
  aud: 'AUD',
  euro: 'EUR',
  euros: 'EUR',
  dollar: 'USD',
  dollars: 'USD',
  pound: 'GBP',
  pounds: 'GBP',
  franc: 'CHF',
  francs: 'CHF',
  yen: 'JPY',
  rupee: 'INR',
  rupees: 'INR',
};
const CODES = String.raw`EUR|USD|GBP|CHF|JPY|INR|CAD|AUD`;
const MONEY_BEFORE = wordRegExp(String.raw`(€|US\$|C\$|A\$|\$|£|¥|₹|(?<![\p{L}])(?:${CODES})(?![\p{L}]))\s?(${SPAN})${SCALE}`, 'giu');
const MONEY_AFTER = wordRegExp(
  String.raw`${FREE}(${SPAN})${SCALE}\s?(€|(?<![\p{L}])(?:${CODES}|euros?|dollars?|pounds?|francs?|yen|rupees?)(?![\p{L}]))`,
  'giu',
);
const DURATION = wordRegExp(
  String.raw`${FREE}(${SPAN})\s?(?:(engineer|developer|dev|person|man|team|working|business|work)[\s-]?)?(hours?|hrs?|h|minutes?|mins?|days?|weeks?|wks?|months?)(?![\p{L}\p{N}])`,
  'giu',
);
const INCIDENTS = wordRegExp(
  String.raw`${FREE}(${SPAN})\s(?:(?:production|customer[\s-]facing|major|minor|critical|security|serious|p[0-3]|sev\s?[0-3])\s)?(incidents?|outages?|breach(?:es)?|sev\s?[0-3]s|p[0-3]s|crashes|times)(?![\p{L}\p{N}])`,
  'giu',
);
const SPOKEN_TIMES = wordRegExp(String.raw`(?<![\p{L}])(once|twice|thrice)(?![\p{L}])`, 'giu');
const PERCENT = wordRegExp(String.raw`${FREE}(${SPAN})\s?(?:%|percent(?![\p{L}])|per\s?cent(?![\p{L}]))`, 'giu');

/** The sentence says the days are delivery delay, not effort. */
const DELAY_CUE = wordRegExp(String.raw`(?<![\p{L}])(?:delay\w*|slow\w*|later|late|longer|postpon\w*|lead\s+time|time\s+to\s+market|block\w*|wait\w*|behind\s+schedule)(?![\p{L}])`, 'iu');
const RISK_CUE = wordRegExp(String.raw`(?<![\p{L}])(?:risk\w*|chance\w*|probabilit\w*|likelihood|likely)(?![\p{L}])`, 'iu');
const INCIDENT_CUE = wordRegExp(String.raw`(?<![\p{L}])(?:outages?|incidents?|downtime|breach\w*|data\s+loss|failures?|sev\s?[0-3]s?|p[0-2]s?|crash\w*|disasters?)(?![\p{L}])`, 'iu');
/**
 * The sentence is about the cost of the fix, not of the debt: "Estimated 5 days to fix",
 * "would take 2 weeks to migrate", "Fix effort: 3 days" — but "Costs 2 hours a week to
 * fix broken builds" is a cost of the debt.
 */
const FIX_COST =
  wordRegExp(String.raw`(?<![\p{L}])(?:(?:would|will|should|could|might)\s+take|(?:fix|fixing|migration|refactoring)\s+(?:effort|estimate|cost)|effort\s+to|fixing\s+(?:it|this|them)|(?:to|for)\s+(?:fix|resolve|remove|migrate|rewrite|refactor|replace|pay\s+(?:it|this|them)\s+(?:down|off))(?:\s+(?:it|this|them|the\s+debt|properly))?\s*(?:[.!?;:]|$))`, 'iu');
/** A duration that is the span of a rate ("in the last 30 days", "every 2 weeks"). */
const SPAN_OF_RATE = wordRegExp(String.raw`(?:^|[^\p{L}])(?:in|over|during|within|every|each|per|last|past|next)\s+(?:the\s+)?(?:(?:last|past|next)\s+)?$`, 'iu');
const DOWNTIME_AFTER = /^\s+of\s+(?:downtime|outage|unavailability)/iu;

// ---------------------------------------------------------------------------
// Periods
// ---------------------------------------------------------------------------

const NAMED: Readonly<Record<string, 'day' | 'week' | 'sprint' | 'month' | 'quarter' | 'year'>> = {
  day: 'day',
  'working day': 'day',
  'business day': 'day',
  week: 'week',
  wk: 'week',
  sprint: 'sprint',
  iteration: 'sprint',
  month: 'month',
  mo: 'month',
  quarter: 'quarter',
  year: 'year',
  yr: 'year',
  annum: 'year',
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  yearly: 'year',
  annually: 'year',
  annual: 'year',
};
const PERIOD = wordRegExp(
  String.raw`(?<![\p{L}])(?:(?:per|a|an|each|every)\s+|/\s?)(working day|business day|day|week|wk|sprint|iteration|month|mo|quarter|year|yr|annum)(?![\p{L}])` +
    String.raw`|(?<![\p{L}])(daily|weekly|monthly|quarterly|yearly|annually|annual)(?![\p{L}])` +
    String.raw`|(?<![\p{L}])(?:in|over|during|within|every)\s+(?:the\s+)?(?:(?:last|past)\s+)?(\d{1,4})\s?(days?|weeks?|months?|years?)(?![\p{L}])`,
  'giu',
);

function periodOf(m: RegExpExecArray): Period | undefined {
  const named = (m[1] ?? m[2])?.toLowerCase();
  if (named !== undefined) {
    const per = NAMED[named];
    return per === undefined ? undefined : { per };
  }
  const n = Number(m[3]);
  const unit = (m[4] ?? '').toLowerCase().replace(/s$/u, '') as 'day' | 'week' | 'month' | 'year';
  return n > 0 ? { every: n, unit } : undefined;
}

function firstPeriod(text: string): Period | undefined {
  PERIOD.lastIndex = 0;
  const m = PERIOD.exec(text);
  return m === null ? undefined : periodOf(m);
}

function lastPeriod(text: string): Period | undefined {
  let found: Period | undefined;
  for (const m of text.matchAll(PERIOD)) found = periodOf(m) ?? found;
  return found;
}

/** How many times per month a figure stated per `period` recurs. */
export function perMonthFactor(period: Period | null, kind: CostKind, reading: ImpactReading): number {
  if (period === null) return 1 / 12;
  if ('per' in period) {
    switch (period.per) {
      case 'day':
        return kind === 'time' ? WORKING_DAYS : DAYS_PER_MONTH;
      case 'week':
        return WEEKS_PER_MONTH;
      case 'sprint':
        return DAYS_PER_MONTH / Math.max(1, reading.sprintDays);
      case 'month':
        return 1;
      case 'quarter':
        return 1 / 3;
      case 'year':
        return 1 / 12;
    }
  }
  switch (period.unit) {
    case 'day':
      return DAYS_PER_MONTH / period.every;
    case 'week':
      return WEEKS_PER_MONTH / period.every;
    case 'month':
      return 1 / period.every;
    case 'year':
      return 1 / (12 * period.every);
  }
}

// ---------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly kind: CostKind;
  readonly amount: number;
  readonly unit: string;
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+|\n+/u).filter((s) => s.trim() !== '');
}

function collect(sentence: string): Candidate[] {
  const found: Candidate[] = [];
  const take = (c: Candidate): void => {
    if (found.some((f) => c.start < f.end && f.start < c.end)) return; // an earlier kind holds these words
    found.push(c);
  };
  for (const m of sentence.matchAll(MONEY_BEFORE)) {
    const amount = parseSpan(m[2] ?? '');
    const code = CURRENCY_SIGNS[(m[1] ?? '').toLowerCase()];
    if (amount === undefined || code === undefined) continue;
    take({ start: m.index, end: m.index + m[0].length, kind: 'money', amount: amount * (SCALES[(m[3] ?? '').toLowerCase()] ?? 1), unit: code });
  }
  for (const m of sentence.matchAll(MONEY_AFTER)) {
    const amount = parseSpan(m[1] ?? '');
    const code = CURRENCY_SIGNS[(m[3] ?? '').toLowerCase()];
    if (amount === undefined || code === undefined) continue;
    take({ start: m.index, end: m.index + m[0].length, kind: 'money', amount: amount * (SCALES[(m[2] ?? '').toLowerCase()] ?? 1), unit: code });
  }
  const incident = INCIDENT_CUE.test(sentence);
  if (incident && RISK_CUE.test(sentence)) {
    for (const m of sentence.matchAll(PERCENT)) {
      const pct = parseSpan(m[1] ?? '');
      if (pct === undefined || pct > 100) continue;
      take({ start: m.index, end: m.index + m[0].length, kind: 'incidents', amount: pct / 100, unit: 'incidents' });
    }
  }
  for (const m of sentence.matchAll(INCIDENTS)) {
    const n = parseSpan(m[1] ?? '');
    const noun = (m[2] ?? '').toLowerCase();
    if (n === undefined || (noun === 'times' && !incident)) continue;
    take({ start: m.index, end: m.index + m[0].length, kind: 'incidents', amount: n, unit: 'incidents' });
  }
  if (incident) {
    for (const m of sentence.matchAll(SPOKEN_TIMES)) {
      const n = { once: 1, twice: 2, thrice: 3 }[(m[1] ?? '').toLowerCase() as 'once' | 'twice' | 'thrice'];
      take({ start: m.index, end: m.index + m[0].length, kind: 'incidents', amount: n, unit: 'incidents' });
    }
  }
  const delay = DELAY_CUE.test(sentence);
  for (const m of sentence.matchAll(DURATION)) {
    const n = parseSpan(m[1] ?? '');
    if (n === undefined) continue;
    const prefix = (m[2] ?? '').toLowerCase();
    const unit = (m[3] ?? '').toLowerCase();
    if (SPAN_OF_RATE.test(sentence.slice(Math.max(0, m.index - 30), m.index))) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    if (/^(?:hours?|hrs?|h|minutes?|mins?)$/u.test(unit)) {
      if (DOWNTIME_AFTER.test(sentence.slice(end))) continue;
      take({ start, end, kind: 'time', amount: unit.startsWith('m') ? n / 60 : n, unit: 'h' });
    } else if (/^days?$/u.test(unit)) {
      take(delay ? { start, end, kind: 'delay', amount: n, unit: 'days' } : { start, end, kind: 'time', amount: n * HOURS_PER_DAY, unit: 'h' });
    } else if (/^(?:weeks?|wks?)$/u.test(unit)) {
      take(delay ? { start, end, kind: 'delay', amount: n * DAYS_PER_WEEK_OF_DELAY, unit: 'days' } : { start, end, kind: 'time', amount: n * HOURS_PER_WEEK, unit: 'h' });
    } else if (/^months?$/u.test(unit) && /^(?:engineer|developer|dev|person|man|team)$/u.test(prefix)) {
      // "2 engineer-months": effort. A bare "6 months" is a span of time, not a cost.
      take({ start, end, kind: 'time', amount: n * HOURS_PER_MONTH, unit: 'h' });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The figures an impact text states, in the order written (see docs/register.md). */
export function readStatedCosts(text: string, reading: ImpactReading): StatedFigure[] {
  const out: StatedFigure[] = [];
  for (const sentence of sentencesOf(text.slice(0, MAX_TEXT))) {
    if (FIX_COST.test(sentence)) continue;
    const candidates = collect(sentence);
    candidates.forEach((c, i) => {
      const after = sentence.slice(c.end, Math.min(candidates[i + 1]?.start ?? sentence.length, c.end + 60));
      const before = sentence.slice(Math.max(candidates[i - 1]?.end ?? 0, c.start - 80), c.start);
      const period = firstPeriod(after) ?? lastPeriod(before) ?? null;
      out.push({
        kind: c.kind,
        amount: c.amount,
        unit: c.unit,
        period,
        perMonth: c.amount * perMonthFactor(period, c.kind, reading),
        text: sentence.slice(c.start, c.end).trim(),
      });
    });
  }
  return out;
}
