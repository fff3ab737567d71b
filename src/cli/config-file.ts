/** Reads the config file for the CLI: --config PATH, else .github/alignment.yml, else the embedded defaults. */
import { resolve } from 'node:path';
import { formatConfigIssue, parseConfig } from '../config/load.js';
import { defaultConfig, type Config } from '../config/schema.js';
import { InputError } from './errors.js';
import type { Io } from './io.js';

export const DEFAULT_CONFIG_PATH = '.github/alignment.yml';

export async function loadConfigFile(io: Io, path: string | undefined): Promise<{ config: Config; source: string }> {
  const file = path ?? DEFAULT_CONFIG_PATH;
  const resolved = resolve(io.cwd, file);
  if (!(await io.exists(resolved))) {
    if (path !== undefined) throw new InputError(`${file}: config file not found`);
    return { config: defaultConfig(), source: 'embedded defaults' };
  }
  const parsed = parseConfig(await io.readFile(resolved), file);
  if (!parsed.ok) throw new InputError(parsed.errors.map(formatConfigIssue).join('\n'));
  return { config: parsed.config, source: file };
}
