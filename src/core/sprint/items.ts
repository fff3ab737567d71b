/**
 * Which work a sprint finished, as units of work.
 *
 * - A PR counts when merged, an issue when closed as completed (or closed with no
 *   reason recorded, GitHub's default), with completedAt in [start, end).
 * - A PR and the issues it closes are one unit: the PR is kept, their labels are
 *   united. PRs of the same sprint that close the same issue are one unit, so an
 *   issue closed by two PRs counts once. An issue closed by a finished PR never
 *   counts on its own (also when that PR finished in another sprint).
 * - Redacted items (the token cannot see them) are never dropped: they are placed by
 *   their iteration (iteration sprints) or completedAt, and counted as unknown.
 * - The same PR or issue listed twice counts once.
 */
import type { SprintWindow, WorkItem } from './model.js';

/** One unit of finished work. */
export interface WorkUnit {
  /** The kept item: the first PR of the unit, or the issue of an issue-only unit. */
  readonly primary: WorkItem;
  /** The PRs of the unit, earliest first (empty for an issue-only unit). */
  readonly prs: readonly WorkItem[];
  /** The issues the unit's PRs close (found in the export), or the issue itself. */
  readonly issues: readonly WorkItem[];
  /**
   * The issues whose estimate this unit carries: an issue closed by PRs of several
   * sprints gives its points to the unit of its earliest PR only.
   */
  readonly estimateIssues: readonly WorkItem[];
  /** United labels, first spelling kept, case-insensitively distinct. */
  readonly labels: readonly string[];
  /** Refs of every item merged into the unit besides the primary. */
  readonly merged: readonly string[];
}

export interface SprintWork {
  readonly units: WorkUnit[];
  /** Redacted items placed in the sprint. */
  readonly unknown: WorkItem[];
}

/** `owner/repo#123` with the repository lower-cased: the identity of a PR or issue. */
export const itemRef = (item: Pick<WorkItem, 'repo' | 'number'>): string => `${item.repo.toLowerCase()}#${item.number ?? 0}`;

/** The display ref: `owner/repo#123` as spelled in the export. */
export const displayRef = (item: WorkItem): string => `${item.repo}#${item.number ?? 0}`;

function resolveCloses(ref: string, pr: WorkItem): string {
  return ref.startsWith('#') ? `${pr.repo.toLowerCase()}${ref}` : ref.toLowerCase();
}

/** Whether an item counts as finished work (wherever its completedAt falls). */
export function isFinished(item: WorkItem): boolean {
  if (item.completedAt === undefined) return false;
  if (item.kind === 'pr') return item.state === undefined || item.state === 'merged';
  if (item.kind === 'issue') return item.state === undefined || item.state === 'completed' || item.state === 'closed';
  return false;
}

/** Labels united, case-insensitively distinct, first spelling kept, trimmed. */
export function uniteLabels(lists: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const list of lists) {
    for (const raw of list) {
      const label = raw.trim();
      const key = label.toLowerCase();
      if (label === '' || seen.has(key)) continue;
      seen.add(key);
      out.push(label);
    }
  }
  return out;
}

const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?Z$/;

/** Date.parse, with a fast path for the `…Z` instants GitHub writes. */
export function parseInstant(s: string): number {
  const m = ISO_UTC.exec(s);
  if (m === null) return Date.parse(s);
  const ms = m[7] === undefined ? 0 : Number(m[7].padEnd(3, '0'));
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), ms);
  // Out-of-range fields (month 13, hour 24 …) are left to Date.parse's judgement.
  const d = new Date(t);
  const exact =
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3]) &&
    d.getUTCHours() === Number(m[4]) &&
    d.getUTCMinutes() === Number(m[5]);
  return exact ? t : Date.parse(s);
}

/** An item with what the passes need, computed once. */
interface Entry {
  readonly item: WorkItem;
  /** completedAt in ms, NaN when absent. */
  readonly t: number;
  readonly finished: boolean;
}

/** Earliest first; ties by number, then repository. */
const byCompletion = (a: Entry, b: Entry): number =>
  (a.t || 0) - (b.t || 0) ||
  (a.item.number ?? 0) - (b.item.number ?? 0) ||
  (a.item.repo < b.item.repo ? -1 : a.item.repo > b.item.repo ? 1 : 0);

/**
 * The export's items indexed once, so each sprint's work is a single pass.
 */
export class PreparedItems {
  readonly items: readonly WorkItem[];
  private readonly entries: readonly Entry[];
  /** PRs and issues by lower-cased repository, then number (first occurrence wins). */
  private readonly byRepo = new Map<string, Map<number, WorkItem>>();
  /** Issue ref → the earliest finished PR that closes it. */
  private readonly estimateOwner = new Map<string, WorkItem>();
  /** Issues closed by a finished PR. */
  private readonly covered = new Set<WorkItem>();
  private readonly closesOf = new Map<WorkItem, readonly string[]>();

  constructor(items: readonly WorkItem[]) {
    const entries: Entry[] = [];
    const lower = new Map<string, string>();
    for (const item of items) {
      if (item.kind !== 'redacted') {
        let repo = lower.get(item.repo);
        if (repo === undefined) {
          repo = item.repo.toLowerCase();
          lower.set(item.repo, repo);
        }
        let numbers = this.byRepo.get(repo);
        if (numbers === undefined) {
          numbers = new Map();
          this.byRepo.set(repo, numbers);
        }
        const number = item.number ?? 0;
        if (numbers.has(number)) continue;
        numbers.set(number, item);
      }
      const t = item.completedAt === undefined ? Number.NaN : parseInstant(item.completedAt);
      entries.push({ item, t, finished: isFinished(item) });
    }
    this.entries = entries;
    this.items = entries.map((e) => e.item);
    const prs = entries.filter((e) => e.finished && e.item.kind === 'pr').sort(byCompletion);
    for (const { item: pr } of prs) {
      if (pr.closes.length === 0) continue;
      const closes = [...new Set(pr.closes.map((c) => resolveCloses(c, pr)))];
      this.closesOf.set(pr, closes);
      for (const ref of closes) {
        const issue = this.byRef(ref);
        if (issue !== undefined) this.covered.add(issue);
        if (!this.estimateOwner.has(ref)) this.estimateOwner.set(ref, pr);
      }
    }
  }

  /** The PR or issue an `owner/repo#123` ref (lower-cased repository) names. */
  private byRef(ref: string): WorkItem | undefined {
    const hash = ref.lastIndexOf('#');
    return this.byRepo.get(ref.slice(0, hash))?.get(Number(ref.slice(hash + 1)));
  }

  /** The units of work finished in `sprint`, and the redacted items placed in it. */
  work(sprint: SprintWindow): SprintWork {
    const start = Date.parse(sprint.start);
    const end = Date.parse(sprint.end);
    const byIteration = sprint.source === 'iteration';
    const prs: Entry[] = [];
    const loneIssues: Entry[] = [];
    const unknown: WorkItem[] = [];
    for (const e of this.entries) {
      const item = e.item;
      const inWindow = e.t >= start && e.t < end; // false for NaN
      if (item.kind === 'redacted') {
        if (byIteration && item.iteration !== undefined ? item.iteration === sprint.id : inWindow) unknown.push(item);
        continue;
      }
      if (!e.finished || !inWindow) continue;
      if (item.kind === 'pr') prs.push(e);
      else if (!this.covered.has(item)) loneIssues.push(e);
    }
    prs.sort(byCompletion);

    // PRs that close a common issue form one unit (union-find over the issue refs).
    const parent = prs.map((_, i) => i);
    const find = (i: number): number => {
      let r = i;
      while (parent[r] !== r) r = parent[r] ?? r;
      let c = i;
      while (parent[c] !== r) {
        const next = parent[c] ?? r;
        parent[c] = r;
        c = next;
      }
      return r;
    };
    const firstPrOfIssue = new Map<string, number>();
    prs.forEach((e, i) => {
      for (const ref of this.closesOf.get(e.item) ?? []) {
        const j = firstPrOfIssue.get(ref);
        if (j === undefined) firstPrOfIssue.set(ref, i);
        else {
          const a = find(i);
          const b = find(j);
          if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
        }
      }
    });
    const groups = new Map<number, Entry[]>();
    prs.forEach((e, i) => {
      const root = find(i);
      const g = groups.get(root);
      if (g === undefined) groups.set(root, [e]);
      else g.push(e);
    });

    const units: { unit: WorkUnit; entry: Entry }[] = [];
    for (const group of groups.values()) {
      const first = group[0];
      if (first === undefined) continue;
      const groupPrs = group.map((e) => e.item);
      if (groupPrs.length === 1 && !this.closesOf.has(first.item)) {
        const only = first.item;
        units.push({ entry: first, unit: { primary: only, prs: groupPrs, issues: [], estimateIssues: [], labels: uniteLabels([only.labels]), merged: [] } });
        continue;
      }
      const issueRefs = [...new Set(groupPrs.flatMap((pr) => this.closesOf.get(pr) ?? []))];
      const issues: WorkItem[] = [];
      const estimateIssues: WorkItem[] = [];
      for (const ref of issueRefs) {
        const issue = this.byRef(ref);
        if (issue === undefined || issue.kind !== 'issue') continue;
        issues.push(issue);
        const owner = this.estimateOwner.get(ref);
        if (owner !== undefined && groupPrs.includes(owner)) estimateIssues.push(issue);
      }
      units.push({
        entry: first,
        unit: {
          primary: first.item,
          prs: groupPrs,
          issues,
          estimateIssues,
          labels: uniteLabels([...groupPrs.map((p) => p.labels), ...issues.map((i) => i.labels)]),
          merged: [...groupPrs.slice(1), ...issues].map(displayRef),
        },
      });
    }
    for (const e of loneIssues) {
      const issue = e.item;
      units.push({
        entry: e,
        unit: { primary: issue, prs: [], issues: [issue], estimateIssues: [issue], labels: uniteLabels([issue.labels]), merged: [] },
      });
    }
    units.sort((a, b) => byCompletion(a.entry, b.entry));
    return { units: units.map((u) => u.unit), unknown };
  }
}

/** What choosing an export's items needs to know of an item. */
export interface JoinCandidate {
  readonly kind: 'pr' | 'issue' | 'redacted';
  readonly repo: string;
  readonly number?: number | undefined;
  readonly completedAt?: string | undefined;
  readonly state?: WorkItem['state'];
  /** Issues a PR closes: owner/repo#123 or #123. */
  readonly closes: readonly string[];
  /** Merged PRs that close an issue (owner/repo#123), when the reader asked GitHub. */
  readonly closedBy?: readonly string[] | undefined;
}

export interface ExportSelection {
  /** Per item, in order: whether the export keeps it. Redacted items are left to the caller. */
  readonly keep: readonly boolean[];
  /** Refs (owner/repo#123, repository lower-cased) a join needs that are not among the items. */
  readonly missing: readonly string[];
}

/**
 * The items an export of `windows` must hold so that every sprint's share comes out
 * the same whichever sprints are read with it: the PRs and issues finished in a
 * window, the issues those PRs close (their labels and estimates join the PR's unit,
 * wherever they were closed), and every merged PR that closes one of those issues or
 * an issue finished in a window (an issue closed by a PR never counts on its own, and
 * its estimate goes to its earliest PR, also when that PR finished in another
 * sprint). `missing` names the refs of such partners the items lack: read them and
 * select again.
 */
export function selectForExport(items: readonly JoinCandidate[], windows: readonly SprintWindow[]): ExportSelection {
  const bounds = windows.map((w) => [Date.parse(w.start), Date.parse(w.end)] as const);
  const inWindow = (item: JoinCandidate): boolean => {
    if (item.kind === 'redacted' || item.completedAt === undefined) return false;
    const finished = item.kind === 'pr' ? item.state === undefined || item.state === 'merged' : item.state === undefined || item.state === 'completed' || item.state === 'closed';
    if (!finished) return false;
    const t = parseInstant(item.completedAt);
    return bounds.some(([start, end]) => t >= start && t < end);
  };
  const present = new Map<string, JoinCandidate>();
  for (const item of items) if (item.kind !== 'redacted' && !present.has(itemRef(item))) present.set(itemRef(item), item);

  const own = items.map(inWindow);
  const issues = new Set<string>();
  const prs = new Set<string>();
  items.forEach((item, i) => {
    if (!own[i]) return;
    if (item.kind === 'pr') for (const ref of item.closes) issues.add(ref.startsWith('#') ? `${item.repo.toLowerCase()}${ref}` : ref.toLowerCase());
    else if (item.kind === 'issue') issues.add(itemRef(item));
  });
  // Every merged PR that closes one of those issues: known from the issue, or from the PR.
  for (const ref of issues) for (const pr of present.get(ref)?.closedBy ?? []) prs.add(pr.toLowerCase());
  for (const item of present.values()) {
    if (item.kind !== 'pr' || item.completedAt === undefined || (item.state !== undefined && item.state !== 'merged')) continue;
    if (item.closes.some((ref) => issues.has(ref.startsWith('#') ? `${item.repo.toLowerCase()}${ref}` : ref.toLowerCase()))) prs.add(itemRef(item));
  }
  const keep = items.map((item, i) => own[i] === true || (item.kind !== 'redacted' && (issues.has(itemRef(item)) || prs.has(itemRef(item)))));
  const missing = [...issues, ...prs].filter((ref) => !present.has(ref));
  return { keep, missing: [...new Set(missing)] };
}
