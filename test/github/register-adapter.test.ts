/**
 * The register adapter (src/github/register-items.ts) against the fake GitHub API in
 * process: every document it sends is validated against GitHub's schema and every
 * answer executed against it by the fake's GraphQL endpoint (a violation otherwise).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubApi } from '../../src/github/api.js';
import { createGitHubApi } from '../../src/github/index.js';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';

const repo = { owner: 'acme', repo: 'widgets' };

let gh: FakeGitHub;
let api: GitHubApi;

beforeEach(async () => {
  gh = await startFakeGitHub();
  api = createGitHubApi({ token: gh.token, baseUrl: gh.url, log: () => {} });
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
});

describe('the register context call', () => {
  it('reads the login, the board’s issue, the labels with their open issues, and the first page of each source in one call', async () => {
    gh.addIssue({ number: 1, title: 'Sprint debt report', labels: ['sprint-report'], body: '' });
    gh.addComment({ issue_number: 1, body: '<!-- alignment-check:register -->\nold', user: 'github-actions[bot]' });
    gh.addIssue({ number: 10, title: 'Flaky tests', labels: ['tech-debt'], body: '## Business Impact\nCosts 2 hours a week.', created_at: '2025-01-02T00:00:00Z' });
    gh.addIssue({ number: 11, title: 'Old cluster', labels: ['Tech Debt'], body: 'x', created_at: '2025-01-03T00:00:00Z' });
    gh.addIssue({ number: 12, title: 'Closed debt', labels: ['tech-debt'], state: 'closed', body: 'x' });
    gh.addRepo({ owner: 'acme', name: 'debt' });
    gh.addIssue({ owner: 'acme', repo: 'debt', number: 3, title: 'SSO bridge', labels: [], body: 'y' });
    gh.resetCalls();
    const ctx = await api.readRegisterContext(repo, {
      sources: [
        { repo: 'acme/widgets', labels: ['tech-debt'] },
        { repo: 'acme/debt', labels: undefined },
        { repo: 'acme/gone', labels: undefined },
      ],
      milestones: true,
      tracking: { label: 'sprint-report' },
    });
    expect(gh.calls).toHaveLength(1);
    expect(ctx.viewer).toBe('github-actions[bot]');
    expect(ctx.tracking?.map((t) => [t.number, t.comments.length])).toEqual([[1, 1]]);
    expect(ctx.labels).toEqual(
      expect.arrayContaining([
        { name: 'tech-debt', openIssues: 1 },
        { name: 'Tech Debt', openIssues: 1 },
        { name: 'sprint-report', openIssues: 1 },
      ]),
    );
    expect(ctx.pages[0]?.items.map((i) => [i.repo, i.number, i.createdAt, i.state])).toEqual([['acme/widgets', 10, '2025-01-02T00:00:00Z', 'open']]);
    expect(ctx.pages[1]?.items.map((i) => `${i.repo}#${i.number}`)).toEqual(['acme/debt#3']);
    // A register repository that does not resolve is named, and the rest is read.
    expect(ctx.pages[2]).toMatchObject({ items: [], cursor: null });
    expect(ctx.pages[2]?.problem).toContain('register repository acme/gone cannot be read (NOT_FOUND');
  });

  it('the PRs that worked on an item: the ones whose body references it, and the ones linked to it', async () => {
    gh.addIssue({ number: 10, title: 'Flaky tests', labels: ['tech-debt'], body: 'x' });
    gh.addPull({ number: 20, title: 'Retry the slow suite', body: 'Part of #10.', created_at: '2025-01-05T00:00:00Z' });
    gh.addPull({ number: 21, title: 'Quarantine', body: 'No reference.', closes: [10], created_at: '2025-01-06T00:00:00Z' });
    gh.addPull({ number: 22, title: 'Unrelated', body: 'Fixes #100', created_at: '2025-01-07T00:00:00Z' });
    const ctx = await api.readRegisterContext(repo, { sources: [{ repo: 'acme/widgets', labels: ['tech-debt'] }], milestones: false });
    expect(ctx.pages[0]?.items[0]?.workedOnBy).toEqual(['acme/widgets#20', 'acme/widgets#21']);
  });
});

describe('the register pages call', () => {
  it('reads every source’s next 100 in one call, and says where each stands', async () => {
    for (let i = 0; i < 150; i += 1) gh.addIssue({ number: 100 + i, title: `Debt ${i}`, labels: ['tech-debt'], body: 'x', created_at: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString().replace(/\.\d{3}Z$/u, 'Z') });
    const ctx = await api.readRegisterContext(repo, { sources: [{ repo: 'acme/widgets', labels: ['tech-debt'] }], milestones: false });
    expect(ctx.pages[0]?.items).toHaveLength(100);
    const cursor = ctx.pages[0]?.cursor ?? null;
    expect(cursor).not.toBeNull();
    gh.resetCalls();
    const pages = await api.readRegisterPages([
      { source: { repo: 'acme/widgets', labels: ['tech-debt'] }, cursor },
      { source: { repo: 'acme/widgets', labels: ['Tech Debt'] }, cursor: null },
    ]);
    expect(gh.calls).toHaveLength(1);
    expect(pages.map((p) => [p.items.length, p.cursor])).toEqual([
      [50, null],
      [0, null],
    ]);
    // Oldest first: the pages go on where the first left off.
    expect(pages[0]?.items[0]?.number).toBe(200);
  });
});
