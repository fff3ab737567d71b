/**
 * How a malformed answer is named: checkAnswer's messages (the first field at fault),
 * and the answers the transport refuses before any schema sees them (a body that is not
 * JSON, JSON cut off, JSON `null`, GraphQL without `data`), through the production
 * client against the fake GitHub API.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkAnswer } from '../../src/github/answers.js';
import type { GitHubApi } from '../../src/github/api.js';
import { GitHubApiError } from '../../src/github/errors.js';
import { createGitHubApi } from '../../src/github/index.js';
import { UserError } from '../../src/core/errors.js';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';

const OPERATION = 'GraphQL query AlignmentCheck (pull request acme/shop#32)';
const schema = z.object({
  viewer: z.object({ login: z.string() }),
  repository: z.object({ labels: z.array(z.object({ name: z.string() }).nullable()) }).nullable(),
});

const messageOf = (data: unknown, against: z.ZodType = schema): string => {
  try {
    checkAnswer(OPERATION, against, data);
  } catch (error) {
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error).toBeInstanceOf(UserError);
    expect((error as GitHubApiError).status).toBeUndefined();
    return (error as Error).message;
  }
  throw new Error('the answer passed');
};

describe('checkAnswer', () => {
  it('hands back the answer, typed, when it fits (null where the schema allows it)', () => {
    expect(checkAnswer(OPERATION, schema, { viewer: { login: 'a' }, repository: null, extra: 1 })).toEqual({ viewer: { login: 'a' }, repository: null });
  });

  it('names the first field missing, by its path', () => {
    expect(messageOf({ viewer: { login: 'a' } })).toBe(`${OPERATION} failed: returned an answer without \`repository\``);
    expect(messageOf({ viewer: {}, repository: null })).toBe(`${OPERATION} failed: returned an answer without \`viewer.login\``);
    expect(messageOf({ viewer: { login: 'a' }, repository: { labels: [null, {}] } })).toBe(`${OPERATION} failed: returned an answer without \`repository.labels[1].name\``);
  });

  it('names a field of the wrong type, and what was expected', () => {
    expect(messageOf({ viewer: { login: 7 }, repository: null })).toBe(
      `${OPERATION} failed: returned an answer whose \`viewer.login\` is not what GitHub documents (expected string, received number)`,
    );
    expect(messageOf({ viewer: null, repository: null })).toBe(
      `${OPERATION} failed: returned an answer whose \`viewer\` is not what GitHub documents (expected object, received null)`,
    );
  });

  it('says when the answer is not JSON, or not the kind of JSON documented', () => {
    expect(messageOf('<html>oops</html>')).toBe(`${OPERATION} failed: returned an answer that is not JSON`);
    expect(messageOf(undefined)).toBe(`${OPERATION} failed: returned an answer that is not JSON`);
    expect(messageOf([1])).toBe(`${OPERATION} failed: returned an answer that is not what GitHub documents (expected object, received array)`);
    expect(messageOf({}, z.array(z.object({ id: z.number() })))).toBe(`${OPERATION} failed: returned an answer that is not what GitHub documents (expected array, received object)`);
    expect(messageOf([{ body: '' }], z.array(z.object({ id: z.number() })))).toBe(`${OPERATION} failed: returned an answer without \`[0].id\``);
  });
});

describe('answers the client refuses before they are read', () => {
  let gh: FakeGitHub;
  let api: GitHubApi;
  const ref = { owner: 'acme', repo: 'widgets', kind: 'pr', number: 7 } as const;
  const read = () => api.readCheckContext(ref, { path: '.github/alignment.yml', ref: 'main' });
  const READ = 'GraphQL query AlignmentCheck (pull request acme/widgets#7) failed: returned an answer';

  beforeEach(async () => {
    gh = await startFakeGitHub();
    api = createGitHubApi({ token: gh.token, baseUrl: gh.url, log: () => {} });
    gh.addPull({ number: 7, title: 'feat: x', body: '' });
  });
  afterEach(async () => {
    expect(gh.violations).toEqual([]);
    await gh.stop();
  });

  it.each([
    ['an HTML page', { raw: '<html>\n  <body>Unicorn!</body>\n</html>' }, `${READ} that is not JSON (text/html: <html> <body>Unicorn!</body> </html>)`],
    ['JSON cut off', { raw: '{"data": {"viewer": {"lo', rawType: 'application/json' }, `${READ} that is not valid JSON (cut off?)`],
    ['JSON null', { raw: 'null', rawType: 'application/json' }, `${READ} that is \`null\``],
    ['JSON without data', { body: { message: 'hello' } }, `${READ} without \`data\``],
    ['data null, no errors', { body: { data: null } }, `${READ} whose \`data\` is null`],
  ])('GraphQL: %s', async (_name, fault, message) => {
    gh.failNext({ path: '/graphql', operation: 'AlignmentCheck', status: 200, ...fault });
    const error = await read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as Error).message).toBe(message);
  });

  it('REST: a long body is cut in the message', async () => {
    gh.failNext({ method: 'GET', path: '/repos/{owner}/{repo}/issues/{issue_number}', status: 200, raw: `<html>${'x'.repeat(200)}</html>` });
    await expect(api.readIssue({ owner: 'acme', repo: 'widgets' }, 7)).rejects.toThrow(
      `GET /repos/acme/widgets/issues/7 failed: returned an answer that is not JSON (text/html: <html>${'x'.repeat(54)}…)`,
    );
  });
});
