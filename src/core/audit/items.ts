/**
 * The items an audit counts: the PRs and issues of an export opened inside the window,
 * of the kinds asked for, minus the ones the config skips — each with the check's
 * result, read from the export (`check`, computed once when it was written) or, when
 * asked or missing, computed from the body.
 */
import type { Config } from '../../config/schema.js';
import { check } from '../check.js';
import { UserError } from '../errors.js';
import { storeCheck, type StoredCheck } from '../result.js';
import { skipCause, type SkipCause } from '../skip.js';
import type { AuditKind, WorkItem } from '../sprint/model.js';

export interface AuditedItem {
  readonly ref: string;
  readonly kind: AuditKind;
  readonly title: string;
  readonly url: string | undefined;
  /** ms since the epoch. */
  readonly createdAt: number;
  readonly check: StoredCheck;
}

export interface SelectedItems {
  /** Items of the window and kinds, skipped or not. */
  readonly read: number;
  readonly audited: AuditedItem[];
  readonly skipped: SkipCause[];
}

export interface SelectOptions {
  readonly config: Config;
  /** stored: each item's `check` (its body only when it has none); recheck: every body checked again under `config`. */
  readonly source: 'stored' | 'recheck';
  /** The window, ms since the epoch, both ends inclusive. */
  readonly since: number;
  readonly until: number;
  readonly kinds: readonly AuditKind[];
}

/** An export item the audit cannot read; the message names it (`items[3] (acme/app#12)`). */
export class AuditItemsError extends UserError {
  override readonly name = 'AuditItemsError';
}

/** What the check reads of a PR or issue. */
export interface CheckableItem {
  readonly kind: AuditKind;
  readonly repo: string;
  readonly number?: number | undefined;
  readonly title?: string | undefined;
  readonly body?: string | undefined;
  readonly labels: readonly string[];
}

/** The check of one item, in its stored form (what an audit export keeps of the body). */
export function checkItem(item: CheckableItem, config: Config): StoredCheck {
  return storeCheck(
    check(
      {
        kind: item.kind,
        title: item.title ?? '',
        body: item.body ?? '',
        labels: item.labels,
        ...(item.number === undefined ? {} : { number: item.number }),
        ...(item.repo === '' ? {} : { repo: item.repo }),
      },
      config,
    ),
  );
}

const MAX_NAMED = 5;

export function selectAuditItems(items: readonly WorkItem[], options: SelectOptions): SelectedItems {
  const { config, since, until } = options;
  const kinds = new Set(options.kinds);
  const audited: AuditedItem[] = [];
  const skipped: SkipCause[] = [];
  const problems: string[] = [];
  let read = 0;
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (item.kind === 'redacted' || !kinds.has(item.kind)) return;
    const ref = `${item.repo}#${item.number ?? 0}`;
    const name = `items[${index}] (${ref})`;
    if (item.createdAt === undefined) {
      problems.push(`${name}: no createdAt — not an audit export item (write one with alignment-check audit --export)`);
      return;
    }
    const createdAt = Date.parse(item.createdAt);
    if (createdAt < since || createdAt > until) return;
    // The same PR or issue listed twice counts once.
    const key = `${item.kind}:${ref.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    read += 1;
    const cause = skipCause({ author: { login: item.author ?? '' }, draft: item.draft ?? false, labels: item.labels }, config);
    if (cause !== undefined) {
      skipped.push(cause);
      return;
    }
    let stored: StoredCheck | undefined = options.source === 'stored' ? item.check : undefined;
    if (stored === undefined) {
      if (item.body === undefined) {
        problems.push(
          options.source === 'recheck'
            ? `${name}: no body to check under this config (export with --with-bodies to audit under another config)`
            : `${name}: neither a check nor a body`,
        );
        return;
      }
      stored = checkItem({ ...item, kind: item.kind }, config);
    }
    audited.push({ ref, kind: item.kind, title: item.title ?? '', url: item.url, createdAt, check: stored });
  });
  if (problems.length > 0) {
    const more = problems.length > MAX_NAMED ? [`… and ${problems.length - MAX_NAMED} more`] : [];
    throw new AuditItemsError([...problems.slice(0, MAX_NAMED), ...more].join('\n'));
  }
  return { read, audited, skipped };
}
