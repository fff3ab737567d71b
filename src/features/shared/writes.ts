/**
 * Writes the token may not be allowed to make (a fork PR's read-only token under
 * `pull_request`, or a workflow whose `permissions:` block leaves a scope out): each is
 * attempted once; a refusal (403) is recorded with the permission it needs, not thrown,
 * so the result still reaches the job summary and the annotations.
 */
import { GitHubApiError } from '../../github/errors.js';

/** A write the token was refused. */
export interface BlockedWrite {
  /** "check run", "comment", … */
  readonly what: string;
  /** The permission it needs ("`checks: write`"), when known. */
  readonly permission: string | undefined;
}

export class Writes {
  readonly blocked: BlockedWrite[] = [];
  readonly #dryRun: boolean;
  readonly #log: (message: string) => void;

  constructor(dryRun: boolean, log: (message: string) => void) {
    this.#dryRun = dryRun;
    this.#log = log;
  }

  /** Runs a write; returns undefined when it was skipped (dry run) or refused. */
  async attempt<T>(what: string, write: () => Promise<T>): Promise<T | undefined> {
    if (this.#dryRun) {
      this.#log(`dry-run: would write the ${what}`);
      return undefined;
    }
    try {
      return await write();
    } catch (error) {
      if (error instanceof GitHubApiError && error.isReadOnly) {
        if (!this.blocked.some((b) => b.what === what)) this.blocked.push({ what, permission: error.permission });
        return undefined;
      }
      throw error;
    }
  }
}

const list = (items: readonly string[]): string => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`);

/**
 * Why the writes were refused and what to do: the missing permissions by name; for a
 * pull request from a fork under `pull_request`, the token is read-only whatever the
 * workflow asks, so the way out is `pull_request_target`.
 */
export function blockedWarning(blocked: readonly BlockedWrite[], where: { readonly fromFork: boolean; readonly result: string }): string {
  const what = list(blocked.map((b) => `the ${b.what}`));
  if (where.fromFork) {
    return (
      `The token could not write ${what} (HTTP 403: the token is read-only, as it is for pull requests ` +
      `from forks under \`pull_request\`). ${where.result} To comment and check on ` +
      'fork pull requests, run the workflow on `pull_request_target` — it gets a write token and reads the config from the ' +
      "base branch; never check out or run the pull request's code in that workflow (see the README)."
    );
  }
  const needed = [...new Set(blocked.flatMap((b) => (b.permission === undefined ? [] : [b.permission])))];
  const fix = needed.length > 0 ? `Add ${list(needed)} to the workflow's \`permissions:\` block.` : "Check the workflow's `permissions:` block against the README's.";
  return `The token could not write ${what} (HTTP 403: Resource not accessible by integration — the token lacks a permission). ${where.result} ${fix}`;
}
