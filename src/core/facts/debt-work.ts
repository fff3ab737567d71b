/**
 * Is a PR or issue debt work, and does it declare new debt? A reviewer sees debt work
 * in a debt label (in any spelling: "tech debt", "tech_debt", "kind/tech-debt"), a
 * `refactor:`/`debt:` title type, a title that states the purpose ("[Tech debt] …",
 * "Pay down technical debt"), a ticked debt box in any list ("[x] Tech debt", "[x]
 * Pays down technical debt"), or a body that says it pays debt down ("This PR removes
 * the tech debt in …"). New debt: a ticked "introduces debt" box, or a sentence that
 * records debt knowingly taken on.
 */
import type { Config } from '../../config/schema.js';
import { debtBox, declaresDebt, isDebtLabelSpelling, sentencesOf, statesDebtPurpose, titleStatesBareDebtPurpose, titleStatesDebtPurpose } from '../language/debt.js';
import { descendants, unitsOf, type Section } from '../markdown/sections.js';
import { isDebtTitle } from './matchers.js';
import { NON_WORD_RUNS } from '../text/letters.js';

export interface DebtWork {
  readonly isDebtWork: boolean;
  readonly declaresNewDebt: boolean;
  /** Why it is debt work: "label tech-debt", "title type refactor", "ticked box", "title", "body". */
  readonly reasons: readonly string[];
}

export function findDebtWork(root: Section, title: string, labels: readonly string[], config: Config): DebtWork {
  const options = config.rules['debt-link'];
  const reasons: string[] = [];
  for (const label of labels) if (isDebtLabelSpelling(label, options.labels)) reasons.push(`label "${label}"`);
  const type = titleType(title);
  if (type && options['title-types'].some((candidate) => candidate.toLowerCase() === type.full || candidate.toLowerCase() === type.type)) {
    reasons.push(`title type "${type.full}"`);
  }
  if (titleStatesDebtPurpose(title) || titleStatesBareDebtPurpose(title)) reasons.push('the title states a debt purpose');
  const ticked = tickedTexts(root);
  const boxes = ticked.map((text) => (containsAny(text, options['introduces-box']) ? 'introduces' : containsAny(text, options['pays-down-box']) ? 'pays-down' : debtBox(text)));
  if (boxes.includes('pays-down')) reasons.push('ticked "pays down debt" box');
  const statements = bodyStatements(root);
  if (reasons.length === 0 && statements.some((s) => statesDebtPurpose(s.text, s.inDebt, s.aboutThisWork))) reasons.push('the body states a debt purpose');
  const declaresNewDebt = boxes.includes('introduces') || statements.some((s) => declaresDebt(s.text, s.inDebt));
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

/** The body's sentences that a reader takes as statements: not template left-overs, not unticked boxes. */
interface BodyStatement {
  readonly text: string;
  /** Under a debt title: a bare "debt" counts. */
  readonly inDebt: boolean;
  /** Under a title about this work ("What does this PR do?"): each sentence is about this work. */
  readonly aboutThisWork: boolean;
}

/** A title about the work at hand: "What does this PR do?", "Changes in this pull request", "Purpose of this change". */
const THIS_WORK_TITLE = /\b(?:this|the)\s+(?:pr|pull\s+request|change|changes|mr|merge\s+request|patch|commit)\b/iu;

function bodyStatements(root: Section): BodyStatement[] {
  const out: BodyStatement[] = [];
  const walk = (section: Section, inDebt: boolean, aboutThisWork: boolean): void => {
    const titled = section.kind !== 'root';
    const debt = inDebt || (titled && isDebtTitle(section.title));
    const thisWork = aboutThisWork || (titled && THIS_WORK_TITLE.test(section.title));
    for (const entry of section.entries) {
      if (entry.type === 'section') {
        // A title is the author's words too: "- Fix the technical debts" can read as a list label.
        if (entry.checked === undefined) out.push({ text: entry.title, inDebt: debt, aboutThisWork: thisWork });
        walk(entry, debt, thisWork);
        continue;
      }
      if (entry.placeholder || entry.checked !== undefined) continue;
      for (const sentence of sentencesOf(entry.text)) out.push({ text: sentence, inDebt: debt, aboutThisWork: thisWork });
    }
  };
  walk(root, false, false);
  return out;
}

function containsAny(text: string, phrases: readonly string[]): boolean {
  const squashed = squash(text);
  return phrases.some((phrase) => squashed.includes(squash(phrase)));
}

function squash(text: string): string {
  return text.toLowerCase().replace(NON_WORD_RUNS, ' ').trim();
}
