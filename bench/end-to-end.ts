/**
 * The PR check end to end, as shipped: the built action (dist/index.js) run as a
 * runner runs it — a process of its own, the step's environment, a `pull_request` event
 * — against the loopback fake GitHub API, interleaved with `node` running an empty
 * script in the same environment (the floor any JavaScript action pays). As shipped
 * means no config file (the embedded defaults); two scenarios turn the check run on with
 * the `check-run` input, one reads the config `alignment-check init` writes.
 * Measures each process's wall time (spawn to exit), its CPU time and peak memory (read
 * by a preload at exit, in both), and the API calls. Sequential round trips are counted
 * in separate runs where the fake answers after 30 ms, as a distant server does: on
 * loopback, calls made side by side are answered too fast to overlap.
 *
 *   npm run build && npx tsx bench/end-to-end.ts [runs]   # `npm run bench` prints the same
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pullRequestEvent } from '../test/fake-github/events.js';
import { roundTrips, startFakeGitHub } from '../test/fake-github/server.js';
import { REPO_ROOT, runAction, type RunActionResult } from '../test/harness/run-action.js';
import { PASSING_BODY } from '../test/harness/bodies.js';
import { defaultInitChoices } from '../src/features/init/choices.js';
import { planInit } from '../src/features/init/files.js';


/** A body without its non-functional criteria: the check fails and comments (by default, comments go only on failures). */
const FAILING = ['## Business Value', 'Cuts checkout abandonment by 3% in the €1M EU segment for returning customers.', ''].join('\n');

/** Appends the process's CPU time (user + system) and peak RSS to $BENCH_USAGE at exit. */
const PRELOAD = `
const { appendFileSync } = require('node:fs');
process.on('exit', () => {
  const cpu = process.cpuUsage();
  appendFileSync(process.env.BENCH_USAGE, JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000, rssMb: process.resourceUsage().maxRSS / 1024 }) + '\\n');
});
`;

export interface ProcessFigures {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly rssMb: number;
}

export interface Scenario extends ProcessFigures {
  readonly calls: number;
  readonly roundTrips: number;
  /** What the runs concluded and wrote, to show they did the job. */
  readonly conclusion: string;
  readonly comments: number;
}

/**
 * The scenarios, each a `pull_request` event on a PR of its own. As shipped: no config
 * file (the embedded defaults: a comment only on failure, no check run), except where
 * a scenario says otherwise.
 */
export const SCENARIOS = {
  passed: 'a PR opened that passes: the one read, nothing to write',
  opened: 'a PR opened that fails: the one read, then a new comment',
  rerun: 'the failing PR pushed again, nothing changed: the one read (the comment already says it all)',
  checkRunOpened: 'with the input check-run: true, a PR opened that fails: the one read, then the check run beside a new comment',
  checkRunRerun: 'with the input check-run: true, the failing PR pushed again, nothing changed: the one read, then the check run',
  configured: 'a PR opened that fails, in a repository with the config `alignment-check init` writes (the YAML parser and the config schema load too)',
  rateLimited: 'the failing PR opened while GitHub answers the comment write once with a secondary rate limit (403, retry-after: 1)',
} as const;
export type ScenarioName = keyof typeof SCENARIOS;

/** What each scenario runs: the body, the event's action, the action's inputs, the config file. */
interface ScenarioSetup {
  readonly passes: boolean;
  readonly action: 'opened' | 'synchronize';
  readonly inputs?: Readonly<Record<string, string>>;
  readonly config?: string;
}
const CHECK_RUN = { 'check-run': 'true' };
const SETUPS: Readonly<Record<ScenarioName, ScenarioSetup>> = {
  passed: { passes: true, action: 'opened' },
  opened: { passes: false, action: 'opened' },
  rerun: { passes: false, action: 'synchronize' },
  checkRunOpened: { passes: false, action: 'opened', inputs: CHECK_RUN },
  checkRunRerun: { passes: false, action: 'synchronize', inputs: CHECK_RUN },
  configured: { passes: false, action: 'opened', config: planInit(defaultInitChoices()).files[0]?.content ?? '' },
  rateLimited: { passes: false, action: 'opened' },
};
/** A re-run follows a first run of the same PR, not measured. */
const FIRST_RUN: Partial<Record<ScenarioName, ScenarioName>> = { rerun: 'opened', checkRunRerun: 'checkRunOpened' };

export interface EndToEnd {
  readonly runs: number;
  /** `node` running an empty script in the same environment: what any JavaScript action pays. */
  readonly baseline: ProcessFigures;
  readonly scenarios: Readonly<Record<ScenarioName, Scenario>>;
  /** The code a PR check loads at startup: dist/index.js and the chunks it imports statically. */
  readonly startupKb: number;
}

/** The bytes of a bundle file and of every chunk it imports statically, each once. */
export function startupBytes(file: string, seen = new Set<string>()): number {
  if (seen.has(file)) return 0;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  let bytes = Buffer.byteLength(text);
  for (const m of text.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[^'"();]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/gu)) {
    bytes += startupBytes(join(dirname(file), m[1] ?? ''), seen);
  }
  return bytes;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

export async function benchEndToEnd(runs = 15): Promise<EndToEnd> {
  const dir = mkdtempSync(join(tmpdir(), 'alignment-bench-'));
  const preload = join(dir, 'usage.cjs');
  const noop = join(dir, 'noop.js');
  const usageFile = join(dir, 'usage.jsonl');
  writeFileSync(preload, PRELOAD);
  writeFileSync(noop, '');
  const gh = await startFakeGitHub();
  const env = { NODE_OPTIONS: `--require ${preload}`, BENCH_USAGE: usageFile };
  const usage = (): { cpuMs: number; rssMb: number } => {
    const lines = readFileSync(usageFile, 'utf8').trim().split('\n');
    return JSON.parse(lines.at(-1) ?? '{}') as { cpuMs: number; rssMb: number };
  };
  const names = Object.keys(SCENARIOS) as ScenarioName[];
  const samples = { baseline: [] as ProcessFigures[], ...Object.fromEntries(names.map((name) => [name, [] as Sample[]])) } as { baseline: ProcessFigures[] } & Record<ScenarioName, Sample[]>;
  const trips = Object.fromEntries(names.map((name) => [name, 0])) as Record<ScenarioName, number>;
  try {
    writeFileSync(usageFile, '');
    const baseline = async (): Promise<void> => {
      const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 1, body: '' }), entry: noop, env });
      samples.baseline.push({ wallMs: run.wallMs ?? Number.NaN, ...usage() });
    };
    /** One run of a scenario on PR `pr`; `record` false for a re-run's first run. */
    const once = async (kind: ScenarioName, pr: number, record = true): Promise<void> => {
      const setup = SETUPS[kind];
      gh.resetCalls();
      gh.setFile({ path: '.github/alignment.yml', content: setup.config ?? null });
      if (kind === 'rateLimited' && record) {
        gh.failNext({ path: '/graphql', operation: 'AlignmentAddComment', status: 403, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' } });
      }
      const run = await runAction({
        server: gh,
        event: pullRequestEvent(record ? setup.action : 'opened', { number: pr, body: setup.passes ? PASSING_BODY : FAILING }),
        entry: 'dist/index.js',
        env,
        ...(setup.inputs ? { inputs: setup.inputs } : {}),
      });
      if (record) samples[kind].push({ wallMs: run.wallMs ?? Number.NaN, ...usage(), run, calls: gh.calls.length, comments: gh.comments(pr).length });
    };
    let number = 100;
    /** A fresh PR for a scenario, with its unmeasured first run when it is a re-run. */
    const prepare = async (kind: ScenarioName): Promise<number> => {
      number += 1;
      gh.addPull({ number, title: 'feat: cache quotes', body: SETUPS[kind].passes ? PASSING_BODY : FAILING });
      const first = FIRST_RUN[kind];
      if (first) await once(first, number, false);
      return number;
    };
    // Warm-up: the file cache, the fake's schema.
    await once('opened', await prepare('opened'), false);
    await baseline();
    samples.baseline.length = 0;
    for (let i = 0; i < runs; i += 1) {
      await baseline();
      for (const kind of names) {
        if (kind === 'rateLimited' && i >= 3) continue; // each waits a second: three are enough
        await once(kind, await prepare(kind));
      }
    }
    // Round trips, with 30 ms per answer: one more run of each scenario on fresh PRs, not in the medians.
    gh.setLatency(30);
    for (const kind of names) {
      const pr = await prepare(kind);
      const before = samples[kind].length;
      await once(kind, pr);
      if (samples[kind].splice(before, 1).length === 1) trips[kind] = roundTrips(gh.calls);
    }
  } finally {
    await gh.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const figures = (list: readonly ProcessFigures[]): ProcessFigures => ({
    wallMs: median(list.map((s) => s.wallMs)),
    cpuMs: median(list.map((s) => s.cpuMs)),
    rssMb: median(list.map((s) => s.rssMb)),
  });
  const scenario = (list: readonly Sample[], kind: keyof typeof trips): Scenario => ({
    ...figures(list),
    calls: median(list.map((s) => s.calls)),
    roundTrips: trips[kind],
    conclusion: [...new Set(list.map((s) => `${s.run.outputs['conclusion'] ?? '?'} (exit ${String(s.run.code)})`))].join(', '),
    comments: median(list.map((s) => s.comments)),
  });
  return {
    runs,
    baseline: figures(samples.baseline),
    scenarios: Object.fromEntries(names.map((name) => [name, scenario(samples[name], name)])) as Record<ScenarioName, Scenario>,
    startupKb: startupBytes(join(REPO_ROOT, 'dist', 'index.js')) / 1024,
  };
}

/** Issue 10's budgets against the empty script: the PR check's wall and CPU medians. */
export const WALL_BUDGET = 7;
export const CPU_BUDGET = 8;

/** The table: each scenario's medians, their ratios to the empty script, calls, round trips and what the runs concluded. */
export function printEndToEnd(bench: EndToEnd, log: (line: string) => void = console.log): void {
  const { baseline } = bench;
  const within = (ratio: number, budget: number, name: ScenarioName): string =>
    name === 'configured'
      ? `(for reference: the budget, ≤ ${budget}×, is the action's as shipped; this is ${ratio <= budget ? 'within' : 'over'} it)`
      : `(budget ≤ ${budget}×: ${ratio <= budget ? 'within' : 'OVER'})`;
  log(`the PR check end to end: the built action (dist/index.js) in a process of its own against the loopback fake, ${bench.runs} interleaved runs, medians`);
  log(`  empty script (node, same environment)  wall ${baseline.wallMs.toFixed(0)} ms, CPU ${baseline.cpuMs.toFixed(0)} ms, peak RSS ${baseline.rssMb.toFixed(0)} MB`);
  log(`  code loaded at startup: ${bench.startupKb.toFixed(0)} KB (dist/index.js and the chunks it imports statically)`);
  for (const [name, scenario] of Object.entries(bench.scenarios) as Array<[ScenarioName, Scenario]>) {
    const wall = scenario.wallMs / baseline.wallMs;
    const cpu = scenario.cpuMs / baseline.cpuMs;
    log(`  ${SCENARIOS[name]}`);
    log(`    wall ${scenario.wallMs.toFixed(0)} ms = ${wall.toFixed(1)}× ${name === 'rateLimited' ? '(waits the second GitHub asked for)' : within(wall, WALL_BUDGET, name)}`);
    log(`    CPU  ${scenario.cpuMs.toFixed(0)} ms = ${cpu.toFixed(1)}× ${within(cpu, CPU_BUDGET, name)}`);
    log(`    peak RSS ${scenario.rssMb.toFixed(0)} MB; ${scenario.calls} API calls, ${scenario.roundTrips} sequential round trips; ${scenario.comments} comment(s) on the PR; concluded ${scenario.conclusion}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printEndToEnd(await benchEndToEnd(Number(process.argv[2] ?? 15)));
}

interface Sample extends ProcessFigures {
  readonly run: RunActionResult;
  readonly calls: number;
  readonly comments: number;
}

