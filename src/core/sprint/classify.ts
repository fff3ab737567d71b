/**
 * Debt or not: a unit is debt work when one of its labels is a debt label
 * (case-insensitively) or — with `register-links` on — one of its bodies links to
 * the debt register (read by the injected BodyReader). A unit with no label and no
 * body cannot be classified: it is listed, and kept out of the ratio.
 */
import type { Config } from '../../config/schema.js';
import type { WorkUnit } from './items.js';
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

/** The unit's bodies, PRs first, without blank ones. */
export function unitBodies(unit: WorkUnit): string[] {
  const out: string[] = [];
  for (const item of [...unit.prs, ...unit.issues]) {
    if (item.body !== undefined && item.body.trim() !== '') out.push(item.body);
  }
  return out;
}

export function classifyUnit(unit: WorkUnit, rules: ClassifyRules, reader: BodyReader): Classification {
  const matched = unit.labels.filter((l) => rules.debtLabels.has(l.toLowerCase()));
  if (matched.length > 0) return { kind: 'debt', reason: 'label', evidence: matched };
  const bodies = unitBodies(unit);
  if (rules.registerLinks) {
    const refs: string[] = [];
    for (const body of bodies) {
      for (const link of reader.registerLinks(body)) if (!refs.includes(link.ref)) refs.push(link.ref);
    }
    if (refs.length > 0) return { kind: 'debt', reason: 'register-link', evidence: refs };
  }
  if (unit.labels.length === 0 && bodies.length === 0) return { kind: 'unclassified' };
  return { kind: 'other' };
}
