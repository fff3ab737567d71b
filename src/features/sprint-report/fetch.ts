/**
 * Reads what a sprint report needs from GitHub, in as few calls as the data allows:
 * one GraphQL context call (the token's login, the milestones, the tracking issue
 * with its comments, the first 100 merged PRs and closed issues — or the project's
 * iterations and first 100 items — and the first 100 open register issues, newest
 * first), then further pages only while the lists still reach into the sprints being
 * reported. The items become an export (version 2, holding the sprints' work and the
 * debt that came in): each body read once into its register links, what it says of
 * debt work and its business impact, and dropped.
 *
 * No @actions/* here: the CLI uses it too.
 */
import { UserError } from '../../core/errors.js';
import type { Config } from '../../config/schema.js';
import { compileUserPattern, patternProblem, type UserPattern } from '../../config/user-pattern.js';
import {
  assertTimeZone,
  cadenceWindows,
  TimeZoneError,
  exportWorkItem,
  itemRef,
  iterationWindows,
  milestoneWindows,
  parseSprintExport,
  selectForExport,
  type JoinCandidate,
  type SkippedSprint,
  type SprintExport,
  type SprintWindow,
  type WorkItemInput,
} from '../../core/sprint/index.js';
import { homeRegisterLabels, registerMatcher } from '../../core/register/membership.js';
import { EXPORT_VERSION } from '../../core/sprint/model.js';
import { MAX_ITEMS_BY_NUMBER, type FetchedItem, type GitHubApi, type ItemStream, type ProjectRef, type RepoRef, type TrackingIssue } from '../../github/api.js';

export class SprintSetupError extends UserError {
  override readonly name = 'SprintSetupError';
}

export interface SprintFetchOptions {
  readonly repo: RepoRef;
  readonly config: Config;
  /** ms since the epoch */
  readonly now: number;
  /** The tracking issue to read with the context (the action), or none (the CLI). */
  readonly tracking?: { readonly number: number } | { readonly label: string };
  /** Picks the sprints to read the work of, from all the windows, oldest first. */
  readonly choose: (windows: readonly SprintWindow[], context: ChooseContext) => SprintWindow[];
  /** Keep the bodies in the export (`--with-bodies`). */
  readonly withBodies?: boolean;
  /** The most pages of items read after the context call (the PR check's note caps it). */
  readonly maxPages?: number;
  readonly log?: (message: string) => void;
}

export interface ChooseContext {
  readonly viewer: string;
  /** Milestones that are not sprints, and why. */
  readonly skipped: readonly SkippedSprint[];
  readonly tracking: readonly TrackingIssue[] | undefined;
}

export interface SprintData {
  readonly viewer: string;
  /** Every sprint window the source gives, oldest first. */
  readonly windows: readonly SprintWindow[];
  readonly skipped: readonly SkippedSprint[];
  /** The export of the chosen sprints (their windows and the work finished in them). */
  readonly data: SprintExport;
  readonly tracking: readonly TrackingIssue[] | undefined;
  /** API calls made. */
  readonly calls: number;
  /** The page cap stopped the reading before the lists were done. */
  readonly truncated: boolean;
  /** Project items that are draft issues (not weighed). */
  readonly drafts: number;
}

/** The project the iteration source reads, from the config. */
export function projectOf(config: Config, repo: RepoRef): ProjectRef {
  const it = config.sprints.iteration;
  if (it.project === undefined) {
    throw new SprintSetupError('sprints.source is iteration, but sprints.iteration.project (the Projects number) is not set');
  }
  return { owner: it.owner ?? repo.owner, number: it.project, field: it.field, ...(it.points === undefined ? {} : { points: it.points }) };
}

/** The sprint windows of the config's source, from the milestones or iterations read (cadence: computed); the audit's trend by sprint uses them too. */
export function windowsOf(config: Config, now: number, milestones: Parameters<typeof milestoneWindows>[0], iterations: Parameters<typeof iterationWindows>[0]): { windows: SprintWindow[]; skipped: SkippedSprint[] } {
  const s = config.sprints;
  const timeZone = s.cadence['time-zone'];
  try {
    assertTimeZone(timeZone);
  } catch (error) {
    if (error instanceof TimeZoneError) throw new SprintSetupError(`sprints.cadence.time-zone: ${error.message}`);
    throw error;
  }
  switch (s.source) {
    case 'milestone':
      return milestoneWindows(milestones, {
        ...(s.milestone.pattern === '' ? {} : { pattern: compilePattern(s.milestone.pattern) }),
        ...(s.milestone.start === undefined ? {} : { start: s.milestone.start }),
        timeZone,
      });
    case 'iteration':
      return iterationWindows(iterations, { timeZone });
    case 'cadence': {
      if (s.cadence.start === undefined) {
        throw new SprintSetupError('sprints.source is cadence, but sprints.cadence.start (the first day of the first sprint, YYYY-MM-DD) is not set');
      }
      return { windows: cadenceWindows({ start: s.cadence.start, days: s.cadence.days, timeZone, now }), skipped: [] };
    }
  }
}

function compilePattern(pattern: string): UserPattern {
  const problem = patternProblem(pattern);
  if (problem !== undefined) throw new SprintSetupError(`sprints.milestone.pattern: ${problem}`);
  return compileUserPattern(pattern);
}

const ms = (s: string | null | undefined): number => (s === null || s === undefined ? Number.NaN : Date.parse(s));

/** Whether a list must be read further to reach back to `since`. */
const reaches = (stream: ItemStream | undefined, since: number): stream is ItemStream & { cursor: string } =>
  stream !== undefined && stream.cursor !== null && !(ms(stream.oldestUpdatedAt) < since);

/** Whether the register list (newest first by creation) must be read further to reach back to `since`. */
const reachesByCreation = (stream: ItemStream | undefined, since: number): stream is ItemStream & { cursor: string } =>
  stream !== undefined && stream.cursor !== null && !(ms(stream.oldestCreatedAt) < since);

export async function fetchSprintData(api: GitHubApi, options: SprintFetchOptions): Promise<SprintData> {
  const { repo, config, now } = options;
  const source = config.sprints.source;
  const project = source === 'iteration' ? projectOf(config, repo) : undefined;
  const maxPages = options.maxPages ?? Number.POSITIVE_INFINITY;
  const full = `${repo.owner}/${repo.repo}`;
  // The open register issues, by the configured label names (GitHub's label filter); the closed ones are among the closed issues.
  const registerLabels = homeRegisterLabels(config, full);
  let calls = 1;
  const context = await api.readSprintContext(repo, {
    milestones: source === 'milestone',
    items: source !== 'iteration',
    registerLabels,
    ...(options.tracking === undefined ? {} : { tracking: options.tracking }),
    ...(project === undefined ? {} : { project }),
  });
  if (context.milestones?.more === true) options.log?.('More than 100 milestones: the sprints come from the latest 100.');
  const { windows, skipped } = windowsOf(config, now, context.milestones?.nodes ?? [], context.project?.iterations ?? []);
  const chosen = options.choose(windows, { viewer: context.viewer, skipped, tracking: context.tracking });

  const fetched: FetchedItem[] = [];
  let truncated = false;
  let drafts = 0;
  let unreadable = 0;
  let pages = 0;
  if (chosen.length > 0) {
    const since = Math.min(...chosen.map((w) => Date.parse(w.start)));
    if (project !== undefined && context.project !== undefined) {
      fetched.push(...context.project.items);
      drafts += context.project.drafts;
      unreadable += context.project.unreadable;
      let cursor = context.project.cursor;
      while (cursor !== null) {
        if (pages >= maxPages) {
          truncated = true;
          break;
        }
        const page = await api.readProjectItems(project, cursor);
        calls += 1;
        pages += 1;
        fetched.push(...page.items);
        drafts += page.drafts;
        unreadable += page.unreadable;
        cursor = page.cursor;
      }
    }
    // The repository's lists: merged PRs and closed issues (not for iteration sprints), and the open register issues.
    if (context.items !== undefined) {
      fetched.push(...context.items.items);
      let prs = context.items.prs;
      let issues = context.items.issues;
      let register = context.items.register;
      while (reaches(prs, since) || reaches(issues, since) || reachesByCreation(register, since)) {
        if (pages >= maxPages) {
          truncated = true;
          break;
        }
        const cursors = {
          ...(reaches(prs, since) ? { prs: prs.cursor } : {}),
          ...(reaches(issues, since) ? { issues: issues.cursor } : {}),
          ...(reachesByCreation(register, since) ? { register: { cursor: register.cursor, labels: registerLabels } } : {}),
        };
        const page = await api.readWorkItems(repo, cursors);
        calls += 1;
        pages += 1;
        fetched.push(...page.items);
        if (cursors.prs !== undefined) prs = page.prs;
        if (cursors.issues !== undefined) issues = page.issues;
        if (cursors.register !== undefined) register = page.register;
      }
    }
  }

  // The partners the chosen sprints' work joins with, wherever they finished: read by number.
  if (chosen.length > 0) {
    const attempted = new Set<string>();
    for (let round = 0; round < PARTNER_ROUNDS && !truncated; round += 1) {
      const todo = selectForExport(fetched.map(asCandidate), chosen).missing.filter((ref) => !attempted.has(ref));
      if (todo.length === 0) break;
      for (let i = 0; i < todo.length; i += MAX_ITEMS_BY_NUMBER) {
        if (pages >= maxPages) {
          truncated = true;
          break;
        }
        const chunk = todo.slice(i, i + MAX_ITEMS_BY_NUMBER);
        fetched.push(...(await api.readItemsByNumber(chunk)));
        calls += 1;
        pages += 1;
        for (const ref of chunk) attempted.add(ref);
      }
    }
  }

  // A page of nothing but unreadable nodes leaves them without a neighbour to place them by.
  unreadable += fetched.filter((i) => i.kind === 'redacted' && i.iteration === undefined && i.completedAt === undefined).length;
  if (unreadable > 0) {
    options.log?.(`${unreadable} item${unreadable === 1 ? '' : 's'} came back empty (not even an iteration or a date the token can read): not placed in any sprint.`);
  }
  const items = exportItems(fetched, chosen, config, options.withBodies === true, full);
  const data = parseSprintExport(
    { version: EXPORT_VERSION, repo: full, exportedAt: new Date(now).toISOString(), holds: ['sprint-work', 'debt-in'], sprints: chosen, items },
    'the sprint data read from GitHub',
  );
  return { viewer: context.viewer, windows, skipped, data, tracking: context.tracking, calls, truncated, drafts };
}

/** Rounds of reading partners by number: the issues a PR closes, then the PRs that closed those issues. */
const PARTNER_ROUNDS = 2;

const asCandidate = (item: FetchedItem): JoinCandidate =>
  item.kind === 'redacted'
    ? { kind: 'redacted', repo: '', closes: [] }
    : {
        kind: item.kind,
        repo: item.repo,
        number: item.number,
        completedAt: item.completedAt,
        state: item.state,
        closes: item.closes,
        ...(item.closedBy === undefined ? {} : { closedBy: item.closedBy }),
      };

/**
 * The fetched items the export of the chosen sprints holds: the work finished in
 * them, and its partners wherever they finished (the issues its PRs close, the PRs
 * that closed its issues; see selectForExport), so that a sprint's share is the same
 * whether it is reported alone or with others — and the register issues of `home`
 * (owner/name) opened in them, the debt that came in. A redacted item is kept when
 * its iteration is one of the sprints or its place in time falls in one.
 */
export function exportItems(fetched: readonly FetchedItem[], chosen: readonly SprintWindow[], config: Config, withBodies: boolean, home: string): WorkItemInput[] {
  const bounds = chosen.map((w) => [Date.parse(w.start), Date.parse(w.end)] as const);
  const ids = new Set(chosen.filter((w) => w.source === 'iteration').map((w) => w.id));
  const inSome = (t: number): boolean => bounds.some(([start, end]) => t >= start && t < end);
  const { keep } = selectForExport(fetched.map(asCandidate), chosen);
  const isRegister = registerMatcher(config, home);
  const cameIn = (item: FetchedItem): boolean => item.kind === 'issue' && item.createdAt !== undefined && inSome(ms(item.createdAt)) && isRegister(item);
  const out: WorkItemInput[] = [];
  const seen = new Set<string>();
  for (const [index, item] of fetched.entries()) {
    if (item.kind === 'redacted') {
      const byIteration = item.iteration !== undefined && ids.has(item.iteration);
      const byTime = item.completedAt !== undefined && inSome(ms(item.completedAt));
      if (!byIteration && !byTime) continue;
      out.push({
        kind: 'redacted',
        repo: '',
        ...(item.iteration === undefined ? {} : { iteration: item.iteration }),
        ...(item.completedAt === undefined ? {} : { completedAt: item.completedAt }),
      });
      continue;
    }
    if (keep[index] !== true && !cameIn(item)) continue;
    const key = itemRef(item);
    if (seen.has(key)) continue;
    seen.add(key);
    const input: WorkItemInput = {
      kind: item.kind,
      repo: item.repo,
      number: item.number,
      title: item.title,
      url: item.url,
      labels: [...item.labels],
      body: item.body,
      ...(item.createdAt === undefined ? {} : { createdAt: item.createdAt }),
      completedAt: item.completedAt,
      state: item.state,
      closes: [...item.closes],
      ...(item.additions === undefined ? {} : { additions: item.additions }),
      ...(item.deletions === undefined ? {} : { deletions: item.deletions }),
      ...(item.points === undefined ? {} : { points: item.points }),
      ...(item.iteration === undefined ? {} : { iteration: item.iteration }),
    };
    out.push(exportWorkItem(input, config, { withBodies }));
  }
  return out;
}
