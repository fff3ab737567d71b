/**
 * The command line of each command, read by Node's parseArgs — with its mistakes said
 * in the CLI's words: an unknown option gets the closest known one ("unknown option
 * --formt; did you mean --format?"), not Node's raw error about positional arguments.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { suggest } from '../config/suggest.js';
import { UsageError } from './errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs, with every mistake a {@link UsageError} that names the option and, where one is close, the one meant. */
export function parseCommandLine<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  const options: Options = config.options ?? {};
  rejectUnknownOptions(config.args ?? [], options);
  try {
    return parseArgs(config);
  } catch (error) {
    throw reword(error, config.allowPositionals === true);
  }
}

/** The first option the command does not know, with the closest one it does. */
function rejectUnknownOptions(args: readonly string[], options: Options): void {
  const { tokens } = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true });
  const unknown = tokens.find((token) => token.kind === 'option' && !Object.hasOwn(options, token.name));
  if (unknown === undefined || unknown.kind !== 'option') return;
  const names = Object.keys(options);
  const close = suggest(unknown.name, names);
  const known = names.map((name) => `--${name}`).join(', ');
  throw new UsageError(close === undefined ? `unknown option ${unknown.rawName} (options: ${known})` : `unknown option ${unknown.rawName}; did you mean --${close}?`);
}

/** Node's other parseArgs errors, in the CLI's words (the message is Node's when it is not one of these). */
function reword(error: unknown, allowPositionals: boolean): unknown {
  if (!(error instanceof Error)) return error;
  const code: unknown = Reflect.get(error, 'code');
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) return error;
  const option = /^Option '(?:-\w, )?(--[\w-]+)/u.exec(error.message)?.[1];
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined) {
    return new UsageError(/argument missing/u.test(error.message) ? `${option} needs a value` : `${option} takes no value`);
  }
  const argument = /^Unexpected argument '([^']*)'/u.exec(error.message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && argument !== undefined && !allowPositionals) {
    return new UsageError(`unexpected argument "${argument}": this command takes options only`);
  }
  return new UsageError(error.message);
}
