// The fake GitHub's state: repositories, issues and pull requests (a pull request is
// an issue too, sharing its number space), comments, check runs, milestones, labels
// and files by ref. Plain records; objects.ts turns them into API objects.
import { createHash } from 'node:crypto';

export type UserType = 'User' | 'Bot' | 'Organization';

export interface Identity {
  readonly login: string;
  readonly type: UserType;
  readonly id: number;
  /** For a bot: the GitHub App it acts for (check runs record it as their `app`). */
  readonly app?: AppInfo;
}

export interface AppInfo {
  readonly id: number;
  readonly slug: string;
  readonly name: string;
  readonly ownerLogin: string;
}

export type UserSeed = string | { readonly login: string; readonly type?: UserType; readonly id?: number };

/** The identity of the workflow token (GITHUB_TOKEN) on github.com. */
export const GITHUB_ACTIONS_BOT: Identity = {
  login: 'github-actions[bot]',
  type: 'Bot',
  id: 41898282,
  app: { id: 15368, slug: 'github-actions', name: 'GitHub Actions', ownerLogin: 'github' },
};

export type AuthorAssociation =
  | 'COLLABORATOR'
  | 'CONTRIBUTOR'
  | 'FIRST_TIMER'
  | 'FIRST_TIME_CONTRIBUTOR'
  | 'MANNEQUIN'
  | 'MEMBER'
  | 'NONE'
  | 'OWNER';

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}
export type LabelSeed = string | { readonly name: string; readonly color?: string; readonly description?: string | null };

export interface RepoRecord {
  readonly id: number;
  readonly owner: Identity;
  readonly name: string;
  default_branch: string;
  private: boolean;
  fork: boolean;
  description: string | null;
  readonly created_at: string;
  pushed_at: string;
  readonly labels: Map<string, LabelRecord>;
  readonly issues: Map<number, IssueRecord>;
  readonly milestones: Map<number, MilestoneRecord>;
  /** ref name (branch, tag or sha) → path → file */
  readonly files: Map<string, Map<string, FileRecord>>;
  /** branch name → head sha */
  readonly branches: Map<string, string>;
}

export interface PullInfo {
  draft: boolean;
  head: { sha: string; ref: string; repo: string };
  base: { sha: string; ref: string };
  merged_at: string | null;
  merge_commit_sha: string | null;
  merged_by: string | null;
  additions: number;
  deletions: number;
  changed_files: number;
  commits: number;
  /** Issues the PR closes ("owner/name#123"), besides those its body names with a closing keyword. */
  closes: string[];
}

export interface IssueRecord {
  readonly id: number;
  readonly number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;
  locked: boolean;
  user: string;
  author_association: AuthorAssociation;
  labels: string[];
  assignees: string[];
  milestone: number | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  pull?: PullInfo;
  /** Pinned to the repository (GraphQL `pinIssue`). */
  pinned?: boolean;
}

export interface MilestoneRecord {
  readonly id: number;
  readonly number: number;
  title: string;
  description: string | null;
  state: 'open' | 'closed';
  due_on: string | null;
  creator: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface CommentRecord {
  readonly id: number;
  readonly repo: string; // owner/name
  readonly issue_number: number;
  body: string;
  readonly user: string;
  author_association: AuthorAssociation;
  readonly created_at: string;
  updated_at: string;
  /** Minimized (folded away) and why, as GraphQL's `minimizedReason` spells it ("resolved"); null when shown. */
  minimized_reason: string | null;
}

export interface FileRecord {
  readonly path: string;
  readonly content: Buffer;
  readonly sha: string;
}

export interface AnnotationRecord {
  readonly path: string;
  readonly start_line: number;
  readonly end_line: number;
  readonly start_column?: number;
  readonly end_column?: number;
  readonly annotation_level: 'notice' | 'warning' | 'failure';
  readonly message: string;
  readonly title?: string;
  readonly raw_details?: string;
}

export interface CheckRunRecord {
  readonly id: number;
  readonly repo: string; // owner/name
  readonly check_suite_id: number;
  name: string;
  readonly head_sha: string;
  status: string;
  conclusion: string | null;
  started_at: string;
  completed_at: string | null;
  details_url: string | null;
  external_id: string;
  output: { title: string | null; summary: string | null; text: string | null; annotations: AnnotationRecord[] };
  actions: unknown[];
  /** login of the token that created it */
  readonly creator: string;
}

export interface RepoSeed {
  readonly owner?: string;
  readonly name?: string;
  readonly ownerType?: UserType;
  readonly default_branch?: string;
  readonly private?: boolean;
  readonly fork?: boolean;
  readonly description?: string | null;
}

interface InRepo {
  /** Defaults to the server's default repository. */
  readonly owner?: string;
  readonly repo?: string;
}

export interface IssueSeed extends InRepo {
  readonly number?: number;
  readonly title?: string;
  readonly body?: string | null;
  readonly state?: 'open' | 'closed';
  readonly state_reason?: IssueRecord['state_reason'];
  readonly locked?: boolean;
  readonly user?: UserSeed;
  readonly author_association?: AuthorAssociation;
  readonly labels?: readonly LabelSeed[];
  readonly assignees?: readonly string[];
  /** a milestone number; it is created (titled "Milestone N") when the repo does not have it */
  readonly milestone?: number | null;
  readonly created_at?: string;
  readonly updated_at?: string;
  readonly closed_at?: string | null;
}

export interface PullSeed extends IssueSeed {
  readonly draft?: boolean;
  /** head.repo is "owner/name" of a fork, created when missing; defaults to the base repository */
  readonly head?: { readonly sha?: string; readonly ref?: string; readonly repo?: string };
  readonly base?: { readonly sha?: string; readonly ref?: string };
  readonly merged_at?: string | null;
  readonly merge_commit_sha?: string | null;
  readonly merged_by?: string | null;
  readonly additions?: number;
  readonly deletions?: number;
  readonly changed_files?: number;
  readonly commits?: number;
  /** Issues it closes: numbers in the same repository, or "owner/name#123". */
  readonly closes?: readonly (number | string)[];
}

/** An iteration of a Projects (v2) iteration field. */
export interface ProjectIterationRecord {
  readonly id: string;
  readonly title: string;
  /** YYYY-MM-DD */
  readonly startDate: string;
  readonly duration: number;
  /** Listed under completedIterations instead of iterations. */
  readonly completed?: boolean;
}

export interface ProjectItemRecord {
  /** The PR or issue behind the item ("owner/name#123"); absent for a draft issue. */
  readonly content?: string;
  /** The token cannot see the content (GitHub answers type REDACTED, content null). */
  readonly redacted?: boolean;
  readonly iteration?: string;
  readonly points?: number;
  readonly archived?: boolean;
}

export interface ProjectRecord {
  readonly id: number;
  /** An organisation or user login. */
  readonly owner: string;
  readonly number: number;
  title: string;
  /** The iteration field's name. */
  readonly iterationField: string;
  readonly iterations: ProjectIterationRecord[];
  /** The number field holding points, if any. */
  readonly pointsField?: string;
  readonly items: ProjectItemRecord[];
}

export interface ProjectSeed {
  readonly owner?: string;
  readonly number?: number;
  readonly title?: string;
  readonly iterationField?: string;
  readonly iterations?: readonly ProjectIterationRecord[];
  readonly pointsField?: string;
  readonly items?: readonly ProjectItemRecord[];
}

export interface MilestoneSeed extends InRepo {
  readonly number?: number;
  readonly title?: string;
  readonly description?: string | null;
  readonly state?: 'open' | 'closed';
  readonly due_on?: string | null;
  readonly creator?: UserSeed;
  readonly created_at?: string;
  readonly updated_at?: string;
  readonly closed_at?: string | null;
}

export interface CommentSeed extends InRepo {
  readonly issue_number: number;
  readonly body: string;
  readonly user?: UserSeed;
  readonly author_association?: AuthorAssociation;
  readonly created_at?: string;
  readonly updated_at?: string;
  /** A comment already minimized, and why ("resolved", "outdated", …). */
  readonly minimized_reason?: string | null;
}

export interface FileSeed extends InRepo {
  readonly path: string;
  /** null removes the file */
  readonly content: string | Uint8Array | null;
  /** branch, tag or commit sha; defaults to the default branch */
  readonly ref?: string;
}

/** GitHub's timestamp format: ISO 8601 without milliseconds. */
export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The git blob sha of some content, as GitHub reports it for files. */
export function gitBlobSha(content: Uint8Array): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

const LABEL_COLORS = ['d73a4a', '0075ca', 'a2eeef', '7057ff', '008672', 'e4e669', 'd876e3', 'cfd3d7'];

export class FakeState {
  readonly users = new Map<string, Identity>();
  readonly repos = new Map<string, RepoRecord>();
  readonly comments = new Map<number, CommentRecord>();
  readonly checkRuns = new Map<number, CheckRunRecord>();
  /** Projects (v2) by "owner#number". */
  readonly projects = new Map<string, ProjectRecord>();
  readonly defaultRepo: string;
  private nextId = 1000;
  private readonly now: () => Date;

  constructor(defaultRepo: RepoSeed & { readonly owner: string; readonly name: string }, now: () => Date = () => new Date()) {
    this.now = now;
    this.users.set(GITHUB_ACTIONS_BOT.login, GITHUB_ACTIONS_BOT);
    this.users.set('github', { login: 'github', type: 'Organization', id: 9919 });
    this.defaultRepo = `${defaultRepo.owner}/${defaultRepo.name}`;
    this.addRepo(defaultRepo);
  }

  id(): number {
    return ++this.nextId;
  }

  timestamp(): string {
    return isoSeconds(this.now());
  }

  user(seed: UserSeed): Identity {
    const login = typeof seed === 'string' ? seed : seed.login;
    const known = this.users.get(login);
    if (known) return known;
    const type: UserType =
      typeof seed !== 'string' && seed.type ? seed.type : login.endsWith('[bot]') ? 'Bot' : 'User';
    const id = typeof seed !== 'string' && seed.id !== undefined ? seed.id : this.id() * 7 + 100_000;
    const identity: Identity = { login, type, id };
    this.users.set(login, identity);
    return identity;
  }

  addRepo(seed: RepoSeed = {}): RepoRecord {
    const ownerLogin = seed.owner ?? this.defaultRepo.split('/')[0] ?? 'acme';
    const name = seed.name ?? this.defaultRepo.split('/')[1] ?? 'widgets';
    const key = `${ownerLogin}/${name}`;
    const existing = this.repos.get(key);
    const owner = this.user(seed.ownerType ? { login: ownerLogin, type: seed.ownerType } : { login: ownerLogin, type: 'Organization' });
    const default_branch = seed.default_branch ?? existing?.default_branch ?? 'main';
    if (existing) {
      existing.default_branch = default_branch;
      if (seed.private !== undefined) existing.private = seed.private;
      if (seed.fork !== undefined) existing.fork = seed.fork;
      if (seed.description !== undefined) existing.description = seed.description;
      return existing;
    }
    const created = this.timestamp();
    const repo: RepoRecord = {
      id: this.id(),
      owner,
      name,
      default_branch,
      private: seed.private ?? false,
      fork: seed.fork ?? false,
      description: seed.description ?? null,
      created_at: created,
      pushed_at: created,
      labels: new Map(),
      issues: new Map(),
      milestones: new Map(),
      files: new Map(),
      branches: new Map([[default_branch, fakeSha(`${key}@${default_branch}`)]]),
    };
    this.repos.set(key, repo);
    return repo;
  }

  repo(owner: string | undefined, name: string | undefined): RepoRecord {
    const [o, n] = owner === undefined && name === undefined ? this.defaultRepo.split('/') : [owner, name];
    const key = `${o ?? ''}/${n ?? ''}`;
    const repo = this.repos.get(key);
    if (repo) return repo;
    if (o === undefined || n === undefined) throw new Error(`give both owner and repo (got ${key})`);
    return this.addRepo({ owner: o, name: n });
  }

  findRepo(owner: string, name: string): RepoRecord | undefined {
    return this.repos.get(`${owner}/${name}`);
  }

  label(repo: RepoRecord, seed: LabelSeed): LabelRecord {
    const name = typeof seed === 'string' ? seed : seed.name;
    let label = repo.labels.get(name.toLowerCase());
    if (!label) {
      label = {
        id: this.id(),
        name,
        color: LABEL_COLORS[repo.labels.size % LABEL_COLORS.length] ?? 'ededed',
        description: null,
        default: false,
      };
      repo.labels.set(name.toLowerCase(), label);
    }
    if (typeof seed !== 'string') {
      if (seed.color !== undefined) label.color = seed.color;
      if (seed.description !== undefined) label.description = seed.description;
    }
    return label;
  }

  private nextNumber(repo: RepoRecord): number {
    let max = 0;
    for (const n of repo.issues.keys()) max = Math.max(max, n);
    return max + 1;
  }

  addIssue(seed: IssueSeed): IssueRecord {
    const repo = this.repo(seed.owner, seed.repo);
    const number = seed.number ?? this.nextNumber(repo);
    const author = this.user(seed.user ?? 'octocat');
    const created_at = seed.created_at ?? this.timestamp();
    const state = seed.state ?? 'open';
    const closed_at = seed.closed_at !== undefined ? seed.closed_at : state === 'closed' ? (seed.updated_at ?? created_at) : null;
    for (const l of seed.labels ?? []) this.label(repo, l);
    if (seed.milestone !== undefined && seed.milestone !== null && !repo.milestones.has(seed.milestone)) {
      this.addMilestone({ owner: repo.owner.login, repo: repo.name, number: seed.milestone });
    }
    const issue: IssueRecord = {
      id: this.id(),
      number,
      title: seed.title ?? `Issue ${number}`,
      body: seed.body === undefined ? null : seed.body,
      state,
      state_reason: seed.state_reason !== undefined ? seed.state_reason : state === 'closed' ? 'completed' : null,
      locked: seed.locked ?? false,
      user: author.login,
      author_association: seed.author_association ?? (author.login === repo.owner.login ? 'OWNER' : 'CONTRIBUTOR'),
      labels: (seed.labels ?? []).map((l) => (typeof l === 'string' ? l : l.name)),
      assignees: [...(seed.assignees ?? [])],
      milestone: seed.milestone ?? null,
      created_at,
      updated_at: seed.updated_at ?? closed_at ?? created_at,
      closed_at,
    };
    for (const a of issue.assignees) this.user(a);
    repo.issues.set(number, issue);
    return issue;
  }

  addPull(seed: PullSeed): IssueRecord {
    const repo = this.repo(seed.owner, seed.repo);
    const issue = this.addIssue({ ...seed, owner: repo.owner.login, repo: repo.name, title: seed.title ?? 'A pull request' });
    const merged_at = seed.merged_at ?? null;
    const headRepoName = seed.head?.repo ?? `${repo.owner.login}/${repo.name}`;
    if (!this.repos.has(headRepoName)) {
      const [ho, hn] = headRepoName.split('/');
      if (!ho || !hn) throw new Error(`head.repo must be owner/name, got ${headRepoName}`);
      this.addRepo({ owner: ho, name: hn, ownerType: 'User', fork: true, default_branch: repo.default_branch });
    }
    const headRef = seed.head?.ref ?? `feature-${issue.number}`;
    const baseRef = seed.base?.ref ?? repo.default_branch;
    issue.pull = {
      draft: seed.draft ?? false,
      head: { sha: seed.head?.sha ?? fakeSha(`${headRepoName}#${issue.number}:head`), ref: headRef, repo: headRepoName },
      base: { sha: seed.base?.sha ?? repo.branches.get(baseRef) ?? fakeSha(`${repo.name}@${baseRef}`), ref: baseRef },
      merged_at,
      merge_commit_sha: seed.merge_commit_sha !== undefined ? seed.merge_commit_sha : merged_at ? fakeSha(`merge#${issue.number}`) : null,
      merged_by: seed.merged_by !== undefined ? seed.merged_by : merged_at ? repo.owner.login : null,
      additions: seed.additions ?? 10,
      deletions: seed.deletions ?? 2,
      changed_files: seed.changed_files ?? 1,
      commits: seed.commits ?? 1,
      closes: (seed.closes ?? []).map((c) => (typeof c === 'number' ? `${repo.owner.login}/${repo.name}#${c}` : c)),
    };
    if (merged_at && seed.state === undefined) {
      issue.state = 'closed';
      issue.closed_at = seed.closed_at ?? merged_at;
      issue.updated_at = seed.updated_at ?? merged_at;
    }
    // The state_reason of a pull request is null on GitHub.
    issue.state_reason = seed.state_reason ?? null;
    if (issue.pull.merged_by) this.user(issue.pull.merged_by);
    return issue;
  }

  addMilestone(seed: MilestoneSeed): MilestoneRecord {
    const repo = this.repo(seed.owner, seed.repo);
    let number = seed.number;
    if (number === undefined) {
      number = 0;
      for (const n of repo.milestones.keys()) number = Math.max(number, n);
      number += 1;
    }
    const created_at = seed.created_at ?? this.timestamp();
    const state = seed.state ?? 'open';
    const closed_at = seed.closed_at !== undefined ? seed.closed_at : state === 'closed' ? (seed.updated_at ?? created_at) : null;
    const m: MilestoneRecord = {
      id: this.id(),
      number,
      title: seed.title ?? `Milestone ${number}`,
      description: seed.description === undefined ? null : seed.description,
      state,
      due_on: seed.due_on ?? null,
      creator: this.user(seed.creator ?? repo.owner.login).login,
      created_at,
      updated_at: seed.updated_at ?? closed_at ?? created_at,
      closed_at,
    };
    repo.milestones.set(number, m);
    return m;
  }

  addProject(seed: ProjectSeed = {}): ProjectRecord {
    const owner = seed.owner ?? this.defaultRepo.split('/')[0] ?? 'acme';
    this.user(this.users.has(owner) ? owner : { login: owner, type: 'Organization' });
    let number = seed.number;
    if (number === undefined) {
      number = 1;
      while (this.projects.has(`${owner}#${number}`)) number += 1;
    }
    const project: ProjectRecord = {
      id: this.id(),
      owner,
      number,
      title: seed.title ?? `Project ${number}`,
      iterationField: seed.iterationField ?? 'Iteration',
      iterations: [...(seed.iterations ?? [])],
      ...(seed.pointsField === undefined ? {} : { pointsField: seed.pointsField }),
      items: [...(seed.items ?? [])],
    };
    this.projects.set(`${owner}#${number}`, project);
    return project;
  }

  addComment(seed: CommentSeed & { readonly user: UserSeed }): CommentRecord {
    const repo = this.repo(seed.owner, seed.repo);
    const issue = repo.issues.get(seed.issue_number);
    if (!issue) throw new Error(`no issue #${seed.issue_number} in ${repo.owner.login}/${repo.name}`);
    const user = this.user(seed.user);
    const created_at = seed.created_at ?? this.timestamp();
    const c: CommentRecord = {
      id: this.id() * 1000 + 7,
      repo: `${repo.owner.login}/${repo.name}`,
      issue_number: issue.number,
      body: seed.body,
      user: user.login,
      author_association:
        seed.author_association ?? (user.type === 'Bot' ? 'NONE' : user.login === repo.owner.login ? 'OWNER' : 'CONTRIBUTOR'),
      created_at,
      updated_at: seed.updated_at ?? created_at,
      minimized_reason: seed.minimized_reason ?? null,
    };
    this.comments.set(c.id, c);
    return c;
  }

  setFile(seed: FileSeed): void {
    const repo = this.repo(seed.owner, seed.repo);
    const ref = normalizeRef(seed.ref ?? repo.default_branch);
    const path = seed.path.replace(/^\/+/, '');
    let files = repo.files.get(ref);
    if (!files) {
      files = new Map();
      repo.files.set(ref, files);
    }
    if (seed.content === null) {
      files.delete(path);
      return;
    }
    const content = typeof seed.content === 'string' ? Buffer.from(seed.content, 'utf8') : Buffer.from(seed.content);
    files.set(path, { path, content, sha: gitBlobSha(content) });
  }

  /** Files at a ref: a branch or tag name (with or without refs/heads/, refs/tags/) or a sha. */
  filesAt(repo: RepoRecord, ref: string | undefined): Map<string, FileRecord> | undefined {
    const r = normalizeRef(ref ?? repo.default_branch);
    const direct = repo.files.get(r);
    if (direct) return direct;
    // a sha that is the head of a known branch
    for (const [branch, sha] of repo.branches) if (sha === r) return repo.files.get(branch);
    for (const issue of repo.issues.values()) {
      if (issue.pull?.head.sha === r) return repo.files.get(issue.pull.head.ref);
      if (issue.pull?.base.sha === r) return repo.files.get(issue.pull.base.ref);
    }
    return undefined;
  }

  commentsOn(repoKey: string, issueNumber: number): CommentRecord[] {
    return [...this.comments.values()]
      .filter((c) => c.repo === repoKey && c.issue_number === issueNumber)
      .sort((a, b) => a.id - b.id);
  }
}

export function normalizeRef(ref: string): string {
  return ref.replace(/^refs\/(heads|tags)\//, '');
}
