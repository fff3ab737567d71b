/**
 * Test data: a small stand-in for the body engine's register-link and
 * business-impact readers, so the sprint core is tested without it.
 * - register links: `DEBT-123` (key) and `acme/debt#12` (github).
 * - business impact: a line `Business Impact: …` (measurable when it holds a digit).
 * - debt work: `[x] pays down debt` (a ticked box), `[x] introduces debt` (new debt),
 *   "pays down tech debt" in a sentence (a stated purpose, when no box is ticked).
 */
import type { DebtLinkFact } from '../../src/core/result.js';
import type { BodyReader } from '../../src/core/sprint/index.js';

export const testReader: BodyReader = {
  registerLinks(body: string): readonly DebtLinkFact[] {
    const out: DebtLinkFact[] = [];
    for (const m of body.matchAll(/\b(DEBT-\d+)\b/g)) out.push({ register: 'key', ref: m[1] ?? '' });
    for (const m of body.matchAll(/\b(acme\/debt#\d+)\b/g)) out.push({ register: 'github', ref: m[1] ?? '' });
    return out;
  },
  businessImpact(body: string) {
    const m = /^\s*(?:\*\*)?business impact:?(?:\*\*)?:?\s*(.+)$/im.exec(body);
    const text = m?.[1]?.trim() ?? '';
    return { present: text !== '', text, measurable: /\d/.test(text) };
  },
  debtWork(body: string) {
    const tickedBox = /\[x\]\s*pays down debt/i.test(body);
    return {
      tickedBox,
      statedPurpose: !tickedBox && /pays down (?:the )?tech(?:nical)? debt/i.test(body),
      declaresNewDebt: /\[x\]\s*introduces debt/i.test(body),
    };
  },
};

/** Counts calls, to check the core reads bodies only when it must. */
export function countingReader(): BodyReader & { calls: { links: number; impact: number; debt: number } } {
  const calls = { links: 0, impact: 0, debt: 0 };
  return {
    calls,
    registerLinks(body) {
      calls.links += 1;
      return testReader.registerLinks(body);
    },
    businessImpact(body) {
      calls.impact += 1;
      return testReader.businessImpact(body);
    },
    debtWork(body) {
      calls.debt += 1;
      return testReader.debtWork(body);
    },
  };
}
