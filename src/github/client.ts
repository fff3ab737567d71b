/**
 * The octokit the adapter uses: @octokit/core (REST calls by route, GraphQL), pagination and
 * retries of server errors (plugin-retry), meeting rate limits as GitHub asks
 * (rate-limits.ts) — with no pacing of requests — and failing a call whose answer is
 * not JSON (answers.ts). Requests go through Node's `http`/`https` (http-fetch.ts: a
 * deadline on every call, and none of the 75 ms that loading Node's global `fetch`
 * costs); only behind a proxy (`https_proxy`, as the runner sets it) is a proxying
 * `fetch` loaded (proxy-fetch.ts).
 */
import { Octokit as Core } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import { requireJsonAnswers } from './answers.js';
import { httpFetch } from './http-fetch.js';
import { handleRateLimits } from './rate-limits.js';

const GitHubOctokit = Core.plugin(paginateRest, retry);
export type Octokit = InstanceType<typeof GitHubOctokit>;

export interface ClientOptions {
  readonly token: string;
  readonly baseUrl?: string;
  /** Told about every wait, so the log explains a slow run. */
  readonly log: (message: string) => void;
  /** The environment's proxy variables and the runner's orchestration id (default: process.env). */
  readonly env?: NodeJS.ProcessEnv;
  /** The longest one call may take, answer included (default http-fetch.ts REQUEST_TIMEOUT_MS). */
  readonly timeoutMs?: number;
}

const MAX_RETRIES = 2;
const DEFAULT_API = 'https://api.github.com';

/** A `fetch` that loads the proxying one on first use. */
function lazyProxyFetch(baseUrl: string): typeof fetch {
  let loaded: Promise<typeof fetch> | undefined;
  return async (input, init) => {
    loaded ??= import('./proxy-fetch.js').then((module) => module.proxyFetch(baseUrl));
    return (await loaded)(input, init);
  };
}

/** GitHub's runners name the job in the user agent (as @actions/github does). */
function userAgent(env: NodeJS.ProcessEnv): string {
  const id = env['ACTIONS_ORCHESTRATION_ID']?.trim();
  return id ? `alignment-check actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/giu, '_')}` : 'alignment-check';
}

export function createOctokit(options: ClientOptions): Octokit {
  const env = options.env ?? process.env;
  const baseUrl = options.baseUrl ?? DEFAULT_API;
  // A proxy variable set: the proxying fetch decides (it honours no_proxy); none set: node:http(s).
  const proxied = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'].some((name) => (env[name] ?? '') !== '');
  const octokit = new GitHubOctokit({
    auth: `token ${options.token}`,
    baseUrl,
    userAgent: userAgent(env),
    request: { fetch: proxied ? lazyProxyFetch(baseUrl) : (httpFetch(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }) as unknown as typeof fetch) },
    // Server errors are retried; client errors (a 403 from a read-only token, a 404) are final.
    // Note: `request.retries` would make plugin-retry retry every error, so it is not set.
    retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451], retries: MAX_RETRIES },
  });
  handleRateLimits(octokit, { log: options.log });
  requireJsonAnswers(octokit);
  return octokit;
}
