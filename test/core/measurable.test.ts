import { describe, expect, it } from 'vitest';
import { findQuantity, hasThreshold, isMeasurable } from '../../src/core/text/measurable.js';

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

describe('measurability, read in linear time', () => {
  it.each([
    ['a duration with grouped digits', 'Deploys finish in 1.5.2 ms', '1.5.2 ms'],
    ['a count of users', 'Unblocks 12,000 users on the EU cluster', '12,000 users'],
    ['money with a scale', 'Saves $1.2M a year in licences', '$1.2M'],
    ['a rate with a word between', 'Ships 5 deploys per week', '5 deploys per week'],
    ['a threshold after a colon and spaces', 'budget  :  5', 'budget  :  5'],
  ])('%s', (_, text, quantity) => {
    expect(findQuantity(text)).toBe(quantity);
  });

  it('reads a rate only across one word of at most 32 characters between the count and "per"', () => {
    expect(findQuantity(`5 ${'a'.repeat(32)} per week`)).toBe(`5 ${'a'.repeat(32)} per week`);
    expect(findQuantity(`5 ${'a'.repeat(33)} per week`)).toBeUndefined();
  });

  it.each([
    ['digits', '1'.repeat(65_536), false, true],
    ['"1." runs', '1.'.repeat(32_768), false, true],
    ['"1," runs', '1,'.repeat(32_768), false, true],
    ['digits glued to letters', '1a'.repeat(32_768), false, false],
    ['digits then a glued number', `${'1'.repeat(65_534)}a1`, false, false],
  ])('a 64 KiB run of %s is read, and quickly', (_, text, measurable, threshold) => {
    const start = performance.now();
    expect(isMeasurable(text)).toBe(measurable);
    expect(hasThreshold(text)).toBe(threshold);
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});
