/**
 * The config comes from the base branch (the default branch for issues) through the
 * contents API, so a pull request cannot weaken its own rules.
 */
import { parseConfig, type ConfigIssue } from '../../config/load.js';
import { defaultConfig, type Config } from '../../config/schema.js';
import type { GitHubApi, RepoRef } from '../../github/api.js';

export type LoadedConfig =
  | { readonly ok: true; readonly config: Config; readonly source: 'file' | 'defaults' }
  | { readonly ok: false; readonly errors: readonly ConfigIssue[] };

export async function loadRepoConfig(api: GitHubApi, repo: RepoRef, path: string, ref: string | undefined): Promise<LoadedConfig> {
  const text = await api.readFile(repo, path, ref);
  if (text === undefined) return { ok: true, config: defaultConfig(), source: 'defaults' };
  const parsed = parseConfig(text, path);
  return parsed.ok ? { ok: true, config: parsed.config, source: 'file' } : { ok: false, errors: parsed.errors };
}
