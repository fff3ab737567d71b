/** What the shells give a use case that reads one repository and writes to it (the sprint report, the register board). */
import type { GitHubApi, RepoRef } from '../../github/api.js';

export interface RepositoryEnvironment {
  readonly api: GitHubApi;
  readonly repo: RepoRef;
  /** The config file, read from the default branch. */
  readonly configPath: string;
  /** Compute and summarise, write nothing. */
  readonly dryRun: boolean;
  /** The web URL links point to (GitHub Enterprise Server differs). */
  readonly serverUrl: string;
  /** ms since the epoch. */
  readonly now: number;
  readonly log: (message: string) => void;
}
