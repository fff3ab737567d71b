// One handler per extracted REST operation, keyed by operationId. Handlers see
// requests that already fit the contract (parameters are coerced to their types).
import type { ExtractOperation } from './openapi.js';
import * as obj from './objects.js';
import type { Urls } from './objects.js';
import type { AnnotationRecord, CheckRunRecord, FakeState, Identity, IssueRecord, RepoRecord } from './state.js';
import { fakeSha, normalizeRef } from './state.js';

export interface RouteContext {
  readonly state: FakeState;
  readonly urls: Urls;
  /** null when the request carries no token */
  readonly identity: Identity | null;
  readonly op: ExtractOperation;
  readonly pathParams: Readonly<Record<string, unknown>>;
  readonly query: Readonly<Record<string, unknown>>;
  readonly body: unknown;
  readonly accept: string;
  /** the request's raw path and query, for Link headers */
  readonly rawPath: string;
  readonly rawQuery: URLSearchParams;
  /** records a violation of GitHub's (semantic) rules the schema cannot express */
  readonly violation: (message: string) => void;
}

export interface RouteResult {
  readonly status: number;
  /** JSON body; undefined for none */
  readonly body?: unknown;
  /** a non-JSON body (raw file content) */
  readonly raw?: Buffer;
  readonly mediaType?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export type Handler = (ctx: RouteContext) => RouteResult;

export function errorBody(status: number, message: string, documentationUrl: string | null): Record<string, string> {
  return { message, documentation_url: documentationUrl ?? 'https://docs.github.com/rest', status: String(status) };
}

export function notFound(ctx: Pick<RouteContext, 'op'>): RouteResult {
  return { status: 404, body: errorBody(404, 'Not Found', ctx.op.documentationUrl) };
}

function unprocessable(ctx: RouteContext, message: string): RouteResult {
  ctx.violation(`${ctx.op.method} ${ctx.rawPath}: GitHub answers 422: ${message}`);
  return { status: 422, body: errorBody(422, message, ctx.op.documentationUrl) };
}

/** The repository of the path, or undefined when it does not exist or the caller may not see it. */
function repoOf(ctx: RouteContext): RepoRecord | undefined {
  const owner = String(ctx.pathParams['owner']);
  const name = String(ctx.pathParams['repo']);
  const repo = ctx.state.findRepo(owner, name);
  if (!repo) return undefined;
  if (repo.private && ctx.identity === null) return undefined;
  return repo;
}

function requireIdentity(ctx: RouteContext): Identity {
  if (!ctx.identity) throw new Error('write handlers run only with an identity');
  return ctx.identity;
}

/** Slices a list and builds GitHub's Link header (next/last, prev/first). */
function paginate<T>(ctx: RouteContext, items: readonly T[]): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, typeof ctx.query['per_page'] === 'number' ? ctx.query['per_page'] : 30));
  const page = Math.max(1, typeof ctx.query['page'] === 'number' ? ctx.query['page'] : 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = (p: number): string => {
    const q = new URLSearchParams(ctx.rawQuery);
    q.set('per_page', String(perPage));
    q.set('page', String(p));
    return `<${ctx.urls.api}${ctx.rawPath}?${q.toString()}>`;
  };
  const parts: string[] = [];
  if (page > 1) parts.push(`${link(page - 1)}; rel="prev"`);
  if (page < last) parts.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
  if (page > 1) parts.push(`${link(1)}; rel="first"`);
  return { page: slice, headers: parts.length > 0 ? { link: parts.join(', ') } : {} };
}

function direction(ctx: RouteContext, fallback: 'asc' | 'desc'): 1 | -1 {
  const d = ctx.query['direction'] ?? fallback;
  return d === 'asc' ? 1 : -1;
}

function cmp(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

const getAuthenticatedUser: Handler = (ctx) => {
  if (!ctx.identity) return { status: 401, body: errorBody(401, 'Requires authentication', ctx.op.documentationUrl) };
  if (ctx.identity.app) {
    // Installation tokens (GITHUB_TOKEN among them) have no user behind them.
    return { status: 403, body: errorBody(403, 'Resource not accessible by integration', ctx.op.documentationUrl) };
  }
  return { status: 200, body: obj.privateUser(ctx.identity, ctx.urls) };
};

const getRepo: Handler = (ctx) => {
  const repo = repoOf(ctx);
  if (!repo) return notFound(ctx);
  return { status: 200, body: obj.repository(repo, ctx.state, ctx.urls, true) };
};

const getPull: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const issue = repo?.issues.get(Number(ctx.pathParams['pull_number']));
  if (!repo || !issue?.pull) return notFound(ctx);
  return { status: 200, body: obj.pullRequest(repo, issue, ctx.state, ctx.urls) };
};

const getIssue: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const issue = repo?.issues.get(Number(ctx.pathParams['issue_number']));
  if (!repo || !issue) return notFound(ctx);
  return { status: 200, body: obj.issue(repo, issue, ctx.state, ctx.urls) };
};

function issueMatches(ctx: RouteContext, i: IssueRecord): boolean {
  const q = ctx.query;
  const state = q['state'] ?? 'open';
  if (state !== 'all' && i.state !== state) return false;
  const m = q['milestone'];
  if (m !== undefined) {
    if (m === 'none' ? i.milestone !== null : m === '*' ? i.milestone === null : String(i.milestone) !== String(m)) return false;
  }
  if (typeof q['labels'] === 'string' && q['labels'] !== '') {
    const have = new Set(i.labels.map((l) => l.toLowerCase()));
    for (const want of q['labels'].split(',')) if (!have.has(want.trim().toLowerCase())) return false;
  }
  if (typeof q['creator'] === 'string' && i.user.toLowerCase() !== q['creator'].toLowerCase()) return false;
  const a = q['assignee'];
  if (typeof a === 'string') {
    if (a === 'none' ? i.assignees.length > 0 : a === '*' ? i.assignees.length === 0 : !i.assignees.includes(a)) return false;
  }
  if (typeof q['since'] === 'string' && i.updated_at < q['since']) return false;
  if (typeof q['mentioned'] === 'string' && !(i.body ?? '').includes(`@${q['mentioned']}`)) return false;
  return true;
}

const listIssues: Handler = (ctx) => {
  const repo = repoOf(ctx);
  if (!repo) return notFound(ctx);
  const sort = ctx.query['sort'] ?? 'created';
  const dir = direction(ctx, 'desc');
  const fullName = `${repo.owner.login}/${repo.name}`;
  const key = (i: IssueRecord): string | number =>
    sort === 'updated' ? i.updated_at : sort === 'comments' ? ctx.state.commentsOn(fullName, i.number).length : i.created_at;
  const items = [...repo.issues.values()]
    .filter((i) => issueMatches(ctx, i))
    .sort((a, b) => dir * cmp(key(a), key(b)) || dir * (a.number - b.number));
  const { page, headers } = paginate(ctx, items);
  return { status: 200, body: page.map((i) => obj.issue(repo, i, ctx.state, ctx.urls)), headers };
};

const createIssue: Handler = (ctx) => {
  const repo = repoOf(ctx);
  if (!repo) return notFound(ctx);
  const b = ctx.body as {
    title: string | number;
    body?: string;
    labels?: (string | { name?: string })[];
    assignees?: string[];
    assignee?: string | null;
    milestone?: string | number | null;
  };
  let milestone: number | null = null;
  if (b.milestone !== undefined && b.milestone !== null) {
    milestone = Number(b.milestone);
    if (!repo.milestones.has(milestone)) return unprocessable(ctx, `Validation Failed: milestone ${String(b.milestone)} does not exist`);
  }
  const labels = (b.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter((l) => l !== '');
  const issue = ctx.state.addIssue({
    owner: repo.owner.login,
    repo: repo.name,
    title: String(b.title),
    body: b.body ?? null,
    user: requireIdentity(ctx).login,
    author_association: requireIdentity(ctx).type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
    labels,
    assignees: b.assignees ?? (b.assignee ? [b.assignee] : []),
    milestone,
  });
  const body = obj.issue(repo, issue, ctx.state, ctx.urls);
  return { status: 201, body, headers: { location: String(body['url']) } };
};

const listComments: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const issue = repo?.issues.get(Number(ctx.pathParams['issue_number']));
  if (!repo || !issue) return notFound(ctx);
  const since = ctx.query['since'];
  const items = ctx.state
    .commentsOn(`${repo.owner.login}/${repo.name}`, issue.number)
    .filter((c) => typeof since !== 'string' || c.updated_at >= since);
  const { page, headers } = paginate(ctx, items);
  return { status: 200, body: page.map((c) => obj.issueComment(c, ctx.state, ctx.urls)), headers };
};

const createComment: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const issue = repo?.issues.get(Number(ctx.pathParams['issue_number']));
  if (!repo || !issue) return notFound(ctx);
  const identity = requireIdentity(ctx);
  const c = ctx.state.addComment({
    owner: repo.owner.login,
    repo: repo.name,
    issue_number: issue.number,
    body: (ctx.body as { body: string }).body,
    user: identity.login,
  });
  issue.updated_at = c.created_at;
  const body = obj.issueComment(c, ctx.state, ctx.urls);
  return { status: 201, body, headers: { location: String(body['url']) } };
};

const updateComment: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const c = ctx.state.comments.get(Number(ctx.pathParams['comment_id']));
  if (!repo || !c || c.repo !== `${repo.owner.login}/${repo.name}`) return notFound(ctx);
  c.body = (ctx.body as { body: string }).body;
  c.updated_at = ctx.state.timestamp();
  return { status: 200, body: obj.issueComment(c, ctx.state, ctx.urls) };
};

const getContent: Handler = (ctx) => {
  const repo = repoOf(ctx);
  if (!repo) return notFound(ctx);
  const ref = typeof ctx.query['ref'] === 'string' ? ctx.query['ref'] : repo.default_branch;
  const files = ctx.state.filesAt(repo, ref);
  if (!files) {
    return { status: 404, body: errorBody(404, `No commit found for the ref ${ref}`, ctx.op.documentationUrl) };
  }
  const path = String(ctx.pathParams['path']).replace(/^\/+|\/+$/g, '');
  const shownRef = normalizeRef(ref);
  const file = files.get(path);
  const wantsRaw = /application\/vnd\.github(\.v3)?\.raw/.test(ctx.accept);
  const wantsObject = /application\/vnd\.github(\.v3)?\.object/.test(ctx.accept);
  if (file) {
    if (wantsRaw) return { status: 200, raw: file.content, mediaType: 'application/vnd.github.raw' };
    const body = obj.contentFile(repo, shownRef, file, ctx.urls);
    return wantsObject
      ? { status: 200, body, mediaType: 'application/vnd.github.object' }
      : { status: 200, body };
  }
  // a directory: the entries directly under it
  const prefix = path === '' ? '' : `${path}/`;
  const entries = new Map<string, { type: 'file' | 'dir'; path: string; sha: string; size: number }>();
  for (const f of files.values()) {
    if (!f.path.startsWith(prefix)) continue;
    const rest = f.path.slice(prefix.length);
    const slash = rest.indexOf('/');
    if (slash === -1) entries.set(rest, { type: 'file', path: f.path, sha: f.sha, size: f.content.length });
    else {
      const dir = prefix + rest.slice(0, slash);
      entries.set(rest.slice(0, slash), { type: 'dir', path: dir, sha: fakeSha(`tree:${dir}`), size: 0 });
    }
  }
  if (entries.size === 0) return notFound(ctx);
  const list = [...entries.values()]
    .sort((a, b) => cmp(a.path, b.path))
    .map((e) => obj.contentEntry(repo, shownRef, e, ctx.urls));
  if (wantsObject) {
    const self = obj.contentEntry(repo, shownRef, { type: 'dir', path, sha: fakeSha(`tree:${path}`), size: 0 }, ctx.urls);
    return { status: 200, body: { ...self, entries: list }, mediaType: 'application/vnd.github.object' };
  }
  return { status: 200, body: list };
};

interface CheckRunBody {
  name?: string;
  head_sha?: string;
  details_url?: string;
  external_id?: string;
  status?: string;
  started_at?: string;
  conclusion?: string;
  completed_at?: string;
  output?: { title?: string; summary?: string; text?: string; annotations?: AnnotationRecord[] };
  actions?: unknown[];
}

function applyCheckRun(ctx: RouteContext, run: CheckRunRecord, b: CheckRunBody): RouteResult | undefined {
  if (b.conclusion !== undefined) {
    run.conclusion = b.conclusion;
    run.status = 'completed';
    run.completed_at = b.completed_at ?? run.completed_at ?? ctx.state.timestamp();
  } else if (b.status !== undefined) {
    run.status = b.status;
  }
  if (b.completed_at !== undefined) run.completed_at = b.completed_at;
  if (run.status === 'completed' && run.conclusion === null) {
    return unprocessable(ctx, 'Invalid request.\n\n"conclusion" wasn\'t supplied.');
  }
  if (b.name !== undefined) run.name = b.name;
  if (b.details_url !== undefined) run.details_url = b.details_url;
  if (b.external_id !== undefined) run.external_id = b.external_id;
  if (b.started_at !== undefined) run.started_at = b.started_at;
  if (b.actions !== undefined) run.actions = b.actions;
  if (b.output) {
    if (b.output.title !== undefined) run.output.title = b.output.title;
    if (b.output.summary !== undefined) run.output.summary = b.output.summary;
    if (b.output.text !== undefined) run.output.text = b.output.text;
    // Annotations accumulate across updates, as on GitHub.
    if (b.output.annotations) run.output.annotations.push(...b.output.annotations);
  }
  return undefined;
}

function mustBeApp(ctx: RouteContext): RouteResult | undefined {
  if (requireIdentity(ctx).app) return undefined;
  return { status: 403, body: errorBody(403, 'You must authenticate via a GitHub App.', ctx.op.documentationUrl) };
}

const createCheckRun: Handler = (ctx) => {
  const repo = repoOf(ctx);
  if (!repo) return notFound(ctx);
  const denied = mustBeApp(ctx);
  if (denied) return denied;
  const b = ctx.body as CheckRunBody & { name: string; head_sha: string };
  const identity = requireIdentity(ctx);
  const run: CheckRunRecord = {
    id: ctx.state.id() * 100 + 3,
    repo: `${repo.owner.login}/${repo.name}`,
    check_suite_id: ctx.state.id() * 10 + 1,
    name: b.name,
    head_sha: b.head_sha,
    status: 'queued',
    conclusion: null,
    started_at: ctx.state.timestamp(),
    completed_at: null,
    details_url: b.details_url ?? `${ctx.urls.html}/${repo.owner.login}/${repo.name}/actions`,
    external_id: '',
    output: { title: null, summary: null, text: null, annotations: [] },
    actions: [],
    creator: identity.login,
  };
  const rejected = applyCheckRun(ctx, run, b);
  if (rejected) return rejected;
  ctx.state.checkRuns.set(run.id, run);
  return { status: 201, body: obj.checkRun(run, ctx.state, ctx.urls) };
};

const updateCheckRun: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const run = ctx.state.checkRuns.get(Number(ctx.pathParams['check_run_id']));
  if (!repo || !run || run.repo !== `${repo.owner.login}/${repo.name}`) return notFound(ctx);
  const denied = mustBeApp(ctx);
  if (denied) return denied;
  const draft: CheckRunRecord = structuredClone(run);
  const rejected = applyCheckRun(ctx, draft, ctx.body as CheckRunBody);
  if (rejected) return rejected;
  Object.assign(run, draft);
  return { status: 200, body: obj.checkRun(run, ctx.state, ctx.urls) };
};

const listMilestones: Handler = (ctx) => {
  const repo = repoOf(ctx);
  if (!repo) return notFound(ctx);
  const state = ctx.query['state'] ?? 'open';
  const sort = ctx.query['sort'] ?? 'due_on';
  const dir = direction(ctx, 'asc');
  const objects = [...repo.milestones.values()]
    .filter((m) => state === 'all' || m.state === state)
    .map((m) => obj.milestone(repo, m, ctx.state, ctx.urls));
  const completeness = (m: Record<string, unknown>): number => {
    const open = Number(m['open_issues']);
    const closed = Number(m['closed_issues']);
    return open + closed === 0 ? 0 : closed / (open + closed);
  };
  objects.sort((a, b) => {
    const primary =
      sort === 'completeness'
        ? cmp(completeness(a), completeness(b))
        : cmp(a['due_on'] as string | null, b['due_on'] as string | null);
    return dir * primary || cmp(Number(a['number']), Number(b['number']));
  });
  const { page, headers } = paginate(ctx, objects);
  return { status: 200, body: page, headers };
};

const getMilestone: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const m = repo?.milestones.get(Number(ctx.pathParams['milestone_number']));
  if (!repo || !m) return notFound(ctx);
  return { status: 200, body: obj.milestone(repo, m, ctx.state, ctx.urls) };
};

export const HANDLERS: Readonly<Record<string, Handler>> = {
  'users/get-authenticated': getAuthenticatedUser,
  'repos/get': getRepo,
  'pulls/get': getPull,
  'issues/get': getIssue,
  'issues/list-for-repo': listIssues,
  'issues/create': createIssue,
  'issues/list-comments': listComments,
  'issues/create-comment': createComment,
  'issues/update-comment': updateComment,
  'repos/get-content': getContent,
  'checks/create': createCheckRun,
  'checks/update': updateCheckRun,
  'issues/list-milestones': listMilestones,
  'issues/get-milestone': getMilestone,
};
