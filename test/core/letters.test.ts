/**
 * The letter and digit classes the reading model compiles in place of `\p{L}` and
 * `\p{N}` (core/text/letters.ts): exact where bodies are written in Latin script, never
 * a letter for punctuation, symbols, spaces or emoji, and a letter for every letter of
 * the other scripts' blocks.
 */
import { describe, expect, it } from 'vitest';
import { HAS_LETTER, HAS_LETTER_OR_DIGIT, wordRegExp } from '../../src/core/text/letters.js';

const EXACT_LETTER = /^\p{L}$/u;
const EXACT_LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const letter = wordRegExp(String.raw`^\p{L}$`, 'u');
const letterOrDigit = wordRegExp(String.raw`^[\p{L}\p{N}]$`, 'u');

function* codePoints(from: number, to: number): Generator<string> {
  for (let code = from; code <= to; code += 1) if (code < 0xd800 || code > 0xdfff) yield String.fromCodePoint(code);
}

const disagreements = (chars: Iterable<string>, keep: (char: string) => boolean): string[] =>
  [...chars].filter(keep).map((char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);

describe('letters and digits', () => {
  it('agree with \\p{L} and \\p{N} on every character of ASCII, Latin-1 and the Latin extensions', () => {
    expect(disagreements(codePoints(0, 0x36f), (c) => letter.test(c) !== EXACT_LETTER.test(c))).toEqual([]);
    expect(disagreements(codePoints(0, 0x36f), (c) => letterOrDigit.test(c) !== EXACT_LETTER_OR_DIGIT.test(c))).toEqual([]);
  });

  it('never take punctuation, a symbol, a space or an emoji for a letter or digit', () => {
    const blocks = [
      ...codePoints(0x2000, 0x2bff), // general punctuation, currency, arrows, mathematical operators, box drawing, dingbats
      ...codePoints(0x3000, 0x303f), // CJK punctuation
      ...codePoints(0xfe30, 0xfe4f), // CJK compatibility forms
      ...codePoints(0xff00, 0xff0f), // fullwidth punctuation
      ...codePoints(0x1f000, 0x1faff), // emoji and pictographs
    ];
    const notWords = /^[\p{P}\p{S}\p{Z}\p{Cc}\p{Cf}]$/u;
    expect(disagreements(blocks, (c) => notWords.test(c) && letterOrDigit.test(c))).toEqual([]);
    expect(disagreements(codePoints(0, 0x10ffff), (c) => /^\s$/u.test(c) && letterOrDigit.test(c))).toEqual([]);
  });

  it('take every letter of the other scripts for a letter', () => {
    const scripts = [
      ...codePoints(0x370, 0x3ff), // Greek
      ...codePoints(0x400, 0x52f), // Cyrillic
      ...codePoints(0x590, 0x6ff), // Hebrew, Arabic
      ...codePoints(0x900, 0xdff), // Indic scripts
      ...codePoints(0xe00, 0xeff), // Thai, Lao
      ...codePoints(0x10a0, 0x10ff), // Georgian
      ...codePoints(0x3040, 0x30ff), // kana
      ...codePoints(0x4e00, 0x9fff), // Han
      ...codePoints(0xac00, 0xd7a3), // Hangul syllables
      ...codePoints(0x20000, 0x2a6df), // Han, Extension B
    ];
    expect(disagreements(scripts, (c) => EXACT_LETTER.test(c) && !letter.test(c))).toEqual([]);
  });

  it('read words as people write them', () => {
    const word = wordRegExp(String.raw`(?<![\p{L}\p{N}])debts?(?![\p{L}\p{N}])`, 'iu');
    for (const text of ['Tech debt.', 'debt—again', '«debt»', 'debt’s', 'DEBT 😀', '技術 debt', 'debt\u00a0list', '(debts)']) expect(word.test(text), text).toBe(true);
    for (const text of ['indebted', 'debtor', 'débts', 'debt2', '²debt', 'яdebt', 'λdebts', '技術debt']) expect(word.test(text), text).toBe(false);
    expect(HAS_LETTER.test('№ 12 — €5')).toBe(false);
    expect(HAS_LETTER_OR_DIGIT.test('— ½ —')).toBe(true);
  });
});

describe('wordRegExp', () => {
  it('swaps the classes in and out of brackets and leaves other escapes alone', () => {
    const pattern = wordRegExp(String.raw`^\p{L}+[^\p{L}\p{N}\]]\\p\d\p{Lu}$`, 'u');
    expect(pattern.source).not.toMatch(/\\p\{[LN]\}/u);
    expect(pattern.source).toContain(String.raw`\p{Lu}`);
    expect(pattern.test('abcé-\\p1X')).toBe(true);
    expect(pattern.test('abc]\\p1X')).toBe(false);
    expect(pattern.test('abc1\\p1X')).toBe(false);
  });

  it('refuses a pattern without the u flag, whose syntax has no \\u{…}', () => {
    expect(() => wordRegExp(String.raw`\p{L}`, 'i')).toThrow('wordRegExp needs the u flag, found "i"');
  });
});
