/**
 * `alignment-check audit`: reads the flags, runs the audit use case — from GitHub (with a
 * progress bar on a terminal's standard error) or from an export — prints the format
 * asked for, and writes the export when asked.
 */
import { parseArgs } from 'node:util';
import { formatConfigIssue } from '../../config/issue.js';
import { AuditWindowError, parseWindow, renderAuditText, windowStart, type AuditReport, type AuditWindowSpec } from '../../core/audit/index.js';
import type { AuditKind, SprintExport } from '../../core/sprint/index.js';
import { auditExport, auditRepository } from '../../features/audit/run-audit.js';
import { createGitHubApi } from '../../github/index.js';
import { loadConfigFile } from '../config-file.js';
import { itemsAndBodies, readExportFile, writeExportFile } from '../export-file.js';
import { InputError, UsageError } from '../errors.js';
import { formatOf } from '../formats.js';
import { checkSourceOptions } from '../source-options.js';
import type { Io } from '../io.js';
import { progressBar } from '../progress.js';

export const auditHelp = `Usage: alignment-check audit OWNER/REPO [options]
       alignment-check audit --from FILE [options]

Where a repository stands before it enforces anything. Reads the PRs and issues opened
in the window (100 per API call, bodies included), checks each under the repository's
config (its .github/alignment.yml on the default branch, else the embedded defaults,
or --config), and reports: the share passing each rule, the share with a measurable
business value, the coverage of each NFR category, waivers, debt work with and without
a register link, the trend by month or by sprint, the ten most common reasons for
failing with an example each, and the config change it recommends to start with.

Options:
  --since WINDOW       the items opened since: 90d (default), 12w, or a date (2026-01-01);
                       with --from, default the export's window
  --kind KIND          pr, issue or all (default)
  --trend BY           month (default) or sprint (the sprints of the config's sprints.source)
  --format FORMAT      text (default, a table for the terminal), json (the report object,
                       docs/audit.md) or markdown (for a comment, an issue or a job summary)
  --config PATH        audit under this config file instead; with --from, the bodies are
                       checked again (the export must hold them: --with-bodies)
  --from FILE          audit an export instead, with no network
  --export FILE        also write what was read as an audit export (with OWNER/REPO): each
                       item with its check, no bodies (docs/export-format.md)
  --with-bodies        keep the bodies in the export too (to audit it under another config)
  -h, --help           show this help

The token is read from GITHUB_TOKEN (or GH_TOKEN); GITHUB_API_URL points at GitHub
Enterprise Server. While pages load, a progress bar shows on standard error when it is
a terminal.

Exit codes: 0 reported, 2 usage, input, config or API error.
`;

const KINDS: Readonly<Record<string, readonly AuditKind[]>> = { pr: ['pr'], issue: ['issue'], all: ['pr', 'issue'] };
const DEFAULT_WINDOW = '90d';

export async function runAudit(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      since: { type: 'string' },
      kind: { type: 'string' },
      trend: { type: 'string', default: 'month' },
      format: { type: 'string', default: 'text' },
      config: { type: 'string' },
      from: { type: 'string' },
      export: { type: 'string' },
      'with-bodies': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(auditHelp);
    return 0;
  }
  const format = formatOf(values.format);
  if (positionals.length > 1) throw new UsageError(`expected one OWNER/REPO, found ${positionals.length}: ${positionals.join(' ')}`);
  const repo = positionals[0];
  checkSourceOptions({ repo, from: values.from, export: values.export, withBodies: values['with-bodies'] }, 'OWNER/REPO', 'an audit export');
  const kinds = values.kind === undefined ? undefined : KINDS[values.kind];
  if (values.kind !== undefined && kinds === undefined) throw new UsageError(`--kind: expected pr, issue or all, found "${values.kind}"`);
  const trend = values.trend;
  if (trend !== 'month' && trend !== 'sprint') throw new UsageError(`--trend: expected month or sprint, found "${trend}"`);
  let window: AuditWindowSpec | undefined;
  try {
    window = values.since === undefined ? undefined : parseWindow(values.since);
    // A date after today, or too far back, is a usage mistake too (with --from, the export's end decides).
    if (window !== undefined && values.from === undefined) windowStart(window, Date.now());
  } catch (error) {
    if (error instanceof AuditWindowError) throw new UsageError(`--since: ${error.message}`);
    throw error;
  }
  const config = values.config === undefined ? undefined : (await loadConfigFile(io, values.config)).config;

  let report: AuditReport;
  let markdown: string;
  if (values.from !== undefined) {
    const data = await readExportFile(io, values.from, repo);
    const audited = auditExport(data, {
      file: values.from,
      trend,
      ...(config === undefined ? {} : { config }),
      ...(window === undefined ? {} : { window }),
      ...(kinds === undefined ? {} : { kinds }),
    });
    if (audited.rechecked) io.stderr(`alignment-check: ${values.from} was checked under another config: every body checked again under ${values.config ?? ''}.\n`);
    ({ report, markdown } = audited);
  } else {
    const outcome = await readRepository(io, repo ?? '', {
      window: window ?? parseWindow(DEFAULT_WINDOW),
      kinds: kinds ?? ['pr', 'issue'],
      trend,
      withBodies: values['with-bodies'] === true,
      config: config === undefined ? { path: '.github/alignment.yml' } : { given: config },
    });
    if (values.export !== undefined) await writeExportFile(io, values.export, outcome.data, itemsAndBodies(outcome.data));
    ({ report, markdown } = outcome);
  }
  io.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : format === 'markdown' ? markdown : renderAuditText(report));
  return 0;
}

async function readRepository(
  io: Io,
  full: string,
  request: Parameters<typeof auditRepository>[1],
): Promise<{ report: AuditReport; markdown: string; data: SprintExport }> {
  const token = io.env['GITHUB_TOKEN'] || io.env['GH_TOKEN'];
  if (!token) throw new InputError(`alignment-check audit: no token — set GITHUB_TOKEN (or GH_TOKEN) to a token that can read ${full}, or audit an export with --from FILE.`);
  const [owner = '', name = ''] = full.split('/');
  const baseUrl = io.env['GITHUB_API_URL'];
  const bar = progressBar(io, `reading ${full}`);
  const log = (message: string): void => {
    bar.done();
    io.stderr(`${message}\n`);
  };
  const api = createGitHubApi({ token, ...(baseUrl ? { baseUrl } : {}), log });
  let outcome;
  try {
    outcome = await auditRepository({ api, repo: { owner, repo: name }, now: Date.now(), log, onProgress: (p) => bar.update(p) }, request);
  } finally {
    bar.done();
  }
  switch (outcome.type) {
    case 'config-error':
      throw new InputError(`${full}: the config on the default branch is invalid:\n${outcome.errors.map((e) => `  ${formatConfigIssue(e)}`).join('\n')}`);
    case 'setup-error':
      throw new InputError(`alignment-check audit: ${outcome.message}`);
    case 'audited':
      return outcome;
  }
}
