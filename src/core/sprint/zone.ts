/**
 * Calendar dates and local midnights in an IANA time zone, with nothing but
 * Intl.DateTimeFormat. Sprint boundaries are the local midnight that starts a day;
 * across a DST change a sprint is an hour shorter or longer, never shifted.
 */
import { UserError } from '../errors.js';

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export class TimeZoneError extends UserError {
  override readonly name = 'TimeZoneError';
  constructor(timeZone: string) {
    super(`unknown time zone "${timeZone}": expected an IANA name such as Europe/Berlin or UTC`);
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        era: 'short',
      });
    } catch {
      throw new TimeZoneError(timeZone);
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws TimeZoneError unless `timeZone` is a time zone this runtime knows. */
export function assertTimeZone(timeZone: string): void {
  formatter(timeZone);
}

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock reading of instant `t` (ms) in `timeZone`. */
export function localParts(t: number, timeZone: string): LocalParts {
  const out: LocalParts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  let bc = false;
  for (const p of formatter(timeZone).formatToParts(t)) {
    switch (p.type) {
      case 'year': out.year = Number(p.value); break;
      case 'month': out.month = Number(p.value); break;
      case 'day': out.day = Number(p.value); break;
      case 'hour': out.hour = Number(p.value); break;
      case 'minute': out.minute = Number(p.value); break;
      case 'second': out.second = Number(p.value); break;
      case 'era': bc = p.value.startsWith('B'); break;
      default: break;
    }
  }
  if (bc) out.year = 1 - out.year;
  return out;
}

/** Local time minus UTC at instant `t`, in ms (e.g. +3_600_000 for CET). */
export function zoneOffset(t: number, timeZone: string): number {
  const p = localParts(t, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(t / 1000) * 1000;
}

/** Parse a calendar date `YYYY-MM-DD`; null unless it is a real date. */
export function parseDate(date: string): { year: number; month: number; day: number } | null {
  const m = DATE_RE.exec(date);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return { year, month, day };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function dateOf(t: number): string {
  const d = new Date(t);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The calendar date `n` days after `date` (n may be negative). */
export function addDays(date: string, n: number): string {
  const p = parseDate(date);
  if (p === null) throw new RangeError(`not a date: "${date}" (expected YYYY-MM-DD)`);
  return dateOf(Date.UTC(p.year, p.month - 1, p.day) + n * DAY_MS);
}

/** Whole days from date `a` to date `b`. */
export function daysBetween(a: string, b: string): number {
  const pa = parseDate(a);
  const pb = parseDate(b);
  if (pa === null || pb === null) throw new RangeError(`not a date: "${pa === null ? a : b}" (expected YYYY-MM-DD)`);
  return Math.round((Date.UTC(pb.year, pb.month - 1, pb.day) - Date.UTC(pa.year, pa.month - 1, pa.day)) / DAY_MS);
}

/** The local calendar date of instant `t` in `timeZone`. */
export function localDate(t: number, timeZone: string): string {
  const p = localParts(t, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/**
 * The first instant (ms) of calendar day `date` in `timeZone`: its local midnight, or,
 * where a DST change skips midnight (e.g. America/Santiago), the moment the day starts.
 */
export function startOfLocalDay(date: string, timeZone: string): number {
  const p = parseDate(date);
  if (p === null) throw new RangeError(`not a date: "${date}" (expected YYYY-MM-DD)`);
  const wall = Date.UTC(p.year, p.month - 1, p.day);
  // The offsets in force around that day; one of them is the one at its start.
  const offsets = new Set([
    zoneOffset(wall - DAY_MS, timeZone),
    zoneOffset(wall, timeZone),
    zoneOffset(wall + DAY_MS, timeZone),
  ]);
  let exact: number | undefined;
  let sameDay: number | undefined;
  for (const o of offsets) {
    const t = wall - o;
    const lp = localParts(t, timeZone);
    if (lp.year !== p.year || lp.month !== p.month || lp.day !== p.day) continue;
    if (lp.hour === 0 && lp.minute === 0 && lp.second === 0) exact = exact === undefined ? t : Math.min(exact, t);
    else sameDay = sameDay === undefined ? t : Math.min(sameDay, t);
  }
  if (exact !== undefined) return exact;
  // Midnight was skipped: the day starts at the transition, where the earlier
  // offset's midnight lands on the same day.
  if (sameDay !== undefined) return sameDay;
  /* c8 ignore next: no zone on record skips a whole day's start this way */
  return wall - zoneOffset(wall, timeZone);
}

/** ISO string of instant `t`. */
export const iso = (t: number): string => new Date(t).toISOString();
