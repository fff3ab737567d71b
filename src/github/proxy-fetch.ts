/**
 * The `fetch` for runners behind a proxy: undici's, through the proxy dispatcher
 * @actions/http-client builds from `https_proxy` / `no_proxy` (what @actions/github
 * does). Loaded only when a proxy is set.
 */
import { HttpClient } from '@actions/http-client';
import { fetch as undiciFetch, type RequestInit as UndiciInit } from 'undici';

export function proxyFetch(baseUrl: string): typeof fetch {
  const dispatcher = new HttpClient('alignment-check').getAgentDispatcher(baseUrl);
  if (dispatcher === undefined) return fetch; // no_proxy names the API host
  const proxied = async (input: Parameters<typeof fetch>[0], init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' || input instanceof URL ? input : input.url;
    return (await undiciFetch(url, { ...(init as unknown as UndiciInit), dispatcher })) as unknown as Response;
  };
  return proxied as typeof fetch;
}
