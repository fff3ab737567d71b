/**
 * The `fetch` octokit sends its requests through: Node's own `http`/`https` clients
 * behind the part of the fetch interface octokit's request reads (status, url, headers,
 * text, json, arrayBuffer).
 *
 * Why not Node's global `fetch`: it is undici, loaded on the first request, and loading
 * it costs a process about 75 ms of CPU and wall time on a 2-core machine (an empty
 * script that makes one loopback request: 45 ms of CPU with `node:http`, 120 ms with
 * `fetch`), which was a third of a whole PR check. `node:http` is already loaded.
 *
 * What it adds over a bare request: a deadline on every exchange (GitHub that never
 * answers fails the call, named, instead of holding the runner until the job's
 * timeout), redirects followed as fetch follows them (the authorization header dropped
 * when a redirect leaves the origin), gzip/deflate/brotli bodies decoded, connections
 * kept alive between the calls of a run (idle sockets never keep the process alive).
 * Errors are thrown as fetch throws them (a TypeError with the cause), so octokit names
 * them the same way. Behind a proxy, proxy-fetch.ts is used instead.
 */
import type { IncomingMessage, RequestOptions } from 'node:http';
import { Agent as HttpAgent, request as httpRequest } from 'node:http';

/**
 * The longest one exchange (request, answer and its whole body) may take: GitHub itself
 * gives up on a query after 10 s. With the retries of server errors (1 s, then 4 s
 * apart), a GitHub that never answers fails a call in about 65 s.
 */
export const REQUEST_TIMEOUT_MS = 20_000;
const MAX_REDIRECTS = 5;

export interface HttpFetchOptions {
  /** Default REQUEST_TIMEOUT_MS. */
  readonly timeoutMs?: number;
}

/** The part of a fetch Response octokit's request reads. */
export interface HttpResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  readonly url: string;
  readonly redirected: boolean;
  readonly headers: ResponseHeaders;
  readonly body: null;
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Response headers, read as fetch's Headers are: lower-case names, repeated ones joined with ", ". */
export class ResponseHeaders implements Iterable<[string, string]> {
  readonly #map: Map<string, string>;

  constructor(raw: readonly string[]) {
    this.#map = new Map();
    for (let i = 0; i + 1 < raw.length; i += 2) {
      const name = (raw[i] ?? '').toLowerCase();
      const value = raw[i + 1] ?? '';
      const earlier = this.#map.get(name);
      this.#map.set(name, earlier === undefined ? value : `${earlier}, ${value}`);
    }
  }

  get(name: string): string | null {
    return this.#map.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.#map.has(name.toLowerCase());
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return [...this.#map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))[Symbol.iterator]();
  }
}

interface FetchInit {
  readonly method?: string;
  readonly headers?: Record<string, string> | Iterable<[string, string]>;
  readonly body?: string | Uint8Array | null;
  readonly redirect?: 'follow' | 'manual' | 'error';
  readonly signal?: AbortSignal | null;
}

type Requester = typeof httpRequest;

let httpAgent: HttpAgent | undefined;
let https: Promise<{ request: Requester; agent: HttpAgent }> | undefined;

/** The client for a URL's protocol; `node:https` (and TLS) only load for an https URL. */
async function clientFor(url: URL): Promise<{ request: Requester; agent: HttpAgent }> {
  if (url.protocol === 'http:') return { request: httpRequest, agent: (httpAgent ??= new HttpAgent({ keepAlive: true })) };
  if (url.protocol === 'https:') {
    https ??= import('node:https').then((module) => ({ request: module.request, agent: new module.Agent({ keepAlive: true }) }));
    return https;
  }
  throw new TypeError('fetch failed', { cause: new Error(`unsupported protocol ${url.protocol}`) });
}

function failed(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause });
}

function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error) return reason;
  const error = new Error('This operation was aborted');
  error.name = 'AbortError';
  return error;
}

function headerRecord(headers: FetchInit['headers']): Record<string, string> {
  if (headers === undefined) return {};
  if (Symbol.iterator in headers) return Object.fromEntries(headers as Iterable<[string, string]>);
  return { ...headers };
}

/** The body, decoded as its content-encoding says. */
async function decode(body: Buffer, encoding: string | null): Promise<Buffer> {
  const coding = encoding?.trim().toLowerCase();
  if (coding === undefined || coding === '' || coding === 'identity') return body;
  const zlib = await import('node:zlib');
  const { promisify } = await import('node:util');
  if (coding === 'gzip' || coding === 'x-gzip') return promisify(zlib.gunzip)(body);
  if (coding === 'deflate') return promisify(zlib.inflate)(body).catch(() => promisify(zlib.inflateRaw)(body));
  if (coding === 'br') return promisify(zlib.brotliDecompress)(body);
  throw failed(new Error(`unsupported content-encoding ${coding}`));
}

function response(url: URL, message: IncomingMessage, bytes: Buffer, redirected: boolean): HttpResponse {
  const status = message.statusCode ?? 0;
  const copy = (): ArrayBuffer => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: message.statusMessage ?? '',
    url: url.href,
    redirected,
    headers: new ResponseHeaders(message.rawHeaders),
    body: null,
    text: async () => bytes.toString('utf8'),
    json: async () => JSON.parse(bytes.toString('utf8')) as unknown,
    arrayBuffer: async () => copy(),
  };
}

/** One exchange: the answer's head and its whole body, within the deadline. */
async function exchange(url: URL, options: RequestOptions, body: string | Uint8Array | undefined, timeoutMs: number, signal: AbortSignal | undefined): Promise<{ message: IncomingMessage; bytes: Buffer }> {
  const client = await clientFor(url);
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (error: unknown, value?: { message: IncomingMessage; bytes: Buffer }): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (error !== undefined) {
        request.destroy();
        reject(error);
      } else if (value !== undefined) resolve(value);
    };
    const onAbort = (): void => finish(signal === undefined ? failed(new Error('aborted')) : abortError(signal));
    const timer = setTimeout(() => finish(failed(new Error(`no complete answer from ${url.host} within ${timeoutMs / 1000} s`))), timeoutMs);
    const request = client.request(url, { ...options, agent: client.agent }, (message) => {
      const chunks: Buffer[] = [];
      message.on('data', (chunk: Buffer) => chunks.push(chunk));
      const cut = (cause?: unknown): void => finish(failed(new Error('the connection closed before the answer was complete', cause === undefined ? {} : { cause })));
      message.on('error', cut);
      message.on('end', () => (message.complete ? finish(undefined, { message, bytes: Buffer.concat(chunks) }) : cut()));
      // After 'end' this changes nothing; without it, the body was cut.
      message.on('close', () => (message.complete ? undefined : cut()));
    });
    request.on('error', (error) => finish(failed(error)));
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    request.end(body);
  });
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** A fetch over `node:http`/`node:https` for octokit (see the module's comment). */
export function httpFetch(options: HttpFetchOptions = {}): (input: string | URL, init?: FetchInit) => Promise<HttpResponse> {
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  return async (input, init = {}) => {
    let url = new URL(String(input));
    let method = (init.method ?? 'GET').toUpperCase();
    let headers = headerRecord(init.headers);
    let body: string | Uint8Array | undefined = init.body ?? undefined;
    const signal = init.signal ?? undefined;
    for (let hop = 0; ; hop += 1) {
      const { message, bytes } = await exchange(url, { method, headers }, body, timeoutMs, signal);
      const status = message.statusCode ?? 0;
      const location = message.headers.location;
      if (!REDIRECTS.has(status) || location === undefined || init.redirect === 'manual') {
        return response(url, message, await decode(bytes, message.headers['content-encoding'] ?? null), hop > 0);
      }
      if (init.redirect === 'error' || hop >= MAX_REDIRECTS) throw failed(new Error(`redirected more than ${init.redirect === 'error' ? 0 : MAX_REDIRECTS} times, last to ${location}`));
      const next = new URL(location, url);
      if (next.origin !== url.origin) headers = Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'));
      if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
        method = method === 'HEAD' ? 'HEAD' : 'GET';
        body = undefined;
        headers = Object.fromEntries(Object.entries(headers).filter(([name]) => !/^content-(?:type|length)$/iu.test(name)));
      }
      url = next;
    }
  };
}
