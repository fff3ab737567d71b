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
  /** The GraphQL node id (to add a comment to it). */
  readonly nodeId?: string;
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
  /** The GraphQL node id (to delete or minimize it). */
  readonly nodeId?: string;
  readonly body: string;
  readonly author: string;
  /** Folded away on GitHub (minimized); undefined when the read does not tell (REST). */
  readonly minimized?: boolean;
}

/** The config file as the check's read found it at the base branch. */
export type ConfigFile =
  | { readonly found: false }
  /** `text` undefined: not readable in that answer (too large for GraphQL, or `problem` says why). */
  | { readonly found: true; readonly text: string | undefined; readonly problem: string | undefined };

/** Everything the PR or issue check reads, in one call. */
export interface CheckContext {
  readonly subject: LiveSubject;
  /** The token's own login. */
  readonly viewer: string;
  /** The first and last comments of the thread, oldest first. */
  readonly comments: readonly IssueComment[];
  /** `comments` is the whole thread. */
  readonly allComments: boolean;
  readonly config: ConfigFile;
}

/** A comment just added, and the thread as it stands after it (its first and last comments). */
export interface AddedComment {
  readonly created: IssueComment;
  readonly thread: readonly IssueComment[];
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

// ---------------------------------------------------------------------------
// Sprint reports
// ---------------------------------------------------------------------------

/** A milestone as the sprint windows need it (the REST field names). */
export interface SprintMilestone {
  readonly number: number;
  readonly title: string;
  readonly description: string | null;
  readonly due_on: string | null;
  readonly closed_at: string | null;
  readonly created_at: string;
  readonly state: 'open' | 'closed';
}

/** The state of a fetched item, as the export format names it. */
export type FetchedItemState = 'merged' | 'completed' | 'closed' | 'not_planned' | 'duplicate' | 'open';

/** What every PR or issue read carries, whatever it is read for. */
export interface FetchedItemFields {
  readonly kind: 'pr' | 'issue';
  readonly repo: string;
  readonly number: number;
  readonly title: string;
  readonly url: string;
  readonly labels: readonly string[];
  readonly body: string;
  /** mergedAt of a PR, closedAt of an issue. */
  readonly completedAt?: string;
  readonly state: FetchedItemState;
}

/** A PR or issue read for a sprint report: the body is read once into links, then dropped. */
export interface FetchedWorkItem extends FetchedItemFields {
  /** When an issue was opened (the debt that came in). */
  readonly createdAt?: string;
  readonly updatedAt: string;
  /** Issues a PR closes: owner/repo#123. */
  readonly closes: readonly string[];
  /** Merged PRs that close an issue: owner/repo#123 (issues read with their closing PRs). */
  readonly closedBy?: readonly string[];
  readonly additions?: number;
  readonly deletions?: number;
  /** Projects: the item's iteration id and its points. */
  readonly iteration?: string;
  readonly points?: number;
  /** An open register issue: the PRs that referenced it or are linked to it (owner/repo#123). */
  readonly workedOnBy?: readonly string[];
}

/** An item the token cannot see (a null node, or a Projects item of type REDACTED): counted as unknown. */
export interface FetchedRedactedItem {
  readonly kind: 'redacted';
  readonly repo: '';
  readonly iteration?: string;
  /** For a null node in an ordered list: the updatedAt of the node before it (where it sits in time). */
  readonly completedAt?: string;
  readonly updatedAt?: string;
}

export type FetchedItem = FetchedWorkItem | FetchedRedactedItem;

/** Where one ordered list (merged PRs, or closed issues, newest update first) stands. */
export interface ItemStream {
  /** The cursor of the next page; null when the list is exhausted. */
  readonly cursor: string | null;
  /** updatedAt of the last node read: nothing further down was updated later. */
  readonly oldestUpdatedAt: string | null;
  /** The register list (newest first by creation): createdAt of the last node read. */
  readonly oldestCreatedAt?: string | null;
}

/** A page of the repository's merged PRs and closed issues (newest update first) and open register issues (newest first), 100 of each at most. */
export interface WorkItemsPage {
  readonly items: FetchedItem[];
  /** undefined: that list was not asked for in this call. */
  readonly prs: ItemStream | undefined;
  readonly issues: ItemStream | undefined;
  readonly register: ItemStream | undefined;
}

export interface TrackingIssue {
  /** The GraphQL node id (to add a comment to it). */
  readonly nodeId: string;
  readonly number: number;
  readonly title: string;
  readonly open: boolean;
  /** The last 100 comments, oldest first. */
  readonly comments: IssueComment[];
  /** There are older comments than these. */
  readonly moreComments: boolean;
}

/** A Projects (v2) project and the fields the sprint report reads. */
export interface ProjectRef {
  /** The organisation or user that owns the project. */
  readonly owner: string;
  readonly number: number;
  /** The iteration field's name. */
  readonly field: string;
  /** A number field holding story points. */
  readonly points?: string;
}

export interface ProjectIteration {
  readonly id: string;
  readonly title: string;
  readonly startDate: string;
  readonly duration: number;
}

export interface ProjectItemsPage {
  readonly items: FetchedItem[];
  /** Items that are draft issues (no PR or issue behind them): not work the report can weigh. */
  readonly drafts: number;
  /** Items that came back null altogether: nothing (no iteration, no date) places them in a sprint. */
  readonly unreadable: number;
  readonly cursor: string | null;
}

export interface ProjectPage extends ProjectItemsPage {
  readonly title: string;
  /** The iteration field's iterations, active and completed. */
  readonly iterations: ProjectIteration[];
}

export interface SprintContextRequest {
  /** The repository's milestones (the latest 100 by creation). */
  readonly milestones: boolean;
  /** The first page of merged PRs and closed issues. */
  readonly items: boolean;
  /** The first page of open issues carrying one of these labels, newest first (the debt that came in). */
  readonly registerLabels?: readonly string[];
  /** The tracking issue by number, or the open issues that carry a label. */
  readonly tracking?: { readonly number: number } | { readonly label: string };
  /** The first page of a project's items and its iteration field. */
  readonly project?: ProjectRef;
}

/** One GraphQL call: everything a sprint report needs before (and usually instead of) paging. */
export interface SprintContext {
  /** The token's own login. */
  readonly viewer: string;
  readonly milestones: { readonly nodes: SprintMilestone[]; readonly more: boolean } | undefined;
  readonly items: WorkItemsPage | undefined;
  /** By number: that issue (or none when it does not exist); by label: the open issues carrying it. */
  readonly tracking: TrackingIssue[] | undefined;
  readonly project: ProjectPage | undefined;
}

// ---------------------------------------------------------------------------
// Audits
// ---------------------------------------------------------------------------

/** A PR or issue read for an audit: what the check reads, and when and by whom it was opened. */
export interface FetchedAuditItem extends FetchedItemFields {
  readonly createdAt: string;
  /** The author's login; "ghost" for a deleted account. */
  readonly author: string;
  /** A draft PR. */
  readonly draft: boolean;
}

/** Where one list (PRs, or issues, newest first by creation) stands. */
export interface AuditStream {
  /** The cursor of the next page; null when the list is exhausted. */
  readonly cursor: string | null;
  /** createdAt of the last node read: nothing further down was opened later. */
  readonly oldestCreatedAt: string | null;
}

/** What one audit call reads: each list from its cursor (null: the first page; absent: not read), and the milestones. */
export interface AuditItemsRequest {
  readonly prs?: string | null;
  readonly issues?: string | null;
  /** The repository's milestones (the latest 100 by creation), for a trend by sprint. */
  readonly milestones?: boolean;
}

/** A page of the repository's PRs and issues, newest first by creation, 100 of each at most. */
export interface AuditItemsPage {
  readonly items: FetchedAuditItem[];
  /** Nodes the token could not read (null in the lists). */
  readonly unreadable: number;
  /** undefined: that list was not asked for in this call. */
  readonly prs: AuditStream | undefined;
  readonly issues: AuditStream | undefined;
  readonly milestones: { readonly nodes: SprintMilestone[]; readonly more: boolean } | undefined;
}

// ---------------------------------------------------------------------------
// The register board
// ---------------------------------------------------------------------------

/** Where open register issues are read: a repository, and the labels they carry (GitHub's label filter: any of them). */
export interface RegisterSource {
  /** owner/name */
  readonly repo: string;
  /** undefined: every open issue of the repository (a register repository without a label). */
  readonly labels: readonly string[] | undefined;
}

/** One page (at most 100) of a source's open issues, oldest first. */
export interface RegisterPage {
  readonly items: FetchedWorkItem[];
  /** Issues the token could not read (null nodes): left out, and counted. */
  readonly unreadable: number;
  /** The cursor of the next page; null when the source is exhausted. */
  readonly cursor: string | null;
  /** The source could not be read (a register repository that does not resolve): why. */
  readonly problem?: string;
}

export interface RegisterContextRequest {
  /** The first page of each source, in this order. */
  readonly sources: readonly RegisterSource[];
  /** The repository's milestones (the sprints the items entered in). */
  readonly milestones: boolean;
  /** The issue the board is posted on: by number, or the open issues carrying a label. */
  readonly tracking?: { readonly number: number } | { readonly label: string };
}

/** A label of the repository and how many open issues carry it. */
export interface RepositoryLabel {
  readonly name: string;
  readonly openIssues: number;
}

/** One GraphQL call: everything the board needs before (and usually instead of) paging. */
export interface RegisterContext {
  readonly viewer: string;
  readonly milestones: { readonly nodes: SprintMilestone[]; readonly more: boolean } | undefined;
  readonly tracking: TrackingIssue[] | undefined;
  /** The repository's labels (the first 100), to find the other spellings of the debt labels. */
  readonly labels: readonly RepositoryLabel[];
  /** The repository has more than 100 labels. */
  readonly moreLabels: boolean;
  /** The first page of each source, in the request's order. */
  readonly pages: readonly RegisterPage[];
}

/** The most sources one register call reads. */
export const MAX_REGISTER_SOURCES = 20;

/** The most references `readItemsByNumber` reads in one call. */
export const MAX_ITEMS_BY_NUMBER = 100;

export interface GitHubApi {
  /** One GraphQL call: the subject live by number, the token's login, the comments where ours would be, the config at a ref. */
  readCheckContext(ref: SubjectRef, config: { readonly path: string; readonly ref: string | undefined }): Promise<CheckContext>;
  /** A file's bytes at a ref through the contents API; undefined when it does not exist. */
  readFile(ref: RepoRef, path: string, at: string | undefined): Promise<Uint8Array | undefined>;
  listComments(ref: SubjectRef): Promise<IssueComment[]>;
  /** Adds a comment (GraphQL), answering with the thread after it: a concurrent run's comment shows there. */
  addComment(ref: SubjectRef, subjectId: string, body: string): Promise<AddedComment>;
  updateComment(ref: RepoRef, id: number, body: string): Promise<void>;
  deleteComment(ref: RepoRef, comment: IssueComment): Promise<void>;
  /** Minimizes a comment as resolved (GitHub folds it away), or shows it again. */
  setCommentMinimized(ref: RepoRef, comment: IssueComment, minimized: boolean): Promise<void>;
  createCheckRun(request: CheckRunRequest): Promise<void>;
  readIssue(ref: RepoRef, number: number): Promise<IssueSummary>;
  /** One GraphQL call: the token's login, milestones, the tracking issue and its comments, the first page of items. */
  readSprintContext(ref: RepoRef, request: SprintContextRequest): Promise<SprintContext>;
  /** The next page of merged PRs, closed issues and/or open register issues (pass the cursors of the lists still to read). */
  readWorkItems(
    ref: RepoRef,
    cursors: { readonly prs?: string; readonly issues?: string; readonly register?: { readonly cursor: string; readonly labels: readonly string[] } },
  ): Promise<WorkItemsPage>;
  /**
   * PRs and issues by reference (owner/repo#123), at most 100 in one GraphQL call:
   * the partners a sprint's work joins with although they finished outside the
   * sprints read. A reference that does not resolve (deleted, or the token cannot
   * see it) is left out.
   */
  readItemsByNumber(refs: readonly string[]): Promise<FetchedWorkItem[]>;
  /** The next page of a project's items. */
  readProjectItems(project: ProjectRef, cursor: string): Promise<ProjectItemsPage>;
  /**
   * One GraphQL call of an audit: the next 100 PRs and/or issues, newest first by
   * creation (open or closed, bodies included), and on the first call the milestones.
   */
  readAuditItems(ref: RepoRef, request: AuditItemsRequest): Promise<AuditItemsPage>;
  /** Opens an issue (the sprint report's tracking issue, the board's issue). */
  createIssue(ref: RepoRef, issue: { readonly title: string; readonly body: string; readonly labels: readonly string[] }): Promise<{ number: number; nodeId: string }>;
  /** Pins an issue to the repository (GraphQL `pinIssue`). */
  pinIssue(issueNodeId: string): Promise<void>;
  /**
   * One GraphQL call for the register board: the token's login, the milestones, the
   * board's issue with its last 100 comments, the repository's labels, and the first
   * 100 open issues of each source (with labels, the Business Impact in the body, and
   * the PRs that referenced them).
   */
  readRegisterContext(ref: RepoRef, request: RegisterContextRequest): Promise<RegisterContext>;
  /** The next page (100) of each source given, all in one GraphQL call; a null cursor starts a source. */
  readRegisterPages(requests: readonly { readonly source: RegisterSource; readonly cursor: string | null }[]): Promise<RegisterPage[]>;
}
