/**
 * The config comes from the base branch (the default branch for issues), so a pull
 * request cannot weaken its own rules: read with the check's one GraphQL call, or
 * through the contents API (the sprint report; a config too large for GraphQL's text;
 * one whose text holds U+FFFD, to tell invalid UTF-8 and where it is). The loader (and
 * the YAML parser behind it) is loaded only when there is a file to read: a repository
 * without a config gets the embedded defaults at no cost.
 */
import type { ConfigIssue, ParseConfigResult } from '../../config/load.js';
import { defaultConfig } from '../../config/default-config.js';
import { mayHoldPatterns, PatternEngineMissingError } from '../../config/pattern-engine.js';
import type { Config } from '../../config/schema.js';
import type { ConfigFile, GitHubApi, RepoRef } from '../../github/api.js';

export type LoadedConfig =
  | { readonly ok: true; readonly config: Config; readonly source: 'file' | 'defaults' }
  | { readonly ok: false; readonly errors: readonly ConfigIssue[] };

type Loader = typeof import('../../config/load.js');

/**
 * Parses with the loader, and RE2 beside it when the text may hold a pattern
 * (config/pattern-engine.ts): a config without one loads no RE2. A pattern the quick
 * look missed loads RE2 then, and the text is parsed again.
 */
async function parseWith(text: string, parse: (load: Loader) => ParseConfigResult): Promise<ParseConfigResult> {
  const [load] = await Promise.all([import('../../config/load.js'), mayHoldPatterns(text) ? import('../../config/user-pattern.js') : undefined]);
  try {
    return parse(load);
  } catch (error) {
    if (!(error instanceof PatternEngineMissingError)) throw error;
    await import('../../config/user-pattern.js');
    return parse(load);
  }
}

function fromResult(parsed: ParseConfigResult): LoadedConfig {
  return parsed.ok ? { ok: true, config: parsed.config, source: 'file' } : { ok: false, errors: parsed.errors };
}

/** Reads the config file through the contents API. */
export async function loadRepoConfig(api: GitHubApi, repo: RepoRef, path: string, ref: string | undefined): Promise<LoadedConfig> {
  const bytes = await api.readFile(repo, path, ref);
  if (bytes === undefined) return { ok: true, config: defaultConfig(), source: 'defaults' };
  // The key names are ASCII: any decoding finds them.
  return fromResult(await parseWith(new TextDecoder('latin1').decode(bytes), (load) => load.parseConfigBytes(bytes, path)));
}

/** The config as the check's read found it; the contents API only where that read could not tell. */
export async function configFromRead(api: GitHubApi, repo: RepoRef, path: string, ref: string | undefined, file: ConfigFile): Promise<LoadedConfig> {
  if (!file.found) return { ok: true, config: defaultConfig(), source: 'defaults' };
  if (file.problem !== undefined) return { ok: false, errors: [{ file: path, line: 1, column: 1, path: '', message: file.problem }] };
  if (file.text === undefined || file.text.includes('\uFFFD')) return loadRepoConfig(api, repo, path, ref);
  const text = file.text;
  return fromResult(await parseWith(text, (load) => load.parseConfig(text, path)));
}
