/**
 * Adversarial bodies (issue 9): no body up to 65,536 characters may take more than
 * 2 s to check, and reading a body costs little beside parsing it.
 *
 * These tests fail on the code as it was found (b9e3770). Measured there, on this
 * 2-core machine: a run of digits under "## Business Value" took 829 ms to check at
 * 1 KiB, 5.1 s at 2 KiB and 25 s at 4 KiB (the bare parse: 9–48 ms), and did not
 * finish in 30 s at 64 KiB, nor as a criterion ("1." and "1," runs alike: the
 * measurability patterns split a run of digits between `\d+` and `\w+` in every way);
 * "../" in the PR title took 7.5 s (the file-path pattern). The property fails on its
 * first example there (fast-check shrinks it to 469 characters: check 63 ms, bare
 * parse 0.3 ms). The budget cases take remark alone 30 s or more each there (`*a`
 * repeated 10–24 s; `www.a_` repeated, nested emphasis, nested strong emphasis and
 * `a\n=\n` repeated more than 30 s), so that test does not finish.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { BUDGET_MS, MAX_BODY, PLACEMENTS, SHAPES, type Placement, type Shape } from '../../bench/pathological.js';
import { defaultConfig } from '../../src/config/schema.js';
import { check, type CheckInput } from '../../src/core/index.js';
import { flattenContainers, maskCostly, MAX_READ_CHARS, parseMarkdown, TOO_COMPLEX, unreadable } from '../../src/core/markdown/parse.js';

const config = defaultConfig();
const bare = unified().use(remarkParse).use(remarkGfm);

function time(action: () => unknown): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

/**
 * The faster of two runs of the bare parse and of the check, interleaved so both
 * meet the machine alike: a pause in one run (a collection, another process) is not
 * the code's doing.
 */
function fastest(input: CheckInput): { parse: number; checked: number } {
  let parse = Number.POSITIVE_INFINITY;
  let checked = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 2; run += 1) {
    parse = Math.min(parse, time(() => bare.parse(input.body)));
    checked = Math.min(checked, time(() => check(input, config)));
  }
  return { parse, checked };
}

/** A run of `token` between a prefix and a suffix that make the patterns try hardest: numbers, units, labels, references. */
function runShape(token: string, prefix: string, suffix: string): Shape {
  return {
    name: `${JSON.stringify(prefix)} + ${JSON.stringify(token)}… + ${JSON.stringify(suffix)}`,
    origin: 'issue 9',
    generate(size) {
      const room = Math.max(0, size - prefix.length - suffix.length);
      return `${prefix}${token.repeat(Math.ceil(room / token.length)).slice(0, room)}${suffix}`.slice(0, size);
    },
  };
}

const TOKENS = ['1', '1.', '1,', ',', '.', '../', '*', '_', '[', '`', '<', '|', ' ', '1a', 'a1', 'a ', ':', '-', '(', '#1', 'a.'];
const PREFIXES = ['', 'a', 'p95 ', 'under ', 'N/A — ', 'Tech debt: ', '$', 'v', 'no ', 'Issue: '];
const SUFFIXES = ['', 'a', 'a1', 'x1', '%', ' ms', '!', ':', ' per day'];

const placement = fc.constantFrom(...PLACEMENTS);
const size = fc.oneof(fc.constant(MAX_BODY), fc.integer({ min: 1, max: MAX_BODY }));
const shape = fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom(...PREFIXES), fc.constantFrom(...SUFFIXES)).map(([token, prefix, suffix]) => runShape(token, prefix, suffix));

/**
 * Where the patterns were worst on the code as found: at 2 KiB first (there it fails in
 * seconds rather than hanging), then at the body limit.
 */
const WORST_PATTERNS: Array<[Shape, Placement, number]> = (
  [
    ['1', '## Business Value', 2048],
    ['1', '## Business Value', MAX_BODY],
    ['1.', 'criteria list item', MAX_BODY],
    ['1,', '**Performance:** label', MAX_BODY],
    ['1a', 'table row', MAX_BODY],
    ['../', 'PR title', MAX_BODY],
    ['../', '## Technical debt', MAX_BODY],
  ] as const
).map(([token, where, length]) => [runShape(token, '', 'a1'), PLACEMENTS.find((candidate) => candidate.name === where) as Placement, length]);

describe('adversarial bodies', () => {
  it("a check takes at most 1.5× the bare parse of the same body plus 50 ms, for runs of one token in every section kind, up to 65,536 characters", () => {
    fc.assert(
      fc.property(shape, placement, size, (body, where, length) => {
        const input = where.place(body, length);
        const { parse, checked } = fastest(input);
        expect(checked, `${body.name} as ${where.name}, ${length} characters: check ${checked.toFixed(0)} ms, bare parse ${parse.toFixed(0)} ms`).toBeLessThanOrEqual(1.5 * parse + 50);
      }),
      { numRuns: 12, examples: WORST_PATTERNS },
    );
  });

  /**
   * The slowest cases of `npm run bench` (bench/pathological.ts), each at 65,536
   * characters: cmark's, issue 9's and the shapes found on the way, where the
   * pre-passes leave remark the most to do (remark alone takes seconds to minutes on
   * each), and one the check no longer reads (too complex: 866 ms with no cap on the
   * lines read, about a second for its worst placement).
   */
  it.each([
    ['many table columns and rows', '## Technical debt'],
    ['many table columns and rows', 'table row'],
    ['empty lines in deeply nested lists', 'whole body'],
    ['empty lines in deeply nested lists in block quote', '## Technical debt'],
    ['lazy lines in a quote', 'whole body'],
    ['openers and closers multiple of 3', 'whole body'],
    ['many link openers with no closers', 'whole body'],
    ['mismatched openers and closers', '**Performance:** label'],
    ['escaped a\\_', 'table row'],
    ['list items *a', 'criteria list item'],
    ['one [ before words', 'whole body'],
    ['many emph closers with no openers', 'table row'],
    ['nested strong emph', '## Business Value'],
    ['quote, blank, paragraph', '## Technical debt'],
    ['list item, blank, paragraph', '## Business Value'],
    ['a\\n=\\n repeated', 'whole body'],
  ])('%s (%s) checks within the 2 s budget', (name, where) => {
    const body = SHAPES.find((candidate) => candidate.name === name);
    const into = PLACEMENTS.find((candidate) => candidate.name === where);
    if (!body || !into) throw new Error(`no case ${name} / ${where}`);
    const input: CheckInput = into.place(body, MAX_BODY);
    const start = performance.now();
    check(input, config);
    expect(performance.now() - start).toBeLessThanOrEqual(BUDGET_MS);
  });
});

describe('what the pre-passes leave', () => {
  const corpus = ['../../fixtures/corpus/', '../../fixtures/bodies/'].flatMap((dir) => {
    const root = fileURLToPath(new URL(dir, import.meta.url));
    return readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => readFileSync(`${root}${entry.name}/body.md`, 'utf8'));
  });

  it('reads every real body as remark does: nothing masked, no container dropped', () => {
    expect(corpus.length).toBeGreaterThan(500);
    for (const body of corpus) {
      expect(maskCostly(body)).toBeUndefined();
      expect(flattenContainers(body)).toBe(body);
    }
  });

  it('leaves no stand-in in the tree: a masked marker reads as the character it was', () => {
    const body = `${'a_ [b '.repeat(4000)}\n\n<http://x.example/a_b> \`c_d\``;
    expect(maskCostly(body)).toBeDefined();
    const tree = JSON.stringify(parseMarkdown(body));
    expect(tree).not.toMatch(/[\uFDD0-\uFDDF]/u);
    expect(tree).toContain('a_ [b a_ [b');
  });

  it('still reads the sections around a pathological paragraph', () => {
    const body = [
      '## Business Value',
      '',
      'Cuts checkout abandonment for returning customers by 4% in the EU segment.',
      '',
      '*a **a '.repeat(4000),
      '',
      '## Acceptance Criteria',
      '',
      '- **Performance:** p95 below 300 ms at 150 requests per second',
      '- **Security:** only signed-in users read their own carts',
    ].join('\n');
    const result = check({ kind: 'pr', title: 'feat: carts', body, labels: [] }, config);
    expect(result.facts.businessValue).toMatchObject({ present: true, measurable: true });
    expect(result.facts.nfr.categories).toEqual(['performance', 'security']);
  });

  it('does not read a body longer than it can bound, and says so', () => {
    const body = 'a '.repeat(MAX_READ_CHARS / 2 + 1);
    expect(unreadable('a '.repeat(MAX_READ_CHARS / 2))).toBeUndefined();
    expect(unreadable(body)).toMatch(new RegExp(`^${TOO_COMPLEX}`, 'u'));
    expect(parseMarkdown(body)).toEqual({ type: 'root', children: [] });
  });

  it('does not read a body of more blocks than it can bound (16,384 one-line list items), and says so', () => {
    const items = '- a\n'.repeat(16_384);
    expect(unreadable('- a\n'.repeat(1_000))).toBeUndefined();
    expect(unreadable(items)).toMatch(new RegExp(`^${TOO_COMPLEX}: `, 'u'));
    const result = check({ kind: 'pr', title: 'feat: items', body: items, labels: [] }, config);
    expect(result.facts.businessValue.present).toBe(false);
    expect(result.conclusion).toBe('failure');
  });

  it('concludes deliberately on a body it will not read: every rule that runs fails with the reason, failure in enforce mode, neutral in advisory', () => {
    const body = 'a '.repeat(MAX_READ_CHARS / 2 + 1);
    const input: CheckInput = { kind: 'pr', title: 'refactor: pay down DEBT-1', body, labels: [] };
    const enforced = check(input, config);
    expect(enforced.conclusion).toBe('failure');
    const running = enforced.rules.filter((rule) => rule.status !== 'skip');
    expect(running.map((rule) => rule.id)).toEqual(['business-value', 'nfr-criteria', 'debt-link']);
    for (const rule of running) {
      expect(rule.status).toBe('fail');
      expect(rule.message).toBe(`${TOO_COMPLEX}: ${body.length} characters (at most ${MAX_READ_CHARS} are read)`);
      expect(rule.hint).toMatch(/^Shorten the body/u);
    }
    expect(check(input, { ...config, mode: 'advisory' }).conclusion).toBe('neutral');
  });
});
