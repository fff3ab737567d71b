/**
 * Sprint report benchmark: a seeded 10,000-item export, one sprint holding them,
 * the report computed (weight: points, the heaviest) and rendered as the comment.
 * Budget: 200 ms median.
 *
 *   npx tsx bench/sprint.ts            # prints the result as JSON
 *
 * `bench/run.ts` calls `benchSprint()`. The body reader is a regex stand-in by
 * default; pass the engine's reader to measure with it.
 */
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { configSchema } from '../src/config/schema.js';
import type { DebtLinkFact } from '../src/core/result.js';
import {
  computeSprintReport,
  parseSprintExport,
  renderSprintMarkdown,
  type BodyReader,
  type SprintExportInput,
  type WorkItemInput,
} from '../src/core/sprint/index.js';

export const SPRINT_BUDGET_MS = 200;

/** mulberry32: a small, seeded, deterministic generator in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SPRINT_START = Date.parse('2026-03-02T00:00:00Z');
const SPRINT_END = Date.parse('2026-03-16T00:00:00Z');

/** A deterministic export of `n` items in one sprint (a few just outside it). */
export function makeSprintExport(n = 10_000, seed = 20260302): SprintExportInput {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const labelPool = ['feature', 'bug', 'frontend', 'backend', 'api', 'docs', 'ci', 'Tech-Debt', 'debt', 'security'];
  const pointLabels = ['sp-1', 'sp-2', 'sp-3', 'points: 5', '8 points', 'size: s', 'size: m', 'size: l'];
  const words = 'the cache queue billing checkout search latency retries migration schema index worker cron export'.split(' ');
  const sentence = (k: number): string => Array.from({ length: k }, () => pick(words)).join(' ');
  const items: WorkItemInput[] = [];
  const issueNumbers: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const number = i + 1;
    const span = SPRINT_END - SPRINT_START;
    const t = SPRINT_START - span * 0.05 + rnd() * span * 1.1;
    const completedAt = new Date(Math.floor(t / 1000) * 1000).toISOString();
    const labels: string[] = [];
    const nLabels = Math.floor(rnd() * 4);
    for (let k = 0; k < nLabels; k += 1) labels.push(pick(labelPool));
    if (rnd() < 0.6) labels.push(pick(pointLabels));
    const body =
      rnd() < 0.08
        ? ''
        : [
            `## Summary\n${sentence(30)}`,
            rnd() < 0.1 ? `Pays down DEBT-${Math.floor(rnd() * 500)}.` : sentence(8),
            rnd() < 0.2 ? `**Business Impact:** ${sentence(6)} by ${Math.floor(rnd() * 20)} hours per release` : '',
            `## Acceptance Criteria\n- p95 latency ≤ ${Math.floor(rnd() * 500)} ms\n- ${sentence(10)}`,
          ].join('\n\n');
    const r = rnd();
    if (r < 0.01) {
      items.push({ kind: 'redacted', repo: '', labels: [], closes: [], completedAt });
    } else if (r < 0.4) {
      issueNumbers.push(number);
      items.push({
        kind: 'issue',
        repo: 'acme/app',
        number,
        title: `Issue ${number}: ${sentence(5)}`,
        labels,
        body,
        completedAt,
        state: rnd() < 0.9 ? 'completed' : 'not_planned',
        closes: [],
      });
    } else {
      const closes = issueNumbers.length > 0 && rnd() < 0.3 ? [`acme/app#${pick(issueNumbers)}`] : [];
      items.push({
        kind: 'pr',
        repo: 'acme/app',
        number,
        title: `PR ${number}: ${sentence(5)}`,
        labels,
        body,
        completedAt,
        state: rnd() < 0.95 ? 'merged' : 'closed',
        closes,
        additions: Math.floor(rnd() * 800),
        deletions: Math.floor(rnd() * 300),
      });
    }
  }
  return {
    version: 1,
    repo: 'acme/app',
    exportedAt: '2026-03-20T08:00:00Z',
    sprints: [{ id: '12', title: 'Sprint 12', start: new Date(SPRINT_START).toISOString(), end: new Date(SPRINT_END).toISOString(), source: 'milestone' }],
    items,
  };
}

/** A regex stand-in for the body engine (register key DEBT-n; a "Business Impact:" line). */
export const regexReader: BodyReader = {
  registerLinks(body: string): readonly DebtLinkFact[] {
    return Array.from(body.matchAll(/\bDEBT-\d+\b/g), (m) => ({ register: 'key' as const, ref: m[0] }));
  },
  businessImpact(body: string) {
    const text = /business impact:?\**:?\s*(.+)$/im.exec(body)?.[1]?.trim() ?? '';
    return { present: text !== '', text, measurable: /\d/.test(text) };
  },
};

export interface SprintBenchOptions {
  readonly items?: number;
  readonly runs?: number;
  readonly warmup?: number;
  readonly seed?: number;
  readonly reader?: BodyReader;
}

export interface SprintBenchResult {
  readonly name: string;
  readonly items: number;
  readonly runs: number;
  /** Median of computeSprintReport + renderSprintMarkdown. */
  readonly medianMs: number;
  /** Median of validating the export (what `--from FILE` adds). */
  readonly parseMedianMs: number;
  readonly budgetMs: number;
  readonly ok: boolean;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

export function benchSprint(options: SprintBenchOptions = {}): SprintBenchResult {
  const n = options.items ?? 10_000;
  const runs = Math.max(15, options.runs ?? 21);
  const warmup = options.warmup ?? 3;
  const reader = options.reader ?? regexReader;
  const raw = makeSprintExport(n, options.seed);
  const json = JSON.parse(JSON.stringify(raw)) as unknown;
  const config = configSchema.parse({ sprints: { weight: 'points' } });

  const parseTimes: number[] = [];
  let data = parseSprintExport(json);
  for (let i = 0; i < warmup + runs; i += 1) {
    const t0 = performance.now();
    data = parseSprintExport(json);
    if (i >= warmup) parseTimes.push(performance.now() - t0);
  }
  const sprint = data.sprints[0];
  if (sprint === undefined) throw new Error('the bench export has no sprint');

  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < warmup + runs; i += 1) {
    const t0 = performance.now();
    const report = computeSprintReport({ sprint, items: data.items, config, reader, now: data.exportedAt });
    size += renderSprintMarkdown(report).length;
    if (i >= warmup) times.push(performance.now() - t0);
  }
  if (size === 0) throw new Error('nothing rendered');
  const medianMs = Math.round(median(times) * 100) / 100;
  return {
    name: `sprint report (${n} items)`,
    items: n,
    runs,
    medianMs,
    parseMedianMs: Math.round(median(parseTimes) * 100) / 100,
    budgetMs: SPRINT_BUDGET_MS,
    ok: medianMs <= SPRINT_BUDGET_MS,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = benchSprint();
  console.log(JSON.stringify(result, null, 2));
  if (!result.ok) process.exitCode = 1;
}
