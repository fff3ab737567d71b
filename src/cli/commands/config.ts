import { generateJsonSchema } from '../../config/json-schema.js';
import { formatConfigIssue, parseConfigBytes } from '../../config/load.js';
// The CLI reads any config: RE2 for its patterns is always there (config/pattern-engine.ts).
import '../../config/user-pattern.js';
import { DEFAULT_CONFIG_PATH, readConfigBytes } from '../config-file.js';
import { parseCommandLine } from '../args.js';
import { InputError, UsageError } from '../errors.js';
import type { Io } from '../io.js';

export const configHelp = `Usage: alignment-check config <command>

Commands:
  validate [PATH]   validate a config file (default: ${DEFAULT_CONFIG_PATH});
                    prints every error in one run, as
                    FILE:LINE:COLUMN: KEY: message
  schema            print the JSON Schema of the config file

Options:
  -h, --help        show this help
`;

export async function runConfig(args: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = args;
  const { values, positionals } = parseCommandLine({
    args: rest,
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' } },
  });
  if (command === undefined || command === '--help' || command === '-h' || values.help) {
    io.stdout(configHelp);
    return command === undefined ? 2 : 0;
  }
  if (command === 'schema') {
    if (positionals.length) throw new UsageError('config schema takes no arguments');
    io.stdout(`${JSON.stringify(generateJsonSchema(), null, 2)}\n`);
    return 0;
  }
  if (command === 'validate') {
    if (positionals.length > 1) throw new UsageError('config validate takes at most one PATH');
    const file = positionals[0] ?? DEFAULT_CONFIG_PATH;
    const bytes = await readConfigBytes(io, file);
    if (bytes === undefined) throw new InputError(`${file}: config file not found`);
    const parsed = parseConfigBytes(bytes, file);
    if (!parsed.ok) {
      io.stderr(`${parsed.errors.map(formatConfigIssue).join('\n')}\n`);
      io.stderr(`${file}: ${parsed.errors.length} error${parsed.errors.length === 1 ? '' : 's'}\n`);
      return 2;
    }
    io.stdout(`${file}: valid\n`);
    return 0;
  }
  throw new UsageError(`unknown config command "${command}" (expected validate or schema)`);
}
