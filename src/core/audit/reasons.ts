/**
 * The most common reasons for failing. A rule's message says "expected X, found Y" for
 * one item: "found an empty "Why" section", "found 3", "found none for security
 * (security marked N/A without a reason)". The reason is that message with the one
 * item's details taken out — quoted text, parentheses, the counts found — so the items
 * that fail the same way count together, while what differs in kind (which categories
 * are missing, a missing section against an empty one) stays apart.
 */
import type { RuleId } from '../result.js';
import type { AuditedItem } from './items.js';
import type { AuditReason, ItemRef } from './model.js';

/** A failing message as a reason shared by items. */
export function reasonOf(message: string): string {
  const comma = message.indexOf(', found ');
  const expected = comma < 0 ? message : message.slice(0, comma);
  const found = comma < 0 ? '' : message.slice(comma);
  const general = (text: string): string =>
    text
      .replace(/"[^"]*"/gu, '"…"')
      .replace(/\s*\([^()]*(?:\([^()]*\)[^()]*)*\)/gu, '')
      .replace(/\s+/gu, ' ')
      .trim();
  // The counts found vary item by item ("found 3", "found none in 12 words"); what was expected does not.
  return `${general(expected)}${general(found).replace(/(?<![\w.-])\d+(?![\w.-])/gu, 'N')}`;
}

export const TOP_REASONS = 10;

export function itemRef(item: AuditedItem): ItemRef {
  return item.url === undefined ? { ref: item.ref, kind: item.kind, title: item.title } : { ref: item.ref, kind: item.kind, title: item.title, url: item.url };
}

/**
 * The `n` most common reasons among the failing findings, most common first (ties: by
 * rule order, then alphabetically), each with the most recently opened item that
 * failed for it.
 */
export function topReasons(items: readonly AuditedItem[], ruleOrder: readonly RuleId[], n = TOP_REASONS): AuditReason[] {
  const groups = new Map<string, { rule: RuleId; reason: string; count: number; example: AuditedItem }>();
  for (const item of items) {
    for (const finding of item.check.rules) {
      if (finding.status !== 'fail') continue;
      const reason = reasonOf(finding.message);
      const key = `${finding.id}\u0000${reason}`;
      const group = groups.get(key);
      if (group === undefined) groups.set(key, { rule: finding.id, reason, count: 1, example: item });
      else {
        group.count += 1;
        if (newer(item, group.example)) group.example = item;
      }
    }
  }
  const audited = items.length;
  return [...groups.values()]
    .sort((a, b) => b.count - a.count || ruleOrder.indexOf(a.rule) - ruleOrder.indexOf(b.rule) || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0))
    .slice(0, n)
    .map((g) => ({ rule: g.rule, reason: g.reason, count: g.count, share: audited === 0 ? null : g.count / audited, example: itemRef(g.example) }));
}

/** Opened later; at the same instant, the higher reference (a later number). */
function newer(a: AuditedItem, b: AuditedItem): boolean {
  if (a.createdAt !== b.createdAt) return a.createdAt > b.createdAt;
  return a.ref.localeCompare(b.ref, 'en', { numeric: true }) > 0;
}
