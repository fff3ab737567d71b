// The default GraphQL root value: the fake's REST state seen through GitHub's
// GraphQL schema, for the fields the action's queries are likely to ask
// (viewer; repository → pullRequest / issue / issueOrPullRequest / milestone, with
// labels and authors). A query asking for a field this root lacks is a violation in
// strict mode: extend this file, or give the test its own root with
// setGraphQLRoot (spreading `stateGraphQLRoot(…)` to keep these fields).
import { GraphQLMockError } from './graphql.js';
import { nodeId } from './objects.js';
import type { FakeState, Identity, IssueRecord, MilestoneRecord, RepoRecord } from './state.js';

type Json = Record<string, unknown>;

interface ConnectionArgs {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly last?: number | null;
}

/** A connection over a list: nodes, edges, totalCount and pageInfo, paged by first/after. */
export function connection<T>(items: readonly T[], args: ConnectionArgs = {}): Json {
  if (args.first !== undefined && args.first !== null && (args.first < 0 || args.first > 100)) {
    throw new Error(`first: ${args.first} is outside 0..100 (GitHub refuses it)`);
  }
  const start = args.after ? Number(Buffer.from(args.after, 'base64').toString('utf8').replace(/^cursor:/, '')) + 1 : 0;
  const count = args.first ?? args.last ?? items.length;
  const slice = items.slice(start, start + count);
  const cursor = (i: number): string => Buffer.from(`cursor:${i}`).toString('base64');
  return {
    totalCount: items.length,
    nodes: slice,
    edges: slice.map((node, i) => ({ node, cursor: cursor(start + i) })),
    pageInfo: {
      hasNextPage: start + slice.length < items.length,
      hasPreviousPage: start > 0,
      startCursor: slice.length > 0 ? cursor(start) : null,
      endCursor: slice.length > 0 ? cursor(start + slice.length - 1) : null,
    },
  };
}

function actor(state: FakeState, login: string, html: string): Json {
  const u = state.user(login);
  return {
    __typename: u.type === 'Organization' ? 'Organization' : u.type,
    login: u.login,
    url: `${html}/${u.login}`,
    avatarUrl: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
    resourcePath: `/${u.login}`,
  };
}

function milestoneNode(repo: RepoRecord, m: MilestoneRecord, html: string): Json {
  return {
    __typename: 'Milestone',
    id: nodeId('Milestone', m.id),
    number: m.number,
    title: m.title,
    description: m.description,
    state: m.state === 'open' ? 'OPEN' : 'CLOSED',
    closed: m.state === 'closed',
    dueOn: m.due_on,
    closedAt: m.closed_at,
    createdAt: m.created_at,
    updatedAt: m.updated_at,
    url: `${html}/${repo.owner.login}/${repo.name}/milestone/${m.number}`,
  };
}

function subjectNode(state: FakeState, repo: RepoRecord, i: IssueRecord, html: string): Json {
  const full = `${repo.owner.login}/${repo.name}`;
  const labels = i.labels.map((name) => {
    const l = state.label(repo, name);
    return { __typename: 'Label', id: nodeId('Label', l.id), name: l.name, color: l.color, description: l.description };
  });
  const milestone = i.milestone === null ? undefined : repo.milestones.get(i.milestone);
  const common: Json = {
    id: nodeId(i.pull ? 'PullRequest' : 'Issue', i.id),
    databaseId: i.id,
    number: i.number,
    title: i.title,
    body: i.body ?? '',
    closed: i.state === 'closed',
    closedAt: i.closed_at,
    createdAt: i.created_at,
    updatedAt: i.updated_at,
    locked: i.locked,
    author: actor(state, i.user, html),
    authorAssociation: i.author_association,
    labels: (args: ConnectionArgs) => connection(labels, args),
    milestone: milestone ? milestoneNode(repo, milestone, html) : null,
  };
  if (!i.pull) {
    return {
      ...common,
      __typename: 'Issue',
      url: `${html}/${full}/issues/${i.number}`,
      state: i.state === 'open' ? 'OPEN' : 'CLOSED',
      stateReason: i.state_reason === null ? null : i.state_reason.toUpperCase(),
    };
  }
  const p = i.pull;
  return {
    ...common,
    __typename: 'PullRequest',
    url: `${html}/${full}/pull/${i.number}`,
    state: p.merged_at ? 'MERGED' : i.state === 'open' ? 'OPEN' : 'CLOSED',
    isDraft: p.draft,
    merged: p.merged_at !== null,
    mergedAt: p.merged_at,
    headRefOid: p.head.sha,
    headRefName: p.head.ref,
    baseRefOid: p.base.sha,
    baseRefName: p.base.ref,
    isCrossRepository: p.head.repo !== full,
    additions: p.additions,
    deletions: p.deletions,
    changedFiles: p.changed_files,
    closingIssuesReferences: (args: ConnectionArgs) => connection([], args),
  };
}

/** The state-backed root value for one request, with `viewer` the token's identity. */
export function stateGraphQLRoot(state: FakeState, viewer: Identity | null, html: string): Json {
  return {
    viewer: viewer ? actor(state, viewer.login, html) : null,
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const repo = state.findRepo(owner, name);
      if (!repo || (repo.private && viewer === null)) {
        throw new GraphQLMockError(`Could not resolve to a Repository with the name '${owner}/${name}'.`);
      }
      const full = `${repo.owner.login}/${repo.name}`;
      const find = (number: number, kind: 'pr' | 'issue' | 'any'): Json => {
        const i = repo.issues.get(number);
        const fits = i && (kind === 'any' || (kind === 'pr') === (i.pull !== undefined));
        if (!i || !fits) {
          const what = kind === 'pr' ? 'a PullRequest' : kind === 'issue' ? 'an Issue' : 'an issue or pull request';
          throw new GraphQLMockError(`Could not resolve to ${what} with the number of ${number}.`);
        }
        return subjectNode(state, repo, i, html);
      };
      return {
        __typename: 'Repository',
        id: nodeId('Repository', repo.id),
        name: repo.name,
        nameWithOwner: full,
        owner: actor(state, repo.owner.login, html),
        isPrivate: repo.private,
        url: `${html}/${full}`,
        defaultBranchRef: { __typename: 'Ref', name: repo.default_branch, prefix: 'refs/heads/' },
        pullRequest: ({ number }: { number: number }) => find(number, 'pr'),
        issue: ({ number }: { number: number }) => find(number, 'issue'),
        issueOrPullRequest: ({ number }: { number: number }) => find(number, 'any'),
        milestone: ({ number }: { number: number }) => {
          const m = repo.milestones.get(number);
          return m ? milestoneNode(repo, m, html) : null;
        },
      };
    },
  };
}
