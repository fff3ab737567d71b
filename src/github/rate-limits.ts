/**
 * Rate limits, met as GitHub asks clients to meet them, with no pacing of the few
 * requests a check makes: a request refused by a secondary rate limit (403 or 429 with
 * `retry-after`, or GitHub's "secondary rate limit" message) waits what `retry-after`
 * says — else until `x-ratelimit-reset`, else a minute — and is sent again, at most
 * twice; a request refused because the token's primary limit is used up fails at once
 * with a message that says so and when it resets (waiting up to an hour would hold the
 * runner for nothing).
 */
import type { Octokit } from './client.js';

/** Retries after a secondary rate limit. */
export const MAX_RATE_LIMIT_RETRIES = 2;
/** The longest wait before a retry, in seconds. */
export const MAX_WAIT_SECONDS = 60;

export type RateLimit = { readonly kind: 'secondary'; readonly waitSeconds: number } | { readonly kind: 'primary'; readonly resetAt: Date | undefined };

function headerOf(error: unknown, name: string): string | undefined {
  const headers: unknown = typeof error === 'object' && error !== null ? Reflect.get(Reflect.get(error, 'response') ?? {}, 'headers') : undefined;
  if (typeof headers !== 'object' || headers === null) return undefined;
  const value: unknown = Reflect.get(headers, name);
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** Whether a failed request hit a rate limit, and which. */
export function rateLimitOf(error: unknown, nowMs: number): RateLimit | undefined {
  const status: unknown = typeof error === 'object' && error !== null ? Reflect.get(error, 'status') : undefined;
  if (status !== 403 && status !== 429) return undefined;
  const message = error instanceof Error ? error.message : '';
  const retryAfter = Number(headerOf(error, 'retry-after'));
  const remaining = headerOf(error, 'x-ratelimit-remaining');
  const reset = Number(headerOf(error, 'x-ratelimit-reset'));
  const resetAt = Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : undefined;
  if (Number.isFinite(retryAfter) && retryAfter >= 0) return { kind: 'secondary', waitSeconds: retryAfter };
  if (/secondary rate limit/iu.test(message) || status === 429) {
    const untilReset = resetAt === undefined ? MAX_WAIT_SECONDS : Math.max(0, Math.ceil((resetAt.getTime() - nowMs) / 1000));
    return { kind: 'secondary', waitSeconds: untilReset };
  }
  if (remaining === '0' || /API rate limit exceeded/iu.test(message)) return { kind: 'primary', resetAt };
  return undefined;
}

export interface RateLimitOptions {
  readonly log: (message: string) => void;
  /** Waits this many milliseconds (default: a timer). */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => number;
}

/** Wraps every request of an octokit in the retry-after handling above. */
export function handleRateLimits(octokit: Octokit, options: RateLimitOptions): void {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  const now = options.now ?? Date.now;
  octokit.hook.wrap('request', async (request, requestOptions) => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await request(requestOptions);
      } catch (error) {
        const limit = rateLimitOf(error, now());
        if (limit?.kind !== 'secondary' || attempt >= MAX_RATE_LIMIT_RETRIES) throw error;
        const seconds = Math.min(limit.waitSeconds, MAX_WAIT_SECONDS);
        options.log(`Secondary rate limit on ${requestOptions.method} ${String(requestOptions.url)}; retrying after ${seconds} s (GitHub's retry-after).`);
        await sleep(seconds * 1000);
      }
    }
  });
}
