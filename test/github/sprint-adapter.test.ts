/**
 * The sprint adapter (src/github: sprint-context, sprint-items, iterations,
 * tracking-issue) against the fake GitHub API in-process: every document it sends
 * is validated against GitHub's schema and every answer executed against it by the
 * fake's GraphQL endpoint (a violation otherwise).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubApi, SprintContextRequest } from '../../src/github/api.js';
import { GitHubApiError } from '../../src/github/errors.js';
import { createGitHubApi } from '../../src/github/index.js';
import { connection, GraphQLMockError, startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';

const PAT = 'ghp_fakePersonalAccessToken000000000000000';
const repo = { owner: 'acme', repo: 'widgets' };

let gh: FakeGitHub;
let api: GitHubApi;

/** The production adapter, against the fake. */
function adapter(token: string): GitHubApi {
  return createGitHubApi({ token, baseUrl: gh.url, log: () => {} });
}

beforeEach(async () => {
  gh = await startFakeGitHub({ tokens: { [PAT]: { login: 'octocat' } } });
  api = adapter(gh.token);
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
});

const context = (request: Partial<SprintContextRequest>) => api.readSprintContext(repo, { milestones: false, items: false, ...request });

describe('the sprint context call', () => {
  it('reads the login, the milestones, the tracking issue with its comments and the first page of items in one call', async () => {
    gh.addMilestone({ number: 4, title: 'Sprint 4', description: 'Start: 2025-03-03', due_on: '2025-03-14T12:00:00Z', state: 'closed', closed_at: '2025-03-14T18:00:00Z' });
    gh.addIssue({ number: 1, title: 'Sprint debt report', labels: ['sprint-report'], body: '' });
    gh.addIssue({ number: 2, title: 'Something else', labels: ['sprint-report'], body: '' });
    gh.addComment({ issue_number: 1, body: '<!-- alignment-check:sprint:milestone-3 -->\nold', user: 'github-actions[bot]' });
    gh.addIssue({ number: 3, title: 'The debt', labels: ['tech-debt'], body: 'x', state: 'closed', state_reason: 'completed', closed_at: '2025-03-05T10:00:00Z' });
    gh.addPull({ number: 5, title: 'Pay it', body: 'Fixes #3', labels: ['tech-debt'], merged_at: '2025-03-05T10:00:00Z', additions: 7, deletions: 3 });
    gh.addPull({ number: 6, title: 'Open', body: '' });

    const ctx = await context({ milestones: true, items: true, tracking: { label: 'sprint-report' } });
    expect(gh.calls).toHaveLength(1);
    expect(ctx.viewer).toBe('github-actions[bot]');
    expect(ctx.milestones?.nodes).toEqual([
      { number: 4, title: 'Sprint 4', description: 'Start: 2025-03-03', due_on: '2025-03-14T12:00:00Z', closed_at: '2025-03-14T18:00:00Z', created_at: expect.any(String), state: 'closed' },
    ]);
    expect(ctx.tracking?.map((t) => [t.number, t.title, t.comments.length])).toEqual([
      [1, 'Sprint debt report', 1],
      [2, 'Something else', 0],
    ]);
    expect(ctx.tracking?.[0]?.comments[0]).toMatchObject({ author: 'github-actions[bot]', body: expect.stringContaining('milestone-3') });
    expect(ctx.items?.items).toEqual([
      {
        kind: 'pr',
        repo: 'acme/widgets',
        number: 5,
        title: 'Pay it',
        url: 'https://github.com/acme/widgets/pull/5',
        labels: ['tech-debt'],
        body: 'Fixes #3',
        completedAt: '2025-03-05T10:00:00Z',
        updatedAt: '2025-03-05T10:00:00Z',
        state: 'merged',
        closes: ['acme/widgets#3'],
        additions: 7,
        deletions: 3,
      },
      expect.objectContaining({ kind: 'issue', number: 3, state: 'completed', completedAt: '2025-03-05T10:00:00Z', closes: [] }),
    ]);
    expect(ctx.items?.prs).toEqual({ cursor: null, oldestUpdatedAt: '2025-03-05T10:00:00Z' });
  });

  it('a tracking issue number that does not exist is no tracking issue, not a failure', async () => {
    const ctx = await context({ tracking: { number: 99 } });
    expect(ctx.tracking).toEqual([]);
  });

  it('pages the merged PRs and the closed issues side by side, newest update first', async () => {
    for (let i = 0; i < 130; i += 1) {
      const at = new Date(Date.parse('2025-01-01T00:00:00Z') + i * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      gh.addPull({ number: 1000 + i, title: `PR ${i}`, body: '', merged_at: at });
      if (i < 40) gh.addIssue({ number: 2000 + i, title: `Issue ${i}`, body: '', state: 'closed', closed_at: at, updated_at: at });
    }
    const first = await context({ items: true });
    expect(first.items?.items.filter((i) => i.kind === 'pr')).toHaveLength(100);
    expect(first.items?.items.filter((i) => i.kind === 'issue')).toHaveLength(40);
    expect(first.items?.issues?.cursor).toBeNull();
    const cursor = first.items?.prs?.cursor;
    expect(typeof cursor).toBe('string');
    const next = await api.readWorkItems(repo, { prs: cursor as string });
    expect(next.items.map((i) => (i.kind === 'redacted' ? 0 : i.number))).toEqual(Array.from({ length: 30 }, (_, k) => 1029 - k));
    expect(next.issues).toBeUndefined();
    expect(next.prs).toEqual({ cursor: null, oldestUpdatedAt: '2025-01-01T00:00:00Z' });
  });

  it('a node the token cannot read becomes a redacted item where it sits, never dropped', async () => {
    gh.addPull({ number: 5, title: 'A', body: '', merged_at: '2025-03-05T10:00:00Z' });
    gh.addPull({ number: 6, title: 'B', body: '', merged_at: '2025-03-04T10:00:00Z' });
    gh.addPull({ number: 7, title: 'C', body: '', merged_at: '2025-03-03T10:00:00Z' });
    gh.setGraphQLRoot(() => {
      const root = gh.stateGraphQLRoot() as { repository: (args: { owner: string; name: string }) => Record<string, unknown> };
      return {
        ...root,
        repository: (args: { owner: string; name: string }) => {
          const r = root.repository(args);
          return {
            ...r,
            pullRequests: (a: Record<string, unknown>) => {
              const conn = (r['pullRequests'] as (x: Record<string, unknown>) => { nodes: Record<string, unknown>[] })(a);
              const nodes = conn.nodes.map((n) =>
                n['number'] === 6
                  ? {
                      ...n,
                      number: () => {
                        throw new GraphQLMockError('Resource not accessible by integration', 'FORBIDDEN');
                      },
                    }
                  : n,
              );
              return { ...conn, nodes };
            },
          };
        },
      };
    });
    const ctx = await context({ items: true });
    expect(ctx.items?.items.map((i) => (i.kind === 'redacted' ? `redacted@${i.completedAt}` : `#${i.number}`))).toEqual([
      '#5',
      'redacted@2025-03-05T10:00:00Z',
      '#7',
    ]);
  });

  it('connection() pages by last/before too (the tracking issue’s last comments)', () => {
    const c = connection([1, 2, 3, 4, 5], { last: 2 }) as { nodes: number[]; pageInfo: { hasPreviousPage: boolean } };
    expect(c.nodes).toEqual([4, 5]);
    expect(c.pageInfo.hasPreviousPage).toBe(true);
  });
});

describe('Projects iterations', () => {
  const project = { owner: 'acme', number: 2, field: 'Iteration', points: 'Estimate' };
  function seed(items = 3): void {
    gh.addPull({ number: 5, title: 'A', body: '', merged_at: '2025-03-05T10:00:00Z', labels: ['tech-debt'] });
    gh.addIssue({ number: 6, title: 'B', body: '', state: 'closed', closed_at: '2025-03-06T10:00:00Z' });
    gh.addProject({
      owner: 'acme',
      number: 2,
      iterationField: 'Iteration',
      pointsField: 'Estimate',
      iterations: [
        { id: 'a1', title: 'Sprint A', startDate: '2025-03-03', duration: 14, completed: true },
        { id: 'a2', title: 'Sprint B', startDate: '2025-03-17', duration: 14 },
      ],
      items: [
        { content: 'acme/widgets#5', iteration: 'a1', points: 3 },
        { content: 'acme/widgets#6', iteration: 'a1' },
        { content: 'acme/private#1', iteration: 'a1', redacted: true },
        ...Array.from({ length: Math.max(0, items - 3) }, () => ({})),
      ],
    });
  }

  it('reads the iterations (active and completed) and the items with their iteration and points', async () => {
    seed();
    api = adapter(PAT);
    const ctx = await context({ project });
    expect(ctx.viewer).toBe('octocat');
    expect(ctx.project?.iterations).toEqual([
      { id: 'a2', title: 'Sprint B', startDate: '2025-03-17', duration: 14 },
      { id: 'a1', title: 'Sprint A', startDate: '2025-03-03', duration: 14, },
    ]);
    expect(ctx.project?.items.map((i) => (i.kind === 'redacted' ? ['redacted', i.iteration] : [i.number, i.iteration, i.points ?? null]))).toEqual([
      [5, 'a1', 3],
      [6, 'a1', null],
      ['redacted', 'a1'],
    ]);
    expect(ctx.project?.cursor).toBeNull();
  });

  it('pages through every item (ProjectV2.items has no filter); draft issues are counted, not weighed', async () => {
    seed(150);
    api = adapter(PAT);
    const ctx = await context({ project });
    expect(ctx.project?.drafts).toBe(97);
    const next = await api.readProjectItems(project, ctx.project?.cursor as string);
    expect(next).toEqual({ items: [], drafts: 50, unreadable: 0, cursor: null });
  });

  it('an item whose content the token cannot read is counted as hidden, with its iteration', async () => {
    seed();
    api = adapter(PAT);
    gh.setGraphQLRoot(() => {
      const root = gh.stateGraphQLRoot(PAT) as { repositoryOwner: (a: { login: string }) => Record<string, unknown> };
      return {
        ...root,
        repositoryOwner: (a: { login: string }) => {
          const owner = root.repositoryOwner(a);
          return {
            ...owner,
            projectV2: (p: { number: number }) => {
              const project = (owner['projectV2'] as (x: { number: number }) => Record<string, unknown>)(p);
              return {
                ...project,
                items: (args: Record<string, unknown>) => {
                  const conn = (project['items'] as (x: Record<string, unknown>) => { nodes: Record<string, unknown>[] })(args);
                  const nodes = conn.nodes.map((n, i) =>
                    i === 1
                      ? {
                          ...n,
                          content: () => {
                            throw new GraphQLMockError('Resource not accessible by integration', 'FORBIDDEN');
                          },
                        }
                      : n,
                  );
                  return { ...conn, nodes };
                },
              };
            },
          };
        },
      };
    });
    const ctx = await context({ project });
    expect(ctx.project?.items.map((i) => (i.kind === 'redacted' ? `hidden ${i.iteration}` : `#${i.number}`))).toEqual(['#5', 'hidden a1', 'hidden a1']);
  });

  it('with a token that cannot read projects: an error that says which token it needs', async () => {
    seed();
    const error = await context({ project }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).status).toBe(403);
    expect((error as Error).message).toContain('Resource not accessible by integration');
    expect((error as Error).message).toContain('needs a token with project read access');
  });

  it('names a missing project, owner or field', async () => {
    seed();
    api = adapter(PAT);
    await expect(context({ project: { ...project, number: 9 } })).rejects.toThrow(/Could not resolve to a ProjectV2 with the number 9/);
    await expect(context({ project: { ...project, owner: 'nobody' } })).rejects.toThrow(/no user or organisation named "nobody"/);
    await expect(context({ project: { ...project, field: 'Estimate' } })).rejects.toThrow(/the field "Estimate" is a Field, not an iteration field/);
    await expect(context({ project: { ...project, field: 'Sprint' } })).rejects.toThrow(/has no field named "Sprint"/);
  });
});

describe('the tracking issue', () => {
  it('is opened with its title and label (through the production client)', async () => {
    api = createGitHubApi({ token: gh.token, baseUrl: gh.url, log: () => {} });
    const created = await api.createIssue(repo, { title: 'Sprint debt report', body: 'Reports.', labels: ['sprint-report'] });
    expect(gh.issue(created.number)).toMatchObject({ title: 'Sprint debt report', labels: ['sprint-report'] });
  });
});
