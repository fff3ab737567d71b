import { Octokit as CoreOctokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { handleRateLimits } from '../../src/github/rate-limits.js';
import { afterEach, describe, expect, it } from 'vitest';
import { contract } from './openapi.js';
import { faults, startFakeGitHub, WORKFLOW_TOKEN, type FakeGitHub, type FakeGitHubOptions } from './server.js';

const Octokit = CoreOctokit.plugin(paginateRest);

let servers: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  servers = [];
});

async function start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const gh = await startFakeGitHub(options);
  servers.push(gh);
  return gh;
}

/** An octokit for the fake; `null` for an anonymous one. */
function client(gh: FakeGitHub, token: string | null = gh.token): InstanceType<typeof Octokit> {
  return new Octokit({ baseUrl: gh.url, ...(token !== null ? { auth: token } : {}) });
}

/** octokit's request without its route typings, to send what the types forbid. */
function untyped(o: InstanceType<typeof Octokit>): (route: string, params?: Record<string, unknown>) => Promise<{ status: number }> {
  return o.request as unknown as (route: string, params?: Record<string, unknown>) => Promise<{ status: number }>;
}

async function status(promise: Promise<{ status: number }>): Promise<number> {
  try {
    return (await promise).status;
  } catch (err) {
    return (err as { status: number }).status;
  }
}

describe('the extract', () => {
  it('records the @octokit/openapi version and holds every operation the fake serves', () => {
    const extract = contract().extract;
    expect(extract.source.package).toBe('@octokit/openapi');
    expect(extract.source.version).toMatch(/^\d+\.\d+\.\d+$/);
    const ids = extract.operations.map((o) => o.operationId);
    expect(ids).toEqual(
      expect.arrayContaining([
        'users/get-authenticated',
        'repos/get',
        'pulls/get',
        'issues/get',
        'issues/list-for-repo',
        'issues/create',
        'repos/get-content',
        'issues/list-comments',
        'issues/create-comment',
        'issues/update-comment',
        'checks/create',
        'checks/update',
        'issues/list-milestones',
        'issues/get-milestone',
      ]),
    );
  });
});

describe('valid requests', () => {
  it('serves seeded state with responses that fit GitHub’s schemas', async () => {
    const gh = await start();
    gh.addMilestone({ number: 3, title: 'Sprint 3', due_on: '2024-05-17T00:00:00Z' });
    gh.addPull({ number: 7, title: 'Cache the price list', body: '## Business Value\nfaster', labels: ['tech-debt'], milestone: 3, user: 'alice', draft: true });
    gh.addIssue({ number: 8, title: 'Slow checkout', labels: ['bug'], state: 'closed', milestone: 3 });
    gh.setFile({ path: '.github/alignment.yml', content: 'mode: advisory\n' });
    const o = client(gh);
    const base = { owner: 'acme', repo: 'widgets' };

    const repo = await o.request('GET /repos/{owner}/{repo}', base);
    expect(repo.data).toMatchObject({ full_name: 'acme/widgets', default_branch: 'main', private: false });
    expect(repo.data.url).toBe(`${gh.url}/repos/acme/widgets`);

    const pr = await o.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...base, pull_number: 7 });
    expect(pr.data).toMatchObject({ number: 7, draft: true, state: 'open', user: { login: 'alice', type: 'User' }, base: { ref: 'main' } });
    expect(pr.data.labels.map((l) => l.name)).toEqual(['tech-debt']);
    expect(pr.data.milestone?.title).toBe('Sprint 3');

    const asIssue = await o.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { ...base, issue_number: 7 });
    expect(asIssue.data.pull_request?.url).toBe(`${gh.url}/repos/acme/widgets/pulls/7`);

    const ms = await o.request('GET /repos/{owner}/{repo}/milestones/{milestone_number}', { ...base, milestone_number: 3 });
    expect(ms.data).toMatchObject({ open_issues: 1, closed_issues: 1 });
    const list = await o.request('GET /repos/{owner}/{repo}/milestones', { ...base, state: 'all' });
    expect(list.data.map((m) => m.number)).toEqual([3]);

    const closed = await o.request('GET /repos/{owner}/{repo}/issues', { ...base, state: 'closed', milestone: '3' });
    expect(closed.data.map((i) => i.number)).toEqual([8]);

    const file = await o.request('GET /repos/{owner}/{repo}/contents/{path}', { ...base, path: '.github/alignment.yml', ref: 'main' });
    expect(Array.isArray(file.data)).toBe(false);
    const content = file.data as { content: string; encoding: string };
    expect(content.encoding).toBe('base64');
    expect(Buffer.from(content.content, 'base64').toString('utf8')).toBe('mode: advisory\n');

    const raw = await o.request('GET /repos/{owner}/{repo}/contents/{path}', { ...base, path: '.github/alignment.yml', mediaType: { format: 'raw' } });
    expect(String(raw.data)).toBe('mode: advisory\n');

    const object = await o.request('GET /repos/{owner}/{repo}/contents/{path}', { ...base, path: '.github/alignment.yml', mediaType: { format: 'object' } });
    expect(object.data).toMatchObject({ type: 'file', path: '.github/alignment.yml' });
    const dir = await o.request('GET /repos/{owner}/{repo}/contents/{path}', { ...base, path: '.github' });
    expect(dir.data).toMatchObject([{ type: 'file', name: 'alignment.yml' }]);
    gh.setFile({ path: '.github/alignment.yml', content: 'mode: enforce\n', ref: 'feature-7' });
    const atHead = await o.request('GET /repos/{owner}/{repo}/contents/{path}', { ...base, path: '.github/alignment.yml', ref: 'refs/heads/feature-7' });
    expect(Buffer.from((atHead.data as { content: string }).content, 'base64').toString('utf8')).toBe('mode: enforce\n');
    expect(await status(o.request('GET /repos/{owner}/{repo}/contents/{path}', { ...base, path: '.github/alignment.yml', ref: 'nope' }))).toBe(404);
    expect(await status(o.request('GET /repos/{owner}/{repo}/contents/{path}', { ...base, path: 'missing.yml' }))).toBe(404);
    expect(await status(o.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...base, pull_number: 8 }))).toBe(404);
    expect(gh.violations).toEqual([]);
  });

  it('records writes under the token’s identity', async () => {
    const gh = await start();
    gh.addPull({ number: 7, head: { sha: 'a'.repeat(40) } });
    const o = client(gh);
    const base = { owner: 'acme', repo: 'widgets' };

    const created = await o.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...base, issue_number: 7, body: '<!-- marker -->\nhello' });
    expect(created.status).toBe(201);
    expect(created.data.user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot' });
    await o.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...base, comment_id: created.data.id, body: 'edited' });
    const comments = gh.comments(7);
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ body: 'edited', user: 'github-actions[bot]' });
    expect(gh.comments('acme', 'widgets', 7)).toEqual(comments);

    const run = await o.request('POST /repos/{owner}/{repo}/check-runs', {
      ...base,
      name: 'alignment',
      head_sha: 'a'.repeat(40),
      status: 'in_progress',
    });
    expect(run.data.app?.slug).toBe('github-actions');
    expect(run.data.pull_requests.map((p) => p.number)).toEqual([7]);
    await o.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
      ...base,
      check_run_id: run.data.id,
      conclusion: 'failure',
      output: {
        title: '1 rule failed',
        summary: 'business-value: expected a Business Value section, found none',
        annotations: [{ path: '.github', start_line: 1, end_line: 1, annotation_level: 'failure', message: 'x' }],
      },
    });
    const runs = gh.checkRuns();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: 'completed', conclusion: 'failure', creator: 'github-actions[bot]' });
    expect(runs[0]?.output.annotations).toHaveLength(1);

    const issue = await o.request('POST /repos/{owner}/{repo}/issues', { ...base, title: 'Sprint report', labels: ['report'] });
    expect(issue.status).toBe(201);
    expect(issue.headers.location).toBe(issue.data.url);
    expect(gh.issue(issue.data.number)?.user).toBe('github-actions[bot]');

    expect(gh.calls.map((c) => `${c.method} ${c.operationId ?? ''} ${c.status}`)).toEqual([
      'POST issues/create-comment 201',
      'PATCH issues/update-comment 200',
      'POST checks/create 201',
      'PATCH checks/update 200',
      'POST issues/create 201',
    ]);
    expect(gh.calls[0]?.login).toBe('github-actions[bot]');
    gh.resetCalls();
    expect(gh.calls).toEqual([]);
    expect(gh.violations).toEqual([]);
  });

  it('answers unknown tokens 401 and anonymous writes 401', async () => {
    const gh = await start();
    gh.addIssue({ number: 1 });
    expect(await status(client(gh, 'ghp_nope').request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'widgets' }))).toBe(401);
    const anon = client(gh, null);
    expect(await status(anon.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'widgets' }))).toBe(200);
    expect(await status(anon.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: 'acme', repo: 'widgets', issue_number: 1, body: 'x' }))).toBe(401);
    expect(gh.violations).toEqual([]);
  });
});

describe('contract violations', () => {
  it('an unknown route is a 404 and a violation', async () => {
    const gh = await start();
    const o = client(gh);
    expect(await status(o.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { owner: 'acme', repo: 'widgets', pull_number: 1 }))).toBe(404);
    expect(await status(o.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: 'acme', repo: 'widgets', comment_id: 1 }))).toBe(404);
    expect(gh.violations).toHaveLength(2);
    expect(gh.violations[0]).toMatch(/no such operation/);
    expect(gh.violations[1]).toMatch(/method not in the extract/);
  });

  it('a bad or unknown query parameter is a violation', async () => {
    const gh = await start();
    const request = untyped(client(gh));
    await status(request('GET /repos/{owner}/{repo}/issues', { owner: 'acme', repo: 'widgets', state: 'merged' }));
    await status(request('GET /repos/{owner}/{repo}/issues', { owner: 'acme', repo: 'widgets', labelz: 'bug' }));
    await status(request('GET /repos/{owner}/{repo}/issues/{issue_number}', { owner: 'acme', repo: 'widgets', issue_number: 'one' }));
    expect(gh.violations).toHaveLength(3);
    expect(gh.violations[0]).toMatch(/query parameter state="merged"/);
    expect(gh.violations[1]).toMatch(/unknown query parameter labelz/);
    expect(gh.violations[2]).toMatch(/path parameter issue_number="one"/);
  });

  it('a body that does not fit the requestBody schema is a violation', async () => {
    const gh = await start();
    gh.addIssue({ number: 1 });
    const request = untyped(client(gh));
    const base = { owner: 'acme', repo: 'widgets' };
    expect(await status(request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...base, issue_number: 1 }))).toBe(422);
    await status(request('POST /repos/{owner}/{repo}/check-runs', { ...base, name: 'x', head_sha: 'abc', status: 'done' }));
    await status(request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...base, issue_number: 1, body: 'x', bdy: 'typo' }));
    // Fits the schema, but GitHub refuses a completed run without a conclusion.
    await status(request('POST /repos/{owner}/{repo}/check-runs', { ...base, name: 'x', head_sha: 'abc', status: 'completed' }));
    expect(gh.violations).toHaveLength(4);
    expect(gh.violations[0]).toMatch(/request body is required/);
    expect(gh.violations[1]).toMatch(/\/status must be equal to one of the allowed values/);
    expect(gh.violations[2]).toMatch(/unknown property 'bdy'/);
    expect(gh.violations[3]).toMatch(/conclusion/);
    expect(gh.comments(1)).toEqual([]);
  });

  it('a response that does not fit the schema is a violation', async () => {
    const gh = await start();
    const issue = gh.addIssue({ number: 1 });
    // `state` is a free string in the description; `title` is a required string
    (issue as { title: unknown }).title = null;
    await client(gh).request('GET /repos/{owner}/{repo}/issues/{issue_number}', { owner: 'acme', repo: 'widgets', issue_number: 1 });
    expect(gh.violations).toHaveLength(1);
    expect(gh.violations[0]).toMatch(/response body does not fit the schema: \/title must be string/);
  });
});

describe('pagination', () => {
  it('sends a Link header and octokit follows it', async () => {
    const gh = await start();
    for (let n = 1; n <= 250; n++) gh.addIssue({ number: n, created_at: `2024-01-01T00:${String(Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}Z` });
    const o = client(gh);
    const first = await o.request('GET /repos/{owner}/{repo}/issues', { owner: 'acme', repo: 'widgets', per_page: 100 });
    expect(first.data).toHaveLength(100);
    expect(first.data[0]?.number).toBe(250);
    expect(first.headers.link).toContain('rel="next"');
    expect(first.headers.link).toContain('page=3>; rel="last"');
    gh.resetCalls();
    const all = await o.paginate('GET /repos/{owner}/{repo}/issues', { owner: 'acme', repo: 'widgets', per_page: 100 });
    expect(all).toHaveLength(250);
    expect(new Set(all.map((i) => i.number)).size).toBe(250);
    expect(gh.calls.map((c) => c.query['page'] ?? '1')).toEqual(['1', '2', '3']);
    expect(gh.violations).toEqual([]);
  });

  it('per_page over 100 and page 0 are violations', async () => {
    const gh = await start();
    const o = client(gh);
    await status(o.request('GET /repos/{owner}/{repo}/issues', { owner: 'acme', repo: 'widgets', per_page: 101 }));
    await status(o.request('GET /repos/{owner}/{repo}/milestones', { owner: 'acme', repo: 'widgets', page: 0 }));
    expect(gh.violations).toHaveLength(2);
    expect(gh.violations[0]).toMatch(/per_page=101/);
    expect(gh.violations[1]).toMatch(/page=0/);
  });
});

describe('fault injection', () => {
  it('fails the next matching request, then serves again', async () => {
    const gh = await start();
    gh.addIssue({ number: 1 });
    const o = client(gh);
    const req = (): Promise<{ status: number }> => o.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { owner: 'acme', repo: 'widgets', issue_number: 1 });
    gh.failNext({ method: 'GET', path: '/repos/{owner}/{repo}/issues/{issue_number}', ...faults.serverError() });
    expect(await status(req())).toBe(500);
    expect(await status(req())).toBe(200);
    gh.failNext({ path: /\/issues\/1$/, status: 502, times: 2 });
    expect(await status(req())).toBe(502);
    expect(await status(req())).toBe(502);
    expect(await status(req())).toBe(200);
    expect(gh.calls.map((c) => c.status)).toEqual([500, 200, 502, 502, 200]);
    expect(gh.violations).toEqual([]);
  });

  it('a secondary rate limit carries retry-after and GitHub’s message, which the adapter’s rate-limit handling honours', async () => {
    const gh = await start();
    gh.addIssue({ number: 1 });
    const waits: number[] = [];
    const logs: string[] = [];
    const o = new CoreOctokit({ baseUrl: gh.url, auth: gh.token });
    handleRateLimits(o as never, { log: (m) => logs.push(m), sleep: async (ms) => void waits.push(ms) });
    gh.failNext({ path: '/repos/acme/widgets/issues/1/comments', method: 'POST', ...faults.secondaryRateLimit(1) });
    const res = await o.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: 'acme', repo: 'widgets', issue_number: 1, body: 'x' });
    expect(res.status).toBe(201);
    expect(waits).toEqual([1000]);
    expect(logs[0]).toMatch(/Secondary rate limit .* retrying after 1 s/u);
    expect(gh.calls.map((c) => c.status)).toEqual([403, 201]);
    expect(gh.comments(1)).toHaveLength(1);
  });
});

describe('read-only tokens', () => {
  const expected = (url: string | null): unknown => ({
    message: 'Resource not accessible by integration',
    documentation_url: url,
    status: '403',
  });

  it('answers every write 403 in readOnly mode, as for a fork PR', async () => {
    const gh = await start({ readOnly: true });
    gh.addPull({ number: 2 });
    const o = client(gh);
    const err = await o
      .request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: 'acme', repo: 'widgets', issue_number: 2, body: 'x' })
      .catch((e: unknown) => e as { status: number; response: { data: unknown } });
    expect(err).toMatchObject({ status: 403 });
    const doc = contract().operation('issues/create-comment').documentationUrl;
    expect((err as { response: { data: unknown } }).response.data).toEqual(expected(doc));
    expect(await status(o.request('POST /repos/{owner}/{repo}/check-runs', { owner: 'acme', repo: 'widgets', name: 'x', head_sha: 'abc' }))).toBe(403);
    // reads still work
    expect(await status(o.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner: 'acme', repo: 'widgets', pull_number: 2 }))).toBe(200);
    expect(gh.comments(2)).toEqual([]);
    expect(gh.checkRuns()).toEqual([]);
    expect(gh.violations).toEqual([]);
  });

  it('can make a single token read-only', async () => {
    const gh = await start({ tokens: { ghs_fork: { login: 'github-actions[bot]', type: 'Bot', app: { id: 15368, slug: 'github-actions', name: 'GitHub Actions', ownerLogin: 'github' }, readOnly: true } } });
    gh.addIssue({ number: 1 });
    const args = { owner: 'acme', repo: 'widgets', issue_number: 1, body: 'x' };
    expect(await status(client(gh, 'ghs_fork').request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', args))).toBe(403);
    expect(await status(client(gh).request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', args))).toBe(201);
    gh.setReadOnly(true);
    expect(await status(client(gh).request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', args))).toBe(403);
  });
});

describe('identity', () => {
  it('GET /user is 403 for the workflow token, 200 for a user’s token', async () => {
    const gh = await start({ tokens: { ghp_alice: { login: 'alice' } } });
    const err = await client(gh, WORKFLOW_TOKEN)
      .request('GET /user')
      .catch((e: unknown) => e as { status: number; response: { data: { message: string } } });
    expect(err).toMatchObject({ status: 403, response: { data: { message: 'Resource not accessible by integration' } } });
    const me = await client(gh, 'ghp_alice').request('GET /user');
    expect(me.data).toMatchObject({ login: 'alice', type: 'User' });
    // a user token cannot create check runs
    expect(await status(client(gh, 'ghp_alice').request('POST /repos/{owner}/{repo}/check-runs', { owner: 'acme', repo: 'widgets', name: 'x', head_sha: 'abc' }))).toBe(403);
    expect(gh.violations).toEqual([]);
  });
});
