/**
 * What the action needs from GitHub, as an interface: `run` depends on this, the
 * octokit implementation lives beside it (one file per API concern), and nothing
 * else in the project talks to GitHub.
 */

export interface RepoRef {
  readonly owner: string;
  readonly repo: string;
}

export interface SubjectRef extends RepoRef {
  readonly kind: 'pr' | 'issue';
  readonly number: number;
}

/** A pull request or issue as read live, by number. */
export interface LiveSubject {
  readonly kind: 'pr' | 'issue';
  readonly number: number;
  readonly title: string;
  readonly body: string;
  readonly labels: readonly string[];
  readonly author: { readonly login: string; readonly isBot: boolean };
  readonly draft: boolean;
  /** Pull requests only. */
  readonly headSha: string | undefined;
  readonly baseRef: string | undefined;
}

export interface IssueComment {
  readonly id: number;
  readonly body: string;
  readonly author: string;
}

export interface CheckRunOutput {
  readonly title: string;
  readonly summary: string;
  readonly text: string;
  readonly annotations: ReadonlyArray<{
    readonly path: string;
    readonly line: number;
    readonly level: 'notice' | 'warning' | 'failure';
    readonly title: string;
    readonly message: string;
  }>;
}

export interface CheckRunRequest extends RepoRef {
  readonly name: string;
  readonly headSha: string;
  readonly conclusion: 'success' | 'failure' | 'neutral' | 'skipped';
  readonly output: CheckRunOutput;
  readonly detailsUrl?: string;
}

/** What resolving a `#123` debt link found. */
export interface IssueSummary {
  readonly exists: boolean;
  readonly isPullRequest: boolean;
  readonly labels: readonly string[];
}

export interface GitHubApi {
  /** One GraphQL call: the subject live by number, and the token's own login. */
  readSubject(ref: SubjectRef): Promise<{ subject: LiveSubject; viewer: string }>;
  /** A file's text at a ref through the contents API; undefined when it does not exist. */
  readFile(ref: RepoRef, path: string, at: string | undefined): Promise<string | undefined>;
  listComments(ref: SubjectRef): Promise<IssueComment[]>;
  createComment(ref: SubjectRef, body: string): Promise<IssueComment>;
  updateComment(ref: RepoRef, id: number, body: string): Promise<void>;
  createCheckRun(request: CheckRunRequest): Promise<void>;
  readIssue(ref: RepoRef, number: number): Promise<IssueSummary>;
}
