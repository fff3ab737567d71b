/**
 * Reads what an audit needs from GitHub in as few calls as the data allows: the PRs
 * and issues opened in the window, newest first, 100 of each per GraphQL call (both
 * lists in the same call, the milestones with the first), until both lists reach back
 * past the window's start. Each item is checked once, here, under the config, and
 * becomes an item of an audit export (the sprint export format with what the audit
 * adds: docs/export-format.md) that keeps the check's result instead of the body.
 *
 * No @actions/* here: the CLI uses it too.
 */
import type { Config } from '../../config/schema.js';
import { checkItem } from '../../core/audit/index.js';
import { parseSprintExport, type AuditKind, type SprintExport, type SprintWindow, type WorkItemInput } from '../../core/sprint/index.js';
import type { AuditItemsRequest, AuditStream, FetchedAuditItem, GitHubApi, ProjectIteration, RepoRef, SprintMilestone } from '../../github/api.js';
import { projectOf, windowsOf } from '../sprint-report/fetch.js';

/** How far the reading has come, for a progress bar. */
export interface AuditProgress {
  /** API calls made so far. */
  readonly calls: number;
  /** Items of the window read so far. */
  readonly items: number;
  /** 0 to 1: how far back into the window every list still being read has reached. */
  readonly covered: number;
}

export interface AuditFetchOptions {
  readonly repo: RepoRef;
  readonly config: Config;
  /** The window, ms since the epoch, both ends inclusive. */
  readonly since: number;
  readonly until: number;
  readonly kinds: readonly AuditKind[];
  /** A trend by sprint: also read the sprint windows that cost a call of their own (a Projects iteration field). */
  readonly sprints: boolean;
  /** Keep the bodies in the export (`--with-bodies`): needed to audit it again under another config. */
  readonly withBodies: boolean;
  readonly onProgress?: (progress: AuditProgress) => void;
  readonly log?: (message: string) => void;
}

export interface AuditData {
  /** The audit export: the window's items, each with its check. */
  readonly data: SprintExport;
  /** API calls made. */
  readonly calls: number;
}

const ms = (s: string | null): number => (s === null ? Number.NaN : Date.parse(s));

/** Whether a list must be read further to reach back to `since`. */
const reaches = (stream: AuditStream | undefined, since: number): stream is AuditStream & { cursor: string } =>
  stream !== undefined && stream.cursor !== null && !(ms(stream.oldestCreatedAt) < since);

export async function fetchAuditData(api: GitHubApi, options: AuditFetchOptions): Promise<AuditData> {
  const { repo, config, since, until } = options;
  const kinds = new Set(options.kinds);
  const source = config.sprints.source;
  const fetched: FetchedAuditItem[] = [];
  let milestones: SprintMilestone[] = [];
  let unreadable = 0;
  let calls = 0;
  const inWindow = (item: FetchedAuditItem): boolean => ms(item.createdAt) >= since && ms(item.createdAt) <= until;
  let request: AuditItemsRequest = {
    ...(kinds.has('pr') ? { prs: null } : {}),
    ...(kinds.has('issue') ? { issues: null } : {}),
    milestones: source === 'milestone',
  };
  const reached: Partial<Record<'prs' | 'issues', number>> = {};
  let read = 0;
  for (;;) {
    const page = await api.readAuditItems(repo, request);
    calls += 1;
    fetched.push(...page.items);
    read += page.items.filter(inWindow).length;
    unreadable += page.unreadable;
    if (page.milestones !== undefined) {
      milestones = page.milestones.nodes;
      if (page.milestones.more) options.log?.('More than 100 milestones: the sprints come from the latest 100.');
    }
    const next: { prs?: string; issues?: string } = {};
    for (const list of ['prs', 'issues'] as const) {
      if (request[list] === undefined) continue;
      const stream = page[list];
      reached[list] = stream?.cursor === null ? since : ms(stream?.oldestCreatedAt ?? null);
      if (reaches(stream, since)) next[list] = stream.cursor;
    }
    const covered = Math.min(...Object.values(reached).map((t) => (Number.isNaN(t) ? 0 : Math.min(1, Math.max(0, (until - t) / Math.max(1, until - since))))));
    options.onProgress?.({ calls, items: read, covered: Object.keys(next).length === 0 ? 1 : covered });
    if (Object.keys(next).length === 0) break;
    request = next;
  }

  // The sprint windows, for a trend by sprint (and for an export to carry): free for milestones and a cadence.
  let iterations: ProjectIteration[] = [];
  if (source === 'iteration' && options.sprints) {
    const context = await api.readSprintContext(repo, { milestones: false, items: false, project: projectOf(config, repo) });
    calls += 1;
    iterations = context.project?.iterations ?? [];
  }
  let windows: SprintWindow[] = [];
  try {
    windows = windowsOf(config, until, milestones, iterations).windows;
  } catch (error) {
    // Asked for, the trend needs them; otherwise they are a bonus the export can go without.
    if (options.sprints) throw error;
    options.log?.(`No sprint windows in the export: ${(error as Error).message}`);
  }
  const sprints = windows.filter((w) => Date.parse(w.end) > since && Date.parse(w.start) <= until);

  const seen = new Set<string>();
  const items: WorkItemInput[] = [];
  for (const item of fetched) {
    const key = `${item.kind}:${item.number}`;
    if (!inWindow(item) || seen.has(key)) continue;
    seen.add(key);
    items.push(exportAuditItem(item, config, options.withBodies));
  }
  if (unreadable > 0) options.log?.(`${unreadable} item${unreadable === 1 ? '' : 's'} of the lists came back empty (the token cannot read them): not audited.`);
  const data = parseSprintExport(
    {
      version: 1,
      repo: `${repo.owner}/${repo.repo}`,
      exportedAt: new Date(until).toISOString(),
      sprints,
      items,
      audit: { since: new Date(since).toISOString(), until: new Date(until).toISOString(), kinds: [...kinds], config, unreadable },
    },
    'the audit data read from GitHub',
  );
  return { data, calls };
}

/** An audit export item: the item, its check under `config`, and its body only when asked. */
export function exportAuditItem(item: FetchedAuditItem, config: Config, withBodies: boolean): WorkItemInput {
  return {
    kind: item.kind,
    repo: item.repo,
    number: item.number,
    title: item.title,
    url: item.url,
    labels: [...item.labels],
    ...(withBodies ? { body: item.body } : {}),
    createdAt: item.createdAt,
    ...(item.completedAt === undefined ? {} : { completedAt: item.completedAt }),
    state: item.state,
    closes: [],
    author: item.author,
    ...(item.kind === 'pr' ? { draft: item.draft } : {}),
    check: checkItem(item, config),
  };
}
