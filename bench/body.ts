/**
 * The body benchmark: the median time to check a 64 KiB body (after warm-up) against
 * the median of a bare `unified().use(remarkParse).use(remarkGfm).parse` of the same
 * body, measured in the same run, interleaved so both see the same machine state.
 */
import { readFileSync } from 'node:fs';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { defaultConfig } from '../src/config/schema.js';
import { check } from '../src/core/index.js';

export interface BodyBench {
  readonly bytes: number;
  readonly check: number;
  readonly parse: number;
  readonly ratio: number;
  readonly runs: number;
}

export function benchBody(file: string, runs = 30, warmup = 10): BodyBench {
  const body = readFileSync(file, 'utf8');
  const config = defaultConfig();
  const bare = unified().use(remarkParse).use(remarkGfm);
  const input = { kind: 'pr' as const, title: 'refactor: bench', body, labels: ['tech-debt'] };
  for (let i = 0; i < warmup; i += 1) {
    bare.parse(body);
    check(input, config);
  }
  const parseTimes: number[] = [];
  const checkTimes: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    let start = performance.now();
    bare.parse(body);
    parseTimes.push(performance.now() - start);
    start = performance.now();
    check(input, config);
    checkTimes.push(performance.now() - start);
  }
  const parse = median(parseTimes);
  const checked = median(checkTimes);
  return { bytes: Buffer.byteLength(body), check: checked, parse, ratio: checked / parse, runs };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
