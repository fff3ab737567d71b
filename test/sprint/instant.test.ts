import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../src/core/sprint/index.js';

describe('parseInstant', () => {
  it('agrees with Date.parse on edge cases', () => {
    for (const s of [
      '2026-03-02T10:00:00Z',
      '2026-03-02T10:00:00.5Z',
      '2026-02-30T00:00:00Z',
      '2026-13-01T00:00:00Z',
      '2026-03-02T24:00:00Z',
      '2026-03-02T23:59:60Z',
      '2026-03-02T10:00:00+01:00',
      '0001-01-01T00:00:00Z',
    ]) {
      expect(parseInstant(s), s).toBe(Date.parse(s));
    }
  });

  it('agrees with Date.parse on any instant', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }), (d) => {
        const s = d.toISOString();
        expect(parseInstant(s)).toBe(Date.parse(s));
        expect(parseInstant(s.replace('.000Z', 'Z'))).toBe(Date.parse(s.replace('.000Z', 'Z')));
      }),
    );
  });
});
