/**
 * Is a PR debt work (a debt label, a `refactor:`/`debt:` title type, a ticked "pays
 * down debt" box) or does it declare new debt (a ticked "introduces debt" box)?
 */
import type { Config } from '../../config/schema.js';
import { descendants, unitsOf, type Section } from '../markdown/sections.js';

export interface DebtWork {
  readonly isDebtWork: boolean;
  readonly declaresNewDebt: boolean;
  /** Why it is debt work: "label tech-debt", "title type refactor", "ticked box". */
  readonly reasons: readonly string[];
}

export function findDebtWork(root: Section, title: string, labels: readonly string[], config: Config): DebtWork {
  const options = config.rules['debt-link'];
  const reasons: string[] = [];
  const debtLabels = new Set(options.labels.map((label) => label.toLowerCase()));
  for (const label of labels) if (debtLabels.has(label.toLowerCase())) reasons.push(`label "${label}"`);
  const type = titleType(title);
  if (type && options['title-types'].some((candidate) => candidate.toLowerCase() === type.full || candidate.toLowerCase() === type.type)) {
    reasons.push(`title type "${type.full}"`);
  }
  const ticked = tickedTexts(root);
  if (ticked.some((text) => containsAny(text, options['pays-down-box']))) reasons.push('ticked "pays down debt" box');
  const declaresNewDebt = ticked.some((text) => containsAny(text, options['introduces-box']));
  return { isDebtWork: reasons.length > 0, declaresNewDebt, reasons };
}

/** The Conventional Commits type of a title: "refactor(api)!: …" → refactor, refactor(api). */
export function titleType(title: string): { type: string; full: string } | undefined {
  const match = /^\s*(?:\[[^\]]*\]\s*)?([a-z]+)(\([^)]*\))?!?\s*:/iu.exec(title);
  if (!match?.[1]) return undefined;
  const type = match[1].toLowerCase();
  return { type, full: `${type}${(match[2] ?? '').toLowerCase()}` };
}

function tickedTexts(root: Section): string[] {
  const texts: string[] = [];
  for (const unit of unitsOf(root)) if (unit.checked === true) texts.push(unit.text);
  for (const section of descendants(root)) if (section.checked === true) texts.push(section.title);
  return texts;
}

function containsAny(text: string, phrases: readonly string[]): boolean {
  const squashed = squash(text);
  return phrases.some((phrase) => squashed.includes(squash(phrase)));
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
