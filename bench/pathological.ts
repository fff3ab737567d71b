/**
 * The adversarial benchmark (issue 9): CommonMark's pathological inputs (cmark's
 * `test/pathological_tests.py`, with the cases later cmark and remark test suites
 * added) and the shapes an attacker reaches for — long runs of one character or of a
 * short token — each scaled to 65,536 characters (GitHub's limit for a body) and
 * placed as a whole body and inside every section kind the engine reads. Each case is
 * timed as the full check and as a bare `unified().use(remarkParse).use(remarkGfm).parse`
 * of the same body, and compared with the check of a plain 64 KiB body.
 *
 *   npx tsx bench/pathological.ts [filter]   # prints the table; `filter` keeps matching case names
 *
 * `bench/run.ts` calls `benchPathological()`; test/core/adversarial.test.ts holds the
 * same shapes to their budget.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { defaultConfig } from '../src/config/schema.js';
import { check, type CheckInput } from '../src/core/index.js';
import { median } from './body.js';

/** GitHub's limit for a PR or issue body, in characters. */
export const MAX_BODY = 65_536;
/** No body up to MAX_BODY may take longer than this to check (issue 9). */
export const BUDGET_MS = 2_000;

export interface Shape {
  readonly name: string;
  readonly origin: 'cmark' | 'issue 9';
  /** The shape at (at most) `size` characters. */
  generate(size: number): string;
}

/** `token` repeated to exactly `size` characters. */
const run = (name: string, token: string, origin: Shape['origin'] = 'issue 9'): Shape => ({
  name,
  origin,
  generate: (size) => token.repeat(Math.ceil(size / token.length)).slice(0, size),
});

/** A shape built from a count `n`, with the largest `n` whose text fits in `size`. */
const scaled = (name: string, build: (n: number) => string, origin: Shape['origin'] = 'cmark'): Shape => ({
  name,
  origin,
  generate(size) {
    let low = 1;
    let high = size;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (build(middle).length <= size) low = middle;
      else high = middle - 1;
    }
    return build(low).slice(0, size);
  },
});

/** cmark's pathological cases (and the ones later suites added), scaled from their 50,000–160,000 repetitions to the body limit. */
export const CMARK_SHAPES: readonly Shape[] = [
  scaled('nested strong emph', (n) => `${'*a **a '.repeat(n)}b${' a** a*'.repeat(n)}`),
  run('many emph closers with no openers', 'a_ ', 'cmark'),
  run('many emph openers with no closers', '_a ', 'cmark'),
  run('many link closers with no openers', 'a]', 'cmark'),
  run('many link openers with no closers', '[a', 'cmark'),
  run('mismatched openers and closers', '*a_ ', 'cmark'),
  scaled('cmark#389 emph openers then closers', (n) => '*a '.repeat(n) + '_a*_ '.repeat(n)),
  scaled('openers and closers multiple of 3', (n) => `a**b${'c* '.repeat(n)}`),
  run('link openers and emph closers', '[ a_', 'cmark'),
  run('pattern [ (]( repeated', '[ (](', 'cmark'),
  run('pattern ![[]() repeated', '![[]()', 'cmark'),
  run('hard link/emph case repeated', '**x [a*b**c*](d) ', 'cmark'),
  scaled('nested brackets', (n) => `${'['.repeat(n)}a${']'.repeat(n)}`),
  scaled('nested block quotes', (n) => `${'> '.repeat(n)}a`),
  scaled('deeply nested lists', (n) => Array.from({ length: n }, (_, x) => `${'  '.repeat(x)}* a\n`).join('')),
  run('U+0000 in input', 'abc\u0000de\u0000', 'cmark'),
  scaled('backticks', (n) => Array.from({ length: n }, (_, x) => `e${'`'.repeat(x + 1)}`).join('')),
  run('unclosed links A', '[a](<b', 'cmark'),
  run('unclosed links B', '[a](b', 'cmark'),
  scaled('unclosed <!--', (n) => `</${'<!--'.repeat(n)}`),
  scaled('unclosed <?', (n) => `x ${'<?'.repeat(n)}`),
  scaled('unclosed <!A', (n) => `x ${'<!A'.repeat(n)}`),
  scaled('unclosed <![CDATA[', (n) => `x ${'<![CDATA['.repeat(n)}`),
  scaled('empty lines in deeply nested lists', (n) => `${'- '.repeat(n)}x${'\n'.repeat(n)}`),
  scaled('empty lines in deeply nested lists in block quote', (n) => `> ${'- '.repeat(n)}x\n${'>\n'.repeat(n)}`),
  scaled('many references', (n) => Array.from({ length: n }, (_, x) => `[${x + 1}]: u\n`).join('') + '[0] '.repeat(n)),
  scaled('many table columns and rows', (n) => `${'| a '.repeat(n)}|\n${'| - '.repeat(n)}|\n${`${'| b '.repeat(n)}|\n`.repeat(n)}`),
];

/** Issue 9's shapes: runs of one character or short token, and the inputs remark itself is slowest on. */
export const RUN_SHAPES: readonly Shape[] = [
  run('digits', '1'),
  run('1. run', '1.'),
  run('1, run', '1,'),
  run(', run', ','),
  run('../ run', '../'),
  run('* run', '*'),
  run('_ run', '_'),
  run('[ run', '['),
  run('` run', '`'),
  run('< run', '<'),
  run('| run', '|'),
  run('space run', ' '),
  run('*a run', '*a'),
  run('1a run', '1a'),
  run('www.a_ repeated', 'www.a_'),
  run('a\\n=\\n repeated', 'a\n=\n'),
  scaled('nested emphasis *_…a…_*', (n) => `${'*_'.repeat(n)}a${'_*'.repeat(n)}`, 'issue 9'),
];

export const SHAPES: readonly Shape[] = [...CMARK_SHAPES, ...RUN_SHAPES];

export interface Placement {
  readonly name: string;
  /** The check input with `payload` in place, the body at most `size` characters. */
  place(shape: Shape, size: number): CheckInput;
}

const oneLine = (text: string): string => text.replace(/\r?\n/gu, ' ');
const SMALL_BODY = '## Business Value\n\nCuts support tickets by 12% for the checkout team.\n';

/** `payload` after a frame, the whole body at most `size` characters. */
const inBody = (name: string, frame: string, line = false, tail = ''): Placement => ({
  name,
  place: (shape, size) => {
    const payload = shape.generate(Math.max(1, size - frame.length - tail.length));
    return { kind: 'pr', title: 'refactor: adversarial', labels: ['tech-debt'], body: `${frame}${line ? oneLine(payload) : payload}${tail}` };
  },
});

/** Every section kind the engine reads, and the title. Single-line kinds get the shape on one line. */
export const PLACEMENTS: readonly Placement[] = [
  inBody('whole body', ''),
  inBody('## Business Value', '## Business Value\n\n'),
  inBody('criteria list item', '## Acceptance Criteria\n\n- ', true),
  inBody('**Performance:** label', '## Acceptance Criteria\n\n**Performance:** ', true),
  inBody('table row', '## Acceptance Criteria\n\n| Category | Criterion |\n| --- | --- |\n| Performance | ', true, ' |'),
  inBody('## Technical debt', '## Technical debt\n\n'),
  {
    name: 'PR title',
    place: (shape, size) => ({ kind: 'pr', title: oneLine(shape.generate(size)), labels: [], body: SMALL_BODY }),
  },
];

export interface PathologicalRow {
  readonly shape: string;
  readonly origin: Shape['origin'];
  readonly placement: string;
  readonly chars: number;
  readonly check: number;
  readonly parse: number;
}

export interface PathologicalBench {
  readonly plainCheck: number;
  readonly rows: readonly PathologicalRow[];
  readonly runs: number;
}

const config = defaultConfig();
const bare = unified().use(remarkParse).use(remarkGfm);

function time(action: () => unknown): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

/** The median check time of the plain 64 KiB golden body: the yardstick the ratios are taken against. */
function plainCheckTime(runs: number): number {
  const body = readFileSync(fileURLToPath(new URL('../fixtures/bodies/large-64k-body/body.md', import.meta.url)), 'utf8');
  const input: CheckInput = { kind: 'pr', title: 'feat: plain', body, labels: [] };
  for (let i = 0; i < 3; i += 1) check(input, config);
  return median(Array.from({ length: runs * 2 + 1 }, () => time(() => check(input, config))));
}

/**
 * Every shape in every placement at `size` characters: the median of `runs` full
 * checks and of `runs` bare parses of the same body. `filter` keeps the shapes whose
 * name contains it. A bare parse that remark cannot finish quickly (some shapes take
 * remark tens of seconds) is timed once, so the bench stays around two minutes.
 */
export function benchPathological(options: { runs?: number; size?: number; filter?: string } = {}): PathologicalBench {
  const runs = options.runs ?? 3;
  const size = options.size ?? MAX_BODY;
  const plainCheck = plainCheckTime(runs);
  const rows: PathologicalRow[] = [];
  for (const shape of SHAPES) {
    if (options.filter !== undefined && !shape.name.includes(options.filter)) continue;
    for (const placement of PLACEMENTS) {
      const input = placement.place(shape, size);
      const checks: number[] = [];
      const parses: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        checks.push(time(() => check(input, config)));
        if (i === 0 || (parses[0] ?? 0) < 1_000) parses.push(time(() => bare.parse(input.body)));
      }
      rows.push({ shape: shape.name, origin: shape.origin, placement: placement.name, chars: input.body.length + input.title.length, check: median(checks), parse: median(parses) });
    }
  }
  return { plainCheck, rows, runs };
}

/** The table `npm run bench` prints: one line per case, the worst first within the budget line. */
export function printPathological(bench: PathologicalBench, log: (line: string) => void = console.log): void {
  const { plainCheck, rows } = bench;
  log(`pathological bodies: ${rows.length} cases (${SHAPES.length} shapes × ${PLACEMENTS.length} placements) at ≤ ${MAX_BODY.toLocaleString('en')} characters, median of ${bench.runs} runs`);
  log(`  plain 64 KiB body check ${plainCheck.toFixed(1)} ms; ratio = case check / plain check`);
  const width = Math.max(...rows.map((row) => row.shape.length)) + 1;
  const placeWidth = Math.max(...PLACEMENTS.map((placement) => placement.name.length)) + 1;
  log(`  ${'shape'.padEnd(width)}${'placement'.padEnd(placeWidth)}${'chars'.padStart(7)}${'check ms'.padStart(11)}${'parse ms'.padStart(11)}${'ratio'.padStart(9)}`);
  for (const row of rows) {
    log(
      `  ${row.shape.padEnd(width)}${row.placement.padEnd(placeWidth)}${String(row.chars).padStart(7)}${row.check.toFixed(1).padStart(11)}${row.parse.toFixed(1).padStart(11)}${`${(row.check / plainCheck).toFixed(2)}×`.padStart(9)}`,
    );
  }
  const worst = rows.reduce((a, b) => (b.check > a.check ? b : a));
  const verdict = worst.check <= BUDGET_MS ? 'within' : 'OVER';
  log(`  worst: ${worst.shape} / ${worst.placement}  ${worst.check.toFixed(1)} ms  (budget ≤ ${BUDGET_MS} ms: ${verdict})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const filter = process.argv[2];
  printPathological(benchPathological(filter === undefined ? {} : { filter }));
}
