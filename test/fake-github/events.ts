// Webhook event payloads for the tests, as a runner writes them to GITHUB_EVENT_PATH.
//
// Each payload starts from a real example in @octokit/webhooks-examples (the first
// example for that event and action that fits the schema: some older examples do
// not), or, where the examples lack the action (pull_request.edited,
// .milestoned…), from the closest one ("opened"), with the fields that action needs
// added. Every payload is then validated against @octokit/webhooks-schemas and the
// function throws when it does not fit.
//
// Not webhooks:
//   - `schedule` has no webhook schema. A runner writes {"schedule": "<cron>"} and,
//     since GitHub's 2022-09 change, also `repository`, `sender` and `workflow`
//     (the workflow file's path) — plus `organization`/`enterprise` where they
//     apply. scheduleEvent() writes that (validating `repository` and `sender`
//     against their webhook definitions); `{ minimal: true }` gives the old
//     one-key payload.
//   - `workflow_dispatch` has a schema (`workflow_dispatch$event`) and is validated.
//   - `pull_request_target` carries the pull_request payload unchanged; it is
//     validated against the pull_request schema.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { createAjv, formatErrors } from './ajv.js';

type Json = Record<string, unknown>;

export interface WebhookEvent {
  /** GITHUB_EVENT_NAME */
  readonly name: string;
  /** the JSON written to GITHUB_EVENT_PATH */
  readonly payload: Json;
}

export type LabelInput = string | { readonly name: string; readonly color?: string; readonly description?: string | null };

export interface RepoOptions {
  /** "owner/name"; default acme/widgets (the fake server's default repository) */
  readonly repo?: string;
  readonly private?: boolean;
  readonly defaultBranch?: string;
  /** default Organization (an `organization` object is added to the payload) */
  readonly ownerType?: 'User' | 'Organization';
  /** login of the user who triggered the event */
  readonly sender?: string;
}

export interface PullRequestOptions extends RepoOptions {
  readonly number?: number;
  readonly title?: string;
  readonly body?: string | null;
  readonly draft?: boolean;
  readonly state?: 'open' | 'closed';
  readonly merged?: boolean;
  readonly labels?: readonly LabelInput[];
  /** the PR author's login */
  readonly user?: string;
  readonly userType?: 'User' | 'Bot';
  readonly headSha?: string;
  readonly headRef?: string;
  /** "owner/name" of a fork the PR comes from */
  readonly headRepo?: string;
  readonly baseRef?: string;
  readonly baseSha?: string;
  readonly milestone?: MilestoneOptions | null;
  /** the label added (labeled) or removed (unlabeled); default the last of `labels` / "tech-debt" */
  readonly label?: LabelInput;
  /** for `edited`: what changed; default { body: { from: "" } } */
  readonly changes?: Json;
  /** for `synchronize`: the previous head sha */
  readonly before?: string;
}

export interface IssueOptions extends RepoOptions {
  readonly number?: number;
  readonly title?: string;
  readonly body?: string | null;
  readonly state?: 'open' | 'closed';
  readonly stateReason?: 'completed' | 'not_planned' | 'reopened' | null;
  readonly labels?: readonly LabelInput[];
  readonly user?: string;
  readonly userType?: 'User' | 'Bot';
  readonly milestone?: MilestoneOptions | null;
  readonly label?: LabelInput;
  readonly changes?: Json;
}

export interface MilestoneOptions extends RepoOptions {
  readonly number?: number;
  readonly title?: string;
  readonly description?: string | null;
  readonly state?: 'open' | 'closed';
  readonly dueOn?: string | null;
  readonly openIssues?: number;
  readonly closedIssues?: number;
  readonly createdAt?: string;
  readonly closedAt?: string | null;
}

const DEFAULT_REPO = 'acme/widgets';
const NOW = '2024-05-06T10:00:00Z';

// ---------------------------------------------------------------- schemas and examples

interface Definition {
  readonly name: string;
  readonly examples: Json[];
}

let examplesCache: Definition[] | undefined;
let ajvCache: ReturnType<typeof createAjv> | undefined;
const SCHEMA_ID = 'https://fake-github.invalid/webhooks-schemas.json';
const require = createRequire(import.meta.url);

function examples(): Definition[] {
  examplesCache ??= JSON.parse(readFileSync(require.resolve('@octokit/webhooks-examples'), 'utf8')) as Definition[];
  return examplesCache;
}

function ajv(): ReturnType<typeof createAjv> {
  if (!ajvCache) {
    const schema = JSON.parse(readFileSync(require.resolve('@octokit/webhooks-schemas'), 'utf8')) as Json;
    ajvCache = createAjv();
    // Only the definitions: compiling the root's oneOf over every event takes seconds.
    ajvCache.addSchema({ $id: SCHEMA_ID, definitions: schema['definitions'] });
  }
  return ajvCache;
}

/** The validator of a definition of @octokit/webhooks-schemas, e.g. "pull_request$edited" or "user". */
export function webhookValidator(definition: string): ValidateFunction {
  const v = ajv().getSchema(`${SCHEMA_ID}#/definitions/${definition}`);
  if (!v) throw new Error(`@octokit/webhooks-schemas has no definition ${definition}`);
  return v;
}

/** Validates a payload against a definition; returns the errors (empty when it fits). */
export function validateWebhook(definition: string, payload: unknown): string[] {
  const v = webhookValidator(definition);
  return v(payload) ? [] : [formatErrors(v.errors, 12)];
}

function assertValid(definition: string, payload: unknown): void {
  const errors = validateWebhook(definition, payload);
  if (errors.length > 0) throw new Error(`payload does not fit @octokit/webhooks-schemas ${definition}: ${errors.join('; ')}`);
}

const exampleCache = new Map<string, Json | null>();

/** A deep copy of the first example of `event.action` that fits its schema. */
function example(event: string, action: string | undefined): Json | undefined {
  const definition = action === undefined ? `${event}$event` : `${event}$${action}`;
  let found = exampleCache.get(definition);
  if (found === undefined) {
    const def = examples().find((d) => d.name === event);
    found =
      (def?.examples ?? []).find(
        (e) => (action === undefined || e['action'] === action) && validateWebhook(definition, e).length === 0,
      ) ?? null;
    exampleCache.set(definition, found);
  }
  return found === null ? undefined : structuredClone(found);
}

function requireExample(event: string, action: string | undefined): Json {
  const e = example(event, action);
  if (!e) throw new Error(`@octokit/webhooks-examples has no valid ${event}${action ? `.${action}` : ''} example`);
  return e;
}

// ---------------------------------------------------------------- object builders

function numericId(seed: string, min = 1_000_000): number {
  return min + (createHash('sha1').update(seed).digest().readUInt32BE(0) % 90_000_000);
}

function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

function nodeId(type: string, id: number): string {
  return Buffer.from(`${String(type.length).padStart(2, '0')}:${type}${id}`).toString('base64');
}

function splitRepo(full: string): [string, string] {
  const [owner, name, extra] = full.split('/');
  if (!owner || !name || extra !== undefined) throw new Error(`repo must be "owner/name", got ${full}`);
  return [owner, name];
}

const userTemplate = (): Json => requireExample('pull_request', 'opened')['sender'] as Json;

/** A webhook `user` object. */
function user(login: string, type: 'User' | 'Bot' | 'Organization' = login.endsWith('[bot]') ? 'Bot' : 'User'): Json {
  const id = login === 'github-actions[bot]' ? 41898282 : numericId(`user:${login}`);
  const url = `https://api.github.com/users/${encodeURIComponent(login)}`;
  const t = userTemplate();
  const out: Json = {};
  for (const key of Object.keys(t)) out[key] = t[key];
  Object.assign(out, {
    login,
    id,
    node_id: nodeId(type === 'Bot' ? 'Bot' : type === 'Organization' ? 'Organization' : 'User', id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url: type === 'Bot' && login.endsWith('[bot]') ? `https://github.com/apps/${login.slice(0, -5)}` : `https://github.com/${login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type,
    site_admin: false,
  });
  return out;
}

function organization(login: string): Json {
  const t = requireExample('workflow_dispatch', undefined)['organization'] as Json;
  const id = numericId(`org:${login}`);
  const url = `https://api.github.com/orgs/${login}`;
  return {
    ...t,
    login,
    id,
    node_id: nodeId('Organization', id),
    url,
    repos_url: `${url}/repos`,
    events_url: `${url}/events`,
    hooks_url: `${url}/hooks`,
    issues_url: `${url}/issues`,
    members_url: `${url}/members{/member}`,
    public_members_url: `${url}/public_members{/member}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    description: null,
  };
}

/** A webhook `repository` object, retargeted from the example's. */
function repository(full: string, opts: { private?: boolean; defaultBranch?: string; ownerType?: 'User' | 'Organization'; fork?: boolean }): Json {
  const template = requireExample('pull_request', 'opened')['repository'] as Json;
  const oldFull = String(template['full_name']);
  const [owner, name] = splitRepo(full);
  const retargeted = retarget(template, oldFull, full) as Json;
  const id = numericId(`repo:${full}`);
  const isPrivate = opts.private ?? false;
  return {
    ...retargeted,
    id,
    node_id: nodeId('Repository', id),
    name,
    full_name: full,
    owner: user(owner, opts.ownerType ?? 'Organization'),
    private: isPrivate,
    visibility: isPrivate ? 'private' : 'public',
    fork: opts.fork ?? false,
    description: null,
    default_branch: opts.defaultBranch ?? 'main',
    ...('master_branch' in retargeted ? { master_branch: opts.defaultBranch ?? 'main' } : {}),
    created_at: '2024-01-01T00:00:00Z',
    updated_at: NOW,
    pushed_at: NOW,
    html_url: `https://github.com/${full}`,
    clone_url: `https://github.com/${full}.git`,
    git_url: `git://github.com/${full}.git`,
    ssh_url: `git@github.com:${full}.git`,
    svn_url: `https://github.com/${full}`,
    homepage: null,
    license: null,
    topics: [],
    custom_properties: {},
  };
}

/** Replaces a repository's full name in every string of a value. */
function retarget(value: unknown, from: string, to: string): unknown {
  if (typeof value === 'string') return value.split(from).join(to);
  if (Array.isArray(value)) return value.map((v) => retarget(v, from, to));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, retarget(v, from, to)]));
  }
  return value;
}

const LABEL_COLORS = ['d73a4a', '0075ca', 'a2eeef', '7057ff', '008672', 'e4e669'];

function label(full: string, input: LabelInput): Json {
  const name = typeof input === 'string' ? input : input.name;
  const id = numericId(`label:${full}:${name}`);
  return {
    id,
    node_id: nodeId('Label', id),
    url: `https://api.github.com/repos/${full}/labels/${encodeURIComponent(name)}`,
    name,
    color: (typeof input !== 'string' ? input.color : undefined) ?? LABEL_COLORS[id % LABEL_COLORS.length] ?? 'ededed',
    default: false,
    description: (typeof input !== 'string' ? input.description : undefined) ?? null,
  };
}

function milestoneObject(full: string, m: MilestoneOptions, creator: Json): Json {
  const number = m.number ?? 1;
  const id = numericId(`milestone:${full}:${number}`);
  const url = `https://api.github.com/repos/${full}/milestones/${number}`;
  const state = m.state ?? 'open';
  return {
    url,
    html_url: `https://github.com/${full}/milestone/${number}`,
    labels_url: `${url}/labels`,
    id,
    node_id: nodeId('Milestone', id),
    number,
    title: m.title ?? `Sprint ${number}`,
    description: m.description ?? null,
    creator,
    open_issues: m.openIssues ?? 0,
    closed_issues: m.closedIssues ?? 0,
    state,
    created_at: m.createdAt ?? '2024-04-22T09:00:00Z',
    updated_at: NOW,
    due_on: m.dueOn ?? null,
    closed_at: m.closedAt !== undefined ? m.closedAt : state === 'closed' ? NOW : null,
  };
}

function commonParts(opts: RepoOptions, senderLogin: string): { full: string; repository: Json; extra: Json } {
  const full = opts.repo ?? DEFAULT_REPO;
  const ownerType = opts.ownerType ?? 'Organization';
  const repo = repository(full, {
    ...(opts.private !== undefined ? { private: opts.private } : {}),
    ...(opts.defaultBranch !== undefined ? { defaultBranch: opts.defaultBranch } : {}),
    ownerType,
  });
  const extra: Json = { sender: user(opts.sender ?? senderLogin) };
  if (ownerType === 'Organization') extra['organization'] = organization(splitRepo(full)[0]);
  return { full, repository: repo, extra };
}

// ---------------------------------------------------------------- pull requests

const PR_ACTIONS_WITHOUT_EXAMPLE_BASE = 'opened';

function pullRequestPayload(action: string, opts: PullRequestOptions): Json {
  const number = opts.number ?? 1;
  const author = opts.user ?? 'octocat';
  const { full, repository: repo, extra } = commonParts(opts, author);
  const base = example('pull_request', action) ?? requireExample('pull_request', PR_ACTIONS_WITHOUT_EXAMPLE_BASE);
  const template = base['pull_request'] as Json;
  const pr = retarget(template, String((base['repository'] as Json)['full_name']), full) as Json;

  const state = opts.state ?? (action === 'closed' ? 'closed' : 'open');
  const merged = opts.merged ?? false;
  const headSha = opts.headSha ?? fakeSha(`${full}#${number}:head`);
  const headRef = opts.headRef ?? `feature-${number}`;
  const baseRef = opts.baseRef ?? opts.defaultBranch ?? 'main';
  const baseSha = opts.baseSha ?? fakeSha(`${full}@${baseRef}`);
  const headFull = opts.headRepo ?? full;
  const headRepo =
    headFull === full
      ? repo
      : repository(headFull, { ownerType: 'User', fork: true, ...(opts.defaultBranch !== undefined ? { defaultBranch: opts.defaultBranch } : {}) });
  const authorObj = user(author, opts.userType ?? (author.endsWith('[bot]') ? 'Bot' : 'User'));
  const id = numericId(`pr:${full}#${number}`);
  const api = `https://api.github.com/repos/${full}`;
  const html = `https://github.com/${full}/pull/${number}`;
  const closedAt = state === 'closed' ? NOW : null;
  const labels = (opts.labels ?? []).map((l) => label(full, l));
  const milestone = opts.milestone ? milestoneObject(full, { ...opts.milestone }, user(splitRepo(full)[0], 'Organization')) : null;

  Object.assign(pr, {
    url: `${api}/pulls/${number}`,
    id,
    node_id: nodeId('PullRequest', id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${number}`,
    number,
    state,
    locked: false,
    title: opts.title ?? `Pull request ${number}`,
    user: authorObj,
    body: opts.body === undefined ? null : opts.body,
    created_at: '2024-05-06T09:00:00Z',
    updated_at: NOW,
    closed_at: closedAt,
    merged_at: merged ? closedAt ?? NOW : null,
    merge_commit_sha: merged ? fakeSha(`merge:${full}#${number}`) : null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    labels,
    milestone,
    commits_url: `${api}/pulls/${number}/commits`,
    review_comments_url: `${api}/pulls/${number}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${number}/comments`,
    statuses_url: `${api}/statuses/${headSha}`,
    head: {
      label: `${splitRepo(headFull)[0]}:${headRef}`,
      ref: headRef,
      sha: headSha,
      user: headRepo['owner'],
      repo: headRepo,
    },
    base: {
      label: `${splitRepo(full)[0]}:${baseRef}`,
      ref: baseRef,
      sha: baseSha,
      user: repo['owner'],
      repo,
    },
    _links: {
      self: { href: `${api}/pulls/${number}` },
      html: { href: html },
      issue: { href: `${api}/issues/${number}` },
      comments: { href: `${api}/issues/${number}/comments` },
      review_comments: { href: `${api}/pulls/${number}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${api}/pulls/${number}/commits` },
      statuses: { href: `${api}/statuses/${headSha}` },
    },
    author_association: author === splitRepo(full)[0] ? 'OWNER' : headFull === full ? 'MEMBER' : 'CONTRIBUTOR',
    auto_merge: null,
    active_lock_reason: null,
    draft: opts.draft ?? false,
    merged,
    mergeable: null,
    rebaseable: null,
    mergeable_state: 'unknown',
    merged_by: merged ? repo['owner'] : null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 10,
    deletions: 2,
    changed_files: 1,
  });

  const payload: Json = { action, number, pull_request: pr, repository: repo, ...extra };
  if (action === 'edited') payload['changes'] = opts.changes ?? { body: { from: '' } };
  if (action === 'labeled' || action === 'unlabeled') {
    payload['label'] = label(full, opts.label ?? (action === 'labeled' ? opts.labels?.at(-1) : undefined) ?? 'tech-debt');
  }
  if (action === 'synchronize') {
    payload['before'] = opts.before ?? fakeSha(`${full}#${number}:before`);
    payload['after'] = headSha;
  }
  if (action === 'milestoned' || action === 'demilestoned') {
    payload['milestone'] = milestoneObject(full, opts.milestone ?? {}, user(splitRepo(full)[0], 'Organization'));
  }
  assertValid(`pull_request$${action}`, payload);
  return payload;
}

/** A `pull_request` event (GITHUB_EVENT_NAME=pull_request). */
export function pullRequestEvent(action: string, opts: PullRequestOptions = {}): WebhookEvent {
  return { name: 'pull_request', payload: pullRequestPayload(action, opts) };
}

/** A `pull_request_target` event: the pull_request payload, run in the base repository's context. */
export function pullRequestTargetEvent(action: string, opts: PullRequestOptions = {}): WebhookEvent {
  return { name: 'pull_request_target', payload: pullRequestPayload(action, opts) };
}

// ---------------------------------------------------------------- issues

/** An `issues` event. */
export function issuesEvent(action: string, opts: IssueOptions = {}): WebhookEvent {
  const number = opts.number ?? 1;
  const author = opts.user ?? 'octocat';
  const { full, repository: repo, extra } = commonParts(opts, author);
  const base = example('issues', action) ?? requireExample('issues', 'opened');
  const issue = retarget(base['issue'], String((base['repository'] as Json)['full_name']), full) as Json;
  const state = opts.state ?? (action === 'closed' ? 'closed' : 'open');
  const id = numericId(`issue:${full}#${number}`);
  const url = `https://api.github.com/repos/${full}/issues/${number}`;
  const milestone = opts.milestone ? milestoneObject(full, opts.milestone, user(splitRepo(full)[0], 'Organization')) : null;
  Object.assign(issue, {
    url,
    repository_url: `https://api.github.com/repos/${full}`,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `https://github.com/${full}/issues/${number}`,
    id,
    node_id: nodeId('Issue', id),
    number,
    title: opts.title ?? `Issue ${number}`,
    user: user(author, opts.userType ?? (author.endsWith('[bot]') ? 'Bot' : 'User')),
    labels: (opts.labels ?? []).map((l) => label(full, l)),
    state,
    locked: false,
    assignee: null,
    assignees: [],
    milestone,
    comments: 0,
    created_at: '2024-05-06T09:00:00Z',
    updated_at: NOW,
    closed_at: state === 'closed' ? NOW : null,
    author_association: author === splitRepo(full)[0] ? 'OWNER' : 'CONTRIBUTOR',
    active_lock_reason: null,
    body: opts.body === undefined ? null : opts.body,
  });
  if ('reactions' in issue) issue['reactions'] = retarget(issue['reactions'], `/issues/${String((base['issue'] as Json)['number'])}/`, `/issues/${number}/`);
  if ('timeline_url' in issue) issue['timeline_url'] = `${url}/timeline`;
  if ('state_reason' in issue || opts.stateReason !== undefined) {
    issue['state_reason'] = opts.stateReason !== undefined ? opts.stateReason : state === 'closed' ? 'completed' : null;
  }
  const payload: Json = { action, issue, repository: repo, ...extra };
  if (action === 'edited') payload['changes'] = opts.changes ?? { body: { from: '' } };
  if (action === 'labeled' || action === 'unlabeled') {
    payload['label'] = label(full, opts.label ?? (action === 'labeled' ? opts.labels?.at(-1) : undefined) ?? 'tech-debt');
  }
  if (action === 'milestoned' || action === 'demilestoned') {
    payload['milestone'] = milestone ?? milestoneObject(full, {}, user(splitRepo(full)[0], 'Organization'));
  }
  assertValid(`issues$${action}`, payload);
  return { name: 'issues', payload };
}

// ---------------------------------------------------------------- milestones

/** A `milestone` event (e.g. 'closed' at the end of a sprint). */
export function milestoneEvent(action: string, opts: MilestoneOptions = {}): WebhookEvent {
  const { full, repository: repo, extra } = commonParts(opts, opts.sender ?? 'octocat');
  const base = example('milestone', action) ?? requireExample('milestone', 'created');
  const state = opts.state ?? (action === 'closed' ? 'closed' : 'open');
  // the example's milestone, with every field replaced (the schema forbids extra ones)
  const template = retarget(base['milestone'], String((base['repository'] as Json)['full_name']), full) as Json;
  const milestone = { ...template, ...milestoneObject(full, { ...opts, state }, user(opts.sender ?? 'octocat')) };
  const payload: Json = { action, milestone, repository: repo, ...extra };
  if (action === 'edited') payload['changes'] = { title: { from: 'Old title' } };
  assertValid(`milestone$${action}`, payload);
  return { name: 'milestone', payload };
}

// ---------------------------------------------------------------- not webhooks

/** A `workflow_dispatch` event with the given inputs (made strings, as in the runner's payload). */
export function workflowDispatchEvent(
  inputs: Readonly<Record<string, string | number | boolean>> = {},
  opts: RepoOptions & { readonly ref?: string; readonly workflow?: string } = {},
): WebhookEvent {
  const { repository: repo, extra } = commonParts(opts, opts.sender ?? 'octocat');
  const payload: Json = {
    // github.event.inputs holds strings, booleans included (only the `inputs` context keeps types)
    inputs: Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, String(v)])),
    ref: opts.ref ?? `refs/heads/${opts.defaultBranch ?? 'main'}`,
    repository: repo,
    ...extra,
    workflow: opts.workflow ?? '.github/workflows/alignment.yml',
  };
  assertValid('workflow_dispatch$event', payload);
  return { name: 'workflow_dispatch', payload };
}

/**
 * A `schedule` event. Not a webhook, so there is no schema: the payload is the
 * cron expression (`schedule`), and — as runners write it since 2022-09 — the
 * `repository`, `sender` and `workflow` path; `repository` and `sender` are
 * validated against their webhook definitions. `minimal: true` gives
 * {"schedule": "<cron>"} alone, as older runners wrote it.
 */
export function scheduleEvent(
  opts: RepoOptions & { readonly cron?: string; readonly workflow?: string; readonly minimal?: boolean } = {},
): WebhookEvent {
  const schedule = opts.cron ?? '0 9 * * 1';
  if (opts.minimal) return { name: 'schedule', payload: { schedule } };
  const { repository: repo, extra } = commonParts(opts, opts.sender ?? 'octocat');
  const payload: Json = { schedule, workflow: opts.workflow ?? '.github/workflows/alignment.yml', repository: repo, ...extra };
  assertValid('repository', payload['repository']);
  assertValid('user', payload['sender']);
  if (payload['organization'] !== undefined) assertValid('organization', payload['organization']);
  return { name: 'schedule', payload };
}
