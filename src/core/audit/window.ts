/**
 * The audit window: `--since 90d` (days), `12w` (weeks) or a date (`2026-01-01`, its
 * midnight UTC), up to now. Parsed here once for the CLI and the action, which name
 * their flag or input in the message.
 */
import { UserError } from '../errors.js';
import { parseDate } from '../sprint/zone.js';

const DAY_MS = 86_400_000;
/** Ten years: a longer window is a typo. */
export const MAX_WINDOW_DAYS = 3660;

export type AuditWindowSpec = { readonly days: number } | { readonly date: string };

/** A window that is not one of the shapes; the message says what was expected and what was found. */
export class AuditWindowError extends UserError {
  override readonly name = 'AuditWindowError';
}

export const WINDOW_SHAPES = 'a number of days or weeks (90d, 12w) or a date (2026-01-01)';

export function parseWindow(text: string): AuditWindowSpec {
  const trimmed = text.trim();
  const relative = /^(\d{1,5})\s*([dw])$/iu.exec(trimmed);
  if (relative !== null) {
    const days = Number(relative[1]) * (relative[2]?.toLowerCase() === 'w' ? 7 : 1);
    if (days < 1 || days > MAX_WINDOW_DAYS) throw new AuditWindowError(`expected 1 to ${MAX_WINDOW_DAYS} days, found "${trimmed}"`);
    return { days };
  }
  if (/^\d{4}-\d{2}-\d{2}$/u.test(trimmed)) {
    if (parseDate(trimmed) === null) throw new AuditWindowError(`expected a real date (YYYY-MM-DD), found "${trimmed}"`);
    return { date: trimmed };
  }
  throw new AuditWindowError(`expected ${WINDOW_SHAPES}, found "${trimmed}"`);
}

/** The first instant (ms) of the window that ends at `until`. */
export function windowStart(spec: AuditWindowSpec, until: number): number {
  if ('days' in spec) return until - spec.days * DAY_MS;
  const p = parseDate(spec.date);
  if (p === null) throw new AuditWindowError(`expected a real date (YYYY-MM-DD), found "${spec.date}"`);
  const start = Date.UTC(p.year, p.month - 1, p.day);
  if (start > until) throw new AuditWindowError(`expected a date before the end of the window (${new Date(until).toISOString().slice(0, 10)}), found ${spec.date}`);
  if (until - start > MAX_WINDOW_DAYS * DAY_MS) throw new AuditWindowError(`expected a window of at most ${MAX_WINDOW_DAYS} days, found ${spec.date}`);
  return start;
}
