/**
 * The triggering event as the runner describes it: the event's name and payload (the
 * file at GITHUB_EVENT_PATH), the repository, the API and web bases.
 */
import { readFileSync } from 'node:fs';
import { ActionInputError } from './errors.js';

export interface ActionContext {
  readonly eventName: string;
  readonly payload: Record<string, unknown>;
  readonly repo: { readonly owner: string; readonly repo: string };
  /** The REST API base (GitHub Enterprise Server differs). */
  readonly apiUrl: string;
  /** The web base, for links. */
  readonly serverUrl: string;
}

function readPayload(path: string | undefined): Record<string, unknown> {
  if (path === undefined || path === '') return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ActionInputError(`GITHUB_EVENT_PATH ${path} cannot be read: run alignment-check as a step of a workflow`);
  }
  try {
    const payload: unknown = JSON.parse(text);
    return typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
  } catch {
    throw new ActionInputError(`GITHUB_EVENT_PATH ${path} is not JSON: run alignment-check as a step of a workflow`);
  }
}

/** The context from the runner's environment. */
export function contextFromEnv(env: NodeJS.ProcessEnv = process.env): ActionContext {
  const payload = readPayload(env['GITHUB_EVENT_PATH']);
  const [owner = '', repo = ''] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  const repository = payload['repository'];
  const fromPayload = typeof repository === 'object' && repository !== null ? (repository as { name?: unknown; owner?: { login?: unknown } }) : undefined;
  return {
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    payload,
    repo:
      owner !== '' && repo !== ''
        ? { owner, repo }
        : { owner: String(fromPayload?.owner?.login ?? ''), repo: String(fromPayload?.name ?? '') },
    apiUrl: env['GITHUB_API_URL'] ?? 'https://api.github.com',
    serverUrl: env['GITHUB_SERVER_URL'] ?? 'https://github.com',
  };
}
