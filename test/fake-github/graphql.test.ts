import { Octokit } from '@octokit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { GraphQLMockError, startFakeGitHub, validateGraphQL, type FakeGitHub, type FakeGitHubOptions } from './server.js';

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

const PR_QUERY = /* GraphQL */ `
  query Subject($owner: String!, $name: String!, $number: Int!) {
    repository(owner: $owner, name: $name) {
      pullRequest(number: $number) {
        title
        isDraft
        labels(first: 20) { nodes { name } }
        closingIssuesReferences(first: 10) { nodes { number } }
      }
    }
  }
`;

describe('validateGraphQL', () => {
  it('accepts a document that fits GitHub’s schema', () => {
    expect(validateGraphQL(PR_QUERY)).toEqual([]);
  });

  it('names what does not fit', () => {
    const errors = validateGraphQL('query { repository(owner: "a", name: "b") { pullRequest(number: 1) { titel } } }');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/Cannot query field "titel" on type "PullRequest"/);
    expect(validateGraphQL('query {')[0]).toMatch(/^syntax:/);
    expect(validateGraphQL('query($n: Int) { repository(owner: "a", name: "b") { issue(number: $n) { title } } }')[0]).toMatch(/Int!/);
  });
});

describe('POST /graphql', () => {
  it('executes a valid query against the test’s root value', async () => {
    const gh = await start();
    gh.setGraphQLRoot({
      repository: ({ owner, name }: { owner: string; name: string }) => {
        expect([owner, name]).toEqual(['acme', 'widgets']);
        return {
          pullRequest: ({ number }: { number: number }) => ({
            title: `PR ${number}`,
            isDraft: false,
            labels: { nodes: [{ name: 'tech-debt' }] },
            closingIssuesReferences: { nodes: [{ number: 12 }] },
          }),
        };
      },
    });
    const octokit = new Octokit({ baseUrl: gh.url, auth: gh.token });
    const data = await octokit.graphql<{ repository: { pullRequest: { title: string; labels: { nodes: { name: string }[] } } } }>(
      PR_QUERY,
      { owner: 'acme', name: 'widgets', number: 7 },
    );
    expect(data.repository.pullRequest.title).toBe('PR 7');
    expect(data.repository.pullRequest.labels.nodes).toEqual([{ name: 'tech-debt' }]);
    expect(gh.calls).toMatchObject([{ method: 'POST', path: '/graphql', status: 200, operationId: 'graphql' }]);
    expect(gh.violations).toEqual([]);
  });

  it('a document that does not fit the schema is a violation and a GraphQL error', async () => {
    const gh = await start();
    const octokit = new Octokit({ baseUrl: gh.url, auth: gh.token });
    await expect(octokit.graphql('query { viewer { logn } }')).rejects.toThrow(/Cannot query field "logn"/);
    expect(gh.violations).toHaveLength(1);
    expect(gh.violations[0]).toMatch(/does not fit GitHub's schema/);
  });

  it('a mock that lacks a field the query asks for is a violation', async () => {
    const gh = await start();
    gh.setGraphQLRoot({ viewer: { login: 'github-actions[bot]' } });
    const octokit = new Octokit({ baseUrl: gh.url, auth: gh.token });
    await octokit.graphql('query { viewer { login name } }');
    expect(gh.violations).toHaveLength(1);
    expect(gh.violations[0]).toMatch(/no value for User\.name at viewer\.name/);
  });

  it('a non-null field the mock leaves null is a violation', async () => {
    const gh = await start();
    gh.setGraphQLRoot({ viewer: { login: null } });
    const octokit = new Octokit({ baseUrl: gh.url, auth: gh.token });
    await expect(octokit.graphql('query { viewer { login } }')).rejects.toThrow(/non-nullable/);
    expect(gh.violations[0]).toMatch(/Cannot return null for non-nullable field User\.login/);
  });

  it('a GraphQLMockError is GitHub’s error answer, not a violation', async () => {
    const gh = await start();
    gh.setGraphQLRoot({
      repository: () => ({
        pullRequest: () => {
          throw new GraphQLMockError("Could not resolve to a PullRequest with the number of 99.");
        },
      }),
    });
    const octokit = new Octokit({ baseUrl: gh.url, auth: gh.token });
    const err = await octokit.graphql(PR_QUERY, { owner: 'acme', name: 'widgets', number: 99 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ errors: [{ type: 'NOT_FOUND', path: ['repository', 'pullRequest'] }] });
    expect(gh.violations).toEqual([]);
  });

  it('answers mutations FORBIDDEN for a read-only token', async () => {
    const gh = await start({ readOnly: true });
    const octokit = new Octokit({ baseUrl: gh.url, auth: gh.token });
    const err = await octokit
      .graphql('mutation($id: ID!) { addComment(input: { subjectId: $id, body: "x" }) { clientMutationId } }', { id: 'I_1' })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] });
    expect(gh.violations).toEqual([]);
  });

  it('requires a token', async () => {
    const gh = await start();
    const res = await fetch(`${gh.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'test' },
      body: JSON.stringify({ query: '{ viewer { login } }' }),
    });
    expect(res.status).toBe(401);
  });

  it('answers from the REST state by default, with viewer the token’s identity', async () => {
    const gh = await start();
    gh.addMilestone({ number: 2, title: 'Sprint 2' });
    gh.addPull({ number: 7, title: 'Cache prices', body: 'why', labels: ['tech-debt', 'perf'], user: 'alice', draft: true, milestone: 2 });
    gh.addIssue({ number: 8, title: 'Slow checkout', user: 'dependabot[bot]' });
    const octokit = new Octokit({ baseUrl: gh.url, auth: gh.token });
    const query = /* GraphQL */ `
      query ($owner: String!, $name: String!, $number: Int!, $isPr: Boolean!) {
        viewer { login }
        repository(owner: $owner, name: $name) {
          defaultBranchRef { name }
          pullRequest(number: $number) @include(if: $isPr) {
            number title body isDraft headRefOid baseRefName state
            author { login __typename }
            labels(first: 1) { totalCount nodes { name } pageInfo { hasNextPage endCursor } }
            milestone { title state }
          }
          issue(number: $number) @skip(if: $isPr) {
            number title stateReason
            author { login __typename }
          }
        }
      }
    `;
    expect(validateGraphQL(query)).toEqual([]);
    const pr = await octokit.graphql<Record<string, unknown>>(query, { owner: 'acme', name: 'widgets', number: 7, isPr: true });
    expect(pr).toMatchObject({
      viewer: { login: 'github-actions[bot]' },
      repository: {
        defaultBranchRef: { name: 'main' },
        pullRequest: {
          number: 7,
          title: 'Cache prices',
          isDraft: true,
          baseRefName: 'main',
          state: 'OPEN',
          author: { login: 'alice', __typename: 'User' },
          labels: { totalCount: 2, nodes: [{ name: 'tech-debt' }], pageInfo: { hasNextPage: true } },
          milestone: { title: 'Sprint 2', state: 'OPEN' },
        },
      },
    });
    const issue = await octokit.graphql<Record<string, unknown>>(query, { owner: 'acme', name: 'widgets', number: 8, isPr: false });
    expect(issue).toMatchObject({ repository: { issue: { number: 8, stateReason: null, author: { login: 'dependabot[bot]', __typename: 'Bot' } } } });
    // a PR number asked as an issue: GitHub's NOT_FOUND, not a violation
    const err = await octokit.graphql(query, { owner: 'acme', name: 'widgets', number: 7, isPr: false }).catch((e: unknown) => e);
    expect(err).toMatchObject({ errors: [{ type: 'NOT_FOUND', path: ['repository', 'issue'] }] });
    expect(gh.violations).toEqual([]);
  });
});
