/** A failed GitHub API call, named so a user can act on it. */
import { UserError } from '../core/errors.js';
import { describeAccepted, permissionFor } from './permissions.js';
import { rateLimitOf } from './rate-limits.js';
export class GitHubApiError extends UserError {
  override readonly name = 'GitHubApiError';
  readonly operation: string;
  readonly status: number | undefined;
  /** A refused call: the permission it needs ("`checks: write`"), when known. */
  readonly permission: string | undefined;

  constructor(operation: string, status: number | undefined, detail: string, options?: { cause?: unknown; permission?: string | undefined }) {
    super(`${operation} failed${status ? ` (HTTP ${status})` : ''}: ${detail}`, options?.cause === undefined ? {} : { cause: options.cause });
    this.operation = operation;
    this.status = status;
    this.permission = options?.permission;
  }

  /** A write refused because the token is read-only (fork PRs under `pull_request`). */
  get isReadOnly(): boolean {
    return this.status === 403 && /not accessible by integration|write access|read-only/iu.test(this.message);
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }
}

/** Wraps an octokit call so its failure names the API operation. */
export async function call<T>(operation: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw toApiError(operation, error);
  }
}

export function toApiError(operation: string, error: unknown): GitHubApiError {
  if (error instanceof GitHubApiError) return error;
  const raw: unknown = typeof error === 'object' && error !== null ? Reflect.get(error, 'status') : undefined;
  // No answer at all (refused, cut, past the deadline): octokit reports status 500 with no
  // response, but no HTTP status came back, so none is shown.
  const answered = typeof error === 'object' && error !== null && Reflect.get(error, 'response') !== undefined;
  const status = typeof raw === 'number' && (answered || raw !== 500) ? raw : undefined;
  const message = error instanceof Error ? error.message : String(error);
  const refused = status === 403 && rateLimitOf(error, Date.now()) === undefined;
  return new GitHubApiError(operation, status, explain(operation, status, message, error), { cause: error, permission: refused ? neededPermission(operation, error) : undefined });
}

function header(error: unknown, name: string): string | undefined {
  const headers: unknown = typeof error === 'object' && error !== null ? Reflect.get(Reflect.get(error, 'response') ?? {}, 'headers') : undefined;
  const value: unknown = typeof headers === 'object' && headers !== null ? Reflect.get(headers, name) : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** The permission a refused call needs: GitHub's header says, else the action knows its own calls. */
export function neededPermission(operation: string, error?: unknown): string | undefined {
  const accepted = header(error, 'x-accepted-github-permissions');
  return (accepted === undefined ? undefined : describeAccepted(accepted)) ?? permissionFor(operation);
}

/** A refused call's permission problem, in the words of a workflow's `permissions:` block. */
export function missingPermission(operation: string, error?: unknown): string {
  const needed = neededPermission(operation, error);
  return needed === undefined
    ? 'the token lacks a permission this call needs (see the permissions block in the README)'
    : `the token lacks ${needed}: add it to the workflow's \`permissions:\` block`;
}

function explain(operation: string, status: number | undefined, message: string, error: unknown): string {
  const first = message.split('\n')[0] ?? message;
  switch (status) {
    case 401:
      return `${first} — the token is invalid or expired`;
    case 403: {
      const limit = rateLimitOf(error, Date.now());
      if (limit?.kind === 'primary') {
        const reset = limit.resetAt === undefined ? '' : ` (it resets at ${limit.resetAt.toISOString().slice(11, 16)} UTC)`;
        return `${first} — the token's API rate limit is used up${reset}; run again after the reset`;
      }
      if (limit?.kind === 'secondary') return `${first} — GitHub's secondary rate limit still refused the call after the retries`;
      return `${first} — ${missingPermission(operation, error)}`;
    }
    case 404:
      return `${first} — not found, or the token cannot see it`;
    default:
      return first;
  }
}
