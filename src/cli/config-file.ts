/** Reads the config file for the CLI: --config PATH, else .github/alignment.yml, else the embedded defaults. */
import { formatConfigIssue, parseConfigBytes } from '../config/load.js';
// The CLI reads any config: RE2 for its patterns is always there (config/pattern-engine.ts).
import '../config/user-pattern.js';
import { defaultConfig, type Config } from '../config/schema.js';
import { InputError } from './errors.js';
import { readUserBytes, type Io } from './io.js';

export const DEFAULT_CONFIG_PATH = '.github/alignment.yml';

export async function loadConfigFile(io: Io, path: string | undefined): Promise<{ config: Config; source: string }> {
  const file = path ?? DEFAULT_CONFIG_PATH;
  const bytes = await readConfigBytes(io, file);
  if (bytes === undefined) {
    if (path !== undefined) throw new InputError(`${file}: config file not found (check the --config path, or leave --config out to use .github/alignment.yml or the embedded defaults)`);
    return { config: defaultConfig(), source: 'embedded defaults' };
  }
  const parsed = parseConfigBytes(bytes, file);
  if (!parsed.ok) throw new InputError(parsed.errors.map(formatConfigIssue).join('\n'));
  return { config: parsed.config, source: file };
}

/**
 * The bytes of a config file, `undefined` when there is none; one that exists but cannot
 * be read (a directory, permission denied) is an {@link InputError} naming it — even at
 * the default path, where silently falling back to the defaults would hide the policy.
 */
export function readConfigBytes(io: Io, file: string): Promise<Uint8Array | undefined> {
  return readUserBytes(io, file, 'config file');
}
