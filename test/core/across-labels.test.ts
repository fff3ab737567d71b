/**
 * A criterion under one category's label that is plainly about another concern counts
 * for that one too (src/core/language/across-labels.ts); the words that read another
 * way under a label do not carry it.
 */
import { describe, expect, it } from 'vitest';
import { GOOD_VALUE, run } from './helpers.js';

/** The categories read from criteria under the given labels, with the source of each. */
function read(lines: readonly string[]): Array<[string, string]> {
  const body = `${GOOD_VALUE}\n## Non-functional requirements\n\n${lines.join('\n')}\n`;
  return run(body).facts.nfr.criteria.map((criterion) => [criterion.category, criterion.source]);
}

describe('criteria read across labels', () => {
  it('counts a criterion for the distinct concern its words name, beside its label', () => {
    expect(read(['### Security', '- GDPR compliance for data protection'])).toEqual([
      ['security', 'label'],
      ['compliance', 'vocabulary'],
    ]);
    expect(read(['### Reliability', '- Failed payouts are reported to Sentry within 5 minutes'])).toEqual([
      ['reliability', 'label'],
      ['observability', 'vocabulary'],
    ]);
    expect(read(['### Usability', '- Logical tab order; focus outline visible'])).toEqual([
      ['usability', 'label'],
      ['accessibility', 'vocabulary'],
    ]);
    expect(read(['### Security', '- Audit trails for all content edits'])).toEqual([
      ['security', 'label'],
      ['compliance', 'vocabulary'],
    ]);
    expect(read(['### Performance', '- System must scale to 1,000 concurrent chat users'])).toEqual([
      ['performance', 'label'],
      ['scalability', 'vocabulary'],
    ]);
  });

  it('keeps performance, security, reliability and maintainability under their labels', () => {
    expect(read(['### Reliability', '- p95 latency stays under 300 ms during failover'])).toEqual([['reliability', 'label']]);
    expect(read(['### Scalability', '- Modular workers, encrypted at rest, retried on failure'])).toEqual([['scalability', 'label']]);
  });

  it('does not carry words that read another way under a label', () => {
    expect(read(['### Performance', '- UI remains responsive during background processing'])).toEqual([['performance', 'label']]);
    expect(read(['### Accessibility', '- WCAG 2.1 AA compliance'])).toEqual([['accessibility', 'label']]);
    expect(read(['### Usability', '- WCAG 2.1 AA compliance and GDPR consent for cookies'])).toEqual([
      ['usability', 'label'],
      ['accessibility', 'vocabulary'],
      ['compliance', 'vocabulary'],
    ]);
    expect(read(['### Reliability', '- a failed run retries 3 times before paging the on-call'])).toEqual([['reliability', 'label']]);
    expect(read(['### Security', '- HIPAA-aligned encryption and audit logging'])).toEqual([
      ['security', 'label'],
      ['compliance', 'vocabulary'],
    ]);
    expect(read(['### Security', '- API keys stored in the vault; no logging of credentials'])).toEqual([['security', 'label']]);
    expect(read(['### Reliability', '- Redundancy: failover design in [docs/performance/scalability.md](docs/performance/scalability.md)'])).toEqual([
      ['reliability', 'label'],
    ]);
  });
});
