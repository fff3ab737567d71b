import { describe, expect, it } from 'vitest';
import { hasThreshold, isMeasurable } from '../../src/core/text/measurable.js';

describe('measurability', () => {
  it.each([
    'This task reduces churn by 3% in a €1M segment.',
    'Saves the support team 6 hours a week.',
    'Cuts p95 latency from 900 ms to 400 ms.',
    'Raises conversion on mobile by 2 percentage points.',
    'Avoids $40k a year in licence costs.',
    'Unblocks 12 enterprise customers waiting for SSO.',
  ])('measurable: %s', (text) => {
    expect(isMeasurable(text)).toBe(true);
  });

  it.each([
    'Improves the user experience a lot.',
    'Makes the code cleaner and easier to work with.',
    'Part of the Q3 roadmap, version 2 of the API.',
    '',
  ])('not measurable: %s', (text) => {
    expect(isMeasurable(text)).toBe(false);
  });

  it.each(['p95 ≤ 400 ms', '99.9% monthly uptime', 'WCAG 2.1 AA', 'no more than 3 retries', 'zero critical findings', 'under 2 s'])(
    'threshold: %s',
    (text) => {
      expect(hasThreshold(text)).toBe(true);
    },
  );

  it('quotes the quantity it found, not the words after it', async () => {
    const { findQuantity } = await import('../../src/core/text/measurable.js');
    expect(findQuantity('Fixes the 500 errors users hit at checkout')).toBe('500 errors');
    expect(findQuantity('saves 6 engineer-hours a month')).toBe('6 engineer-hours');
  });

  it.each(['fast enough', 'secure', 'inputs are sanitised', 'see section 3 of the design doc', 'Follows RFC 6749', 'as in step 2'])('no threshold: %s', (text) => {
    expect(hasThreshold(text)).toBe(false);
  });
});
