/**
 * Debt or not, with the PR check's notion of debt work (facts/debt-signals.ts): a
 * unit is debt work when one of its items carries a signal — a debt label, a debt
 * title type, a ticked "pays down debt" box, a stated purpose — or, with
 * `sprints.debt.register-links`, links to the debt register. Each signal names the
 * item it came from when that is not the unit's own (the issue a PR closes: "label
 * tech-debt via #123").
 *
 * What a body says comes from the export (`links`, `debt`: read once by the
 * exporter); a body is read only for an item that does not carry them — so a report
 * over an export and one over the bodies name the same signals. A unit with no label,
 * no signal and no description (no non-blank body, no stored facts) cannot be
 * classified: it is listed, and kept out of the ratio.
 */
import type { Config } from '../../config/schema.js';
import { debtSignals, type BodyDebtFacts, type DebtSignal } from '../facts/debt-signals.js';
import type { DebtLinkFact } from '../result.js';
import { displayRef, type WorkUnit } from './items.js';
import type { DebtReportItem, UnitSignal, WorkItem } from './model.js';
import type { BodyReader } from './reader.js';

export type Classification =
  | {
      readonly kind: 'debt';
      readonly reason: DebtReportItem['reason'];
      readonly evidence: readonly string[];
      readonly signals: readonly UnitSignal[];
    }
  | { readonly kind: 'other' }
  | { readonly kind: 'unclassified' };

export interface ClassifyRules {
  readonly config: Config;
  /** `sprints.debt.labels`: labels beyond the PR check's. */
  readonly extraLabels: readonly string[];
  readonly registerLinks: boolean;
}

export function classifyRules(config: Config): ClassifyRules {
  return { config, extraLabels: config.sprints.debt.labels, registerLinks: config.sprints.debt['register-links'] };
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

/** Whether an item has a description: facts found at export time, or a non-blank body. */
export const isDescribed = (item: WorkItem): boolean => item.links !== undefined || item.debt !== undefined || hasText(item.body);

const owner = (item: WorkItem): { title: string | undefined; labels: readonly string[] } => ({ title: item.title, labels: item.labels });

/** An item's signals: its labels and title, and what its body says (stored by the exporter, else read). */
function itemSignals(item: WorkItem, rules: ClassifyRules, reader: BodyReader): DebtSignal[] {
  let body: BodyDebtFacts | undefined = item.debt;
  let links: readonly DebtLinkFact[] | undefined = item.links;
  if (hasText(item.body)) {
    body ??= reader.debtWork(item.body);
    if (rules.registerLinks) links ??= reader.registerLinks(item.body, owner(item));
  }
  return debtSignals({ title: item.title ?? '', labels: item.labels, body, links }, rules.config, {
    extraLabels: rules.extraLabels,
    registerLinks: rules.registerLinks,
  });
}

function unitSignals(unit: WorkUnit, rules: ClassifyRules, reader: BodyReader): UnitSignal[] {
  const out: UnitSignal[] = [];
  const seen = new Set<string>();
  for (const item of [...unit.prs, ...unit.issues]) {
    for (const signal of itemSignals(item, rules, reader)) {
      const key = `${signal.kind}\u0000${signal.evidence.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const via = item === unit.primary ? undefined : displayRef(item);
      out.push(via === undefined ? { ...signal } : { ...signal, via, viaKind: item.kind === 'pr' ? 'pr' : 'issue' });
    }
  }
  return out;
}

export function classifyUnit(unit: WorkUnit, rules: ClassifyRules, reader: BodyReader): Classification {
  const signals = unitSignals(unit, rules, reader);
  const first = signals[0];
  if (first !== undefined) {
    const evidence: string[] = [];
    for (const s of signals) if (!evidence.includes(s.evidence)) evidence.push(s.evidence);
    return { kind: 'debt', reason: first.kind, evidence, signals };
  }
  const described = [...unit.prs, ...unit.issues].some(isDescribed);
  if (unit.labels.length === 0 && !described) return { kind: 'unclassified' };
  return { kind: 'other' };
}
