import { parseArgs } from 'node:util';
import type { Config } from '../../config/schema.js';
import { computeRegisterBoard, renderBoardMarkdown, renderBoardText, type RegisterBoard } from '../../core/register/index.js';
import { exportHolds, type SprintExport } from '../../core/sprint/index.js';
import { fetchRegisterData } from '../../features/register-board/fetch.js';
import { createGitHubApi } from '../../github/index.js';
import { loadConfigFile } from '../config-file.js';
import { readExportFile, writeExportFile } from '../export-file.js';
import { InputError } from '../errors.js';
import { formatOf, type Format } from '../formats.js';
import { checkSourceOptions } from '../source-options.js';
import type { Io } from '../io.js';

export const registerHelp = `Usage: alignment-check register --repo OWNER/NAME [options]
       alignment-check register --from FILE [options]

The debt register board: every open debt item (issues with a debt label, or in a
register repository of rules.debt-link.registers) with the cost its Business Impact
states — engineer time, money, incidents, delivery delay — ranked by that cost per
month (register.costs, register.rates), with the totals, each item's age, the sprint it
entered and the PRs that worked on it (docs/register.md).

Options:
  --repo OWNER/NAME    read the repository from GitHub, with the token in GITHUB_TOKEN
                       (or GH_TOKEN); GITHUB_API_URL points at GitHub Enterprise Server
  --from FILE          compute from a register export instead, with no network
  --format FORMAT      text (default), json (the board object) or markdown (the comment)
  --config PATH        config file (default: .github/alignment.yml if present, else the
                       embedded defaults)
  --export FILE        also write what was read as an export file (with --repo): the
                       open register items, each body read once into its Business Impact
                       (docs/export-format.md)
  --with-bodies        keep the bodies in the export too
  -h, --help           show this help

Exit codes: 0 reported, 2 usage, input, config or API error.
`;

export async function runRegister(args: readonly string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    allowPositionals: false,
    options: {
      repo: { type: 'string' },
      from: { type: 'string' },
      format: { type: 'string', default: 'text' },
      config: { type: 'string' },
      export: { type: 'string' },
      'with-bodies': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(registerHelp);
    return 0;
  }
  const format = formatOf(values.format);
  checkSourceOptions({ repo: values.repo, from: values.from, export: values.export, withBodies: values['with-bodies'] }, '--repo OWNER/NAME', 'an export');
  const { config } = await loadConfigFile(io, values.config);

  const data = values.from !== undefined ? await readExport(io, values.from, values.repo) : await readRepository(io, values.repo as string, config, values['with-bodies'] === true);
  if (values.export !== undefined) {
    await writeExportFile(io, values.export, data, `${data.items.length} items, ${data.sprints.length} sprint window${data.sprints.length === 1 ? '' : 's'}`);
  }
  const board = computeRegisterBoard({ data, config });
  io.stdout(render(board, format, data.repo, config));
  return 0;
}

async function readExport(io: Io, file: string, repo: string | undefined): Promise<SprintExport> {
  const data = await readExportFile(io, file, repo);
  // A sprint export holds the work finished in its sprints, not every open item of the register.
  if (!exportHolds(data).includes('register')) {
    throw new InputError(`${file}: the export holds no debt register (only the work of its sprints) — write one with \`alignment-check register --repo ${data.repo} --export FILE\``);
  }
  return data;
}

async function readRepository(io: Io, full: string, config: Config, withBodies: boolean): Promise<SprintExport> {
  const token = io.env['GITHUB_TOKEN'] || io.env['GH_TOKEN'];
  if (!token) throw new InputError(`alignment-check register: no token — set GITHUB_TOKEN (or GH_TOKEN) to a token that can read ${full}, or compute from an export with --from FILE.`);
  const [owner = '', repo = ''] = full.split('/');
  const baseUrl = io.env['GITHUB_API_URL'];
  const api = createGitHubApi({ token, ...(baseUrl ? { baseUrl } : {}), log: (message) => io.stderr(`${message}\n`) });
  const read = await fetchRegisterData(api, { repo: { owner, repo }, config, now: Date.now(), withBodies, log: (message) => io.stderr(`${message}\n`) });
  return read.data;
}

function render(board: RegisterBoard, format: Format, repo: string, config: Config): string {
  if (format === 'json') return `${JSON.stringify(board, null, 2)}\n`;
  if (format === 'markdown') return renderBoardMarkdown(board, { repo, maxItems: config.register['max-items'] });
  return renderBoardText(board);
}
