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

/**
 * What a config decides of a label or a title, remembered: a sprint report asks it of
 * thousands of items that share their labels (and a PR and the issue it closes share words).
 */
interface Memo {
  readonly labels: Map<string, boolean>;
  readonly titles: Map<string, { readonly type: string | undefined; readonly purpose: boolean }>;
}
const MEMO_LIMIT = 10_000;
const memos = new WeakMap<Config, Memo>();

function memoOf(config: Config): Memo {
  let memo = memos.get(config);
  if (memo === undefined) {
    memo = { labels: new Map(), titles: new Map() };
    memos.set(config, memo);
  }
  return memo;
}

function remember<K, V>(map: Map<K, V>, key: K, compute: () => V): V {
  const hit = map.get(key);
  if (hit !== undefined) return hit;
  const value = compute();
  if (map.size >= MEMO_LIMIT) map.clear();
  map.set(key, value);
  return value;
}

/** The debt labels a list of labels holds, in any spelling. */
export function debtLabelsOf(labels: readonly string[], config: Config, extra: readonly string[] = []): string[] {
  const wanted = extra.length === 0 ? config.rules['debt-link'].labels : [...config.rules['debt-link'].labels, ...extra];
  const memo = memoOf(config).labels;
  const prefix = extra.length === 0 ? '' : `${extra.join('\u0001')}\u0000`;
  return labels.filter((label) => remember(memo, `${prefix}${label}`, () => isDebtLabelSpelling(label, wanted)));
}

/** A title's debt type (the configured title type it has) and whether it states a debt purpose. */
function titleFacts(title: string, config: Config): { readonly type: string | undefined; readonly purpose: boolean } {
  return remember(memoOf(config).titles, title, () => {
    const rule = config.rules['debt-link'];
    const type = titleType(title);
    const typed = type && rule['title-types'].some((candidate) => candidate.toLowerCase() === type.full || candidate.toLowerCase() === type.type);
    return { type: typed ? type.full : undefined, purpose: titleStatesDebtPurpose(title) || titleStatesBareDebtPurpose(title) };
  });
}

/** The signals that make a PR or issue debt work, in the order the PR check names them. */
export function debtSignals(subject: DebtSubject, config: Config, options: SignalOptions = {}): DebtSignal[] {
  const on = config.rules['debt-link'].signals;
  const out: DebtSignal[] = [];
  if (on.labels) for (const label of debtLabelsOf(subject.labels, config, options.extraLabels)) out.push({ kind: 'label', evidence: label });
  const title = titleFacts(subject.title, config);
  if (on['title-types'] && title.type !== undefined) out.push({ kind: 'title-type', evidence: title.type });
  if (on['stated-purpose'] && title.purpose) out.push({ kind: 'stated-purpose', evidence: 'title' });
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
