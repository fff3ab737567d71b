// Runs the action the way a GitHub runner does, against a fake GitHub server — the
// source in this process (the default), or a built script (dist/index.js, a stub) as a
// child process when `entry` names one: inputs as INPUT_<NAME> variables
// (with action.yml's defaults, `${{ github.token }}` included), the event payload
// in a file named by GITHUB_EVENT_PATH, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY /
// GITHUB_STATE / GITHUB_ENV / GITHUB_PATH files, and the GITHUB_* variables a
// runner sets for the event. Nothing is inherited from the parent's environment
// but PATH, HOME and the locale: no proxy, no GITHUB_*, no NODE_OPTIONS.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';

/** The repository root (this file is test/harness/run-action.ts). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ServerLike {
  readonly url: string;
  readonly graphqlUrl: string;
  readonly serverUrl: string;
  /** the workflow token the server knows */
  readonly token: string;
}

export interface RunActionOptions {
  readonly server: ServerLike;
  /** GITHUB_EVENT_NAME and the payload written to GITHUB_EVENT_PATH (see test/fake-github/events.ts) */
  readonly event: { readonly name: string; readonly payload: unknown };
  /** the step's `with:`; names as in action.yml (e.g. "config-path") */
  readonly inputs?: Readonly<Record<string, string>>;
  /** extra environment, applied last; undefined removes a variable */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** what `${{ github.token }}` expands to; default the server's workflow token */
  readonly token?: string;
  /** GITHUB_WORKSPACE and the child's cwd; default a fresh empty directory (removed afterwards) */
  readonly cwd?: string;
  /**
   * the script to run as a child process, relative to the repository root or absolute
   * (dist/index.js for the smoke tests of the bundle; a .ts file runs through tsx, for
   * runs that must be processes of their own, such as concurrent ones); default: the
   * source's run(), in this process — the same inputs, environment, files and outputs
   */
  readonly entry?: string;
  /** killed (SIGKILL) after this long; default 20 000 ms */
  readonly timeoutMs?: number;
  /** GITHUB_REPOSITORY; default the payload's repository.full_name, else acme/widgets */
  readonly repository?: string;
  /** the action.yml whose input defaults apply; default the repository root's (skipped when absent) */
  readonly actionYml?: string;
  /** the clock of an in-process run (ms since the epoch); default the real one */
  readonly now?: () => number;
}

export interface WorkflowCommand {
  readonly command: string;
  readonly properties: Readonly<Record<string, string>>;
  readonly message: string;
}

export interface RunActionResult {
  /** exit code; null when killed */
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly timedOut: boolean;
  readonly stdout: string;
  readonly stderr: string;
  /** from GITHUB_OUTPUT (and any legacy ::set-output) */
  readonly outputs: Record<string, string>;
  /** GITHUB_STEP_SUMMARY's content */
  readonly summary: string;
  /** workflow commands printed on stdout (::error::, ::warning::, ::notice::, ::add-mask:: …) */
  readonly commands: readonly WorkflowCommand[];
  /** the child's environment (for debugging a test) */
  readonly env: Readonly<Record<string, string>>;
  /** a child process's wall time, from spawn to exit (for the benchmark; never asserted on in tests) */
  readonly wallMs?: number;
}

const INHERITED = ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TZ', 'SYSTEMROOT', 'TMPDIR', 'TEMP', 'TMP'];

/** INPUT_<NAME>: upper case, spaces to underscores, dashes kept — as @actions/core reads them. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Parses GITHUB_OUTPUT's format: `name<<DELIM\nvalue\nDELIM` blocks and `name=value` lines. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc?.[1] !== undefined && heredoc[2] !== undefined) {
      const delimiter = heredoc[2];
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++] ?? '');
      if (i >= lines.length) throw new Error(`GITHUB_OUTPUT: no closing delimiter ${delimiter} for ${heredoc[1]}`);
      out[heredoc[1]] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`GITHUB_OUTPUT: cannot parse line ${JSON.stringify(line)}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s: string): string {
  return unescapeData(s).replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}

/** Workflow commands (`::name key=value,…::message`) printed on stdout. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m?.[1]) continue;
    const properties: Record<string, string> = {};
    for (const part of (m[2] ?? '').split(',')) {
      const eq = part.indexOf('=');
      if (eq > 0) properties[part.slice(0, eq).trim()] = unescapeProperty(part.slice(eq + 1));
    }
    commands.push({ command: m[1], properties, message: unescapeData(m[3] ?? '') });
  }
  return commands;
}

/** Input defaults from action.yml, with `${{ github.token }}` expanded; other expressions are refused. */
export function actionDefaults(actionYmlPath: string, token: string): Record<string, string> {
  if (!existsSync(actionYmlPath)) return {};
  let doc: { inputs?: Record<string, { default?: unknown } | null> } | null;
  try {
    doc = parseYaml(readFileSync(actionYmlPath, 'utf8')) as typeof doc;
  } catch (err) {
    // A runner cannot load such an action either.
    throw new Error(`${actionYmlPath} is not valid YAML: ${err instanceof Error ? err.message : String(err)}`);
  }
  const defaults: Record<string, string> = {};
  for (const [name, spec] of Object.entries(doc?.inputs ?? {})) {
    if (spec?.default === undefined || spec.default === null) continue;
    const value = String(spec.default).replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_m, expr: string) => {
      if (expr === 'github.token') return token;
      throw new Error(`action.yml input ${name}: the harness cannot evaluate \${{ ${expr} }}`);
    });
    defaults[name] = value;
  }
  return defaults;
}

function field(obj: unknown, ...path: string[]): unknown {
  let v = obj;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[p];
  }
  return v;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

function fakeSha(seed: string): string {
  let h = 0x811c9dc5;
  let out = '';
  for (let round = 0; round < 5; round++) {
    for (const ch of `${seed}:${round}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}

/** GITHUB_REF, GITHUB_SHA and friends, as a runner sets them for the event. */
export function eventRefs(name: string, payload: unknown): Record<string, string> {
  const defaultBranch = str(field(payload, 'repository', 'default_branch')) ?? 'main';
  const full = str(field(payload, 'repository', 'full_name')) ?? 'acme/widgets';
  const number = str(field(payload, 'pull_request', 'number')) ?? str(field(payload, 'number'));
  const headRef = str(field(payload, 'pull_request', 'head', 'ref'));
  const baseRef = str(field(payload, 'pull_request', 'base', 'ref'));
  const baseSha = str(field(payload, 'pull_request', 'base', 'sha'));
  if (name === 'pull_request' && number !== undefined) {
    return {
      GITHUB_REF: `refs/pull/${number}/merge`,
      GITHUB_REF_NAME: `${number}/merge`,
      GITHUB_REF_TYPE: 'branch',
      GITHUB_SHA: fakeSha(`${full}#${number}:merge`),
      GITHUB_HEAD_REF: headRef ?? '',
      GITHUB_BASE_REF: baseRef ?? defaultBranch,
    };
  }
  if (name === 'pull_request_target' && number !== undefined) {
    return {
      GITHUB_REF: `refs/heads/${baseRef ?? defaultBranch}`,
      GITHUB_REF_NAME: baseRef ?? defaultBranch,
      GITHUB_REF_TYPE: 'branch',
      GITHUB_SHA: baseSha ?? fakeSha(`${full}@${baseRef ?? defaultBranch}`),
      GITHUB_HEAD_REF: headRef ?? '',
      GITHUB_BASE_REF: baseRef ?? defaultBranch,
    };
  }
  const ref = name === 'workflow_dispatch' ? (str(field(payload, 'ref')) ?? `refs/heads/${defaultBranch}`) : `refs/heads/${defaultBranch}`;
  return {
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_SHA: fakeSha(`${full}@${ref}`),
    GITHUB_HEAD_REF: '',
    GITHUB_BASE_REF: '',
  };
}

/** Runs the action once; never throws for the child's failure (see `code`, `timedOut`). */
export async function runAction(options: RunActionOptions): Promise<RunActionResult> {
  const temp = mkdtempSync(join(tmpdir(), 'alignment-run-'));
  try {
    const runnerTemp = join(temp, 'runner-temp');
    const workspace = options.cwd ?? join(temp, 'workspace');
    mkdirSync(runnerTemp, { recursive: true });
    mkdirSync(workspace, { recursive: true });
    const files: Record<'event' | 'output' | 'summary' | 'state' | 'env' | 'path', string> = {
      event: join(temp, 'event.json'),
      output: join(temp, 'output'),
      summary: join(temp, 'step-summary.md'),
      state: join(temp, 'state'),
      env: join(temp, 'env'),
      path: join(temp, 'path'),
    };
    writeFileSync(files.event, JSON.stringify(options.event.payload, null, 2));
    files.summary = summaryFile();
    for (const f of [files.output, files.summary, files.state, files.env, files.path]) writeFileSync(f, '');

    const token = options.token ?? options.server.token;
    const entry = options.entry ?? 'dist/index.js';
    const script = isAbsolute(entry) ? entry : join(REPO_ROOT, entry);
    const payload = options.event.payload;
    const repository = options.repository ?? str(field(payload, 'repository', 'full_name')) ?? 'acme/widgets';
    const [owner] = repository.split('/');
    const actor = str(field(payload, 'sender', 'login')) ?? 'octocat';

    const env: Record<string, string> = {};
    for (const k of INHERITED) {
      const v = process.env[k];
      if (v !== undefined) env[k] = v;
    }
    Object.assign(env, {
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_NAME: 'GitHub Actions 1',
      RUNNER_ENVIRONMENT: 'github-hosted',
      RUNNER_TEMP: runnerTemp,
      RUNNER_TOOL_CACHE: join(temp, 'toolcache'),
      GITHUB_EVENT_NAME: options.event.name,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_REPOSITORY: repository,
      GITHUB_REPOSITORY_OWNER: owner ?? '',
      GITHUB_REPOSITORY_ID: str(field(payload, 'repository', 'id')) ?? '123456789',
      GITHUB_REPOSITORY_OWNER_ID: str(field(payload, 'repository', 'owner', 'id')) ?? '987654',
      GITHUB_ACTOR: actor,
      GITHUB_TRIGGERING_ACTOR: actor,
      GITHUB_API_URL: options.server.url,
      GITHUB_GRAPHQL_URL: options.server.graphqlUrl,
      GITHUB_SERVER_URL: options.server.serverUrl,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_STATE: files.state,
      GITHUB_ENV: files.env,
      GITHUB_PATH: files.path,
      GITHUB_WORKSPACE: workspace,
      GITHUB_WORKFLOW: 'Alignment',
      GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/alignment.yml@refs/heads/main`,
      GITHUB_RUN_ID: '9876543210',
      GITHUB_RUN_NUMBER: '42',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'alignment',
      GITHUB_ACTION: '__acme_alignment-check',
      GITHUB_ACTION_REPOSITORY: 'acme/alignment-check',
      GITHUB_ACTION_REF: 'v1',
      GITHUB_RETENTION_DAYS: '90',
      ...eventRefs(options.event.name, payload),
    });
    const inputs = { ...actionDefaults(options.actionYml ?? join(REPO_ROOT, 'action.yml'), token), ...(options.inputs ?? {}) };
    for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value;
    for (const [k, v] of Object.entries(options.env ?? {})) {
      if (v === undefined) delete env[k];
      else env[k] = v;
    }

    if (options.entry === undefined) {
      return await runInProcess(options, env, files, workspace);
    }
    // A TypeScript entry (src/index.ts) runs through tsx, as `npm run bench` does.
    const args = script.endsWith('.ts') ? ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href, script] : [script];
    const spawnedAt = performance.now();
    const child = spawn(process.execPath, args, { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let wallMs: number | undefined;
    child.once('exit', () => (wallMs = performance.now() - spawnedAt));
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 20_000);
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done, fail) => {
      child.once('error', fail);
      child.once('close', (c, s) => done([c, s]));
    }).finally(() => clearTimeout(timer));

    const commands = parseWorkflowCommands(stdout);
    const outputs = parseOutputFile(readFileSync(files.output, 'utf8'));
    for (const c of commands) {
      if (c.command === 'set-output' && c.properties['name'] !== undefined) outputs[c.properties['name']] = c.message;
    }
    return {
      code,
      signal,
      timedOut,
      ...(wallMs === undefined ? {} : { wallMs }),
      stdout,
      stderr,
      outputs,
      summary: readFileSync(files.summary, 'utf8'),
      commands,
      env,
    };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** A unique delimiter, as @actions/core writes GITHUB_OUTPUT (exported for tests of the parser). */
export function outputBlock(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

/**
 * @actions/core remembers the job summary's file after its first write, so every run in
 * this process writes its summary to one file of the process, emptied before each run.
 */
let processSummary: string | undefined;
function summaryFile(): string {
  processSummary ??= join(mkdtempSync(join(tmpdir(), 'alignment-summary-')), 'step-summary.md');
  return processSummary;
}

/**
 * The source's run() in this process, with the environment a runner gives a step:
 * process.env is replaced for the run (and restored), stdout and stderr are captured,
 * and the step's status is read from process.exitCode (set by core.setFailed).
 */
async function runInProcess(
  options: RunActionOptions,
  env: Record<string, string>,
  files: Record<'event' | 'output' | 'summary', string>,
  workspace: string,
): Promise<RunActionResult> {
  const [{ run }, { createGitHubApi }] = await Promise.all([import('../../src/action/run.js'), import('../../src/github/index.js')]);
  const saved = { env: process.env, exitCode: process.exitCode, cwd: process.cwd(), stdout: process.stdout.write, stderr: process.stderr.write };
  let stdout = '';
  let stderr = '';
  process.env = { ...env };
  process.exitCode = undefined;
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true)) as typeof process.stderr.write;
  let timedOut = false;
  let code: number | null = 0;
  try {
    process.chdir(workspace);
    const payload = options.event.payload as Record<string, unknown>;
    const [owner = '', repo = ''] = (env['GITHUB_REPOSITORY'] ?? 'acme/widgets').split('/');
    const running = run({
      context: { eventName: options.event.name, payload, repo: { owner, repo }, apiUrl: options.server.url, serverUrl: options.server.serverUrl },
      createApi: (client) => createGitHubApi(client),
      ...(options.now === undefined ? {} : { now: options.now }),
    });
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<'timeout'>((done) => (timer = setTimeout(() => done('timeout'), options.timeoutMs ?? 20_000)));
    const finished = await Promise.race([running.then(() => 'done' as const), limit]).finally(() => clearTimeout(timer));
    timedOut = finished === 'timeout';
    code = timedOut ? null : typeof process.exitCode === 'number' ? process.exitCode : Number(process.exitCode ?? 0);
  } catch (error) {
    // run() catches everything; an escape is a crash, as an uncaught error would be in a child.
    stderr += `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`;
    code = 1;
  } finally {
    process.stdout.write = saved.stdout;
    process.stderr.write = saved.stderr;
    process.env = saved.env;
    process.exitCode = saved.exitCode;
    process.chdir(saved.cwd);
  }
  const commands = parseWorkflowCommands(stdout);
  const outputs = parseOutputFile(readFileSync(files.output, 'utf8'));
  return { code, signal: null, timedOut, stdout, stderr, outputs, summary: readFileSync(files.summary, 'utf8'), commands, env };
}
