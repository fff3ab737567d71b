/**
 * The options of the commands that read either GitHub or an export file (`sprint`,
 * `register`, `audit`): where they read from, and the export they may write beside.
 * One set of checks and messages for all three.
 */
import { UsageError } from './errors.js';

const REPO_NAME = /^[\w.-]+\/[\w.-]+$/u;

/** How a command takes its repository: the `--repo` option, or an `OWNER/REPO` argument (`audit`). */
export type RepoSyntax = '--repo OWNER/NAME' | 'OWNER/REPO';

export interface SourceOptions {
  readonly repo: string | undefined;
  readonly from: string | undefined;
  readonly export: string | undefined;
  readonly withBodies: boolean | undefined;
}

/** A repository name, or a {@link UsageError} in the words of the option or argument that gave it. */
export function checkRepoName(repo: string, syntax: RepoSyntax): void {
  if (REPO_NAME.test(repo)) return;
  throw new UsageError(syntax === 'OWNER/REPO' ? `expected OWNER/REPO, found "${repo}"` : `--repo: expected OWNER/NAME, found "${repo}"`);
}

/** Exactly one source (GitHub or `--from`), `--export` only when reading GitHub, `--with-bodies` only with `--export`. */
export function checkSourceOptions(options: SourceOptions, syntax: RepoSyntax, exportName: string): void {
  if (options.repo !== undefined) checkRepoName(options.repo, syntax);
  if (options.repo === undefined && options.from === undefined) throw new UsageError(`give ${syntax} (read GitHub) or --from FILE (${exportName})`);
  const reader = syntax === 'OWNER/REPO' ? 'OWNER/REPO' : '--repo';
  if (options.from !== undefined && options.export !== undefined) throw new UsageError(`--export writes what ${reader} reads; with --from there is nothing new to export`);
  if (options.withBodies === true && options.export === undefined) throw new UsageError('--with-bodies applies to --export');
}
