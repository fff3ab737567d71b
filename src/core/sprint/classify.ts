/**
 * Debt or not: a unit is debt work when one of its labels is a debt label
 * (case-insensitively) or — with `register-links` on — one of its items links to
 * the debt register: the `links` the exporter found in its body, else (only when
 * an item has no `links`) its body read by the injected BodyReader. A unit with no
 * label and no description (no non-blank body, no `links`) cannot be classified:
 * it is listed, and kept out of the ratio.
 */
import type { Config } from '../../config/schema.js';
import type { WorkUnit } from './items.js';
import type { WorkItem } from './model.js';
import type { BodyReader } from './reader.js';

export type Classification =
  | { readonly kind: 'debt'; readonly reason: 'label' | 'register-link'; readonly evidence: readonly string[] }
  | { readonly kind: 'other' }
  | { readonly kind: 'unclassified' };

export interface ClassifyRules {
  /** Debt labels, trimmed and lower-cased. */
  readonly debtLabels: ReadonlySet<string>;
  readonly registerLinks: boolean;
}

export function classifyRules(config: Config): ClassifyRules {
  return {
    debtLabels: new Set(config.sprints.debt.labels.map((l) => l.trim().toLowerCase())),
    registerLinks: config.sprints.debt['register-links'],
  };
}

const hasText = (body: string | undefined): body is string => body !== undefined && body.trim() !== '';

/** The unit's bodies, PRs first, without blank ones. */
export function unitBodies(unit: WorkUnit): string[] {
  const out: string[] = [];
  for (const item of [...unit.prs, ...unit.issues]) {
    if (hasText(item.body)) out.push(item.body);
  }
  return out;
}

/** Whether an item has a description: links found at export time, or a non-blank body. */
export const isDescribed = (item: WorkItem): boolean => item.links !== undefined || hasText(item.body);

export function classifyUnit(unit: WorkUnit, rules: ClassifyRules, reader: BodyReader): Classification {
  const matched = unit.labels.filter((l) => rules.debtLabels.has(l.toLowerCase()));
  if (matched.length > 0) return { kind: 'debt', reason: 'label', evidence: matched };
  let described = false;
  const refs: string[] = [];
  for (const item of [...unit.prs, ...unit.issues]) {
    if (!isDescribed(item)) continue;
    described = true;
    if (!rules.registerLinks) continue;
    // The exporter's links, when it stored them; the body is read only without them.
    const links = item.links ?? (hasText(item.body) ? reader.registerLinks(item.body) : []);
    for (const link of links) if (!refs.includes(link.ref)) refs.push(link.ref);
  }
  if (refs.length > 0) return { kind: 'debt', reason: 'register-link', evidence: refs };
  if (unit.labels.length === 0 && !described) return { kind: 'unclassified' };
  return { kind: 'other' };
}
