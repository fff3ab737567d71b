/** A failed GitHub API call, named so a user can act on it. */
import { UserError } from '../core/errors.js';
export class GitHubApiError extends UserError {
  override readonly name = 'GitHubApiError';
  readonly operation: string;
  readonly status: number | undefined;

  constructor(operation: string, status: number | undefined, detail: string, options?: { cause?: unknown }) {
    super(`${operation} failed${status ? ` (HTTP ${status})` : ''}: ${detail}`, options);
    this.operation = operation;
    this.status = status;
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
  const status = typeof error === 'object' && error !== null ? Reflect.get(error, 'status') : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return new GitHubApiError(operation, typeof status === 'number' ? status : undefined, explain(typeof status === 'number' ? status : undefined, message), {
    cause: error,
  });
}

function explain(status: number | undefined, message: string): string {
  const first = message.split('\n')[0] ?? message;
  switch (status) {
    case 401:
      return `${first} — the token is invalid or expired`;
    case 403:
      return `${first} — the token lacks a permission this call needs (see the README's permissions block)`;
    case 404:
      return `${first} — not found, or the token cannot see it`;
    default:
      return first;
  }
}
