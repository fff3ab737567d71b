import { fetchSprintData } from '../../features/sprint-report/fetch.js';
import { selectAsked, SprintSelectionError, withTrendSprints, type AskedSprints } from '../../core/sprint/select.js';
import type { Config } from '../../config/schema.js';
import {
  computeSprintReports,
  engineReader,
  exportHolds,
  renderSprintMarkdown,
  renderSprintText,
  type SprintExport,
  type SprintReport,
} from '../../core/sprint/index.js';
import { createGitHubApi } from '../../github/index.js';
import { loadConfigFile } from '../config-file.js';
import { itemsAndBodies, readExportFile, writeExportFile } from '../export-file.js';
import { parseCommandLine } from '../args.js';
import { InputError, UsageError } from '../errors.js';
import { outputWidth, type Io } from '../io.js';
import { wrapLines } from '../../core/render/width.js';
import { formatOf, type Format } from '../formats.js';
import { checkSourceOptions } from '../source-options.js';

export const sprintHelp = `Usage: alignment-check sprint --repo OWNER/NAME [options]
       alignment-check sprint --from FILE [options]

The sprint debt ratio: the share of each sprint's finished work (PRs merged,
issues closed as completed) that paid down technical debt, against the target
band in the config (sprints.target), with the debt items done, the items that
could not be classified, and the trend over the last sprints
(sprints.summary.history).

Sprints come from the config's sprints.source: milestones, a Projects iteration
field, or a fixed cadence.

Options:
  --repo OWNER/NAME    read the repository from GitHub, with the token in
                       GITHUB_TOKEN (or GH_TOKEN); GITHUB_API_URL points at
                       GitHub Enterprise Server. Iteration sprints need a token
                       that can read the project.
  --from FILE          compute from an export file instead, with no network
  --sprint NAME        the sprint to report, by title (default: the last that
                       ended)
  --last N             the last N sprints that ended
  --format FORMAT      text (default), json (an array of report objects) or
                       markdown (the tracking-issue comment)
  --config PATH        config file (default: .github/alignment.yml if present,
                       else the embedded defaults)
  --export FILE        also write what was read as an export file (with
                       --repo): the sprints and their work items, each body
                       read once into its debt-register links and business
                       impact (docs/export-format.md)
  --with-bodies        keep the bodies in the export too (larger; re-read by
                       every report)
  -h, --help           show this help

Exit codes: 0 reported, 2 usage, input, config or API error.
`;


export async function runSprint(args: readonly string[], io: Io): Promise<number> {
  const { values } = parseCommandLine({
    args: [...args],
    allowPositionals: false,
    options: {
      repo: { type: 'string' },
      from: { type: 'string' },
      sprint: { type: 'string' },
      last: { type: 'string' },
      format: { type: 'string', default: 'text' },
      config: { type: 'string' },
      export: { type: 'string' },
      'with-bodies': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(sprintHelp);
    return 0;
  }
  const format = formatOf(values.format);
  checkSourceOptions({ repo: values.repo, from: values.from, export: values.export, withBodies: values['with-bodies'] }, '--repo OWNER/NAME', 'an export');
  if (values.sprint !== undefined && values.last !== undefined) throw new UsageError('give --sprint or --last, not both');
  let last: number | undefined;
  if (values.last !== undefined) {
    last = Number(values.last);
    if (!Number.isInteger(last) || last < 1 || last > 52) throw new UsageError(`--last: expected a whole number from 1 to 52, found "${values.last}"`);
  }
  const pick: Pick = { sprint: values.sprint, last };
  const { config } = await loadConfigFile(io, values.config);

  let why: string | undefined;
  const data =
    values.from !== undefined
      ? await readExportFile(io, values.from, values.repo)
      : await readRepository(io, values.repo as string, config, pick, values['with-bodies'] === true, (reason) => (why = reason));
  if (values.export !== undefined) {
    await writeExportFile(io, values.export, data, `${data.sprints.length} sprint${data.sprints.length === 1 ? '' : 's'}, ${itemsAndBodies(data)}`);
  }
  if (values.from !== undefined) {
    // The export's own shortcomings name the file, not the config: the config did not make these sprints.
    if (!exportHolds(data).includes('sprint-work')) {
      throw new InputError(`${values.from}: the export holds the debt register, not the work of its sprints — write one with \`alignment-check sprint --repo OWNER/NAME --export FILE\``);
    }
    if (data.sprints.length === 0) throw new InputError(`${values.from}: the export holds no sprints — nothing to report`);
  }
  const selection = selectAsked(data.sprints, pick, Date.parse(data.exportedAt));
  if (!selection.ok) {
    if (selection.error) throw new SprintSelectionError(selection.reason);
    // As the action on workflow_dispatch: nothing to report is not an error.
    io.stderr(`alignment-check: no sprint report — ${why ?? selection.reason}.\n`);
    return 0;
  }
  const reports = computeSprintReports(data, { config, reader: engineReader(config, data.repo) });
  const wanted = new Set(selection.sprints.map((w) => `${w.source}:${w.id}`));
  io.stdout(render(reports.filter((r) => wanted.has(`${r.sprint.source}:${r.sprint.id}`)), format, data.repo, outputWidth(io)));
  return 0;
}

type Pick = AskedSprints;


async function readRepository(io: Io, full: string, config: Config, pick: Pick, withBodies: boolean, nothing: (reason: string) => void): Promise<SprintExport> {
  const token = io.env['GITHUB_TOKEN'] || io.env['GH_TOKEN'];
  if (!token) {
    throw new InputError(
      `alignment-check sprint: no token — set GITHUB_TOKEN (or GH_TOKEN) to a token that can read ${full}` +
        `${config.sprints.source === 'iteration' ? ' and its project' : ''}, or compute from an export with --from FILE.`,
    );
  }
  const [owner = '', repo = ''] = full.split('/');
  const baseUrl = io.env['GITHUB_API_URL'];
  const api = createGitHubApi({ token, ...(baseUrl ? { baseUrl } : {}), log: (message) => io.stderr(`${message}\n`) });
  const now = Date.now();
  const history = config.sprints.summary.history;
  const result = await fetchSprintData(api, {
    repo: { owner, repo },
    config,
    now,
    withBodies,
    // The sprints asked for, and the ones before them for the trend.
    choose: (windows) => {
      const selection = selectAsked(windows, pick, now);
      if (selection.ok) return withTrendSprints(selection.sprints, windows, history);
      if (selection.error) throw new SprintSelectionError(selection.reason);
      nothing(selection.reason);
      return [];
    },
  });
  return result.data;
}

function render(reports: readonly SprintReport[], format: Format, repo: string, width: number): string {
  if (format === 'json') return `${JSON.stringify(reports, null, 2)}\n`;
  if (format === 'markdown') return reports.map((r) => renderSprintMarkdown(r, { repo })).join('\n---\n\n');
  // Wrapped to the terminal's width (80 when not a terminal), as the check's output.
  return wrapLines(reports.map((r) => renderSprintText(r)).join('\n'), width);
}
