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
export const itemRef = (item: WorkItem): string => `${item.repo.toLowerCase()}#${item.number ?? 0}`;

/** The display ref: `owner/repo#123` as spelled in the export. */
export const displayRef = (item: WorkItem): string => `${item.repo}#${item.number ?? 0}`;

function resolveCloses(ref: string, pr: WorkItem): string {
  return ref.startsWith('#') ? `${pr.repo.toLowerCase()}${ref}` : ref.toLowerCase();
}

const instant = (s: string | undefined): number | undefined => {
  if (s === undefined) return undefined;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : t;
};

/** Whether an item counts as finished work (wherever its completedAt falls). */
export function isFinished(item: WorkItem): boolean {
  if (item.completedAt === undefined) return false;
  if (item.kind === 'pr') return item.state === undefined || item.state === 'merged';
  if (item.kind === 'issue') return item.state === undefined || item.state === 'completed' || item.state === 'closed';
  return false;
}

const byCompletion = (a: WorkItem, b: WorkItem): number =>
  (instant(a.completedAt) ?? 0) - (instant(b.completedAt) ?? 0) || (a.number ?? 0) - (b.number ?? 0) || a.repo.localeCompare(b.repo);

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

/**
 * The export's items indexed once, so each sprint's work is a single pass.
 */
export class PreparedItems {
  readonly items: readonly WorkItem[];
  /** PRs and issues by ref (first occurrence wins). */
  private readonly byRef = new Map<string, WorkItem>();
  /** Issue ref → the earliest finished PR that closes it. */
  private readonly estimateOwner = new Map<string, WorkItem>();
  /** Refs of issues closed by a finished PR. */
  private readonly covered = new Set<string>();
  private readonly completed = new Map<WorkItem, number>();
  private readonly closesOf = new Map<WorkItem, string[]>();

  constructor(items: readonly WorkItem[]) {
    const unique: WorkItem[] = [];
    for (const item of items) {
      if (item.kind !== 'redacted') {
        const ref = itemRef(item);
        if (this.byRef.has(ref)) continue;
        this.byRef.set(ref, item);
      }
      unique.push(item);
      const t = instant(item.completedAt);
      if (t !== undefined) this.completed.set(item, t);
    }
    this.items = unique;
    const prs = unique.filter((i) => i.kind === 'pr' && isFinished(i)).sort(byCompletion);
    for (const pr of prs) {
      const closes = [...new Set(pr.closes.map((c) => resolveCloses(c, pr)))];
      this.closesOf.set(pr, closes);
      for (const ref of closes) {
        this.covered.add(ref);
        if (!this.estimateOwner.has(ref)) this.estimateOwner.set(ref, pr);
      }
    }
  }

  private inWindow(item: WorkItem, start: number, end: number): boolean {
    const t = this.completed.get(item);
    return t !== undefined && t >= start && t < end;
  }

  /** The units of work finished in `sprint`, and the redacted items placed in it. */
  work(sprint: SprintWindow): SprintWork {
    const start = Date.parse(sprint.start);
    const end = Date.parse(sprint.end);
    const prs: WorkItem[] = [];
    const loneIssues: WorkItem[] = [];
    const unknown: WorkItem[] = [];
    for (const item of this.items) {
      if (item.kind === 'redacted') {
        const placed =
          sprint.source === 'iteration' && item.iteration !== undefined
            ? item.iteration === sprint.id
            : this.inWindow(item, start, end);
        if (placed) unknown.push(item);
        continue;
      }
      if (!isFinished(item) || !this.inWindow(item, start, end)) continue;
      if (item.kind === 'pr') prs.push(item);
      else if (!this.covered.has(itemRef(item))) loneIssues.push(item);
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
    prs.forEach((pr, i) => {
      for (const ref of this.closesOf.get(pr) ?? []) {
        const j = firstPrOfIssue.get(ref);
        if (j === undefined) firstPrOfIssue.set(ref, i);
        else {
          const a = find(i);
          const b = find(j);
          if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
        }
      }
    });
    const groups = new Map<number, WorkItem[]>();
    prs.forEach((pr, i) => {
      const root = find(i);
      const g = groups.get(root);
      if (g === undefined) groups.set(root, [pr]);
      else g.push(pr);
    });

    const units: WorkUnit[] = [];
    for (const group of groups.values()) {
      const primary = group[0];
      if (primary === undefined) continue;
      const issueRefs = [...new Set(group.flatMap((pr) => this.closesOf.get(pr) ?? []))];
      const issues: WorkItem[] = [];
      const estimateIssues: WorkItem[] = [];
      for (const ref of issueRefs) {
        const issue = this.byRef.get(ref);
        if (issue === undefined || issue.kind !== 'issue') continue;
        issues.push(issue);
        const owner = this.estimateOwner.get(ref);
        if (owner !== undefined && group.includes(owner)) estimateIssues.push(issue);
      }
      units.push({
        primary,
        prs: group,
        issues,
        estimateIssues,
        labels: uniteLabels([...group.map((p) => p.labels), ...issues.map((i) => i.labels)]),
        merged: [...group.slice(1), ...issues].map(displayRef),
      });
    }
    for (const issue of loneIssues) {
      units.push({ primary: issue, prs: [], issues: [issue], estimateIssues: [issue], labels: uniteLabels([issue.labels]), merged: [] });
    }
    units.sort((a, b) => byCompletion(a.primary, b.primary));
    return { units, unknown };
  }
}
