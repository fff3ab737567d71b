/**
 * Sprint windows — [start, end), end exclusive — from milestones, from Projects
 * iterations, or from a fixed cadence. Pure: "now" is a parameter.
 *
 * Every boundary that is a calendar date becomes the local midnight that starts
 * that day in the configured time zone.
 */
import type { SprintWindow } from './model.js';
import { addDays, assertTimeZone, daysBetween, iso, localDate, parseDate, startOfLocalDay } from './zone.js';

/** A sprint that could not become a window, and why. */
export interface SkippedSprint {
  readonly id: string;
  readonly title: string;
  readonly reason: string;
}

export interface WindowsResult {
  /** Sorted by start (oldest first). */
  readonly windows: SprintWindow[];
  readonly skipped: SkippedSprint[];
}

// ---------------------------------------------------------------------------
// Milestones
// ---------------------------------------------------------------------------

/** The fields of a REST milestone the windows need. */
export interface MilestoneInput {
  readonly number: number;
  readonly title: string;
  readonly description?: string | null;
  readonly due_on?: string | null;
  readonly closed_at?: string | null;
  readonly created_at: string;
  readonly state?: string;
}

export interface MilestoneWindowOptions {
  /** Titles that count as sprints (pre-compiled by the caller); all when omitted. */
  /** Titles that count as sprints (a linear-time user pattern). */
  readonly pattern?: { test(title: string): boolean };
  /** The first sprint's start (YYYY-MM-DD) when neither a previous sprint nor the description tells it. */
  readonly start?: string;
  /** The zone whose midnights are the date boundaries; UTC when omitted. */
  readonly timeZone?: string;
}

/**
 * GitHub keeps only the date of a milestone's due_on and returns it as midnight
 * US Pacific time (07:00Z or 08:00Z): read the date there.
 */
const GITHUB_DUE_ZONE = 'America/Los_Angeles';

const DATE = String.raw`(\d{4}-\d{2}-\d{2})`;
/** "Start: 2026-03-02", "starts 2026-03-02", "Starts on 2026-03-02", "start date = 2026-03-02". */
const START_RE = new RegExp(String.raw`\bstart(?:s|ing|ed)?(?:[ \t]+(?:on|date))?[*_ \t]*[:=]?[*_ \t]*${DATE}`, 'i');
/** "2026-03-02 – 2026-03-16", "2026-03-02 to 2026-03-16", "2026-03-02..2026-03-16". */
const RANGE_RE = new RegExp(String.raw`${DATE}[ \t]*(?:–|—|-|to|\.\.)[ \t]*\d{4}-\d{2}-\d{2}`, 'i');
const MAX_DESCRIPTION = 10_000;

/** The start date a milestone description states, if any (YYYY-MM-DD). */
export function descriptionStartDate(description: string | null | undefined): string | undefined {
  if (description === null || description === undefined || description === '') return undefined;
  const text = description.slice(0, MAX_DESCRIPTION);
  for (const re of [START_RE, RANGE_RE]) {
    const date = re.exec(text)?.[1];
    if (date !== undefined && parseDate(date) !== null) return date;
  }
  return undefined;
}

const validInstant = (s: string | null | undefined): number | undefined => {
  if (s === null || s === undefined) return undefined;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : t;
};

/**
 * Windows from milestones. end = the end of the due date (the local midnight after
 * it), else the moment the milestone was closed; a milestone with neither is skipped
 * (it has not ended and has no date to end). start = the previous sprint's end, else
 * a date in the description, else the configured start, else the creation time.
 */
export function milestoneWindows(milestones: readonly MilestoneInput[], options: MilestoneWindowOptions = {}): WindowsResult {
  const timeZone = options.timeZone ?? 'UTC';
  assertTimeZone(timeZone);
  const skipped: SkippedSprint[] = [];
  const ended: { m: MilestoneInput; end: number }[] = [];
  for (const m of milestones) {
    const id = String(m.number);
    if (options.pattern !== undefined) {
      const matches = options.pattern.test(m.title);
      if (!matches) continue;
    }
    const due = validInstant(m.due_on);
    const closed = validInstant(m.closed_at);
    let end: number | undefined;
    if (due !== undefined) end = startOfLocalDay(addDays(localDate(due, GITHUB_DUE_ZONE), 1), timeZone);
    else if (closed !== undefined) end = closed;
    if (end === undefined) {
      skipped.push({ id, title: m.title, reason: 'no due date and not closed: the sprint has no end yet' });
      continue;
    }
    ended.push({ m, end });
  }
  ended.sort((a, b) => a.end - b.end || a.m.number - b.m.number);

  const windows: SprintWindow[] = [];
  let previousEnd: number | undefined;
  for (const { m, end } of ended) {
    const id = String(m.number);
    let start: number | undefined = previousEnd;
    if (start === undefined) {
      const stated = descriptionStartDate(m.description);
      if (stated !== undefined) start = startOfLocalDay(stated, timeZone);
    }
    if (start === undefined && options.start !== undefined && parseDate(options.start) !== null) {
      start = startOfLocalDay(options.start, timeZone);
    }
    start ??= validInstant(m.created_at);
    if (start === undefined) {
      skipped.push({ id, title: m.title, reason: 'no start: no previous sprint, no start date and no creation time' });
      continue;
    }
    if (start >= end) {
      skipped.push({
        id,
        title: m.title,
        reason: `it ends (${iso(end)}) no later than it starts (${iso(start)})`,
      });
      continue;
    }
    windows.push({ id, title: m.title, start: iso(start), end: iso(end), source: 'milestone' });
    previousEnd = end;
  }
  return { windows, skipped };
}

// ---------------------------------------------------------------------------
// Projects iterations
// ---------------------------------------------------------------------------

/** An iteration of a Projects (v2) iteration field. */
export interface IterationInput {
  readonly id: string;
  readonly title: string;
  /** YYYY-MM-DD */
  readonly startDate: string;
  /** Days. */
  readonly duration: number;
}

/** Windows from the iteration field's iterations (pass the active and the completed ones). */
export function iterationWindows(
  iterations: readonly IterationInput[],
  options: { readonly timeZone?: string } = {},
): WindowsResult {
  const timeZone = options.timeZone ?? 'UTC';
  assertTimeZone(timeZone);
  const skipped: SkippedSprint[] = [];
  const seen = new Set<string>();
  const windows: SprintWindow[] = [];
  for (const it of iterations) {
    if (seen.has(it.id)) continue;
    seen.add(it.id);
    if (parseDate(it.startDate) === null) {
      skipped.push({ id: it.id, title: it.title, reason: `start date "${it.startDate}" is not a date` });
      continue;
    }
    if (!Number.isInteger(it.duration) || it.duration < 1) {
      skipped.push({ id: it.id, title: it.title, reason: `duration ${it.duration} is not a whole number of days` });
      continue;
    }
    windows.push({
      id: it.id,
      title: it.title,
      start: iso(startOfLocalDay(it.startDate, timeZone)),
      end: iso(startOfLocalDay(addDays(it.startDate, it.duration), timeZone)),
      source: 'iteration',
    });
  }
  windows.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id));
  return { windows, skipped };
}

// ---------------------------------------------------------------------------
// Cadence
// ---------------------------------------------------------------------------

export interface CadenceOptions {
  /** The first day of the first sprint, YYYY-MM-DD. */
  readonly start: string;
  /** Sprint length in days. */
  readonly days: number;
  /** IANA time zone; sprints start at local midnight there. */
  readonly timeZone: string;
  /** Instant: windows are produced up to the one that holds it (the current sprint). */
  readonly now: Date | string | number;
  /** At most this many windows, the latest ones (default 520). */
  readonly limit?: number;
}

/**
 * Fixed-length sprints from a start date up to and including the sprint that holds
 * `now`. id = the sprint's first day; title = "Sprint N (first – last day)".
 */
export function cadenceWindows(options: CadenceOptions): SprintWindow[] {
  const { start, days, timeZone } = options;
  assertTimeZone(timeZone);
  if (parseDate(start) === null) throw new RangeError(`cadence start "${start}" is not a date (expected YYYY-MM-DD)`);
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`cadence length ${days} is not a whole number of days ≥ 1`);
  const now = options.now instanceof Date ? options.now.getTime() : typeof options.now === 'number' ? options.now : Date.parse(options.now);
  if (Number.isNaN(now)) throw new RangeError('now is not an instant');
  const limit = Math.max(0, Math.floor(options.limit ?? 520));

  const first = startOfLocalDay(start, timeZone);
  if (now < first || limit === 0) return [];
  // The sprint holding now: estimate from the local calendar, then settle on the boundary.
  let k = Math.floor(daysBetween(start, localDate(now, timeZone)) / days);
  const startOf = (i: number): number => startOfLocalDay(addDays(start, i * days), timeZone);
  while (k > 0 && startOf(k) > now) k -= 1;
  while (startOf(k + 1) <= now) k += 1;

  const windows: SprintWindow[] = [];
  for (let i = Math.max(0, k - limit + 1); i <= k; i += 1) {
    const firstDay = addDays(start, i * days);
    const nextFirst = addDays(start, (i + 1) * days);
    windows.push({
      id: firstDay,
      title: `Sprint ${i + 1} (${firstDay} – ${addDays(nextFirst, -1)})`,
      start: iso(startOfLocalDay(firstDay, timeZone)),
      end: iso(startOfLocalDay(nextFirst, timeZone)),
      source: 'cadence',
    });
  }
  return windows;
}

/** The window holding instant `now` ([start, end)), if any: the current sprint. */
export function sprintAt(windows: readonly SprintWindow[], now: Date | string | number): SprintWindow | undefined {
  const t = now instanceof Date ? now.getTime() : typeof now === 'number' ? now : Date.parse(now);
  return windows.find((w) => Date.parse(w.start) <= t && t < Date.parse(w.end));
}
