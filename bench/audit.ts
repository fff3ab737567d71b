/**
 * Audit benchmark (issue 13: "10,000 exported items audit in under 10 s"). An audit
 * export of 10,000 PRs and issues as `alignment-check audit --export` writes it — each
 * item checked once under the config, its result stored, no bodies — built from the
 * 504 real bodies of fixtures/corpus (their kinds, titles and labels), cycled over a
 * quarter; then what `alignment-check audit --from FILE` does with it, timed whole:
 * read the file, parse the JSON, validate it as an export, compute the audit, render
 * the Markdown and the terminal text. Budget: 10 s.
 *
 *   npx tsx bench/audit.ts            # prints the result as JSON, then a summary
 *
 * `benchAudit()` is the entry for bench/run.ts. Exporting is timed too, per distinct
 * body: what `--export` and the action pay per item read, and what auditing an export
 * under another config (`--from FILE --config PATH`, which checks every body again)
 * pays per item.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './body.js';
import { defaultConfig } from '../src/config/schema.js';
import { checkItem, renderAuditText } from '../src/core/audit/index.js';
import type { StoredCheck } from '../src/core/result.js';
import { parseSprintExport, type SprintExportInput, type WorkItemInput } from '../src/core/sprint/index.js';
import { auditExport } from '../src/features/audit/run-audit.js';

export const AUDIT_BUDGET_MS = 10_000;

const CORPUS = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));
const REPO = 'acme/app';
const UNTIL = Date.parse('2026-03-31T23:59:59Z');
const DAYS = 90;
const DAY = 86_400_000;

interface CorpusCase {
  readonly kind: 'pr' | 'issue';
  readonly title: string;
  readonly labels: readonly string[];
  readonly body: string;
}

function corpus(): CorpusCase[] {
  return readdirSync(CORPUS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const meta = JSON.parse(readFileSync(join(CORPUS, name, 'meta.json'), 'utf8')) as { kind?: string; title?: string; labels?: string[] };
      return {
        kind: meta.kind === 'pr' ? 'pr' : 'issue',
        title: meta.title ?? name,
        labels: meta.labels ?? [],
        body: readFileSync(join(CORPUS, name, 'body.md'), 'utf8'),
      };
    });
}

export interface AuditExportBench {
  readonly data: SprintExportInput;
  /** Distinct bodies checked (each case of the corpus once; its items reuse the result). */
  readonly distinctBodies: number;
  /** Checking them. */
  readonly exportMs: number;
}

/**
 * The audit export of `n` items over a 90-day window: the corpus cycled, each item
 * opened at a spread instant, one in 25 by a bot and one in 40 a draft PR (the config
 * skips them). Each case's body is checked once and its result stored on every item
 * that repeats it — as the exporter would store it for each (the check depends on the
 * body, the title, the labels and the kind, which the repeats share).
 */
export function makeAuditExport(n = 10_000): AuditExportBench {
  const cases = corpus();
  const config = defaultConfig();
  const checks: StoredCheck[] = [];
  const t0 = performance.now();
  for (const c of cases) checks.push(checkItem({ kind: c.kind, repo: REPO, title: c.title, body: c.body, labels: c.labels }, config));
  const exportMs = performance.now() - t0;
  const items: WorkItemInput[] = [];
  for (let i = 0; i < n; i += 1) {
    const c = cases[i % cases.length];
    const check = checks[i % cases.length];
    if (c === undefined || check === undefined) throw new Error('the corpus is empty');
    const number = i + 1;
    const createdAt = new Date(UNTIL - Math.floor(((i + 0.5) * DAYS * DAY) / n)).toISOString();
    items.push({
      kind: c.kind,
      repo: REPO,
      number,
      title: c.title,
      url: `https://github.com/${REPO}/${c.kind === 'pr' ? 'pull' : 'issues'}/${number}`,
      labels: [...c.labels],
      createdAt,
      state: 'open',
      closes: [],
      author: i % 25 === 0 ? 'dependabot[bot]' : `dev${i % 17}`,
      ...(c.kind === 'pr' ? { draft: i % 40 === 1 } : {}),
      check,
    });
  }
  const data: SprintExportInput = {
    version: 1,
    repo: REPO,
    exportedAt: new Date(UNTIL).toISOString(),
    sprints: [],
    items,
    audit: { since: new Date(UNTIL - DAYS * DAY).toISOString(), until: new Date(UNTIL).toISOString(), kinds: ['pr', 'issue'], config },
  };
  return { data, distinctBodies: cases.length, exportMs };
}

export interface AuditBenchOptions {
  readonly items?: number;
  readonly runs?: number;
  readonly warmup?: number;
}

export interface AuditBenchResult {
  readonly name: string;
  readonly items: number;
  readonly fileBytes: number;
  readonly runs: number;
  /** Median of the whole `audit --from FILE`: read, JSON.parse, validate, compute, render Markdown and text. */
  readonly medianMs: number;
  /** Its parts, medians. */
  readonly readParseMs: number;
  readonly validateMs: number;
  readonly computeRenderMs: number;
  /** Checking each distinct body once while exporting, and per body. */
  readonly exportMs: number;
  readonly distinctBodies: number;
  readonly perBodyMs: number;
  readonly audited: number;
  readonly budgetMs: number;
  readonly ok: boolean;
}

export function benchAudit(options: AuditBenchOptions = {}): AuditBenchResult {
  const n = options.items ?? 10_000;
  const runs = Math.max(3, options.runs ?? 5);
  const warmup = options.warmup ?? 1;
  const built = makeAuditExport(n);
  const dir = mkdtempSync(join(tmpdir(), 'alignment-audit-bench-'));
  try {
    const file = join(dir, 'audit.json');
    writeFileSync(file, `${JSON.stringify(built.data, null, 2)}\n`);
    const total: number[] = [];
    const readParse: number[] = [];
    const validate: number[] = [];
    const computeRender: number[] = [];
    let audited = 0;
    let fileBytes = 0;
    for (let i = 0; i < warmup + runs; i += 1) {
      const t0 = performance.now();
      const text = readFileSync(file, 'utf8');
      const json: unknown = JSON.parse(text);
      const t1 = performance.now();
      const data = parseSprintExport(json, file);
      const t2 = performance.now();
      const { report, markdown } = auditExport(data, { file, trend: 'month' });
      const rendered = renderAuditText(report);
      const t3 = performance.now();
      if (markdown.length === 0 || rendered.length === 0) throw new Error('nothing rendered');
      audited = report.totals.audited;
      fileBytes = Buffer.byteLength(text);
      if (i < warmup) continue;
      total.push(t3 - t0);
      readParse.push(t1 - t0);
      validate.push(t2 - t1);
      computeRender.push(t3 - t2);
    }
    const round = (ms: number): number => Math.round(ms * 100) / 100;
    const medianMs = round(median(total));
    return {
      name: `audit --from an export of ${n} items`,
      items: n,
      fileBytes,
      runs,
      medianMs,
      readParseMs: round(median(readParse)),
      validateMs: round(median(validate)),
      computeRenderMs: round(median(computeRender)),
      exportMs: Math.round(built.exportMs),
      distinctBodies: built.distinctBodies,
      perBodyMs: round(built.exportMs / built.distinctBodies),
      audited,
      budgetMs: AUDIT_BUDGET_MS,
      ok: medianMs <= AUDIT_BUDGET_MS,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The lines `npm run bench` can print for the result. */
export function describeAuditBench(r: AuditBenchResult): string {
  return [
    `audit --from an export of ${r.items.toLocaleString('en')} PRs and issues (${(r.fileBytes / 1_048_576).toFixed(1)} MiB, ${r.audited.toLocaleString('en')} audited), ${r.runs} runs`,
    `  whole run        ${r.medianMs.toFixed(0)} ms  (budget ≤ ${r.budgetMs.toLocaleString('en')} ms: ${r.ok ? 'within' : 'OVER'})`,
    `  read + JSON      ${r.readParseMs.toFixed(0)} ms`,
    `  validate         ${r.validateMs.toFixed(0)} ms`,
    `  compute + render ${r.computeRenderMs.toFixed(0)} ms`,
    `  exporting checks each body once: ${r.perBodyMs.toFixed(2)} ms a body (${r.distinctBodies} real bodies in ${(r.exportMs / 1000).toFixed(1)} s); auditing an export under another config pays that per item`,
  ].join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = benchAudit();
  console.log(JSON.stringify(result, null, 2));
  console.log(`\n${describeAuditBench(result)}`);
  if (!result.ok) process.exitCode = 1;
}
