/**
 * No content: what a template leaves behind and a reviewer skips. Beyond the exact
 * placeholders (TBD, TODO, "…", <describe the value>, [fill in]):
 *
 * - a placeholder with an explanation after it: "[TBD] – waiting for design",
 *   "TBD (e.g. p95 < 400 ms)", "N/A" (a waiver is read before this, where one counts);
 * - an example: "e.g. reduces load time by 30 %", "Example: …", "(for example …)";
 * - an instruction to the author: "Describe the value…", "Explain why this is needed",
 *   "List the acceptance criteria", "Add screenshots here";
 * - a prompt: a question left as the template asked it ("What problem does this solve?");
 * - slots: text that is mostly blanks to fill — "As a …, I want …, so that …",
 *   "WHEN [trigger] THEN the system SHALL [response]", "Response time: [specify]",
 *   "under X seconds", "Priority: [ ] High / [ ] Medium / [ ] Low";
 * - a label with nothing after it: "Response time targets:".
 */
import { wordRegExp } from '../text/letters.js';

const LEADING_PLACEHOLDER = /^[[(<{]?\s*(?:tbd|tba|tbc|todo|to do|fixme|xxx|wip|n\/a|n\.a\.|na|\?{2,})\s*[\])>}]?(?:$|[\s:.,;(–—-])/iu;
const EXAMPLE = /^[([<{]?\s*(?:e\.\s?g\.?|eg\.|e\.g|i\.\s?e\.|for example|for instance|examples?\s*[:：-]|ex\s*[:.]|sample\s*[:：]|z\.\s?b\.|p\.\s?ej\.|por ejemplo|par exemple|bijv\.|例[:：]|例如)/iu;
const STRONG_INSTRUCTION =
  /^(?:please\s+)?(?:describe|explain|summari[sz]e|outline|elaborate|clarify|specify|fill\s+(?:in|out)|replace\s+(?:this|the|with)|tell\s+us|insert|enter|mention|detail|list\s+(?:the|any|all|your|here|below|what|which|how)|beschreibe|beschreiben\s+sie|describa|describe\s+aquí|descreva|décrivez|décrire|indiquez|précisez)\b/iu;
const WEAK_INSTRUCTION =
  /^(?:please\s+)?(?:provide|add|include|write|state|give|link|attach|identify|define|note|put|paste|reference|document)\s+(?:(?:a|an|the|any|your|some|all|more|relevant|short|brief|clear)\s+)?(?:here|below|above|this|links?|screenshots?|details?|info|information|descriptions?|summary|summaries|context|notes?|reasons?|rationale|ticket|issue|jira|the\s+(?:value|reason|business|acceptance|criteria|details|impact|problem|context|ticket|issue|link|metric|goal)|which|what|how|why|who|when|where|(?:business\s+)?value|impact|criteria|acceptance\s+criteria|requirements?|metrics?|kpis?)\b/iu;
/** The template explaining itself: "This section documents …", "Use this section to …". */
const ABOUT_SECTION = /^(?:this\s+(?:section|part|field|template|block)\s+(?:is|documents|describes|lists|contains|holds|should|will|explains|captures)|use\s+this\s+(?:section|field|space|template)\b)/iu;
/** A pointer elsewhere instead of the text: "See the parent epic", "Refer to #12", "Same as above". */
const POINTER = /^(?:see|refer\s+to|as\s+(?:described|explained|stated)\s+in|same\s+as|cf\.|siehe|voir|ver|related(?:\s+to)?\s*[:：]|see\s+also|refs?\s*[:：]|references?\s*[:：])/iu;
/** A prompt written as a statement: "Expectation on performance (…)", "How easy should the system be …". */
const PROMPT =
  /^(?:expectations?|requirements?|details?|information|notes?)\s+(?:on|to|for|about|regarding|of)\b|^(?:how|what|which|who|when|where|why)\b[^.!?\d]{0,160}\b(?:should|shall|would|will|must|do\s+we|does|is\s+(?:the|it|this))\b[^.!\d]*$|^how\s+(?:easy|hard|fast|quickly|well|much|many|often|long|secure|reliable)\b[^.!?\d]*$/iu;
const HERE_INSTRUCTION = /\b(?:here|below)\s*[.:…]*$|\b(?:goes|go)\s+here\b|\bif\s+(?:applicable|relevant|any|needed)\s*[.)]*$/iu;
/** Blanks to fill: […], <…>, {…}, "...", "…", "___", and X/N/XX standing where a number belongs. */
const SLOT = wordRegExp(String.raw`\[[^\]\n]{0,80}\]|<[^<>\n]{1,80}>|\{[^{}\n]{0,80}\}|\.{3,}|…|_{3,}|(?<![\p{L}\p{N}])(?:X{1,3}|N|Y|Z|XX+|\?\?)(?![\p{L}\p{N}])`, 'gu');
const NUMBER_SLOT = wordRegExp(String.raw`(?:[<>≤≥=~]\s*|\b(?:under|within|below|above|over|at least|at most|less than|more than|up to|every|per|by)\s+)(?:X{1,3}|N|Y)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:X{1,3}|N|Y)\s*(?:%|ms|s\b|sec|seconds?|minutes?|hours?|days?|users?|requests?|rps|mb|gb|times)`, 'u');
const WORD = wordRegExp(String.raw`[\p{L}\p{N}][\p{L}\p{N}'’-]*`, 'gu');

function words(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Whether a piece of text (one paragraph, list item or cell) is left-over template, not content. */
export function isNoContent(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return true;
  if (LEADING_PLACEHOLDER.test(trimmed)) return true;
  if (EXAMPLE.test(trimmed)) return true;
  if (POINTER.test(trimmed) && words(trimmed) <= 25) return true;
  if (ABOUT_SECTION.test(trimmed)) return true;
  if (PROMPT.test(trimmed) && words(trimmed) <= 40) return true;
  if (STRONG_INSTRUCTION.test(trimmed) || WEAK_INSTRUCTION.test(trimmed)) return true;
  if (HERE_INSTRUCTION.test(trimmed) && words(trimmed) <= 20 && /^(?:please\s+)?[a-z]+\b/iu.test(trimmed) && isImperativeStart(trimmed)) return true;
  // A prompt: the template's question, unanswered.
  if (/[?？]\s*$/u.test(trimmed) && !/\d/u.test(trimmed) && words(trimmed) <= 25 && !trimmed.includes('\n')) return true;
  // A label with nothing after it.
  if (/[:：]\s*$/u.test(trimmed) && words(trimmed) <= 6 && !trimmed.includes('\n')) return true;
  // Slots: mostly blanks to fill.
  const slots = trimmed.match(SLOT)?.length ?? 0;
  if (slots > 0) {
    const rest = words(trimmed.replace(SLOT, ' '));
    // One blank in a sentence is a bracketed aside; several, or one with hardly a word beside it, is a form to fill.
    if (rest < 3 || (slots > 1 && rest <= 2 * slots + 2)) return true;
    if (NUMBER_SLOT.test(trimmed) && !/\d/u.test(trimmed.replace(SLOT, ' '))) return true;
  }
  return false;
}

const IMPERATIVES = /^(?:please\s+)?(?:describe|explain|add|list|provide|include|write|state|give|link|attach|insert|enter|put|paste|summari[sz]e|specify|note|mention|document)\b/iu;

function isImperativeStart(text: string): boolean {
  return IMPERATIVES.test(text);
}
