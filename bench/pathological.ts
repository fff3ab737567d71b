/**
 * The adversarial benchmark (issue 9): CommonMark's pathological inputs (cmark's
 * `test/pathological_tests.py`, with the cases later cmark and remark suites added),
 * the shapes an attacker reaches for first (long runs of one character or of a short
 * token) and the block shapes found quadratic in remark while fixing them, each scaled
 * to 65,536 characters (GitHub's limit for a body) and placed as a whole body and in
 * every section kind the engine reads. Each case is timed as the full check and as a
 * bare `unified().use(remarkParse).use(remarkGfm).parse` of the same body, and compared
 * with the check of a plain 64 KiB body.
 *
 *   npx tsx bench/pathological.ts [filter]   # the table; `filter` keeps the shapes whose name holds it
 *
 * `bench/run.ts` prints the same table; test/core/adversarial.test.ts holds the shapes
 * to their budgets.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { defaultConfig } from '../src/config/schema.js';
import { check, type CheckInput } from '../src/core/index.js';
import { unreadable } from '../src/core/markdown/parse.js';
import { median } from './body.js';

/** GitHub's limit for a PR or issue body, in characters. */
export const MAX_BODY = 65_536;
/** No body up to MAX_BODY may take longer than this to check (issue 9). */
export const BUDGET_MS = 2_000;

export interface Shape {
  readonly name: string;
  readonly origin: 'cmark' | 'issue 9' | 'found';
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
    // Double `n` past the size, then bisect: some shapes grow with n², so n never nears `size`.
    let low = 1;
    while (build(low * 2).length <= size) low *= 2;
    let high = low * 2 - 1;
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

/** Shapes found quadratic while fixing the others: ordinary blocks, repeated; escapes; one `[` before many words. */
export const FOUND_SHAPES: readonly Shape[] = [
  run('quote, blank, paragraph', '> a\n\nb\n', 'found'),
  run('list item, blank, paragraph', '- a\n\nb\n', 'found'),
  run('list item with a nested item', '- a\n  - b\n', 'found'),
  run('lazy lines in a quote', '> a_\nb_\n', 'found'),
  run('list items *a', '- *a\n', 'found'),
  run('escaped a\\_', 'a\\_ ', 'found'),
  scaled('one [ before words', (n) => `[${' a'.repeat(n)}`, 'found'),
  scaled('spaces inside a line', (n) => `a${' '.repeat(n)}b`, 'found'),
];

export const SHAPES: readonly Shape[] = [...CMARK_SHAPES, ...RUN_SHAPES, ...FOUND_SHAPES];

export interface Placement {
  readonly name: string;
  /** The check input with the shape in place, the body (or the title) at most `size` characters. */
  place(shape: Shape, size: number): CheckInput;
}

const oneLine = (text: string): string => text.replace(/\r?\n/gu, ' ');
const SMALL_BODY = '## Business Value\n\nCuts support tickets by 12% for the checkout team.\n';

/** The shape after a frame, the whole body at most `size` characters. */
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
  /** Median of the check's runs, in ms. */
  readonly check: number;
  readonly runs: number;
  readonly parse: BareParse;
  /** Whether the check read the body, or concluded that it is too complex to read (markdown/parse.ts `unreadable`). */
  readonly read: boolean;
}

export interface PathologicalBench {
  readonly plainCheck: number;
  readonly rows: readonly PathologicalRow[];
  readonly seconds: number;
}

/**
 * remark alone needs seconds to minutes on many of these bodies: the bare parse runs in
 * a worker, stopped past this deadline, so the whole bench takes about two minutes.
 */
export const PARSE_DEADLINE_MS = 300;
/** A check slower than this is timed once: its noise is small beside its time. */
const REPEAT_BELOW_MS = 150;

const config = defaultConfig();

function time(action: () => unknown): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

/** The median check time of the plain 64 KiB golden body: the yardstick of the ratios. */
function plainCheckTime(): number {
  const body = readFileSync(fileURLToPath(new URL('../fixtures/bodies/large-64k-body/body.md', import.meta.url)), 'utf8');
  const input: CheckInput = { kind: 'pr', title: 'feat: plain', body, labels: [] };
  for (let i = 0; i < 5; i += 1) check(input, config);
  return median(Array.from({ length: 11 }, () => time(() => check(input, config))));
}

/** What a bare parse gave: its time in ms, or that it was stopped or threw (remark's stack overflows on deep nesting). */
export type BareParse = number | 'stopped' | 'throws';

/** Bare parses in a worker thread, so one that runs for minutes can be stopped. */
class BareParser {
  #worker: Worker | undefined;

  async #ready(): Promise<Worker> {
    const [unified, parse, gfm] = ['unified', 'remark-parse', 'remark-gfm'].map((name) => import.meta.resolve(name));
    const code = [
      `import { parentPort } from 'node:worker_threads';`,
      `const { unified } = await import(${JSON.stringify(unified)});`,
      `const remarkParse = (await import(${JSON.stringify(parse)})).default;`,
      `const remarkGfm = (await import(${JSON.stringify(gfm)})).default;`,
      `const processor = unified().use(remarkParse).use(remarkGfm);`,
      `parentPort.on('message', (body) => {`,
      `  const start = performance.now();`,
      `  try { processor.parse(body); parentPort.postMessage(performance.now() - start); } catch { parentPort.postMessage(-1); }`,
      `});`,
    ].join('\n');
    // Plain node: the worker's code is JavaScript, and loading tsx in it would slow every restart.
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), { execArgv: [] });
    // Warmed up before it is timed: loading remark is not parsing.
    await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage('# warm-up\n\nplain *text* with a [link](x).\n');
    });
    return worker;
  }

  /** The bare parse of `body`: its time, or 'stopped' past the deadline. */
  async time(body: string, deadline = PARSE_DEADLINE_MS): Promise<BareParse> {
    const worker = (this.#worker ??= await this.#ready());
    const ms = await new Promise<number | undefined>((resolve) => {
      const timer = setTimeout(() => resolve(undefined), deadline);
      worker.once('message', (message: number) => {
        clearTimeout(timer);
        resolve(message);
      });
      worker.postMessage(body);
    });
    if (ms !== undefined) return ms < 0 ? 'throws' : ms;
    worker.removeAllListeners('message');
    await worker.terminate();
    this.#worker = undefined;
    return 'stopped';
  }

  async close(): Promise<void> {
    await this.#worker?.terminate();
    this.#worker = undefined;
  }
}

/**
 * Every shape in every placement at `size` characters: the median of up to three full
 * checks (one when a check passes REPEAT_BELOW_MS) and one bare parse (stopped past
 * PARSE_DEADLINE_MS). `filter` keeps the shapes whose name holds it.
 */
export async function benchPathological(options: { size?: number; filter?: string } = {}): Promise<PathologicalBench> {
  const started = performance.now();
  const size = options.size ?? MAX_BODY;
  const plainCheck = plainCheckTime();
  const bare = new BareParser();
  const rows: PathologicalRow[] = [];
  try {
    for (const shape of SHAPES) {
      if (options.filter !== undefined && !shape.name.includes(options.filter)) continue;
      for (const placement of PLACEMENTS) {
        const input = placement.place(shape, size);
        const checks = [time(() => check(input, config))];
        while (checks.length < 3 && (checks[0] ?? 0) < REPEAT_BELOW_MS) checks.push(time(() => check(input, config)));
        const parse = await bare.time(input.body);
        const chars = Math.max(input.body.length, input.title.length);
        rows.push({ shape: shape.name, origin: shape.origin, placement: placement.name, chars, check: median(checks), runs: checks.length, parse, read: unreadable(input.body) === undefined });
      }
    }
  } finally {
    await bare.close();
  }
  return { plainCheck, rows, seconds: (performance.now() - started) / 1000 };
}

/** The table: one line per case, then the worst case against the budget. */
export function printPathological(bench: PathologicalBench, log: (line: string) => void = console.log): void {
  const { plainCheck, rows } = bench;
  const shapes = new Set(rows.map((row) => row.shape)).size;
  log(`pathological bodies: ${rows.length} cases (${shapes} shapes × ${PLACEMENTS.length} placements), each ≤ ${MAX_BODY.toLocaleString('en')} characters`);
  log(`  check: median of up to 3 runs (1 above ${REPEAT_BELOW_MS} ms); bare parse: 1 run in a worker, stopped after ${PARSE_DEADLINE_MS} ms`);
  log(`  ratio: check / check of the plain 64 KiB body (${plainCheck.toFixed(1)} ms); read: "no" where the check concluded that the body is too complex to read`);
  const width = Math.max(...rows.map((row) => row.shape.length)) + 2;
  const placeWidth = Math.max(...PLACEMENTS.map((placement) => placement.name.length)) + 2;
  log(`  ${'shape'.padEnd(width)}${'placement'.padEnd(placeWidth)}${'chars'.padStart(7)}${'check ms'.padStart(11)}${'bare parse ms'.padStart(15)}${'ratio'.padStart(9)}${'read'.padStart(6)}`);
  for (const row of rows) {
    const parse = row.parse === 'stopped' ? `> ${PARSE_DEADLINE_MS}` : row.parse === 'throws' ? 'throws' : row.parse.toFixed(1);
    log(
      `  ${row.shape.padEnd(width)}${row.placement.padEnd(placeWidth)}${String(row.chars).padStart(7)}${row.check.toFixed(1).padStart(11)}${parse.padStart(15)}${`${(row.check / plainCheck).toFixed(2)}×`.padStart(9)}${(row.read ? 'yes' : 'no').padStart(6)}`,
    );
  }
  const worst = rows.reduce((a, b) => (b.check > a.check ? b : a));
  const refused = rows.filter((row) => !row.read).length;
  log(`  read: ${rows.length - refused} cases; too complex to read (every rule fails with that reason): ${refused}`);
  log(`  worst: ${worst.shape} / ${worst.placement}: ${worst.check.toFixed(1)} ms  (budget ≤ ${BUDGET_MS} ms: ${worst.check <= BUDGET_MS ? 'within' : 'OVER'}); bench took ${bench.seconds.toFixed(0)} s`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const filter = process.argv[2];
  printPathological(await benchPathological(filter === undefined ? {} : { filter }));
}
