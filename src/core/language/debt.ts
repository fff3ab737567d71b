/**
 * How a reviewer tells that work is about technical debt, and which reference names
 * the debt item. Money "debt" (a loan, a customer's balance) is never technical debt:
 * unqualified "debt" counts only where the work is already known to be debt work, on
 * a debt label or in a debt-titled section.
 */
import { WORD_RUNS, wordRegExp } from '../text/letters.js';

/** Technical debt, qualified: "tech debt", "technical-debt", "techdebt", "code debt", "architectural debt". */
export const DEBT_PHRASE =
  wordRegExp(String.raw`(?<![\p{L}\p{N}_/.])(?:tech(?:nical)?[\s_-]*debts?|techdebts?|(?:code|design|architecture|architectural|engineering|test|testing|infrastructure|infra|platform|documentation|dependency|ux|ui|data)[\s_-]+debts?|tech(?:nical)?\s+(?:and|&|or)\s+[\p{L}-]{3,20}\s+debts?|dette\s+technique|deuda\s+técnica|dívida\s+técnica|technische\s+schulden|debito\s+tecnico|技术债务?|技術的負債|기술\s*부채)(?![\p{L}\p{N}_/]|\.\w)`, 'iu');

/** Every occurrence (for `matchAll`). */
const DEBT_PHRASES = new RegExp(DEBT_PHRASE.source, 'giu');

/** Any "debt" word (money included): only where the context already says technical debt. */
export const DEBT_WORD = wordRegExp(String.raw`(?<![\p{L}\p{N}])debts?(?![\p{L}\p{N}])`, 'iu');

const PAY_DOWN =
  wordRegExp(String.raw`(?<![\p{L}\p{N}])(?:pay(?:s|ing)?\s+(?:down|off|back)|paid\s+(?:down|off|back)|reduc(?:e|es|ed|ing|tion)|remov(?:e|es|ed|ing|al)|fix(?:es|ed|ing)?|address(?:es|ed|ing)?|clean(?:s|ed|ing)?[\s-]*up|cleanup|tackl(?:e|es|ed|ing)|repay(?:s|ed|ing)?|clear(?:s|ed|ing)?(?=\s+(?:up|out|away|down|off|the|our|some|all|any|this|that|these|those|technical|tech|accumulated|old|legacy|existing|remaining)\b|\s*$)|eliminat(?:e|es|ed|ing)|resolv(?:e|es|ed|ing)|refactor(?:s|ed|ing)?|tidy(?:ing)?|burn(?:s|ing)?\s+down|lower(?:s|ed|ing)?|minimi[sz](?:e|es|ed|ing)|get\s+rid\s+of|deal(?:s|ing)?\s+with|work(?:s|ing)?\s+(?:on|off|through)|chip(?:ping)?\s+away|retire[sd]?|retiring|decrease[sd]?|limit(?:s|ed|ing)?\s+(?:the\s+)?(?:growth|increase)|not\s+increasing|avoid(?:s|ed|ing)?\s+(?:adding|increasing))(?![\p{L}\p{N}])`, 'iu');

const INTRODUCE =
  wordRegExp(String.raw`(?<![\p{L}\p{N}])(?:introduc(?:e|es|ed|ing)|add(?:s|ing)?|creat(?:e|es|ing)|incur(?:s|ring)?|tak(?:e|es|ing)\s+on|took\s+on|leav(?:e|es|ing)\s+(?:behind|some)|knowingly)(?![\p{L}\p{N}])`, 'iu');

/** Technical debt as the name of a thing (a badge, a metric, a backlog file): not debt being paid. */
const DEBT_THING =
  /^\s*(?:badges?|widgets?|dashboards?|metrics?|ratios?|values?|pages?|reports?|charts?|plugins?|views?|fields?|options?|boards?|columns?|labels?|trackers?|registers?|registry|backlogs?|catalogu?e?s?|ledgers?|definitions?|articles?|docs?|documentation|talks?|sections?|end\s+dates?|policy|policies|process|management|system|score|index|estimates?|calculation)\b/iu;
/** Words that say the sentence is about this work: "This PR …", "We …", "In the interest of …", "This is a … cleanup item". */
const THIS_WORK =
  wordRegExp(String.raw`^\s*(?:this|it)\s+(?!(?:is|was|has|seems|looks|does)\b)\p{L}+s\b|^\s*this\s+is\s+(?:an?|the|our|one)\s|(?<![\p{L}\p{N}])(?:(?:this|these)\s+(?:pr|pull\s+request|change|changes|commit|commits|issue|ticket|story|task|epic|work|refactor|refactoring|clean\s*up|patch|mr|branch|ticket)|we|i|our|in\s+the\s+interest\s+of|the\s+(?:goal|aim|purpose|point|intent)|goal|purpose|aim)(?![\p{L}\p{N}])`, 'iu');
const NEGATION = wordRegExp(String.raw`(?<![\p{L}\p{N}])(?:not|no|never|without|avoid(?:s|ed|ing)?|n't|nor|prevent(?:s|ed|ing)?)(?![\p{L}\p{N}])`, 'iu');

/**
 * A label that is one of the configured debt labels in any spelling: "tech debt",
 * "tech_debt", "techdebt", "Technical Debt", "kind/tech-debt", or a longer label that
 * holds a multi-word one ("Reduce Technical Debt"). A one-word label ("debt") must be
 * the whole label: "vsa-debt" names a team.
 */
export function isDebtLabelSpelling(label: string, configured: readonly string[]): boolean {
  const squash = (text: string): string =>
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\p{Extended_Pictographic}\u{FE0F}]/gu, ' ')
      .replace(/[\s_./:()[\]{}-]+/gu, ' ')
      .trim();
  const wanted = squash(label);
  const bare = wanted.replace(/^(?:kind|type|area|category|t|label|topic|theme|status|scope)\s+/u, '');
  for (const name of configured) {
    const n = squash(name);
    if (n === '') continue;
    if (wanted === n || bare === n || wanted.replace(/\s+/gu, '') === n.replace(/\s+/gu, '') || bare.replace(/\s+/gu, '') === n.replace(/\s+/gu, '')) return true;
    if (n.includes(' ') && ` ${wanted} `.includes(` ${n} `)) return true;
  }
  return false;
}

/**
 * A title that states its purpose is paying down technical debt: a debt tag
 * ("[Tech debt] …", "Tech debt: …"), a pay-down verb with technical debt ("Pay down
 * technical debt", "Reduce tech debt in billing"), or a title that is the debt itself
 * ("Q2 Identity Tech Debt", "📕 Tech Debt").
 */
export function titleStatesDebtPurpose(title: string): boolean {
  const t = title.normalize('NFKC').replace(/[\p{Extended_Pictographic}\u{FE0F}]/gu, ' ').replace(/\s+/gu, ' ').trim();
  if (/[?？]\s*$/u.test(t)) return false; // a question is not a purpose
  const phrase = DEBT_PHRASE.exec(t);
  if (phrase === null) return false;
  const before = t.slice(0, phrase.index);
  const after = t.slice(phrase.index + phrase[0].length);
  if (DEBT_THING.test(after)) return false;
  if (INTRODUCE.test(before) && !PAY_DOWN.test(before)) return false;
  // "[Tech debt] Removes commented-out code", "Tech debt: drop the v1 importer"
  // (White space on either side of the separator is read once: `\s*[:|–—-]?\s*` could split it two ways.)
  // A number may follow the tag: "Tech Debt 1: Removed unused code", "Tech debt #12 – drop the v1 importer".
  if (/^\W*$/u.test(before) && /^\s*(?:#?\d+(?:\.\d+)*\s*)?(?:[\])}]\s*(?:[:|–—-]\s*)?|[:|–—-]\s*)\S/u.test(after)) return true;
  // "Pay down technical debt", "Reduce tech debt in billing", "Tech debt cleanup"
  return PAY_DOWN.test(before) || /^\s*(?:clean\s*(?:-\s*)?up|cleanup|reduction|removal|fixes|paydown|pay\s*(?:-\s*)?down|refactor(?:ing)?)\b/iu.test(after);
}

/** Money around "debt": a loan, a customer's balance, an invoice — never technical debt. */
const MONEY = wordRegExp(String.raw`(?<![\p{L}\p{N}])(?:money|loans?|payments?|payoff|balances?|invoices?|amounts?|calculat\w*|interest|credit|bank\w*|accounts?|customers?|clients?|collections?|collector|owed|owes|owing|repay\w*|mortgage|finance|financial|currency|[$€£¥]|usd|eur|gbp|schulden|deuda|dívida|dette)(?![\p{L}\p{N}])`, 'iu');

/**
 * A short imperative title about unqualified debt with no money in sight ("fix some
 * debt", "Debt cleanup in the parser"): the team's own shorthand for technical debt.
 */
export function titleStatesBareDebtPurpose(title: string): boolean {
  const t = title.normalize('NFKC').trim();
  if (DEBT_PHRASE.test(t) || !DEBT_WORD.test(t) || MONEY.test(t) || /[?？]\s*$/u.test(t)) return false;
  return (t.match(WORD_RUNS) ?? []).length <= 6 && PAY_DOWN.test(t) && !INTRODUCE.test(t);
}

/** Whether a sentence speaks of technical debt itself, not of a thing named after it ("the Technical Debt badge"). */
export function mentionsDebt(sentence: string): boolean {
  for (const match of sentence.matchAll(DEBT_PHRASES)) {
    if (!DEBT_THING.test(sentence.slice(match.index + match[0].length))) return true;
  }
  return false;
}

/** Sentences of a text (a line is a sentence too). */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?。！？])\s+|\n+/u).filter((s) => s.trim() !== '');
}

/**
 * Whether a sentence says the work pays down technical debt ("This PR removes tech
 * debt in the importer", "In the interest of not increasing technical debt, …").
 * With `known` (the work is debt work already, or the sentence sits under a debt
 * title), a bare "debt" counts too ("fix some debt"); with `aboutThisWork` (under "What
 * does this PR do?"), the sentence needs not say it is about this work.
 */
export function statesDebtPurpose(sentence: string, known = false, aboutThisWork = false): boolean {
  const phrase = unquotedPhrase(sentence) ?? (known ? DEBT_WORD.exec(sentence) : null);
  if (phrase === null) return false;
  if (DEBT_THING.test(sentence.slice(phrase.index + phrase[0].length))) return false;
  if (declaresDebt(sentence, known) || !PAY_DOWN.test(sentence)) return false;
  // About this work: it says so ("This PR removes …", "We pay down …"), or it is the work ("Remove the tech debt in …").
  // A leading adverb does not change that: "Additionally address the debt …", "Also removes tech debt …".
  const leadsWithVerb = PAY_DOWN.exec(sentence)?.index === (/^\W*(?:[-*•]\s*)?(?:(?:also|additionally|further(?:more)?|finally|plus|and)\s*,?\s+)?/iu.exec(sentence)?.[0].length ?? 0);
  return known || aboutThisWork || leadsWithVerb || THIS_WORK.test(sentence);
}

/**
 * The first debt phrase that is not a quoted name: in "We've been marking them
 * 'technical debt', but there isn't any debt to fix" the phrase is a label's name.
 */
function unquotedPhrase(sentence: string): { readonly index: number; readonly 0: string } | null {
  for (const match of sentence.matchAll(DEBT_PHRASES)) {
    const before = sentence[match.index - 1] ?? '';
    const after = sentence[match.index + match[0].length] ?? '';
    if (!(QUOTE.test(before) && QUOTE.test(after))) return { index: match.index, 0: match[0] };
  }
  return null;
}
const QUOTE = /^["'“”‘’«»`]$/u;

/** Whether a sentence records new debt knowingly taken on ("This adds tech debt, tracked in #512"). */
export function declaresDebt(sentence: string, known = false): boolean {
  const phrase = DEBT_PHRASE.exec(sentence) ?? (known ? DEBT_WORD.exec(sentence) : null);
  if (phrase === null || DEBT_THING.test(sentence.slice(phrase.index + phrase[0].length))) return false;
  const verb = INTRODUCE.exec(sentence);
  if (verb === null || !THIS_WORK.test(sentence)) return false;
  // The verb governs the debt: "adds tech debt", "introduces some technical debt", not "creating this task … we have debt".
  const gap = phrase.index > verb.index ? phrase.index - (verb.index + verb[0].length) : verb.index - (phrase.index + phrase[0].length);
  if (gap > 30) return false;
  // "does not introduce debt", "without adding tech debt", "removes the debt that #12 added"
  const lead = sentence.slice(Math.max(0, verb.index - 25), verb.index);
  return !NEGATION.test(lead) && !PAY_DOWN.test(sentence.slice(0, verb.index));
}

/** A checklist line that says the work is debt work ("[x] Tech debt", "[x] Refactoring / technical debt") or adds debt. */
export function debtBox(text: string): 'pays-down' | 'introduces' | undefined {
  // Unqualified "debt" only in a short box ("[x] Debt", "[x] Debt reduction"): a longer line may be about money.
  const short = (text.match(WORD_RUNS) ?? []).length <= 4;
  if (!DEBT_PHRASE.test(text) && !(short && DEBT_WORD.test(text))) return undefined;
  const lead = text.split(/[(\n]/u)[0] ?? text;
  if (INTRODUCE.test(lead) && !NEGATION.test(lead)) return 'introduces';
  if (NEGATION.test(lead)) return undefined;
  return 'pays-down';
}
