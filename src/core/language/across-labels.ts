/**
 * A criterion filed under one category's label that is plainly about another concern
 * as well — "GDPR compliance for data protection" under Security, "Failed payouts are
 * reported to Sentry" under Reliability, "Logical tab order; focus outline visible" under
 * Usability, "System must scale to 1,000 concurrent chat users" under Performance —
 * counts for that other category too, as a reviewer reads it.
 *
 * Only distinct concerns travel this way, and only on words that name them plainly.
 * Performance, security, reliability and maintainability never do: their words
 * (milliseconds, retries, backups, "secure", "modular") run through criteria of every
 * kind, and a latency bound under Reliability is still a reliability criterion. Some
 * words read another way under a label: "UI remains responsive" under Performance is
 * speed, not layout; "WCAG 2.1 AA compliance" is accessibility, not regulation; a run
 * that "pages the on-call" when it fails is recovery; "audit logging" is a record kept
 * for auditors (compliance, not monitoring); "no logging of credentials" is a rule about
 * secrets; "SemVer-compliant" is conformance to a specification; a file path
 * ("docs/performance/scalability.md") names no concern.
 */
import { wordRegExp } from '../text/letters.js';

/** Built-in categories whose words do not carry a criterion across labels. */
const STAY = new Set(['performance', 'security', 'reliability', 'maintainability']);

/** Vocabulary words that do not carry a criterion into their category from under another category's label. */
const NOT_ACROSS: Readonly<Record<string, readonly string[]>> = {
  usability: ['responsive', 'responsiva', 'responsivo', 'ux', 'user experience'],
  observability: ['log', 'logs', 'logged', 'monitored', 'traces', 'on call'],
  // "SemVer-compliant", "spec-compliant": conformance to a specification, not to a regulation.
  compliance: ['compliant'],
};

/** Texts in which a category's words do not carry a criterion across labels. */
const VETO: Readonly<Record<string, RegExp>> = {
  // Audit logs are kept for auditors (compliance); logging forbidden is a rule about secrets.
  observability: wordRegExp(String.raw`\baudit|\blogs?\s+de\s+auditor|\b(?:no|not|never|without|nor)\s+(?:[\p{L}-]+\s+){0,4}(?:log|logs|logging|logged)\b`, 'iu'),
  // "WCAG 2.1 AA compliance": conformance to an accessibility standard, unless a regulation is named too.
  compliance: /^(?!.*\b(?:gdpr|dsgvo|rgpd|lgpd|hipaa|pci|soc\s?2|iso\s?27001|ccpa|audit|regulat)).*\b(?:wcag|a11y|accessib|section\s508)/isu,
};

/** A run of characters between spaces and brackets: a path or an address when it holds a slash. */
const TOKEN = /[^\s()[\]<>]+/gu;

/** Whether a category's criteria can be read from under another category's label at all. */
export function travels(category: string): boolean {
  return !STAY.has(category);
}

/** The category's vocabulary words that do not carry a criterion across labels (lower case, spaces single). */
export function notAcross(category: string): ReadonlySet<string> {
  return new Set(NOT_ACROSS[category] ?? []);
}

/** The text as read across labels: paths and addresses blanked. */
export function acrossText(text: string): string {
  // Each token is read once: a pattern for "a token with a slash in it" would scan a long
  // token again from each of its characters (quadratic).
  return text.replace(TOKEN, (token) => (token.includes('/') || token.includes('\\') ? ' '.repeat(token.length) : token));
}

/** Whether the text's wording keeps it out of the category across labels. */
export function vetoedAcross(category: string, text: string): boolean {
  return VETO[category]?.test(text) === true;
}
