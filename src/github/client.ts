/**
 * The octokit the adapter uses: @actions/github's, retrying server errors (plugin-retry)
 * and meeting rate limits as GitHub asks (rate-limits.ts) — with no pacing of requests —
 * and failing a call whose answer is not JSON (answers.ts).
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { requireJsonAnswers } from './answers.js';
import { handleRateLimits } from './rate-limits.js';

export type Octokit = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  readonly token: string;
  readonly baseUrl?: string;
  /** Told about every wait, so the log explains a slow run. */
  readonly log: (message: string) => void;
}

const MAX_RETRIES = 2;

export function createOctokit(options: ClientOptions): Octokit {
  const octokit = getOctokit(
    options.token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      // Server errors are retried; client errors (a 403 from a read-only token, a 404) are final.
      // Note: `request.retries` would make plugin-retry retry every error, so it is not set.
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451], retries: MAX_RETRIES },
    },
    retry,
  );
  handleRateLimits(octokit, { log: options.log });
  requireJsonAnswers(octokit);
  return octokit;
}
