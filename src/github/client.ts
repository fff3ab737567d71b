/** The octokit the adapter uses: @actions/github's, with retries and rate-limit handling. */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type Octokit = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  readonly token: string;
  readonly baseUrl?: string;
  /** Told about every wait, so the log explains a slow run. */
  readonly log: (message: string) => void;
  /**
   * The throttling plugin's pacing and rate-limit waits (default on). Off only where
   * nothing can hit a rate limit: tests against a loopback stand-in of the API.
   */
  readonly throttling?: boolean;
}

const MAX_RETRIES = 2;

export function createOctokit(options: ClientOptions): Octokit {
  return getOctokit(
    options.token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      // Server errors are retried; client errors (a 403 from a read-only token, a 404) are final.
      // Note: `request.retries` would make plugin-retry retry every error, so it is not set.
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451], retries: MAX_RETRIES },
      throttle: {
        enabled: options.throttling ?? true,
        onRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          options.log(`Rate limited on ${request.method} ${request.url}; retrying after ${retryAfter} s`);
          return retryCount < MAX_RETRIES;
        },
        onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          options.log(`Secondary rate limit on ${request.method} ${request.url}; retrying after ${retryAfter} s`);
          return retryCount < MAX_RETRIES;
        },
      },
    },
    retry,
    throttling,
  );
}
