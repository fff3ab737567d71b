/**
 * The fetch octokit sends its requests through (src/github/http-fetch.ts), against
 * servers of its own on 127.0.0.1: answers read as fetch reads them, redirects,
 * encodings, and every way an exchange can fail ending in a named error within the
 * deadline.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createOctokit } from '../../src/github/client.js';
import { toApiError } from '../../src/github/errors.js';
import { httpFetch } from '../../src/github/http-fetch.js';

type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void;

const servers: Server[] = [];

async function serve(handler: Handler): Promise<string> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => handler(request, Buffer.concat(chunks).toString('utf8'), response));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
});

/** The error a rejected fetch gave, with its cause's message. */
async function failure(promise: Promise<unknown>): Promise<{ name: string; message: string; cause: string }> {
  try {
    await promise;
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    return { name: (error as Error).name, message: (error as Error).message, cause: cause instanceof Error ? cause.message : String(cause) };
  }
  throw new Error('expected the fetch to fail');
}

describe('httpFetch', () => {
  it('reads an answer as fetch does: status, url, headers by name and in order, the body as text and JSON', async () => {
    const base = await serve((request, body, response) => {
      response.setHeader('Content-Type', 'application/json; charset=utf-8');
      response.setHeader('X-RateLimit-Remaining', '4999');
      response.setHeader('Set-Cookie', ['a=1', 'b=2']);
      response.end(JSON.stringify({ method: request.method, auth: request.headers.authorization, body }));
    });
    const fetch = httpFetch();
    const answer = await fetch(`${base}/graphql`, { method: 'POST', headers: { authorization: 'token t', 'content-type': 'application/json' }, body: '{"query":"q"}' });
    expect(answer.status).toBe(200);
    expect(answer.ok).toBe(true);
    expect(answer.url).toBe(`${base}/graphql`);
    expect(answer.headers.get('x-ratelimit-remaining')).toBe('4999');
    expect(answer.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(answer.headers.get('set-cookie')).toBe('a=1, b=2');
    expect([...answer.headers].map(([name]) => name)).toEqual([...[...answer.headers].map(([name]) => name)].sort());
    expect(await answer.json()).toEqual({ method: 'POST', auth: 'token t', body: '{"query":"q"}' });
    expect(new TextDecoder().decode(await answer.arrayBuffer())).toContain('"method":"POST"');
  });

  it('hands over an error status with its body, as fetch does (octokit decides what it means)', async () => {
    const base = await serve((_request, _body, response) => {
      response.writeHead(403, 'Forbidden', { 'content-type': 'application/json', 'retry-after': '1' });
      response.end('{"message":"You have exceeded a secondary rate limit."}');
    });
    const answer = await httpFetch()(`${base}/x`);
    expect([answer.status, answer.ok, answer.statusText, answer.headers.get('retry-after')]).toEqual([403, false, 'Forbidden', '1']);
    expect(await answer.text()).toMatch(/secondary rate limit/u);
  });

  it('decodes a gzip body and leaves a plain one alone', async () => {
    const base = await serve((request, _body, response) => {
      if (request.url === '/gzip') {
        response.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'application/json' });
        response.end(gzipSync('{"zipped":true}'));
      } else {
        response.end('plain');
      }
    });
    expect(await (await httpFetch()(`${base}/gzip`)).json()).toEqual({ zipped: true });
    expect(await (await httpFetch()(`${base}/plain`)).text()).toBe('plain');
  });

  it('follows redirects: keeps the token on the same origin, drops it on another, and a 303 turns a POST into a GET without its body', async () => {
    const other = await serve((request, body, response) => response.end(JSON.stringify({ at: 'other', method: request.method, auth: request.headers.authorization ?? null, body })));
    const base = await serve((request, body, response) => {
      if (request.url === '/moved') response.writeHead(301, { location: '/here' }).end();
      else if (request.url === '/away') response.writeHead(307, { location: `${other}/there` }).end();
      else if (request.url === '/see-other') response.writeHead(303, { location: '/here' }).end();
      else response.end(JSON.stringify({ at: request.url, method: request.method, auth: request.headers.authorization ?? null, body }));
    });
    const fetch = httpFetch();
    const same = await fetch(`${base}/moved`, { headers: { authorization: 'token t' } });
    expect(await same.json()).toEqual({ at: '/here', method: 'GET', auth: 'token t', body: '' });
    expect([same.url, same.redirected]).toEqual([`${base}/here`, true]);
    const away = await fetch(`${base}/away`, { method: 'PATCH', headers: { authorization: 'token t' }, body: 'keep' });
    expect(await away.json()).toEqual({ at: 'other', method: 'PATCH', auth: null, body: 'keep' });
    const seeOther = await fetch(`${base}/see-other`, { method: 'POST', headers: { authorization: 'token t', 'content-type': 'text/plain' }, body: 'drop' });
    expect(await seeOther.json()).toEqual({ at: '/here', method: 'GET', auth: 'token t', body: '' });
    const manual = await fetch(`${base}/moved`, { redirect: 'manual' });
    expect([manual.status, manual.headers.get('location')]).toEqual([301, '/here']);
  });

  it('stops after five redirects, naming the last', async () => {
    const base = await serve((request, _body, response) => response.writeHead(302, { location: `/loop${request.url?.length ?? 0}` }).end());
    expect(await failure(httpFetch()(`${base}/start`))).toMatchObject({ name: 'TypeError', message: 'fetch failed', cause: expect.stringMatching(/^redirected more than 5 times, last to \/loop/u) });
  });

  it('fails within its deadline when the server never answers, or stops in the middle of the body', async () => {
    const silent = await serve(() => undefined);
    const started = performance.now();
    expect(await failure(httpFetch({ timeoutMs: 200 })(`${silent}/hang`))).toEqual({
      name: 'TypeError',
      message: 'fetch failed',
      cause: `no complete answer from ${new URL(silent).host} within 0.2 s`,
    });
    expect(performance.now() - started).toBeLessThan(2_000);

    const trickle = await serve((_request, _body, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      response.write('{"partial":');
    });
    expect((await failure(httpFetch({ timeoutMs: 200 })(`${trickle}/slow`))).cause).toMatch(/within 0\.2 s/u);

    const cut = await serve((_request, _body, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      response.write('{"partial":', () => response.socket?.destroy());
    });
    expect((await failure(httpFetch()(`${cut}/cut`))).cause).toBe('the connection closed before the answer was complete');
  });

  it('fails as fetch does when nothing listens, and on an abort signal', async () => {
    const base = await serve((_request, _body, response) => response.end('late'));
    const port = new URL(base).port;
    await new Promise<void>((resolve) => {
      const server = servers.pop();
      server?.close(() => resolve());
    });
    expect(await failure(httpFetch()(`http://127.0.0.1:${port}/`))).toMatchObject({ name: 'TypeError', message: 'fetch failed', cause: expect.stringMatching(/ECONNREFUSED/u) });

    const silent = await serve(() => undefined);
    const controller = new AbortController();
    const pending = httpFetch()(`${silent}/`, { signal: controller.signal });
    controller.abort();
    expect((await failure(pending)).name).toBe('AbortError');
  });

  it('through octokit, a call that gets no answer is named without an HTTP status (none came back)', async () => {
    const silent = await serve(() => undefined);
    const octokit = createOctokit({ token: 't', baseUrl: silent, log: () => undefined, timeoutMs: 200 });
    const error: unknown = await octokit.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'shop', request: { retries: 0 } }).catch((caught: unknown) => caught);
    expect(toApiError('GET /repos/acme/shop', error).message).toBe(`GET /repos/acme/shop failed: no complete answer from ${new URL(silent).host} within 0.2 s`);
    const answered = await serve((_request, _body, response) => response.writeHead(502, { 'content-type': 'application/json' }).end('{"message":"Bad gateway"}'));
    const bad: unknown = await createOctokit({ token: 't', baseUrl: answered, log: () => undefined })
      .request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'shop', request: { retries: 0 } })
      .catch((caught: unknown) => caught);
    expect(toApiError('GET /repos/acme/shop', bad).message).toMatch(/^GET \/repos\/acme\/shop failed \(HTTP 502\): Bad gateway/u);
  });
});
