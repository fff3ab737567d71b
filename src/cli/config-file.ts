/** Reads the config file for the CLI: --config PATH, else .github/alignment.yml, else the embedded defaults. */
import { formatConfigIssue, parseConfig } from '../config/load.js';
import { defaultConfig, type Config } from '../config/schema.js';
import { InputError } from './errors.js';
import { readUserFile, type Io } from './io.js';

export const DEFAULT_CONFIG_PATH = '.github/alignment.yml';

export async function loadConfigFile(io: Io, path: string | undefined): Promise<{ config: Config; source: string }> {
  const file = path ?? DEFAULT_CONFIG_PATH;
  const text = await readConfigText(io, file);
  if (text === undefined) {
    if (path !== undefined) throw new InputError(`${file}: config file not found (check the --config path, or leave --config out to use .github/alignment.yml or the embedded defaults)`);
    return { config: defaultConfig(), source: 'embedded defaults' };
  }
  const parsed = parseConfig(text, file);
  if (!parsed.ok) throw new InputError(parsed.errors.map(formatConfigIssue).join('\n'));
  return { config: parsed.config, source: file };
}

/**
 * The text of a config file, `undefined` when there is none; one that exists but cannot
 * be read (a directory, permission denied) is an {@link InputError} naming it — even at
 * the default path, where silently falling back to the defaults would hide the policy.
 */
export function readConfigText(io: Io, file: string): Promise<string | undefined> {
  return readUserFile(io, file, 'config file');
}
