// The default GraphQL root value: the fake's REST state seen through GitHub's
// GraphQL schema, for the fields the action's queries are likely to ask
// (viewer; repository → pullRequest / issue / issueOrPullRequest / milestone, with
// labels and authors; the sprint report's lists: milestones, pullRequests and
// issues with states, labels, filterBy and orderBy, closingIssuesReferences, issue
// comments; repositoryOwner / organization / user → projectV2 with its iteration
// field and items — unreadable by the workflow token, as on GitHub; repository.object
// for a file's text; repository.labels with each label's issues; an issue's
// timelineItems — the PRs that reference it (CrossReferencedEvent) or were linked to
// it (ConnectedEvent); the addComment, deleteIssueComment, minimizeComment,
// unminimizeComment and pinIssue mutations). A query asking for a field this root lacks is a violation in
// strict mode: extend this file, or give the test its own root with
// setGraphQLRoot (spreading `stateGraphQLRoot(…)` to keep these fields).
import { GraphQLMockError } from './graphql.js';
import { nodeId } from './objects.js';
import type { CommentRecord, FakeState, Identity, IssueRecord, MilestoneRecord, ProjectRecord, RepoRecord } from './state.js';

type Json = Record<string, unknown>;

interface ConnectionArgs {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly last?: number | null;
  readonly before?: string | null;
}

const cursorIndex = (cursor: string): number => Number(Buffer.from(cursor, 'base64').toString('utf8').replace(/^cursor:/, ''));

/** A connection over a list: nodes, edges, totalCount and pageInfo, paged by first/after or last/before. */
export function connection<T>(items: readonly T[], args: ConnectionArgs = {}, toNode?: (item: T) => unknown): Json {
  for (const key of ['first', 'last'] as const) {
    const n = args[key];
    if (n !== undefined && n !== null && (n < 0 || n > 100)) throw new Error(`${key}: ${n} is outside 0..100 (GitHub refuses it)`);
  }
  let start = args.after ? cursorIndex(args.after) + 1 : 0;
  let end = args.before ? cursorIndex(args.before) : items.length;
  if (args.first !== undefined && args.first !== null) end = Math.min(end, start + args.first);
  else if (args.last !== undefined && args.last !== null) start = Math.max(start, end - args.last);
  const slice = toNode === undefined ? items.slice(start, end) : items.slice(start, end).map(toNode);
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

function repositoryRef(state: FakeState, repo: RepoRecord, html: string): Json {
  const full = `${repo.owner.login}/${repo.name}`;
  return {
    __typename: 'Repository',
    id: nodeId('Repository', repo.id),
    name: repo.name,
    nameWithOwner: full,
    owner: actor(state, repo.owner.login, html),
    isPrivate: repo.private,
    url: `${html}/${full}`,
  };
}

function commentNode(state: FakeState, c: CommentRecord, html: string): Json {
  return {
    __typename: 'IssueComment',
    id: nodeId('IssueComment', c.id),
    databaseId: c.id,
    fullDatabaseId: String(c.id),
    body: c.body,
    author: actor(state, c.user, html),
    authorAssociation: c.author_association,
    createdAt: c.created_at,
    updatedAt: c.updated_at,
    url: `${html}/${c.repo}/issues/${c.issue_number}#issuecomment-${c.id}`,
    isMinimized: c.minimized_reason !== null,
    minimizedReason: c.minimized_reason,
    viewerCanMinimize: true,
  };
}

const CLOSING = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)[ \t]*:?[ \t]+(?:([\w.-]+\/[\w.-]+)#(\d+)|#(\d+)|https:\/\/github\.com\/([\w.-]+\/[\w.-]+)\/issues\/(\d+))/gi;

/** The issues a PR closes: its `closes` and the issues its body names with a closing keyword (existing issues only, as on GitHub). */
export function closingIssues(state: FakeState, repo: RepoRecord, i: IssueRecord): { repo: RepoRecord; issue: IssueRecord }[] {
  const full = `${repo.owner.login}/${repo.name}`;
  const refs = [...(i.pull?.closes ?? [])];
  for (const m of (i.body ?? '').matchAll(CLOSING)) {
    const target = m[1] ?? m[4] ?? full;
    const number = m[2] ?? m[3] ?? m[5];
    if (number !== undefined) refs.push(`${target}#${number}`);
  }
  const out: { repo: RepoRecord; issue: IssueRecord }[] = [];
  const seen = new Set<string>();
  for (const ref of refs) {
    const [name, number] = ref.split('#');
    const [o, n] = (name ?? '').split('/');
    const r = o && n ? state.findRepo(o, n) : undefined;
    const issue = r?.issues.get(Number(number));
    if (!r || !issue || issue.pull || seen.has(`${o}/${n}#${issue.number}`)) continue;
    seen.add(`${o}/${n}#${issue.number}`);
    out.push({ repo: r, issue });
  }
  return out;
}

/**
 * The PRs that close an issue (the other side of closingIssuesReferences), oldest
 * first; as on GitHub, open ones only unless closed (and merged) ones are asked for.
 */
function closingPulls(state: FakeState, repo: RepoRecord, issue: IssueRecord, includeClosed: boolean): { repo: RepoRecord; issue: IssueRecord }[] {
  const out: { repo: RepoRecord; issue: IssueRecord }[] = [];
  for (const r of state.repos.values()) {
    for (const candidate of r.issues.values()) {
      if (!candidate.pull || (!includeClosed && candidate.state !== 'open')) continue;
      if (closingIssues(state, r, candidate).some((c) => c.repo === repo && c.issue === issue)) out.push({ repo: r, issue: candidate });
    }
  }
  return out.sort((a, b) => a.issue.number - b.issue.number);
}

type Order = { readonly field: string; readonly direction: 'ASC' | 'DESC' } | null | undefined;

/** Sorts issues or PRs by an IssueOrder (CREATED_AT, UPDATED_AT, COMMENTS); ties by number in the same direction. */
function sortIssues(state: FakeState, repo: RepoRecord, items: IssueRecord[], order: Order): IssueRecord[] {
  const field = order?.field ?? 'CREATED_AT';
  const dir = (order?.direction ?? 'ASC') === 'ASC' ? 1 : -1;
  const full = `${repo.owner.login}/${repo.name}`;
  const key = (i: IssueRecord): string | number =>
    field === 'UPDATED_AT' ? i.updated_at : field === 'COMMENTS' ? state.commentsOn(full, i.number).length : i.created_at;
  return items.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return (ka < kb ? -dir : ka > kb ? dir : 0) || dir * (a.number - b.number);
  });
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
    repository: repositoryRef(state, repo, html),
    comments: (args: ConnectionArgs) => connection(state.commentsOn(full, i.number).map((c) => commentNode(state, c, html)), args),
  };
  if (!i.pull) {
    return {
      ...common,
      __typename: 'Issue',
      timelineItems: (args: ConnectionArgs & { itemTypes?: readonly string[] | null }) => connection(timelineOf(state, repo, i, html, args.itemTypes ?? null), args),
      url: `${html}/${full}/issues/${i.number}`,
      state: i.state === 'open' ? 'OPEN' : 'CLOSED',
      stateReason: i.state_reason === null ? null : i.state_reason.toUpperCase(),
      closedByPullRequestsReferences: (args: ConnectionArgs & { includeClosedPrs?: boolean | null }) =>
        connection(
          closingPulls(state, repo, i, args.includeClosedPrs === true).map((p) => subjectNode(state, p.repo, p.issue, html)),
          args,
        ),
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
    closingIssuesReferences: (args: ConnectionArgs) =>
      connection(
        closingIssues(state, repo, i).map((c) => subjectNode(state, c.repo, c.issue, html)),
        args,
      ),
  };
}

/** Whether a PR's body names an issue: `#12` (same repository), `owner/repo#12`, or its URL. */
function mentions(body: string, from: RepoRecord, repo: RepoRecord, issue: IssueRecord): boolean {
  const full = `${repo.owner.login}/${repo.name}`.toLowerCase();
  for (const m of body.matchAll(/(?<![\w/#])(?:([\w.-]+\/[\w.-]+))?#(\d+)\b|https:\/\/github\.com\/([\w.-]+\/[\w.-]+)\/issues\/(\d+)/g)) {
    const target = (m[1] ?? m[3] ?? `${from.owner.login}/${from.name}`).toLowerCase();
    if (target === full && Number(m[2] ?? m[4]) === issue.number) return true;
  }
  return false;
}

/**
 * An issue's timeline, as far as the fake keeps one: a CrossReferencedEvent for each PR
 * whose body names the issue, a ConnectedEvent for each PR linked to it (its seed's
 * `closes`), oldest PR first.
 */
function timelineOf(state: FakeState, repo: RepoRecord, issue: IssueRecord, html: string, itemTypes: readonly string[] | null): Json[] {
  const wants = (type: string): boolean => itemTypes === null || itemTypes.length === 0 || itemTypes.includes(type);
  const full = `${repo.owner.login}/${repo.name}`;
  const events: { at: string; node: Json }[] = [];
  for (const r of state.repos.values()) {
    const rFull = `${r.owner.login}/${r.name}`;
    for (const pr of r.issues.values()) {
      if (!pr.pull) continue;
      const source = subjectNode(state, r, pr, html);
      const target = subjectNode(state, repo, issue, html);
      if (wants('CROSS_REFERENCED_EVENT') && mentions(pr.body ?? '', r, repo, issue)) {
        events.push({
          at: pr.created_at,
          node: {
            __typename: 'CrossReferencedEvent',
            id: nodeId('CrossReferencedEvent', pr.id * 7 + issue.id),
            actor: actor(state, pr.user, html),
            createdAt: pr.created_at,
            referencedAt: pr.created_at,
            isCrossRepository: rFull !== full,
            resourcePath: `/${rFull}/pull/${pr.number}`,
            url: `${html}/${rFull}/pull/${pr.number}`,
            willCloseTarget: closingIssues(state, r, pr).some((c) => c.issue === issue),
            source,
            target,
          },
        });
      }
      if (wants('CONNECTED_EVENT') && pr.pull.closes.some((ref) => ref.toLowerCase() === `${full}#${issue.number}`.toLowerCase())) {
        events.push({
          at: pr.created_at,
          node: {
            __typename: 'ConnectedEvent',
            id: nodeId('ConnectedEvent', pr.id * 11 + issue.id),
            actor: actor(state, pr.user, html),
            createdAt: pr.created_at,
            isCrossRepository: rFull !== full,
            source,
            subject: target,
          },
        });
      }
    }
  }
  return events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).map((e) => e.node);
}

interface ListArgs extends ConnectionArgs {
  readonly states?: readonly string[] | null;
  readonly labels?: readonly string[] | null;
  readonly orderBy?: Order;
  readonly filterBy?: { readonly since?: string | null; readonly labels?: readonly string[] | null; readonly states?: readonly string[] | null } | null;
}

const hasLabels = (i: IssueRecord, labels: readonly string[] | null | undefined): boolean => {
  if (!labels || labels.length === 0) return true;
  const have = new Set(i.labels.map((l) => l.toLowerCase()));
  // GitHub's `labels` argument matches issues carrying ANY of the labels.
  return labels.some((l) => have.has(l.toLowerCase()));
};

/** repository.pullRequests / repository.issues: filtered, ordered, paged. */
function issueList(state: FakeState, repo: RepoRecord, html: string, pulls: boolean, args: ListArgs): Json {
  const stateOf = (i: IssueRecord): string => (i.pull?.merged_at ? 'MERGED' : i.state === 'open' ? 'OPEN' : 'CLOSED');
  const states = args.states ?? args.filterBy?.states ?? null;
  const since = args.filterBy?.since ?? null;
  const items = [...repo.issues.values()].filter(
    (i) =>
      (i.pull !== undefined) === pulls &&
      (!states || states.length === 0 || states.includes(stateOf(i))) &&
      hasLabels(i, args.labels) &&
      hasLabels(i, args.filterBy?.labels) &&
      (since === null || i.updated_at >= since),
  );
  return connection(sortIssues(state, repo, items, args.orderBy), args, (i) => subjectNode(state, repo, i, html));
}

function milestoneList(repo: RepoRecord, html: string, args: ListArgs): Json {
  const field = args.orderBy?.field ?? 'NUMBER';
  const dir = (args.orderBy?.direction ?? 'ASC') === 'ASC' ? 1 : -1;
  const key = (m: MilestoneRecord): string | number =>
    field === 'CREATED_AT' ? m.created_at : field === 'UPDATED_AT' ? m.updated_at : field === 'DUE_DATE' ? (m.due_on ?? '') : m.number;
  const items = [...repo.milestones.values()]
    .filter((m) => !args.states || args.states.length === 0 || args.states.includes(m.state === 'open' ? 'OPEN' : 'CLOSED'))
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      return (ka < kb ? -dir : ka > kb ? dir : 0) || dir * (a.number - b.number);
    });
  return connection(items.map((m) => milestoneNode(repo, m, html)), args);
}

/** Whether a token may read Projects (v2): the workflow token (an installation of github-actions) may not. */
function canReadProjects(viewer: Identity | null): boolean {
  return viewer !== null && viewer.app?.slug !== 'github-actions';
}

function projectNode(state: FakeState, project: ProjectRecord, viewer: Identity | null, html: string): Json {
  const iteration = (i: ProjectRecord['iterations'][number]): Json => ({
    __typename: 'ProjectV2IterationFieldIteration',
    id: i.id,
    title: i.title,
    titleHTML: i.title,
    startDate: i.startDate,
    duration: i.duration,
  });
  const iterationField: Json = {
    __typename: 'ProjectV2IterationField',
    id: nodeId('ProjectV2IterationField', project.id),
    name: project.iterationField,
    dataType: 'ITERATION',
    configuration: {
      duration: project.iterations[0]?.duration ?? 14,
      startDay: 1,
      iterations: project.iterations.filter((i) => !i.completed).map(iteration),
      completedIterations: project.iterations.filter((i) => i.completed).map(iteration),
    },
  };
  const pointsField: Json | null = project.pointsField
    ? { __typename: 'ProjectV2Field', id: nodeId('ProjectV2Field', project.id + 1), name: project.pointsField, dataType: 'NUMBER' }
    : null;
  const items = project.items.map((item, index) => {
    const [full, number] = (item.content ?? '').split('#');
    const [o, n] = (full ?? '').split('/');
    const repo = o && n ? state.findRepo(o, n) : undefined;
    const record = repo?.issues.get(Number(number));
    const visible = record !== undefined && repo !== undefined && !item.redacted && !(repo.private && viewer === null);
    const type = item.content === undefined ? 'DRAFT_ISSUE' : !visible ? 'REDACTED' : record.pull ? 'PULL_REQUEST' : 'ISSUE';
    const content =
      type === 'DRAFT_ISSUE'
        ? { __typename: 'DraftIssue', id: nodeId('DraftIssue', project.id * 1000 + index), title: `Draft ${index}`, body: '' }
        : visible && repo && record
          ? subjectNode(state, repo, record, html)
          : null;
    const iterationValue = project.iterations.find((i) => i.id === item.iteration);
    return {
      __typename: 'ProjectV2Item',
      id: nodeId('ProjectV2Item', project.id * 1000 + index),
      type,
      isArchived: item.archived ?? false,
      content,
      fieldValueByName: ({ name }: { name: string }) => {
        if (name === project.iterationField) {
          return iterationValue
            ? { __typename: 'ProjectV2ItemFieldIterationValue', iterationId: iterationValue.id, title: iterationValue.title, startDate: iterationValue.startDate, duration: iterationValue.duration }
            : null;
        }
        if (project.pointsField !== undefined && name === project.pointsField) {
          return item.points === undefined ? null : { __typename: 'ProjectV2ItemFieldNumberValue', number: item.points };
        }
        return null;
      },
    };
  });
  return {
    __typename: 'ProjectV2',
    id: nodeId('ProjectV2', project.id),
    number: project.number,
    title: project.title,
    url: `${html}/orgs/${project.owner}/projects/${project.number}`,
    field: ({ name }: { name: string }) => (name === project.iterationField ? iterationField : pointsField && name === project.pointsField ? pointsField : null),
    items: (args: ConnectionArgs) => connection(items, args),
  };
}

/** An organisation or user with its projects (repositoryOwner / organization / user). */
function ownerNode(state: FakeState, login: string, viewer: Identity | null, html: string): Json | null {
  const known = state.users.get(login);
  const hasProjects = [...state.projects.values()].some((p) => p.owner === login);
  if (!known && !hasProjects) return null;
  const type = known?.type === 'User' ? 'User' : 'Organization';
  return {
    ...actor(state, login, html),
    __typename: type,
    projectV2: ({ number }: { number: number }) => {
      if (!canReadProjects(viewer)) throw new GraphQLMockError('Resource not accessible by integration', 'FORBIDDEN');
      const project = state.projects.get(`${login}#${number}`);
      if (!project) throw new GraphQLMockError(`Could not resolve to a ProjectV2 with the number ${number}.`);
      return projectNode(state, project, viewer, html);
    },
  };
}

/** GitHub's binary check: a NUL byte in the first 8000 bytes (as git's). */
const looksBinary = (content: Buffer): boolean => content.subarray(0, 8000).includes(0);

/** repository.object(expression: "<ref>:<path>"): a Blob (a file), a Tree (a directory), or null. */
function gitObject(state: FakeState, repo: RepoRecord, expression: string): Json | null {
  const colon = expression.indexOf(':');
  if (colon < 0) return null; // a bare ref names a commit, which no query of the action asks for
  const refName = expression.slice(0, colon);
  const files = state.filesAt(repo, refName === 'HEAD' ? repo.default_branch : refName);
  if (!files) return null;
  const path = expression.slice(colon + 1).replace(/^\/+|\/+$/g, '');
  const file = files.get(path);
  if (file) {
    const binary = looksBinary(file.content);
    return {
      __typename: 'Blob',
      id: nodeId('Blob', file.content.length),
      oid: file.sha,
      abbreviatedOid: file.sha.slice(0, 7),
      byteSize: file.content.length,
      isBinary: binary,
      // GitHub truncates a blob's text at 512 KB; invalid UTF-8 reads as U+FFFD.
      isTruncated: file.content.length > 512 * 1024,
      text: binary ? null : file.content.subarray(0, 512 * 1024).toString('utf8'),
    };
  }
  const prefix = `${path}/`;
  if ([...files.keys()].some((name) => name.startsWith(prefix))) {
    return { __typename: 'Tree', id: nodeId('Tree', path.length), oid: '0'.repeat(40), abbreviatedOid: '0000000' };
  }
  return null;
}

/** The issue or PR a node id names, in any repository. */
function findSubject(state: FakeState, id: string): { repo: RepoRecord; issue: IssueRecord } | undefined {
  for (const repo of state.repos.values()) {
    for (const issue of repo.issues.values()) {
      if (nodeId(issue.pull ? 'PullRequest' : 'Issue', issue.id) === id) return { repo, issue };
    }
  }
  return undefined;
}

/** A comment by node id that the token may change (its own: the action only ever changes its own comments). */
function ownComment(state: FakeState, viewer: Identity | null, id: string, mutation: string): CommentRecord {
  if (viewer === null) throw new GraphQLMockError('This endpoint requires you to be authenticated.', 'FORBIDDEN');
  const c = [...state.comments.values()].find((comment) => nodeId('IssueComment', comment.id) === id);
  if (!c) throw new GraphQLMockError(`Could not resolve to a node with the global id of '${id}'`);
  if (c.user !== viewer.login) throw new GraphQLMockError(`${viewer.login} does not have the correct permissions to execute \`${mutation}\``, 'FORBIDDEN');
  return c;
}

/** Mutations the action sends: addComment (answering with the comment and its subject), deleteIssueComment, minimizeComment, unminimizeComment and pinIssue. */
function mutations(state: FakeState, viewer: Identity | null, html: string): Json {
  return {
    addComment: ({ input }: { input: { subjectId: string; body: string; clientMutationId?: string | null } }) => {
      if (viewer === null) throw new GraphQLMockError('This endpoint requires you to be authenticated.', 'FORBIDDEN');
      const found = findSubject(state, input.subjectId);
      if (!found) throw new GraphQLMockError(`Could not resolve to a node with the global id of '${input.subjectId}'`);
      const { repo, issue } = found;
      const c = state.addComment({ owner: repo.owner.login, repo: repo.name, issue_number: issue.number, body: input.body, user: viewer.login });
      issue.updated_at = c.created_at;
      const node = commentNode(state, c, html);
      const subject = subjectNode(state, repo, issue, html);
      return {
        clientMutationId: input.clientMutationId ?? null,
        commentEdge: { cursor: Buffer.from(`cursor:${c.id}`).toString('base64'), node },
        subject,
        timelineEdge: null,
      };
    },
    minimizeComment: ({ input }: { input: { subjectId: string; classifier: string; clientMutationId?: string | null } }) => {
      const c = ownComment(state, viewer, input.subjectId, 'MinimizeComment');
      // GraphQL's minimizedReason spells the classifier in lower case ("resolved", "off-topic").
      c.minimized_reason = input.classifier.toLowerCase().replace(/_/gu, '-');
      return { clientMutationId: input.clientMutationId ?? null, minimizedComment: commentNode(state, c, html) };
    },
    unminimizeComment: ({ input }: { input: { subjectId: string; clientMutationId?: string | null } }) => {
      const c = ownComment(state, viewer, input.subjectId, 'UnminimizeComment');
      c.minimized_reason = null;
      return { clientMutationId: input.clientMutationId ?? null, unminimizedComment: commentNode(state, c, html) };
    },
    pinIssue: ({ input }: { input: { issueId: string; clientMutationId?: string | null } }) => {
      if (viewer === null) throw new GraphQLMockError('This endpoint requires you to be authenticated.', 'FORBIDDEN');
      const found = findSubject(state, input.issueId);
      if (!found || found.issue.pull) throw new GraphQLMockError(`Could not resolve to an Issue with the global id of '${input.issueId}'`);
      found.issue.pinned = true;
      return { clientMutationId: input.clientMutationId ?? null, issue: subjectNode(state, found.repo, found.issue, html) };
    },
    deleteIssueComment: ({ input }: { input: { id: string; clientMutationId?: string | null } }) => {
      const c = ownComment(state, viewer, input.id, 'DeleteIssueComment');
      state.comments.delete(c.id);
      return { clientMutationId: input.clientMutationId ?? null };
    },
  };
}

/** The state-backed root value for one request, with `viewer` the token's identity. */
export function stateGraphQLRoot(state: FakeState, viewer: Identity | null, html: string): Json {
  return {
    ...mutations(state, viewer, html),
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
        milestones: (args: ListArgs) => milestoneList(repo, html, args),
        pullRequests: (args: ListArgs) => issueList(state, repo, html, true, args),
        issues: (args: ListArgs) => issueList(state, repo, html, false, args),
        object: ({ expression }: { expression: string }) => gitObject(state, repo, expression),
        labels: (args: ConnectionArgs & { query?: string | null }) => {
          // Every label the repository has, and every one its issues carry (as GitHub, which creates them).
          for (const i of repo.issues.values()) for (const name of i.labels) state.label(repo, name);
          const q = args.query?.toLowerCase();
          const all = [...repo.labels.values()].filter((l) => q === undefined || l.name.toLowerCase().includes(q)).sort((a, b) => a.name.localeCompare(b.name));
          return connection(all, args, (l) => ({
            __typename: 'Label',
            id: nodeId('Label', l.id),
            name: l.name,
            color: l.color,
            description: l.description,
            issues: (issueArgs: ListArgs) => issueList(state, repo, html, false, { ...issueArgs, labels: [l.name] }),
          }));
        },
      };
    },
    repositoryOwner: ({ login }: { login: string }) => ownerNode(state, login, viewer, html),
    organization: ({ login }: { login: string }) => {
      const node = ownerNode(state, login, viewer, html);
      if (!node || node['__typename'] !== 'Organization') throw new GraphQLMockError(`Could not resolve to an Organization with the login of '${login}'.`);
      return node;
    },
    user: ({ login }: { login: string }) => {
      const node = ownerNode(state, login, viewer, html);
      if (!node || node['__typename'] !== 'User') throw new GraphQLMockError(`Could not resolve to a User with the login of '${login}'.`);
      return node;
    },
  };
}
