/**
 * What a criterion is not. A reviewer reads "Security scans passed", "Unit tests
 * written" and "Documentation updated" in a Definition of Done as steps of the
 * process, not as qualities the result must have; and "Meets the NFRs for
 * performance, scalability and reliability" names topics without stating any of
 * them. Neither places a criterion in a category — unless it states a threshold
 * ("Load time verified under 2 s" is a criterion).
 */
import { hasThreshold } from '../text/measurable.js';
import { HAS_LETTER_OR_DIGIT, wordRegExp } from '../text/letters.js';

/** A step of the work: testing, reviewing, scanning, documenting, merging, deploying, signing off. */
const PROCESS_STEP = wordRegExp(
  [
    String.raw`\b(?:tested|retested|reviewed|approved|signed[\s-]off|merged|deployed|released|demo(?:ed|'d)|demonstrated|documented)\b`,
    String.raw`\b(?:testing|tests?|review|reviews|scans?|audit|checks?)\s+(?:is\s+|are\s+|has\s+been\s+|have\s+been\s+|was\s+|were\s+)?(?:done|completed?|performed|conducted|passed|passing|pass|run|written|added|updated|created|implemented|green|clean|carried\s+out|in\s+place)\b`,
    String.raw`\b(?:load|performance|security|penetration|accessibility|a11y|usability|ux|stress|regression|smoke|manual|exploratory|user)\s+(?:testing|tests?)\b`,
    String.raw`\b(?:unit|integration|e2e|end[\s-]to[\s-]end)\s+testing\b`,
    String.raw`\b(?:collected|gathered|interpreted|discussed|agreed|estimated|planned|scheduled)\b`,
    String.raw`\b(?:attached|uploaded|linked|shared|presented|walked\s+through)\b`,
    String.raw`\b(?:code|peer|security|accessibility|a11y|design|ux|architecture|threat[\s-]model(?:ling|ing)?)\s+reviews?\b`,
    String.raw`\b(?:performs?|conducts?|carry\s+out|carries\s+out|run|runs|complete[sd]?)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}(?:review|test(?:ing)?|scan|audit)\b`,
    String.raw`\b(?:documentation|docs|readme|changelog|diagrams?|runbook|wiki|confluence)\b[^.]{0,40}\b(?:updated|added|written|created|complete[d]?|in\s+place|exists?)\b`,
    String.raw`\b(?:updated|added|written|created)\s+(?:the\s+)?(?:documentation|docs|readme|changelog|tests?)\b`,
    String.raw`\b(?:verified|validated|checked|confirmed|evaluated|assessed|measured)\b`,
    // A documentation deliverable: "Documentation: EAA compliance guide for enterprise teams".
    String.raw`^(?:documentation|docs|readme|changelog|runbook|wiki)\s*[:：]`,
    // About the document, not the system: "Performance targets are stated in measurable terms", "Security considerations are addressed".
    String.raw`\b(?:targets?|requirements?|expectations?|criteria|goals?|considerations?|constraints?|assumptions?|risks?|plans?|procedures?|steps|decisions?|trade-?offs?)\s+(?:(?:are|is|have\s+been|has\s+been)\s+)(?:(?:all|clearly|explicitly|properly)\s+)?(?:stated|specified|defined|described|listed|identified|captured|documented|written\s+down|addressed|considered|taken\s+into\s+account)\b`,
    // Criteria as the deliverable: "Written accessibility acceptance criteria for our components".
    String.raw`^(?:written|defined|documented|agreed|drafted|created|added|published|shared|reviewed|approved|updated|completed)\s+(?:[\w-]+\s+){0,3}(?:criteria|requirements|nfrs?)\b`,
    // Guidance applied: "Performance guidelines have been followed", "Secure coding best practices are followed".
    String.raw`\b(?:guidelines|best\s+practices|conventions|style\s+guides?)\s+(?:have\s+been\s+|has\s+been\s+|are\s+|were\s+|was\s+|is\s+)(?:followed|applied|adhered\s+to|respected|observed)\b`,
    // The same steps in other languages, and a test's own description ("Test: …").
    String.raw`\b(?:probad[oa]s?|testad[oa]s?|revisad[oa]s?|documentad[oa]s?|verificad[oa]s?|redactad[oa]s?|escrit[oa]s?|getestet|geprüft|dokumentiert|geschrieben|testé(?:e|s)?|vérifié(?:e|s)?|documenté(?:e|s)?|rédigé(?:e|s|es)?)(?![\p{L}\p{N}])`,
    String.raw`^(?:test|tests|prueba|teste|testfall)\s*:`,
    // Handed elsewhere: "console changes tracked under CNV-80935", "UI testing owned by the UI team".
    String.raw`\b(?:tracked|covered|owned|handled|addressed|done|delivered)\s+(?:under|by|in|elsewhere|separately)\b`,
  ].join('|'),
  'iu',
);

/** A contributor's attestation, numbers or not: "By submitting this pull request, I confirm that my contribution is made under the terms of the Apache 2.0 license". */
const ATTESTATION = /\bby\s+(?:submitting|opening|creating)\s+this\b|\bI\s+(?:confirm|certify|agree)\b/iu;

/** Whether a checklist line or criterion is a step of the process rather than a quality of the result. */
export function isProcessStep(text: string): boolean {
  if (ATTESTATION.test(text)) return true;
  // The threshold first: its answer for the text is kept, and a measured criterion never
  // needs the long pattern of steps (compiling it is a tenth of a short body's check).
  return !hasThreshold(text) && PROCESS_STEP.test(text);
}

/**
 * A to-do rather than a requirement, in any form of its verb: "Create load test
 * scenarios for the auth endpoints", "39.2: Set up Sentry", "Define keyboard and focus
 * behaviour", "Adds accessibility criteria to the story template", "Identify the
 * security practices", "Audit the current checks". ("Determine acceptable page load
 * times" is read as the criterion it asks for: readers part on it.)
 */
const TASK =
  /^(?:(?:tasks?|todos?|to\s+do)\s*[:：]|(?:[\w.-]{1,12}\s*[:.)]\s*)?(?:take\s+into\s+(?:consideration|account)|consider(?:s|ed|ing)?\s)|(?:[\w.-]{1,12}\s*[:.)]\s*)?(?:(?:creat|writ|updat|investigat|prepar|configur|migrat|integrat|explor|mov|renam|upgrad|defin|decid|spik|generat|evaluat|analys|analyz)(?:e|es|ed|ing)|(?:implement|build|add|research|design|draft|install|refactor|bump|document|establish|assess)(?:s|es|ed|ing)?|identif(?:y|ies|ied|ying)|(?:audit|review|check|verify|validate|test)\s+(?=(?:the|all|current|existing|our|each|every|your|their|that)\s)|set(?:ting)?\s+up|setup|agree(?:s|d|ing)?\s+on)\b)/iu;

/** Whether a line is a task to do (read only where no label names its category). */
export function isTask(text: string): boolean {
  return !hasThreshold(text) && TASK.test(text.trim());
}

/** Category names used as topics ("performance, scalability and reliability"). */
const CATEGORY_NAMES =
  wordRegExp(String.raw`(?<![\p{L}\p{N}])(?:performance|security|reliability|availability|scalability|maintainability|accessibility|a11y|observability|compliance|usability|latency|throughput|privacy|resilience|monitoring|logging|capacity|uptime|testability|portability|interoperability|compatibility)(?![\p{L}\p{N}])`, 'giu');

/** Whether a line names two or more quality topics without stating any of them. */
export function isTopicList(text: string): boolean {
  if (hasThreshold(text)) return false;
  const names = new Set((text.match(CATEGORY_NAMES) ?? []).map((name) => name.toLowerCase()));
  return names.size >= 2;
}

/** Whether a line only names a quality ("Data security", "Performance"): a heading-like topic, not a criterion. */
export function isTopicName(text: string): boolean {
  return wordsUpTo(text, 4) <= 3 && !hasThreshold(text) && CATEGORY_NAME.test(text);
}

/** One category name, for `test` (CATEGORY_NAMES is global, for `match`). */
const CATEGORY_NAME = new RegExp(CATEGORY_NAMES.source, 'iu');

/**
 * How many white-space-separated words of a text pass `keep`, counted up to `limit`:
 * the questions here ask about two or three words, and a criterion can be 64 KiB long.
 */
function wordsUpTo(text: string, limit: number, keep: (word: string) => boolean = () => true): number {
  let count = 0;
  for (const match of text.matchAll(/\S+/gu)) if (keep(match[0]) && (count += 1) >= limit) break;
  return count;
}

/** Titles of metadata beside criteria: "Related:", "Owner:", "Priority:", "Ticket:" — what stands under them is not a criterion. */
const METADATA_TITLE =
  /^(?:related(?:\s+\w+)?|references?|refs?|links?|see\s+also|notes?|owners?|owner\s+team|status|priority|ids?|type|source|sources|tickets?|stor(?:y|ies)|epics?|assignees?|estimates?|effort|dependencies|depends\s+on|rationale|measurement|measured\s+by|verification|verified\s+by|test\s+method|method|tooling|tools?)$/iu;

/** A statement that the work leaves a quality alone: "This change will not affect the user experience". */
const NO_IMPACT = /\b(?:will|does|do|did)\s+not\s+(?:affect|impact|change|alter)\b|\b(?:won't|doesn't|don't|didn't|won’t|doesn’t|don’t|didn’t)\s+(?:affect|impact|change|alter)\b/iu;

/** Whether a line says the work leaves a quality as it is (read only where no label names its category). */
export function statesNoImpact(text: string): boolean {
  return NO_IMPACT.test(text);
}

/** A line of metadata: "Labels: infrastructure, security", "Milestone: v2", "Story points: 3". */
const METADATA_LINE = /^(?:labels?|tags?|milestones?|assignees?|reviewers?|priority|status|owners?|estimates?|story\s+points|points|sprint|components?)\s*[:：]/iu;

/** Whether a line is metadata rather than a criterion. */
export function isMetadataLine(text: string): boolean {
  return METADATA_LINE.test(text.trim());
}

/** Whether a label names metadata rather than a quality. */
export function isMetadataTitle(title: string): boolean {
  // The trailing run is matched from its start only: tried at every position of a long run of spaces, it would take quadratic time.
  return METADATA_TITLE.test(title.trim().replace(/(?<![:：\s])[:：\s]+$/u, ''));
}

/** An entry of an outline: a section number and a title of a few words ("3.6.5 Portability", "3.5.1 Standards Compliance"). */
const OUTLINE_ENTRY = /^\d+(?:\.\d+)+\.?\s+\S+(?:\s+\S+){0,3}$/u;
const OUTLINE_NUMBER = /(?<!\S)(?=\d+(?:\.\d+)+\.?\s)/u;

/** Whether a text is only outline entries, one or several run together ("3.5.1 Standards Compliance 3.6 Software System Attributes"). */
export function isOutline(text: string): boolean {
  const entries = text.trim().split(OUTLINE_NUMBER);
  return entries.length > 0 && entries.every((entry) => OUTLINE_ENTRY.test(entry.trim()));
}

/** A criterion says something: two words at least, or a threshold ("GDPR" alone names a topic), and more than an outline. */
export function isTooThin(text: string): boolean {
  if (isOutline(text)) return true;
  return wordsUpTo(text, 2, (word) => HAS_LETTER_OR_DIGIT.test(word)) < 2 && !hasThreshold(text) && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{4,}/u.test(text);
}
