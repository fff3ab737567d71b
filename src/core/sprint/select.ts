/**
 * Which sprints a report run covers, by trigger. Pure: windows, "now" and the
 * sprints already reported in, sprints out (oldest first).
 */
import { UserError } from '../errors.js';
import { commentKey, sprintMarker } from './render.js';
import { sprintKey } from './report.js';
import type { SkippedSprint } from './windows.js';
import type { SprintSource, SprintWindow } from './model.js';

/** At most this many sprints in one scheduled run (a long outage is caught up over several runs). */
export const MAX_SPRINTS_PER_RUN = 6;

export type Selection =
  | { readonly ok: true; readonly sprints: SprintWindow[]; readonly why: string }
  | { readonly ok: false; readonly reason: string; readonly error: boolean };

/** The comment key of a window (its marker's key). */
export const markerKey = (w: SprintWindow): string => commentKey(sprintMarker(sprintKey(w))) ?? sprintKey(w);

const ended = (windows: readonly SprintWindow[], now: number): SprintWindow[] =>
  windows.filter((w) => Date.parse(w.end) <= now).sort((a, b) => Date.parse(a.end) - Date.parse(b.end));

const names = (windows: readonly SprintWindow[]): string =>
  windows
    .slice(-8)
    .map((w) => `"${w.title}"`)
    .join(', ');

/** `milestone` closed: that milestone's sprint. */
export function selectMilestone(windows: readonly SprintWindow[], skipped: readonly SkippedSprint[], number: number | undefined, title: string | undefined): Selection {
  if (number === undefined) return { ok: false, reason: 'the milestone event has no milestone number', error: true };
  const w = windows.find((x) => x.source === 'milestone' && x.id === String(number));
  if (w !== undefined) return { ok: true, sprints: [w], why: `milestone "${w.title}" closed` };
  const skip = skipped.find((s) => s.id === String(number));
  const name = title === undefined ? `#${number}` : `"${title}"`;
  return {
    ok: false,
    reason: skip !== undefined ? `milestone ${name} is not a sprint: ${skip.reason}` : `milestone ${name} is not a sprint (its title does not match sprints.milestone.pattern)`,
    error: false,
  };
}

/**
 * `schedule`: every sprint that ended since the last one reported (the latest
 * sprint with a report comment), not yet reported; with no report yet, the last
 * sprint that ended.
 */
export function selectScheduled(windows: readonly SprintWindow[], reported: ReadonlySet<string>, now: number): Selection {
  const done = ended(windows, now);
  if (done.length === 0) return { ok: false, reason: 'no sprint has ended yet', error: false };
  const reportedWindows = done.filter((w) => reported.has(markerKey(w)));
  const last = reportedWindows.at(-1);
  if (last === undefined) {
    const latest = done.at(-1) as SprintWindow;
    return { ok: true, sprints: [latest], why: `no report yet: the last sprint that ended, "${latest.title}"` };
  }
  const lastEnd = Date.parse(last.end);
  const due = done.filter((w) => Date.parse(w.end) > lastEnd && !reported.has(markerKey(w)));
  if (due.length === 0) return { ok: false, reason: `no sprint ended since the last report ("${last.title}")`, error: false };
  const sprints = due.slice(-MAX_SPRINTS_PER_RUN);
  return { ok: true, sprints, why: `${sprints.length === 1 ? 'a sprint' : `${sprints.length} sprints`} ended since the last report ("${last.title}")` };
}

/** `workflow_dispatch`: the sprint named by the input (its title, case-insensitively), else the last that ended. */
export function selectDispatched(windows: readonly SprintWindow[], input: string | undefined, now: number, what = 'input sprint'): Selection {
  const wanted = input?.trim() ?? '';
  if (wanted === '') {
    const latest = ended(windows, now).at(-1);
    return latest === undefined
      ? { ok: false, reason: 'no sprint has ended yet', error: false }
      : { ok: true, sprints: [latest], why: `the last sprint that ended, "${latest.title}"` };
  }
  const lower = wanted.toLowerCase();
  const matches = windows.filter((w) => w.title.trim().toLowerCase() === lower || w.id === wanted);
  const w = matches.at(-1);
  if (w === undefined) {
    return {
      ok: false,
      reason: `${what}: no sprint titled "${wanted}"${windows.length > 0 ? ` (the latest are ${names(windows)})` : ' (no sprints found)'}`,
      error: true,
    };
  }
  return { ok: true, sprints: [w], why: `asked for "${w.title}"` };
}

/** The sprint running at `now` (the PR check's line), if any. */
export function currentSprint(windows: readonly SprintWindow[], now: number): SprintWindow | undefined {
  return windows.find((w) => Date.parse(w.start) <= now && now < Date.parse(w.end));
}

/** What a run was started for. */
export type Trigger =
  | { readonly trigger: 'milestone'; readonly number: number | undefined; readonly title: string | undefined }
  | { readonly trigger: 'schedule' }
  | { readonly trigger: 'workflow_dispatch'; readonly sprint: string | undefined };

/** The sprints a run reports, by its trigger. */
export function selectForTrigger(
  trigger: Trigger,
  windows: readonly SprintWindow[],
  skipped: readonly SkippedSprint[],
  reported: ReadonlySet<string>,
  now: number,
  source: SprintSource,
): Selection {
  switch (trigger.trigger) {
    case 'milestone':
      if (source !== 'milestone') {
        return { ok: false, reason: `sprints come from ${source === 'iteration' ? 'a Projects iteration field' : 'a cadence'}, not milestones (sprints.source)`, error: false };
      }
      return selectMilestone(windows, skipped, trigger.number, trigger.title);
    case 'schedule':
      return selectScheduled(windows, reported, now);
    case 'workflow_dispatch':
      return selectDispatched(windows, trigger.sprint, now);
  }
}

/**
 * The sprints to compute: the ones reported, and — when no trend can be read from
 * earlier reports — the ones before them, up to the trend's length (`history`).
 */
export function withTrendSprints(sprints: readonly SprintWindow[], windows: readonly SprintWindow[], history: number): SprintWindow[] {
  const first = sprints[0];
  if (first === undefined) return [];
  const keys = new Set(sprints.map(sprintKey));
  const before = windows.filter((w) => !keys.has(sprintKey(w)) && Date.parse(w.end) <= Date.parse(first.start));
  const extra = before.slice(Math.max(0, before.length - (history - 1)));
  return [...extra, ...sprints].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/** What the CLI asks for: a sprint by title or id, the last N that ended, or the last that ended. */
export interface AskedSprints {
  readonly sprint: string | undefined;
  readonly last: number | undefined;
}

/**
 * The CLI's sprints: the same selection as the action's `workflow_dispatch` (a sprint
 * by title, else the last that ended — none when no sprint has ended yet), plus
 * `--last N`, the last N that ended.
 */
export function selectAsked(windows: readonly SprintWindow[], asked: AskedSprints, now: number): Selection {
  if (windows.length === 0) return { ok: false, reason: 'no sprints found (check sprints.source and its settings in the config)', error: true };
  if (asked.last !== undefined) {
    const done = ended(windows, now).slice(-asked.last);
    return done.length === 0
      ? { ok: false, reason: 'no sprint has ended yet', error: false }
      : { ok: true, sprints: done, why: `the last ${done.length === 1 ? 'sprint' : `${done.length} sprints`} that ended` };
  }
  return selectDispatched(windows, asked.sprint, now, '--sprint');
}

/** A sprint the user asked for that does not exist: the message names the option and the sprints there are. */
export class SprintSelectionError extends UserError {
  override readonly name = 'SprintSelectionError';
}
