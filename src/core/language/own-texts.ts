/**
 * The example texts alignment-check itself prints in its hints and paste-ready
 * snippets. A body that repeats one of them has copied the fix, not written it: such
 * text counts as no content, so pasting the fix unchanged never passes.
 */
import { wordRegExp } from '../text/letters.js';

/** The business-value example the hints quote. */
export const VALUE_EXAMPLE = 'cuts checkout abandonment by 3% in the €1M EU segment';
/** The business-impact example the debt-impact hints quote. */
export const IMPACT_EXAMPLE = 'slows every checkout feature by ~3 days and caused 2 incidents last quarter';
/** The criteria the acceptance-criteria hints quote. */
export const CRITERION_EXAMPLES = {
  performance: 'p95 ≤ 400 ms at 200 req/s',
  reliability: '99.9% monthly uptime of the API',
  security: '0 high-severity findings in the scan',
} as const;
/** The register line the debt-link hints quote (the number stands for yours). */
export const DEBT_LINE_EXAMPLE = 'Tech debt ticket: #<number>';

/** Every text above, as printed. */
export const OWN_TEXTS: readonly string[] = [VALUE_EXAMPLE, IMPACT_EXAMPLE, ...Object.values(CRITERION_EXAMPLES), DEBT_LINE_EXAMPLE];

const NOT_COMPARED = wordRegExp(String.raw`[^\p{L}\p{N}%€$£≤≥<>#.~/]+`, 'gu');

const squash = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[*_`~"“”'‘’]/gu, '')
    .replace(NOT_COMPARED, ' ')
    .trim();

const SQUASHED = OWN_TEXTS.map(squash).filter((text) => text.length > 0);
const WORD = wordRegExp(String.raw`[\p{L}\p{N}]+`, 'gu');
/** Words a copied example may be framed with: "It", "e.g.", "Performance:". */
const FRAME = /^(?:it|this|e\.?g\.?|eg|for example|performance|security|reliability|business value|business impact|value|impact)$/u;

/** Whether a text is one of alignment-check's own examples, copied (possibly with a framing word or two). */
export function isOwnText(text: string): boolean {
  let rest = squash(text);
  if (rest === '') return false;
  let found = false;
  for (const own of SQUASHED) {
    if (rest.includes(own)) {
      rest = rest.split(own).join(' ');
      found = true;
    }
  }
  if (!found) return false;
  const left = (rest.match(WORD) ?? []).filter((word) => !FRAME.test(word));
  return left.length < 3;
}
