/** The event as the runner describes it: read from the environment and the event file. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contextFromEnv } from '../../src/action/context.js';
import { ActionInputError } from '../../src/action/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'alignment-context-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function eventFile(text: string): string {
  const path = join(dir, `event-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, text);
  return path;
}

describe('contextFromEnv', () => {
  it('reads the event, the repository and the API bases', () => {
    const context = contextFromEnv({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile('{"action":"opened","number":7}'),
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_API_URL: 'https://ghe.example.com/api/v3',
      GITHUB_SERVER_URL: 'https://ghe.example.com',
    });
    expect(context).toEqual({
      eventName: 'pull_request',
      payload: { action: 'opened', number: 7 },
      repo: { owner: 'acme', repo: 'shop' },
      apiUrl: 'https://ghe.example.com/api/v3',
      serverUrl: 'https://ghe.example.com',
    });
  });

  it('defaults to github.com, and takes the repository from the payload when the variable is missing', () => {
    const context = contextFromEnv({ GITHUB_EVENT_NAME: 'issues', GITHUB_EVENT_PATH: eventFile('{"repository":{"name":"shop","owner":{"login":"acme"}}}') });
    expect(context.repo).toEqual({ owner: 'acme', repo: 'shop' });
    expect(context.apiUrl).toBe('https://api.github.com');
    expect(context.serverUrl).toBe('https://github.com');
  });

  it('names an event file that is missing or not JSON', () => {
    expect(() => contextFromEnv({ GITHUB_EVENT_PATH: join(dir, 'missing.json') })).toThrow(ActionInputError);
    expect(() => contextFromEnv({ GITHUB_EVENT_PATH: eventFile('{not json') })).toThrow(/is not JSON/u);
    expect(contextFromEnv({}).payload).toEqual({});
  });
});
