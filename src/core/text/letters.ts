/**
 * Letters and digits, as the reading model's patterns see them around a word.
 *
 * `\p{L}` and `\p{N}` are exact, but each one V8 meets in a pattern costs it about a
 * quarter of a millisecond to compile (hundreds of ranges, a third of them outside the
 * Basic Multilingual Plane), twice for a pattern that runs more than once: with the
 * few dozen in the patterns a check runs, that was a fifth of a PR check's CPU time. The
 * classes here are a few ranges each and compile in microseconds. They are exact on
 * ASCII, Latin-1 and the Latin extensions (U+0000–U+036F), leave out every punctuation
 * mark, symbol and space of the general punctuation, symbol, CJK punctuation, fullwidth
 * and emoji blocks, and take the letter blocks of the other scripts whole (Greek,
 * Cyrillic, Hebrew, Arabic, Indic, Han, kana, Hangul…), so a combining mark or a
 * punctuation mark *inside* one of those blocks counts as a letter there: harmless
 * where they serve, deciding whether a word stands alone.
 *
 * Write a pattern with `\p{L}` and `\p{N}` as usual and compile it with
 * {@link wordRegExp}; it swaps in these classes.
 */

/** Letters, by block (see above). */
export const LETTER = [
  String.raw`A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02c1\u02c6-\u02d1\u02e0-\u02e4\u02ec\u02ee`,
  // Greek, Cyrillic, Armenian, Hebrew, Arabic, the Indic scripts, Thai, Georgian, Hangul Jamo, Ethiopic… (less the Ogham space)
  String.raw`\u0370-\u167f\u1681-\u1fff`,
  // Glagolitic, Latin Extended-C, Coptic, Tifinagh, Cyrillic Extended-A; kana, Bopomofo; Han; Yi to Hangul syllables
  String.raw`\u2c00-\u2dff\u3040-\u30fa\u30fc-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ud7ff`,
  // compatibility ideographs, presentation forms, fullwidth Latin, halfwidth kana and Hangul
  String.raw`\uf900-\ufdff\ufe70-\ufefc\uff21-\uff3a\uff41-\uff5a\uff66-\uffdc`,
  // historic scripts, mathematical letters, the supplementary ideographs
  String.raw`\u{10000}-\u{1cfff}\u{1d400}-\u{1d7ff}\u{1e000}-\u{1efff}\u{20000}-\u{3ffff}`,
].join('');

/** Digits and numbers of ASCII, Latin-1 and the fullwidth forms (the other scripts' digits lie in their letter blocks). */
export const DIGIT = String.raw`0-9\u00b2\u00b3\u00b9\u00bc-\u00be\uff10-\uff19`;

const PROPERTY_LETTER = String.raw`\p{L}`;
const PROPERTY_DIGIT = String.raw`\p{N}`;
/** What the rewrite looks at: the two escapes, any other escape (skipped whole), and brackets. */
const TOKENS = /\\p\{[LN]\}|\\[\s\S]|\[|\]/gu;

/**
 * Compiles `source` (flags with `u`) with every `\p{L}` and `\p{N}` in it replaced by
 * {@link LETTER} and {@link DIGIT}, inside a character class or standing alone.
 */
export function wordRegExp(source: string, flags: string): RegExp {
  if (!flags.includes('u')) throw new Error(`wordRegExp needs the u flag, found "${flags}"`);
  let inClass = false;
  const swapped = source.replace(TOKENS, (token) => {
    if (token === '[') inClass = true;
    else if (token === ']') inClass = false;
    else if (token === PROPERTY_LETTER || token === PROPERTY_DIGIT) {
      const body = token === PROPERTY_LETTER ? LETTER : DIGIT;
      return inClass ? body : `[${body}]`;
    }
    return token;
  });
  return new RegExp(swapped, flags);
}

/** Whether a text holds a letter (test only: not global). */
export const HAS_LETTER = wordRegExp(String.raw`\p{L}`, 'u');
/** Whether a text holds a letter or a digit (test only: not global). */
export const HAS_LETTER_OR_DIGIT = wordRegExp(String.raw`[\p{L}\p{N}]`, 'u');
/** Runs of letters and digits, for `match` and `matchAll` (global). */
export const WORD_RUNS = wordRegExp(String.raw`[\p{L}\p{N}]+`, 'gu');
/** Runs of anything but letters and digits, for `replace` (global). */
export const NON_WORD_RUNS = wordRegExp(String.raw`[^\p{L}\p{N}]+`, 'gu');
