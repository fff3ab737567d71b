// Records → complete API objects, shaped like api.github.com's (every required
// field of the published schema, with plausible values). API URLs use the host the
// request came to; web URLs use the configured server URL (https://github.com).
import type {
  CheckRunRecord,
  CommentRecord,
  FakeState,
  FileRecord,
  Identity,
  IssueRecord,
  LabelRecord,
  MilestoneRecord,
  RepoRecord,
} from './state.js';

export interface Urls {
  /** API base, e.g. http://127.0.0.1:PORT */
  readonly api: string;
  /** web base, e.g. https://github.com */
  readonly html: string;
}

type Json = Record<string, unknown>;

const enc = encodeURIComponent;
const encPath = (p: string): string => p.split('/').map(enc).join('/');

/** GitHub's legacy global node ids are base64 of "<len>:<Type><id>". */
export function nodeId(type: string, id: number): string {
  return Buffer.from(`${String(type.length).padStart(2, '0')}:${type}${id}`).toString('base64');
}

export function simpleUser(u: Identity, urls: Urls): Json {
  const url = `${urls.api}/users/${enc(u.login)}`;
  const nodeType = u.type === 'Bot' ? 'Bot' : u.type === 'Organization' ? 'Organization' : 'User';
  return {
    login: u.login,
    id: u.id,
    node_id: nodeId(nodeType, u.id),
    avatar_url: u.app ? `https://avatars.githubusercontent.com/in/${u.app.id}?v=4` : `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
    gravatar_id: '',
    url,
    html_url: u.app ? `${urls.html}/apps/${u.app.slug}` : `${urls.html}/${enc(u.login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: u.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** GET /user for a user token. */
export function privateUser(u: Identity, urls: Urls): Json {
  return {
    ...simpleUser(u, urls),
    user_view_type: 'private',
    name: u.login,
    company: null,
    blog: '',
    location: null,
    email: null,
    notification_email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: '2015-03-01T10:00:00Z',
    updated_at: '2024-01-01T10:00:00Z',
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 1024,
    collaborators: 0,
    two_factor_authentication: true,
  };
}

export function integration(u: Identity, state: FakeState, urls: Urls): Json | null {
  if (!u.app) return null;
  const owner = state.user(u.app.ownerLogin);
  return {
    id: u.app.id,
    slug: u.app.slug,
    node_id: nodeId('App', u.app.id),
    client_id: `Iv1.${u.app.id.toString(16).padStart(16, '0')}`,
    owner: simpleUser(owner, urls),
    name: u.app.name,
    description: u.app.slug === 'github-actions' ? 'Automate your workflow from idea to production' : null,
    external_url: u.app.slug === 'github-actions' ? 'https://help.github.com/en/actions' : `${urls.html}/apps/${u.app.slug}`,
    html_url: `${urls.html}/apps/${u.app.slug}`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2024-04-10T20:33:16Z',
    permissions: {
      actions: 'write',
      checks: 'write',
      contents: 'write',
      issues: 'write',
      metadata: 'read',
      pull_requests: 'write',
      statuses: 'write',
    },
    events: ['check_run', 'check_suite', 'issues', 'issue_comment', 'pull_request', 'push'],
  };
}

export function repository(repo: RepoRecord, _state: FakeState, urls: Urls, full: boolean): Json {
  const fullName = `${repo.owner.login}/${repo.name}`;
  const url = `${urls.api}/repos/${fullName}`;
  const html = `${urls.html}/${fullName}`;
  const host = new URL(urls.html).host;
  const openIssues = [...repo.issues.values()].filter((i) => i.state === 'open').length;
  const base: Json = {
    id: repo.id,
    node_id: nodeId('Repository', repo.id),
    name: repo.name,
    full_name: fullName,
    owner: simpleUser(repo.owner, urls),
    private: repo.private,
    html_url: html,
    description: repo.description,
    fork: repo.fork,
    url,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    git_url: `git://${host}/${fullName}.git`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    ssh_url: `git@${host}:${fullName}.git`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
    clone_url: `${html}.git`,
    mirror_url: null,
    hooks_url: `${url}/hooks`,
    svn_url: html,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 128,
    default_branch: repo.default_branch,
    open_issues_count: openIssues,
    open_issues: openIssues,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: repo.private ? 'private' : 'public',
    pushed_at: repo.pushed_at,
    created_at: repo.created_at,
    updated_at: repo.pushed_at,
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
  };
  if (!full) return base;
  return {
    ...base,
    ...(repo.owner.type === 'Organization' ? { organization: simpleUser(repo.owner, urls) } : {}),
    network_count: 0,
    subscribers_count: 1,
    allow_squash_merge: true,
    allow_merge_commit: true,
    allow_rebase_merge: true,
    allow_auto_merge: false,
    delete_branch_on_merge: false,
  };
}

export function label(repo: RepoRecord, l: LabelRecord, urls: Urls): Json {
  return {
    id: l.id,
    node_id: nodeId('Label', l.id),
    url: `${urls.api}/repos/${repo.owner.login}/${repo.name}/labels/${enc(l.name)}`,
    name: l.name,
    description: l.description,
    color: l.color,
    default: l.default,
  };
}

export function milestone(repo: RepoRecord, m: MilestoneRecord, state: FakeState, urls: Urls): Json {
  const fullName = `${repo.owner.login}/${repo.name}`;
  const url = `${urls.api}/repos/${fullName}/milestones/${m.number}`;
  let open = 0;
  let closed = 0;
  for (const i of repo.issues.values()) {
    if (i.milestone !== m.number) continue;
    if (i.state === 'open') open++;
    else closed++;
  }
  return {
    url,
    html_url: `${urls.html}/${fullName}/milestone/${m.number}`,
    labels_url: `${url}/labels`,
    id: m.id,
    node_id: nodeId('Milestone', m.id),
    number: m.number,
    state: m.state,
    title: m.title,
    description: m.description,
    creator: simpleUser(state.user(m.creator), urls),
    open_issues: open,
    closed_issues: closed,
    created_at: m.created_at,
    updated_at: m.updated_at,
    closed_at: m.closed_at,
    due_on: m.due_on,
  };
}

function reactions(url: string): Json {
  return {
    url: `${url}/reactions`,
    total_count: 0,
    '+1': 0,
    '-1': 0,
    laugh: 0,
    hooray: 0,
    confused: 0,
    heart: 0,
    rocket: 0,
    eyes: 0,
  };
}

function issueMilestone(repo: RepoRecord, issue: IssueRecord, state: FakeState, urls: Urls): Json | null {
  if (issue.milestone === null) return null;
  const m = repo.milestones.get(issue.milestone);
  return m ? milestone(repo, m, state, urls) : null;
}

function labelsOf(repo: RepoRecord, issue: IssueRecord, state: FakeState, urls: Urls): Json[] {
  return issue.labels.map((name) => label(repo, state.label(repo, name), urls));
}

export function issue(repo: RepoRecord, i: IssueRecord, state: FakeState, urls: Urls): Json {
  const fullName = `${repo.owner.login}/${repo.name}`;
  const url = `${urls.api}/repos/${fullName}/issues/${i.number}`;
  const html = `${urls.html}/${fullName}/${i.pull ? 'pull' : 'issues'}/${i.number}`;
  const assignees = i.assignees.map((a) => simpleUser(state.user(a), urls));
  return {
    id: i.id,
    node_id: nodeId(i.pull ? 'PullRequest' : 'Issue', i.id),
    url,
    repository_url: `${urls.api}/repos/${fullName}`,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: html,
    number: i.number,
    state: i.state,
    state_reason: i.state_reason,
    title: i.title,
    body: i.body,
    user: simpleUser(state.user(i.user), urls),
    labels: labelsOf(repo, i, state, urls),
    assignee: assignees[0] ?? null,
    assignees,
    milestone: issueMilestone(repo, i, state, urls),
    locked: i.locked,
    active_lock_reason: null,
    comments: state.commentsOn(fullName, i.number).length,
    ...(i.pull
      ? {
          pull_request: {
            url: `${urls.api}/repos/${fullName}/pulls/${i.number}`,
            html_url: html,
            diff_url: `${html}.diff`,
            patch_url: `${html}.patch`,
            merged_at: i.pull.merged_at,
          },
          draft: i.pull.draft,
        }
      : {}),
    closed_at: i.closed_at,
    created_at: i.created_at,
    updated_at: i.updated_at,
    closed_by: null,
    author_association: i.author_association,
    reactions: reactions(url),
    timeline_url: `${url}/timeline`,
    performed_via_github_app: null,
  };
}

function branchRef(state: FakeState, repoFullName: string, ref: string, sha: string, urls: Urls): Json {
  const [owner, name] = repoFullName.split('/');
  const repo = state.repo(owner, name);
  return {
    label: `${repo.owner.login}:${ref}`,
    ref,
    sha,
    user: simpleUser(repo.owner, urls),
    repo: repository(repo, state, urls, false),
  };
}

export function pullRequest(repo: RepoRecord, i: IssueRecord, state: FakeState, urls: Urls): Json {
  const p = i.pull;
  if (!p) throw new Error(`#${i.number} is not a pull request`);
  const fullName = `${repo.owner.login}/${repo.name}`;
  const url = `${urls.api}/repos/${fullName}/pulls/${i.number}`;
  const html = `${urls.html}/${fullName}/pull/${i.number}`;
  const issueUrl = `${urls.api}/repos/${fullName}/issues/${i.number}`;
  const assignees = i.assignees.map((a) => simpleUser(state.user(a), urls));
  const merged = p.merged_at !== null;
  const links = {
    self: { href: url },
    html: { href: html },
    issue: { href: issueUrl },
    comments: { href: `${issueUrl}/comments` },
    review_comments: { href: `${url}/comments` },
    review_comment: { href: `${urls.api}/repos/${fullName}/pulls/comments{/number}` },
    commits: { href: `${url}/commits` },
    statuses: { href: `${urls.api}/repos/${fullName}/statuses/${p.head.sha}` },
  };
  return {
    url,
    id: i.id + 1_000_000,
    node_id: nodeId('PullRequest', i.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueUrl,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${urls.api}/repos/${fullName}/pulls/comments{/number}`,
    comments_url: `${issueUrl}/comments`,
    statuses_url: `${urls.api}/repos/${fullName}/statuses/${p.head.sha}`,
    number: i.number,
    state: i.state,
    locked: i.locked,
    title: i.title,
    user: simpleUser(state.user(i.user), urls),
    body: i.body,
    labels: labelsOf(repo, i, state, urls),
    milestone: issueMilestone(repo, i, state, urls),
    active_lock_reason: null,
    created_at: i.created_at,
    updated_at: i.updated_at,
    closed_at: i.closed_at,
    merged_at: p.merged_at,
    merge_commit_sha: p.merge_commit_sha,
    assignee: assignees[0] ?? null,
    assignees,
    requested_reviewers: [],
    requested_teams: [],
    head: branchRef(state, p.head.repo, p.head.ref, p.head.sha, urls),
    base: branchRef(state, fullName, p.base.ref, p.base.sha, urls),
    _links: links,
    author_association: i.author_association,
    auto_merge: null,
    draft: p.draft,
    merged,
    mergeable: merged || i.state === 'closed' ? null : true,
    rebaseable: merged || i.state === 'closed' ? null : true,
    mergeable_state: merged || i.state === 'closed' ? 'unknown' : p.draft ? 'draft' : 'clean',
    merged_by: p.merged_by ? simpleUser(state.user(p.merged_by), urls) : null,
    comments: state.commentsOn(fullName, i.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: p.commits,
    additions: p.additions,
    deletions: p.deletions,
    changed_files: p.changed_files,
  };
}

export function issueComment(c: CommentRecord, state: FakeState, urls: Urls): Json {
  const [owner, name] = c.repo.split('/');
  const repo = state.repo(owner, name);
  const isPull = repo.issues.get(c.issue_number)?.pull !== undefined;
  const url = `${urls.api}/repos/${c.repo}/issues/comments/${c.id}`;
  return {
    id: c.id,
    node_id: nodeId('IssueComment', c.id),
    url,
    html_url: `${urls.html}/${c.repo}/${isPull ? 'pull' : 'issues'}/${c.issue_number}#issuecomment-${c.id}`,
    body: c.body,
    user: simpleUser(state.user(c.user), urls),
    created_at: c.created_at,
    updated_at: c.updated_at,
    issue_url: `${urls.api}/repos/${c.repo}/issues/${c.issue_number}`,
    author_association: c.author_association,
    performed_via_github_app: null,
    reactions: reactions(url),
  };
}

export function checkRun(r: CheckRunRecord, state: FakeState, urls: Urls): Json {
  const [owner, name] = r.repo.split('/');
  const repo = state.repo(owner, name);
  const url = `${urls.api}/repos/${r.repo}/check-runs/${r.id}`;
  const minimalRepo = { id: repo.id, url: `${urls.api}/repos/${r.repo}`, name: repo.name };
  const pulls = [...repo.issues.values()]
    .filter((i) => i.pull && i.state === 'open' && i.pull.head.sha === r.head_sha && i.pull.head.repo === r.repo)
    .map((i) => ({
      id: i.id + 1_000_000,
      number: i.number,
      url: `${urls.api}/repos/${r.repo}/pulls/${i.number}`,
      head: { ref: i.pull?.head.ref, sha: i.pull?.head.sha, repo: minimalRepo },
      base: { ref: i.pull?.base.ref, sha: i.pull?.base.sha, repo: minimalRepo },
    }));
  return {
    id: r.id,
    head_sha: r.head_sha,
    node_id: nodeId('CheckRun', r.id),
    external_id: r.external_id,
    url,
    html_url: `${urls.html}/${r.repo}/runs/${r.id}`,
    details_url: r.details_url,
    status: r.status,
    conclusion: r.conclusion,
    started_at: r.started_at,
    completed_at: r.completed_at,
    output: {
      title: r.output.title,
      summary: r.output.summary,
      text: r.output.text,
      annotations_count: r.output.annotations.length,
      annotations_url: `${url}/annotations`,
    },
    name: r.name,
    check_suite: { id: r.check_suite_id },
    app: integration(state.user(r.creator), state, urls),
    pull_requests: pulls,
  };
}

/** GitHub wraps base64 content at 60 characters with a trailing newline. */
function base64Wrapped(content: Buffer): string {
  const b64 = content.toString('base64');
  return (b64.match(/.{1,60}/g) ?? []).map((l) => `${l}\n`).join('');
}

export function contentEntry(
  repo: RepoRecord,
  ref: string,
  entry: { readonly type: 'file' | 'dir'; readonly path: string; readonly sha: string; readonly size: number },
  urls: Urls,
): Json {
  const fullName = `${repo.owner.login}/${repo.name}`;
  const url = `${urls.api}/repos/${fullName}/contents/${encPath(entry.path)}?ref=${enc(ref)}`;
  const gitUrl = `${urls.api}/repos/${fullName}/git/${entry.type === 'dir' ? 'trees' : 'blobs'}/${entry.sha}`;
  const htmlUrl = `${urls.html}/${fullName}/${entry.type === 'dir' ? 'tree' : 'blob'}/${enc(ref)}/${encPath(entry.path)}`;
  return {
    type: entry.type,
    size: entry.size,
    name: entry.path.split('/').pop() ?? entry.path,
    path: entry.path,
    sha: entry.sha,
    url,
    git_url: gitUrl,
    html_url: htmlUrl,
    download_url: entry.type === 'dir' ? null : `${urls.html}/${fullName}/raw/${enc(ref)}/${encPath(entry.path)}`,
    _links: { self: url, git: gitUrl, html: htmlUrl },
  };
}

export function contentFile(repo: RepoRecord, ref: string, f: FileRecord, urls: Urls): Json {
  return {
    ...contentEntry(repo, ref, { type: 'file', path: f.path, sha: f.sha, size: f.content.length }, urls),
    content: base64Wrapped(f.content),
    encoding: 'base64',
  };
}
