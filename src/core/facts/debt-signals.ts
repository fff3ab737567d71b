/**
 * The one notion of debt work, shared by the PR check and the sprint report: the
 * signals that make a PR or issue debt work, each switchable in
 * `rules.debt-link.signals`.
 *
 * - `label`: a debt label in any spelling (`rules.debt-link.labels`);
 * - `title-type`: a Conventional title type (`refactor:`, `debt:`; `title-types`);
 * - `stated-purpose`: a title or a body that says the work pays down technical debt;
 * - `ticked-box`: a ticked "pays down debt" box;
 * - `register-link`: a link to the debt register — the sprint report's own signal
 *   (`sprints.debt.register-links`): the PR check requires that link of debt work, so a
 *   link alone never makes a PR fail it; and the link of work that declares new debt
 *   records that debt, so it is no signal of paying debt down.
 *
 * The title and labels are read here; what a body says (its ticked boxes and stated
 * purpose, and whether it declares new debt) is read once with `findDebtWork` into
 * `BodyDebtFacts` — which the sprint export stores instead of the body — so the PR
 * check and a report over an export decide alike.
 */
import type { Config } from '../../config/schema.js';
import { isDebtLabelSpelling, titleStatesBareDebtPurpose, titleStatesDebtPurpose } from '../language/debt.js';
import type { Section } from '../markdown/sections.js';
import type { DebtLinkFact } from '../result.js';
import { findDebtWork, titleType, type DebtWork } from './debt-work.js';

export const DEBT_SIGNALS = ['label', 'title-type', 'stated-purpose', 'ticked-box', 'register-link'] as const;
export type DebtSignalKind = (typeof DEBT_SIGNALS)[number];

export interface DebtSignal {
  readonly kind: DebtSignalKind;
  /** What shows it: the label, the title type, where the purpose is stated (`title` or `body`), the box, the register reference. */
  readonly evidence: string;
}

/** What a body says of debt work: read once per body. */
export interface BodyDebtFacts {
  /** A ticked "pays down debt" box. */
  readonly tickedBox: boolean;
  /** The body says the work pays down technical debt (read only when no box is ticked: the box says it already). */
  readonly statedPurpose: boolean;
  /** A ticked "introduces debt" box, or a sentence that records new debt. */
  readonly declaresNewDebt: boolean;
}

export const NO_BODY_FACTS: BodyDebtFacts = { tickedBox: false, statedPurpose: false, declaresNewDebt: false };

/**
 * The body's part of the decision: findDebtWork without a title or labels, so only its
 * boxes and sentences speak. `decided`: the title or labels already make it debt work —
 * then, as a reviewer reads it (and as findDebtWork does), the body's stated purpose is
 * not read: it is the costly part, and no signal the decision needs.
 */
export function bodyDebtFacts(root: Section, config: Config, decided?: { readonly title: string; readonly labels: readonly string[] }): BodyDebtFacts {
  const found = findDebtWork(root, decided?.title ?? '', decided?.labels ?? [], config);
  const tickedBox = found.reasons.some((reason) => /\bbox\b/iu.test(reason));
  return { tickedBox, statedPurpose: decided === undefined && found.isDebtWork && !tickedBox, declaresNewDebt: found.declaresNewDebt };
}

/** What is known of the PR or issue: its title and labels, what its body says, and its register links. */
export interface DebtSubject {
  readonly title: string;
  readonly labels: readonly string[];
  /** Undefined: no body (or not read). */
  readonly body?: BodyDebtFacts | undefined;
  readonly links?: readonly DebtLinkFact[] | undefined;
}

export interface SignalOptions {
  /** Labels beyond `rules.debt-link.labels` (the sprint report's `sprints.debt.labels`). */
  readonly extraLabels?: readonly string[];
  /** Whether a register link is a signal (the sprint report's `sprints.debt.register-links`). */
  readonly registerLinks?: boolean;
}

/** The debt labels a list of labels holds, in any spelling. */
export function debtLabelsOf(labels: readonly string[], config: Config, extra: readonly string[] = []): string[] {
  const wanted = extra.length === 0 ? config.rules['debt-link'].labels : [...config.rules['debt-link'].labels, ...extra];
  return labels.filter((label) => isDebtLabelSpelling(label, wanted));
}

/** The signals that make a PR or issue debt work, in the order the PR check names them. */
export function debtSignals(subject: DebtSubject, config: Config, options: SignalOptions = {}): DebtSignal[] {
  const rule = config.rules['debt-link'];
  const on = rule.signals;
  const out: DebtSignal[] = [];
  if (on.labels) for (const label of debtLabelsOf(subject.labels, config, options.extraLabels)) out.push({ kind: 'label', evidence: label });
  if (on['title-types']) {
    const type = titleType(subject.title);
    if (type && rule['title-types'].some((candidate) => candidate.toLowerCase() === type.full || candidate.toLowerCase() === type.type)) {
      out.push({ kind: 'title-type', evidence: type.full });
    }
  }
  if (on['stated-purpose'] && (titleStatesDebtPurpose(subject.title) || titleStatesBareDebtPurpose(subject.title))) {
    out.push({ kind: 'stated-purpose', evidence: 'title' });
  }
  const body = subject.body;
  if (body !== undefined) {
    if (on['ticked-box'] && body.tickedBox) out.push({ kind: 'ticked-box', evidence: 'pays down debt' });
    // As a reviewer reads it: the body's purpose is the last resort, when nothing else says so.
    if (on['stated-purpose'] && body.statedPurpose && out.length === 0) out.push({ kind: 'stated-purpose', evidence: 'body' });
  }
  // Work that declares new debt links the register to record it, not to pay it down.
  if (options.registerLinks === true && body?.declaresNewDebt !== true) {
    const seen = new Set<string>();
    for (const link of subject.links ?? []) {
      if (seen.has(link.ref)) continue;
      seen.add(link.ref);
      out.push({ kind: 'register-link', evidence: link.ref });
    }
  }
  return out;
}

/** A signal in the words of the PR check's `debt-link` finding. */
export function reasonOf(signal: DebtSignal): string {
  switch (signal.kind) {
    case 'label':
      return `label "${signal.evidence}"`;
    case 'title-type':
      return `title type "${signal.evidence}"`;
    case 'stated-purpose':
      return signal.evidence === 'title' ? 'the title states a debt purpose' : 'the body states a debt purpose';
    case 'ticked-box':
      return 'ticked "pays down debt" box';
    case 'register-link':
      return `a link to the register (${signal.evidence})`;
  }
}

/** The PR check's decision: whether a PR or issue is debt work, and whether it declares new debt. */
export function decideDebtWork(root: Section, title: string, labels: readonly string[], config: Config): DebtWork & { readonly signals: readonly DebtSignal[]; readonly body: BodyDebtFacts } {
  const decided = debtSignals({ title, labels }, config).length > 0;
  const body = bodyDebtFacts(root, config, decided ? { title, labels } : undefined);
  const signals = debtSignals({ title, labels, body }, config);
  return { isDebtWork: signals.length > 0, declaresNewDebt: body.declaresNewDebt, reasons: signals.map(reasonOf), signals, body };
}
