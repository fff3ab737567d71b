import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPattern, compileSafePattern, MAX_PATTERN_LENGTH, UnsafePatternError } from '../../src/config/safe-pattern.js';

describe('checkPattern accepts ordinary patterns', () => {
  it.each([
    '',
    'DEBT-\\d+',
    '[A-Z][A-Z0-9]+-\\d+',
    '[A-Z]+-?\\d+',
    '(?:DEBT|TD)-\\d+',
    '(?<project>[A-Z]{2,10})-(?<id>\\d{1,6})',
    '#\\d+',
    'https?://jira\\.acme\\.com/browse/[A-Z]+-\\d+',
    '^Sprint \\d+$',
    '^Sprint\\s+\\d+\\s*$',
    '^(?:Sprint|Iteration) \\d+ \\(.*\\)$',
    '^\\d{4}-W\\d{2}$',
    '^20\\d\\d\\.\\d+$',
    'v?\\d+(\\.\\d+)?',
    '^.*$',
    '.*-\\d+',
    '(?:ab)+',
    '(\\w|-)+',
    '[^\\s/]+/[^\\s/]+#\\d+',
    '\\bDEBT-\\d+\\b',
    '[\\d-z]+',
    'a{,5}',
    '{',
    '\\u0041+',
    '\\x41+',
    '[\\u0041-\\u005A]+',
    '(?:DEBT|DOC|DEV)-\\d+',
    '(?:a|b)'.repeat(20),
    '(a|a)'.repeat(8), // 2^8 tries: within the bound
  ])('%s', (pattern) => {
    expect(checkPattern(pattern)).toBeUndefined();
  });

  it('accepts a pattern of exactly the maximum length', () => {
    expect(checkPattern('a'.repeat(MAX_PATTERN_LENGTH))).toBeUndefined();
  });

  it('accepts Unicode-mode syntax with the u flag', () => {
    expect(checkPattern('\\p{Lu}{2,5}-\\d+', 'u')).toBeUndefined();
    expect(checkPattern('\\u{1F41B}', 'u')).toBeUndefined();
  });
});

describe('checkPattern refuses', () => {
  it.each([
    // invalid syntax
    ['(a', 'invalid regular expression: unterminated group'],
    ['[a-', 'invalid regular expression: unterminated character class'],
    ['a**', 'invalid regular expression: nothing to repeat'],
    ['*a', 'invalid regular expression: nothing to repeat'],
    ['a{2,1}', 'invalid regular expression: numbers out of order in {} quantifier'],
    // too long, too many repetitions
    ['a'.repeat(MAX_PATTERN_LENGTH + 1), 'a pattern may have at most 200 characters, found 201'],
    ['a{1001}', 'repetition counts above 1000 are not allowed, found "{1001}"'],
    // backreferences, lookarounds, other constructs it does not model
    ['(a)\\1', 'backreferences ("\\1") are not allowed'],
    ['(?<x>a)\\k<x>', 'backreferences ("\\k<name>") are not allowed'],
    ['(?=DEBT)\\w+', 'lookarounds ("(?=…)") are not allowed'],
    ['(?!x)\\w+', 'lookarounds ("(?!…)") are not allowed'],
    ['(?<=#)\\d+', 'lookarounds ("(?<=…)") are not allowed'],
    ['(?<!#)\\d+', 'lookarounds ("(?<!…)") are not allowed'],
    ['\\012', 'legacy octal escapes ("\\01") are not supported'],
    // star height > 1
    ['(a+)+$', 'nested quantifiers can take exponential time: "(a+)+" repeats "a+"'],
    ['(a*)*', 'nested quantifiers can take exponential time: "(a*)*" repeats "a*"'],
    ['^(\\w+\\s?)*$', 'nested quantifiers can take exponential time: "(\\w+\\s?)*" repeats "\\w+"'],
    ['(?:[A-Z]+-)+\\d', 'nested quantifiers can take exponential time: "(?:[A-Z]+-)+" repeats "[A-Z]+"'],
    ['(a?){25}a{25}', 'nested quantifiers can take exponential time: "(a?){25}" repeats "a?"'],
    ['(\\d{1,3}\\.){3}', 'nested quantifiers can take exponential time'],
    ['((ab)*c)+', 'nested quantifiers can take exponential time'],
    // quantified alternations with overlapping branches, or that can match nothing
    ['(a|a)*', 'the alternatives "a" and "a" of the repeated "(a|a)*" can start with the same character'],
    ['(a|ab)+$', 'the alternatives "a" and "ab" of the repeated "(a|ab)+"'],
    ['(\\w|\\d)+$', 'the alternatives "\\w" and "\\d"'],
    ['(.|\\n)*$', 'the alternatives "." and "\\n"'],
    ['(?:x|[a-z])+$', 'the alternatives "x" and "[a-z]"'],
    ['(?:A|a)+$', 'the alternatives "A" and "a"'], // compared case-insensitively
    ['(a|)+', '"(a|)+" repeats something that can match empty text'],
    ['(a|a)'.repeat(9), 'too many alternatives that can start with the same character, such as "(a|a)"'],
    ['(?:a|ab)'.repeat(9), 'too many alternatives that can start with the same character, such as "(?:a|ab)"'],
    ['(?:\\b)+', 'repeats something that can match empty text'],
    // variable quantifiers in a row that can split the same run
    ['\\d+\\d*', '"\\d+" and "\\d*" can split the same run of characters'],
    ['.*.*=.*', '".*" and ".*" can split the same run of characters'],
    ['\\w+\\s?\\w+$', '"\\w+" and "\\w+" can split the same run of characters'],
    ['a*aa*$', '"a*" and "a*" can split the same run of characters'],
    ['.*-.*-x', '".*" and ".*" can split the same run of characters'],
    ['(?:a\\d+)?\\d+', '"\\d+" and "\\d+" can split the same run of characters'],
    ['\\d+(?:1\\d+)?x', '"\\d+" and "(?:1\\d+)?" can split the same run of characters'],
    ['(ab)+(ab)+', '"(ab)+" and "(ab)+" can split the same run of characters'],
    ['a?a?a?a?aaaa', '"a?" and "a?" can split the same run of characters'],
    ['(?:a|)(?:a|)aa', '"(?:a|)" and "(?:a|)" can split the same run of characters'],
    ['\\d+(?:-|)\\d+', '"\\d+" and "\\d+" can split the same run of characters'],
  ])('%s', (pattern, expected) => {
    expect(checkPattern(pattern)).toContain(expected);
  });

  it('refuses flags it does not model', () => {
    expect(checkPattern('a', 'v')).toMatch(/^unsupported regular-expression flags "v"/);
    expect(checkPattern('a', 'gg')).toMatch(/^unsupported regular-expression flags/);
  });

  it('checks the syntax for the flags given', () => {
    expect(checkPattern('DEBT\\-\\d+')).toBeUndefined(); // Annex B: an identity escape
    expect(checkPattern('DEBT\\-\\d+', 'u')).toBe(
      'invalid regular expression: invalid escape (it is read in Unicode mode, where only special characters take a backslash: write "-", not "\\-")',
    );
    expect(checkPattern('DEBT-\\d{', 'u')).toBe(
      'invalid regular expression: incomplete quantifier (it is read in Unicode mode: write a literal { or } as \\{ or \\})',
    );
  });
});

describe('compileSafePattern', () => {
  it('compiles a safe pattern with the flags given', () => {
    const re = compileSafePattern('DEBT-\\d+', 'gi');
    expect(re).toBeInstanceOf(RegExp);
    expect(re.flags).toBe('gi');
    expect('see debt-12 and DEBT-7'.match(re)).toEqual(['debt-12', 'DEBT-7']);
  });

  it('throws UnsafePatternError, with checkPattern’s message, for an unsafe one', () => {
    expect(() => compileSafePattern('(a+)+$')).toThrow(UnsafePatternError);
    try {
      compileSafePattern('(a|a)*');
    } catch (error) {
      expect(error).toBeInstanceOf(UnsafePatternError);
      expect((error as UnsafePatternError).pattern).toBe('(a|a)*');
      expect((error as Error).message).toBe(checkPattern('(a|a)*'));
    }
  });
});

describe('robustness', () => {
  it('never throws, whatever the text', () => {
    const regexish = fc.string({
      unit: fc.constantFrom(...'ab.*+?|()[]{}^$\\-,:=!<>0123456789dDwWsSbBkpPux'.split(''), 'ab', '(?:', '(?<n>', '\\p{L}'),
      maxLength: 40,
    });
    fc.assert(
      fc.property(regexish, fc.constantFrom('', 'u', 'i', 'gimsy'), (source, flags) => {
        const result = checkPattern(source, flags);
        expect(result === undefined || (typeof result === 'string' && result.length > 0)).toBe(true);
      }),
      { numRuns: 3000, seed: 1 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (source) => {
        checkPattern(source);
      }),
      { numRuns: 1000, seed: 2 },
    );
  });

  it('checks even deeply nested patterns quickly', () => {
    const deep = `${'(?:'.repeat(39)}a?${')?'.repeat(39)}`;
    expect(deep.length).toBeLessThanOrEqual(MAX_PATTERN_LENGTH);
    const started = performance.now();
    checkPattern(deep);
    checkPattern(`${'('.repeat(66)}a${')'.repeat(66)}`);
    checkPattern('[\\s\\S]'.repeat(28));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

/**
 * Runs patterns against adversarial texts in a worker, so that a pattern the check let
 * through by mistake shows up as a timeout naming it rather than a hung test run.
 */
async function timeInWorker(patterns: readonly string[], texts: readonly string[], budgetMs: number): Promise<string | undefined> {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    for (const p of workerData.patterns) {
      parentPort.postMessage({ started: p });
      const re = new RegExp(p, 'iu');
      for (const t of workerData.texts) re.test(t);
    }
    parentPort.postMessage({ done: true });
  `;
  const worker = new Worker(code, { eval: true, workerData: { patterns, texts } });
  let current: string | undefined;
  try {
    return await new Promise<string | undefined>((resolve, reject) => {
      const timer = setTimeout(() => resolve(current ?? '(none started)'), budgetMs);
      worker.on('message', (m: { started?: string; done?: boolean }) => {
        if (m.started !== undefined) current = m.started;
        if (m.done) {
          clearTimeout(timer);
          resolve(undefined);
        }
      });
      worker.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
    });
  } finally {
    await worker.terminate();
  }
}

describe('what it accepts runs in linear-ish time on hostile text', () => {
  const texts = ['a', 'ab', 'a-', 'aa b', '1a', 'x', 'a\n', '-a', '1', 'ba', '1.'].flatMap((unit) => [
    `${unit.repeat(Math.ceil(24 / unit.length))}!`,
    `${unit.repeat(Math.ceil(3000 / unit.length))}!`,
  ]);

  it('for random patterns the check accepts', async () => {
    const atom = fc.constantFrom('a', 'b', '[ab]', '\\w', '.', '\\d', 'x', '[^b]', '\\s', '-', 'ab', 'a-', '1', '\\.');
    const quantifier = fc.constantFrom('', '', '', '+', '*', '?', '{2}', '{1,3}', '{2,}');
    const pattern = fc.letrec<{ alt: string; seq: string; term: string }>((tie) => ({
      alt: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('seq'), fc.tuple(tie('seq'), tie('seq')).map(([a, b]) => `${a}|${b}`)),
      seq: fc.array(tie('term'), { minLength: 1, maxLength: 5 }).map((terms) => terms.join('')),
      term: fc.tuple(fc.oneof({ depthSize: 'small' }, atom, tie('alt').map((a) => `(?:${a})`)), quantifier).map(([a, q]) => a + q),
    })).alt;
    const accepted = new Set<string>();
    fc.assert(
      fc.property(pattern, (p) => {
        if (checkPattern(p, 'u') === undefined) accepted.add(p);
      }),
      { numRuns: 4000, seed: 3 },
    );
    expect(accepted.size).toBeGreaterThan(100);
    expect(await timeInWorker([...accepted], texts, 20_000), 'a pattern the check accepted backtracked').toBeUndefined();
  });

  it('for the ordinary patterns above', async () => {
    const ordinary = ['DEBT-\\d+', '[A-Z][A-Z0-9]+-\\d+', '^(?:Sprint|Iteration) \\d+ \\(.*\\)$', 'v?\\d+(\\.\\d+)?', '.*-\\d+', '(\\w|-)+'];
    for (const p of ordinary) expect(checkPattern(p, 'u')).toBeUndefined();
    expect(await timeInWorker(ordinary, texts, 10_000)).toBeUndefined();
  });

  it('and the harness does catch a catastrophic pattern', async () => {
    expect(await timeInWorker(['^(a+)+$'], ['a'.repeat(40) + '!'], 500)).toBe('^(a+)+$');
  });
});
