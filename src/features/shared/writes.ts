/**
 * Writes that a read-only token (fork PRs under `pull_request`) cannot make: each is
 * attempted once; a 403 is recorded, not thrown, so the result still reaches the job
 * summary and the annotations.
 */
import { GitHubApiError } from '../../github/errors.js';

export class Writes {
  readonly blocked: string[] = [];
  readonly #dryRun: boolean;
  readonly #log: (message: string) => void;

  constructor(dryRun: boolean, log: (message: string) => void) {
    this.#dryRun = dryRun;
    this.#log = log;
  }

  /** Runs a write; returns undefined when it was skipped (dry run) or refused as read-only. */
  async attempt<T>(what: string, write: () => Promise<T>): Promise<T | undefined> {
    if (this.#dryRun) {
      this.#log(`dry-run: would write the ${what}`);
      return undefined;
    }
    try {
      return await write();
    } catch (error) {
      if (error instanceof GitHubApiError && error.isReadOnly) {
        this.blocked.push(what);
        return undefined;
      }
      throw error;
    }
  }
}

export function readOnlyWarning(blocked: readonly string[]): string {
  return (
    `The token could not write the ${blocked.join(' and the ')} (HTTP 403: the token is read-only, as it is for pull requests ` +
    'from forks under `pull_request`). The result is in this job summary and in the annotations. To comment and check on ' +
    'fork pull requests, run the workflow on `pull_request_target` — it gets a write token and reads the config from the ' +
    'base branch; never check out or run the pull request\'s code in that workflow (see the README).'
  );
}
