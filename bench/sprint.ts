/**
 * Sprint report benchmark: a seeded 10,000-item repository, exported as
 * `alignment-check sprint --export` writes it — each body read once with the real
 * body engine (`readBodyFacts`) into the item's register `links` and business
 * `impact`, the bodies themselves left out — then the report over that export
 * computed (weight: points, the heaviest) with the real engine reader (for any item
 * that still has a body) and rendered as the comment. Budget: 200 ms median.
 *
 *   npx tsx bench/sprint.ts            # prints the result as JSON
 *
 * `bench/run.ts` calls `benchSprint()`. Exporting (reading every body once) is
 * timed too: that is what `--export` and the action pay per item fetched, and what
 * a report over an export made `--with-bodies` pays on every run.
 */
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { median } from './body.js';
import { configSchema } from '../src/config/schema.js';
// Configs with patterns are parsed here as the CLI parses them: with RE2 registered (config/pattern-engine.ts).
import '../src/config/user-pattern.js';
import type { Config } from '../src/config/schema.js';
import {
  computeSprintReport,
  engineReader,
  exportWorkItem,
  parseSprintExport,
  renderSprintMarkdown,
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

/** A deterministic repository of `n` items, with their bodies, in one sprint (a few just outside it). */
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

/** The config of the bench: the debt register is an external tracker (DEBT-n), as in the bodies. */
export const benchConfig = (): Config =>
  configSchema.parse({ rules: { 'debt-link': { registers: [{ key: 'DEBT-\\d+' }] } }, sprints: { weight: 'points' } });

export interface ExportedBench {
  readonly data: SprintExportInput;
  /** Bodies read with readBodyFacts while exporting. */
  readonly bodiesRead: number;
  readonly exportMs: number;
}

/** The export as the exporter writes it (no bodies, links and impact read once) — and what reading the bodies took. */
export function exportAsWritten(raw: SprintExportInput, config: Config, withBodies = false): ExportedBench {
  let bodiesRead = 0;
  const t0 = performance.now();
  const items = raw.items.map((item) => {
    if (item.body !== undefined && item.body.trim() !== '' && item.kind !== 'redacted') bodiesRead += 1;
    return exportWorkItem(item, config, { withBodies });
  });
  return { data: { ...raw, items }, bodiesRead, exportMs: performance.now() - t0 };
}

export interface SprintBenchOptions {
  readonly items?: number;
  readonly runs?: number;
  readonly warmup?: number;
  readonly seed?: number;
  /** Told what the export holds before the timing (default: printed, so `npm run bench` says it too); null for silence. */
  readonly describe?: ((text: string) => void) | null;
}

export interface SprintBenchResult {
  readonly name: string;
  readonly items: number;
  /** What the export holds, in words (printed with the number). */
  readonly exportContains: string;
  readonly bodiesInExport: number;
  readonly itemsWithLinks: number;
  readonly runs: number;
  /** Median of computeSprintReport + renderSprintMarkdown over the export. */
  readonly medianMs: number;
  /** Median of validating the export (what `--from FILE` adds). */
  readonly parseMedianMs: number;
  /** Reading every body once with readBodyFacts (the exporter's cost, once per export). */
  readonly exportMs: number;
  readonly bodiesRead: number;
  readonly budgetMs: number;
  readonly ok: boolean;
}

export function benchSprint(options: SprintBenchOptions = {}): SprintBenchResult {
  const n = options.items ?? 10_000;
  const runs = Math.max(15, options.runs ?? 21);
  const warmup = options.warmup ?? 3;
  const config = benchConfig();
  const exported = exportAsWritten(makeSprintExport(n, options.seed), config);
  const json = JSON.parse(JSON.stringify(exported.data)) as unknown;

  const parseTimes: number[] = [];
  let data = parseSprintExport(json);
  for (let i = 0; i < warmup + runs; i += 1) {
    const t0 = performance.now();
    data = parseSprintExport(json);
    if (i >= warmup) parseTimes.push(performance.now() - t0);
  }
  const sprint = data.sprints[0];
  if (sprint === undefined) throw new Error('the bench export has no sprint');
  const bodiesInExport = data.items.filter((i) => i.body !== undefined).length;
  const itemsWithLinks = data.items.filter((i) => i.links !== undefined).length;
  const debtLinks = data.items.filter((i) => (i.links?.length ?? 0) > 0).length;
  const reader = engineReader(config, data.repo);
  const exportContains =
    `${n.toLocaleString('en')} items as --export writes them: ${bodiesInExport} bodies, ` +
    `${itemsWithLinks.toLocaleString('en')} with register links read at export time (${debtLinks} linking the register); ` +
    'the real engine reader (readBodyFacts) reads any item that still has a body';
  const describe = options.describe === undefined ? (text: string) => console.log(text) : options.describe;
  describe?.(
    `\nsprint export: ${exportContains}. Exporting read ${exported.bodiesRead.toLocaleString('en')} bodies with readBodyFacts ` +
      `in ${(exported.exportMs / 1000).toFixed(1)} s (paid once per export; a report over an export --with-bodies would pay about this every time).`,
  );

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
    name: `sprint report (${n} exported items)`,
    items: n,
    exportContains,
    bodiesInExport,
    itemsWithLinks,
    runs,
    medianMs,
    parseMedianMs: Math.round(median(parseTimes) * 100) / 100,
    exportMs: Math.round(exported.exportMs),
    bodiesRead: exported.bodiesRead,
    budgetMs: SPRINT_BUDGET_MS,
    ok: medianMs <= SPRINT_BUDGET_MS,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = benchSprint({ describe: null });
  console.log(JSON.stringify(result, null, 2));
  console.log(
    `\nsprint report over an export of ${result.exportContains}:\n` +
      `  compute + render  ${result.medianMs.toFixed(2)} ms median of ${result.runs} (budget ≤ ${result.budgetMs} ms: ${result.ok ? 'within' : 'OVER'})\n` +
      `  validate the file ${result.parseMedianMs.toFixed(2)} ms median\n` +
      `  exporting read ${result.bodiesRead.toLocaleString('en')} bodies with readBodyFacts in ${(result.exportMs / 1000).toFixed(1)} s ` +
      '(paid once by --export; an export --with-bodies would pay about this on every report)',
  );
  if (!result.ok) process.exitCode = 1;
}
