/** The CLI: parses the command line, runs a command, maps errors to exit codes. */
import { runAudit, auditHelp } from './commands/audit.js';
import { runCheck, checkHelp } from './commands/check.js';
import { runConfig, configHelp } from './commands/config.js';
import { runInit, initHelp } from './commands/init.js';
import { registerHelp, runRegister } from './commands/register.js';
import { runSprint, sprintHelp } from './commands/sprint.js';
import { describeError } from '../core/errors.js';
import { InputError, UsageError } from './errors.js';
import type { Io } from './io.js';
import { VERSION } from '../version.js';
import { suggest } from '../config/suggest.js';

export const mainHelp = `Usage: alignment-check <command> [options]

Makes every pull request and issue state its business value, its non-functional
acceptance criteria and its link to the technical-debt register.

Commands:
  check [FILE|-]...    check PR or issue bodies (alignment-check check --help)
  config validate      validate .github/alignment.yml
  config schema        print the config's JSON Schema
  init                 write the config, PR template, issue forms and workflows
                       (see: alignment-check init --help)
  sprint               the sprint debt ratio of a repository or an export
                       (see: alignment-check sprint --help)
  audit OWNER/REPO     where a repository stands: the rules' pass rates over
                       the PRs and issues of the last 90 days, and the config
                       to start with (see: alignment-check audit --help)
  register             the debt register board: open debt ranked by stated cost
                       (see: alignment-check register --help)

Options:
  -h, --help           show this help
  -v, --version        print the version

Exit codes: 0 success or neutral, 1 failure, 2 usage, input or config error.
`;

type Command = (args: readonly string[], io: Io) => Promise<number>;

const commands: Record<string, { run: Command; help: string }> = {
  check: { run: runCheck, help: checkHelp },
  config: { run: runConfig, help: configHelp },
  init: { run: runInit, help: initHelp },
  sprint: { run: runSprint, help: sprintHelp },
  audit: { run: runAudit, help: auditHelp },
  register: { run: runRegister, help: registerHelp },
};

export async function main(args: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = args;
  try {
    if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
      io.stdout(mainHelp);
      return name === undefined ? 2 : 0;
    }
    if (name === '-v' || name === '--version') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    const command = commands[name];
    if (!command) {
      const close = suggest(name, Object.keys(commands));
      throw new UsageError(`unknown command "${name}"${close === undefined ? ` (commands: ${Object.keys(commands).join(', ')})` : `; did you mean "${close}"?`}`);
    }
    return await command.run(rest, io);
  } catch (error) {
    return report(error, io, name);
  }
}

/** The one place the CLI turns an error into output and an exit code. */
function report(error: unknown, io: Io, command: string | undefined): number {
  if (error instanceof UsageError || isParseArgsError(error)) {
    io.stderr(`alignment-check: ${(error as Error).message}\n`);
    io.stderr(`Run "alignment-check ${command && command in commands ? `${command} ` : ''}--help" for usage.\n`);
    return 2;
  }
  const { user, message } = describeError(error);
  if (user) {
    // An input, a config, an export or an API call the user can fix: the message names it.
    io.stderr(`${error instanceof InputError ? '' : 'alignment-check: '}${message}\n`);
    return 2;
  }
  // Not a user mistake: keep the detail, it is a bug to report.
  io.stderr(`alignment-check: internal error: ${message}\n`);
  return 3;
}

function isParseArgsError(error: unknown): boolean {
  const code: unknown = error instanceof Error ? Reflect.get(error, 'code') : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
