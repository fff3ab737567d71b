import { describe, expect, it } from 'vitest';
import { AliasSet, normalizeTitle } from '../../src/core/markdown/normalize.js';

describe('title normalisation', () => {
  it.each([
    ['## 💰 Business Value', 'business value'],
    ['3. Acceptance Criteria:', 'acceptance criteria'],
    ['AC-1: Performance', 'performance'],
    ['(ii) Security', 'security'],
    ['**Business value**', 'business value'],
    ['🔒 Security & Privacy', 'security and privacy'],
    ['1.2 Non-functional Requirements', 'non functional requirements'],
    ['ii. Business-Value', 'business value'],
  ])('%s → %s', (title, expected) => {
    expect(normalizeTitle(title)).toBe(expected);
  });

  it('matches aliases whole, without a parenthetical, or as a part of a combined title', () => {
    const aliases = new AliasSet(['Business Value', 'Why']);
    expect(aliases.matches('Business value (required)')).toBe(true);
    expect(aliases.matches('Why / Business Value')).toBe(true);
    expect(aliases.matches('Why is this needed?')).toBe(false);
    expect(aliases.matches('Valuation')).toBe(false);
    expect(new AliasSet(['Non-functional Requirements']).matches('Non Functional Requirements')).toBe(true);
    expect(new AliasSet(['Security']).matches('Security considerations')).toBe(true);
    expect(new AliasSet(['Performance']).matches('Performance requirements:')).toBe(true);
  });
});
