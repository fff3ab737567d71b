/**
 * The audit use case: where a repository stands against the rules today. From GitHub
 * (`auditRepository`: the config from the default branch, or the one given, then the
 * PRs and issues opened in the window, 100 of each per call) or from an audit export
 * (`auditExport`, no network). Returns what happened — the report, its Markdown and
 * the export — for a shell to publish: the action writes the job summary and outputs,
 * the CLI prints the format asked for and writes the export.
 */
import type { Config } from '../../config/schema.js';
import {
  computeAudit,
  renderAuditMarkdown,
  windowStart,
  type AuditReport,
  type AuditWindowSpec,
  type TrendBy,
} from '../../core/audit/index.js';
import { UserError } from '../../core/errors.js';
import type { AuditKind, SprintExport } from '../../core/sprint/index.js';
import type { GitHubApi, RepoRef } from '../../github/api.js';
import { configErrorMarkdown, type ConfigErrorOutcome, type SetupErrorOutcome } from '../shared/config-error.js';
import { loadRepoConfig } from '../shared/repo-config.js';
import { SprintSetupError } from '../sprint-report/fetch.js';
import { fetchAuditData, type AuditProgress } from './fetch.js';

export interface AuditEnvironment {
  readonly api: GitHubApi;
  readonly repo: RepoRef;
  /** ms since the epoch: the end of the window. */
  readonly now: number;
  readonly log: (message: string) => void;
  readonly onProgress?: (progress: AuditProgress) => void;
}

export interface AuditRequest {
  readonly window: AuditWindowSpec;
  readonly kinds: readonly AuditKind[];
  readonly trend: TrendBy;
  /** Keep the bodies in the export (needed to audit it again under another config). */
  readonly withBodies?: boolean;
  /** The config: the file at `path` on the default branch (else the embedded defaults), or one given (the CLI's --config). */
  readonly config: { readonly path: string } | { readonly given: Config };
}

export type AuditOutcome =
  | ConfigErrorOutcome
  /** A setting or the request asks for something that cannot be: the message names it. */
  | SetupErrorOutcome
  | {
      readonly type: 'audited';
      readonly report: AuditReport;
      /** The report for the job summary, a comment or an issue. */
      readonly markdown: string;
      /** What was read, as an audit export (`--export`). */
      readonly data: SprintExport;
      readonly calls: number;
    };

export async function auditRepository(env: AuditEnvironment, request: AuditRequest): Promise<AuditOutcome> {
  const { api, repo, now, log } = env;
  let config: Config;
  if ('given' in request.config) config = request.config.given;
  else {
    const loaded = await loadRepoConfig(api, repo, request.config.path, undefined);
    if (!loaded.ok) return { type: 'config-error', errors: loaded.errors, markdown: configErrorMarkdown(loaded.errors, request.config.path) };
    if (loaded.source === 'defaults') log(`No ${request.config.path} on the default branch: auditing under the embedded defaults.`);
    config = loaded.config;
  }
  let since: number;
  try {
    since = windowStart(request.window, now);
  } catch (error) {
    if (error instanceof UserError) return { type: 'setup-error', message: `the audit window: ${error.message}` };
    throw error;
  }
  let read;
  try {
    read = await fetchAuditData(api, {
      repo,
      config,
      since,
      until: now,
      kinds: request.kinds,
      sprints: request.trend === 'sprint',
      withBodies: request.withBodies === true,
      log,
      ...(env.onProgress === undefined ? {} : { onProgress: env.onProgress }),
    });
  } catch (error) {
    if (error instanceof SprintSetupError) return { type: 'setup-error', message: error.message };
    throw error;
  }
  const { data, calls } = read;
  const report = computeAudit({
    repo: data.repo,
    items: data.items,
    since,
    until: now,
    kinds: request.kinds,
    config,
    source: 'stored',
    trend: request.trend === 'month' ? { by: 'month' } : { by: 'sprint', sprints: data.sprints },
    unreadable: data.audit?.unreadable ?? 0,
  });
  log(`Audit of ${data.repo}: ${report.totals.read} items opened since ${new Date(since).toISOString().slice(0, 10)}, read in ${calls} GraphQL call${calls === 1 ? '' : 's'}.`);
  return { type: 'audited', report, markdown: renderAuditMarkdown(report), data, calls };
}

/** An audit export that cannot give what was asked: the message names the file and what to do. */
export class AuditExportError extends UserError {
  override readonly name = 'AuditExportError';
}

export interface ExportAuditOptions {
  /** The file, for messages. */
  readonly file: string;
  /** Another config than the export's: every body is checked again (the export must hold the bodies). */
  readonly config?: Config;
  /** A window inside the export's; default the export's. */
  readonly window?: AuditWindowSpec;
  /** Kinds among the export's; default the export's. */
  readonly kinds?: readonly AuditKind[];
  readonly trend: TrendBy;
}

/** Two configs that check alike (the same settings, whatever their source). */
const sameConfig = (a: Config, b: Config): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The audit of an export, with no network. */
export function auditExport(data: SprintExport, options: ExportAuditOptions): { readonly report: AuditReport; readonly markdown: string; readonly rechecked: boolean } {
  const { file } = options;
  const scope = data.audit;
  if (scope === undefined) {
    throw new AuditExportError(`${file}: not an audit export (it has no \`audit\` key): write one with alignment-check audit OWNER/REPO --export FILE`);
  }
  const until = Date.parse(scope.until);
  let since = Date.parse(scope.since);
  if (options.window !== undefined) {
    const asked = windowStart(options.window, until);
    if (asked < since) {
      throw new AuditExportError(`${file}: the export covers ${scope.since.slice(0, 10)} to ${scope.until.slice(0, 10)}; --since asks from ${new Date(asked).toISOString().slice(0, 10)}`);
    }
    since = asked;
  }
  const kinds = options.kinds ?? scope.kinds;
  const missing = kinds.filter((kind) => !scope.kinds.includes(kind));
  if (missing.length > 0) {
    throw new AuditExportError(`${file}: the export holds ${scope.kinds.map((k) => (k === 'pr' ? 'PRs' : 'issues')).join(' and ')} only; --kind asks for ${missing.map((k) => (k === 'pr' ? 'PRs' : 'issues')).join(' and ')}`);
  }
  const config = options.config ?? scope.config;
  const rechecked = options.config !== undefined && !sameConfig(options.config, scope.config);
  if (rechecked) {
    const bodiless = data.items.filter((item) => item.kind !== 'redacted' && kinds.includes(item.kind) && item.body === undefined).length;
    if (bodiless > 0) {
      throw new AuditExportError(
        `${file}: checked under another config than the one given, and ${bodiless} of its items have no body to check again — ` +
          'export with --with-bodies to audit under another config, or leave out --config to audit under the export\'s own',
      );
    }
  }
  let report: AuditReport;
  try {
    report = computeAudit({
      repo: data.repo,
      items: data.items,
      since,
      until,
      kinds,
      config,
      source: rechecked ? 'recheck' : 'stored',
      trend: options.trend === 'month' ? { by: 'month' } : { by: 'sprint', sprints: data.sprints },
      unreadable: scope.unreadable,
    });
  } catch (error) {
    if (error instanceof UserError) throw new AuditExportError(`${file}: ${error.message}`);
    throw error;
  }
  return { report, markdown: renderAuditMarkdown(report), rechecked };
}
