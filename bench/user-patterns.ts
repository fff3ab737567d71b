/**
 * User patterns on the linear-time engine (issue 8: "a user pattern such as
 * `\s*DEBT-\d+` runs on a 64 KiB single-paragraph body in under 100 ms"): the check of
 * 64 KiB debt sections built to make such patterns backtrack, with a `key` register of
 * each pattern, beside the same check under the default config.
 *
 *   npx tsx bench/user-patterns.ts   # `npm run bench` prints the same
 */
import { pathToFileURL } from 'node:url';
import { configSchema } from '../src/config/schema.js';
// Configs with patterns are parsed here as the CLI parses them: with RE2 registered (config/pattern-engine.ts).
import '../src/config/user-pattern.js';
import { check, type CheckInput } from '../src/core/index.js';
import { median } from './body.js';

export const PATTERN_BUDGET_MS = 100;
const PATTERNS = ['\\s*DEBT-\\d+', '\\W+DEBT', '(a|a)*DEBT'];
const BODIES: Readonly<Record<string, string>> = {
  'spaces, one paragraph': `## Technical debt\n\n${' '.repeat(65_000)}x`,
  '"DEBT- " repeated': `## Technical debt\n\n${'DEBT- '.repeat(10_900)}`,
  '"!" repeated': `## Technical debt\n\n${'!'.repeat(65_500)}`,
  '"a" repeated': `## Technical debt\n\n${'a'.repeat(65_500)}`,
};

export interface PatternRow {
  readonly pattern: string;
  readonly body: string;
  readonly withPattern: number;
  readonly defaults: number;
}

function time(input: CheckInput, config: ReturnType<typeof configSchema.parse>): number {
  check(input, config);
  return median(
    Array.from({ length: 5 }, () => {
      const start = performance.now();
      check(input, config);
      return performance.now() - start;
    }),
  );
}

export function benchUserPatterns(): PatternRow[] {
  const defaults = configSchema.parse({});
  return PATTERNS.flatMap((pattern) => {
    const config = configSchema.parse({ rules: { 'debt-link': { registers: [{ key: pattern }] } } });
    return Object.entries(BODIES).map(([name, body]) => {
      const input: CheckInput = { kind: 'pr', title: 'refactor: pay down debt', body, labels: [] };
      return { pattern, body: name, withPattern: time(input, config), defaults: time(input, defaults) };
    });
  });
}

export function printUserPatterns(rows: readonly PatternRow[], log: (line: string) => void = console.log): void {
  log('user key patterns on 64 KiB debt sections (whole check, median of 5; budget for the check with the pattern ≤ 100 ms)');
  for (const row of rows) {
    log(`  ${row.pattern.padEnd(12)} ${row.body.padEnd(22)} ${row.withPattern.toFixed(1).padStart(7)} ms  (default config ${row.defaults.toFixed(1)} ms)`);
  }
  const worst = Math.max(...rows.map((row) => row.withPattern));
  log(`  worst ${worst.toFixed(1)} ms  (budget ≤ ${PATTERN_BUDGET_MS} ms: ${worst <= PATTERN_BUDGET_MS ? 'within' : 'OVER'})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printUserPatterns(benchUserPatterns());
