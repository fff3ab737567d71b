/**
 * countWords counts what the ICU word segmenter counts (word-like segments with a
 * letter), while building the segmenter only for the pieces its shortcuts cannot
 * count: a property over strings of the characters where the two could part.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/core/markdown/text.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
function reference(text: string): number {
  let count = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike && /\p{L}/u.test(segment.segment)) count += 1;
  return count;
}

const CHARACTERS = ['a', 'B', 'é', 'я', 'λ', '1', '2', '.', ',', ';', ':', "'", '"', '’', '_', '€', '$', '£', '%', ' ', '\n', '-', '/', '中', '文', 'の', '😀', '!', '?', '(', ')', '#'];

describe('countWords', () => {
  it('counts as the word segmenter does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 24 }), (characters) => {
        const text = characters.join('');
        expect(countWords(text), JSON.stringify(text)).toBe(reference(text));
      }),
      { numRuns: 5_000 },
    );
  });

  it('counts sentences as people write them', () => {
    for (const text of ['Cuts checkout abandonment by 3% in the €1M EU segment for returning customers.', 'Don’t block the "main" thread; e.g. 3.5 s at p95.', '支持同时在线用户数 ≥ 500人', 'a.b,c;d:e']) {
      expect(countWords(text), text).toBe(reference(text));
    }
  });
});
