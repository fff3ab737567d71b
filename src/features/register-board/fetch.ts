/**
 * Reads the debt register from GitHub in as few calls as the data allows: one GraphQL
 * context call (the token's login, the milestones, the board's issue with its
 * comments, the repository's labels, and the first 100 open issues of every source —
 * the repository's issues with a debt label, and each register repository's), then
 * one call per further 100 issues, every source in the same call; plus the other
 * spellings of the debt labels the repository uses ("Tech Debt" beside `tech-debt`),
 * read as one more source only when open issues carry them. The issues become an
 * export (version 2, holding the register): each body read once into its Business
 * Impact, register links and debt facts, and dropped.
 *
 * No @actions/* here: the CLI uses it too.
 */
import type { Config } from '../../config/schema.js';
import { isDebtLabelSpelling } from '../../core/language/debt.js';
import { homeAsRegister, homeRegisterLabels, registerLabels, registerRepos } from '../../core/register/membership.js';
import { EXPORT_VERSION, exportWorkItem, itemRef, parseSprintExport, type SprintExport, type SprintWindow, type WorkItemInput } from '../../core/sprint/index.js';
import {
  MAX_REGISTER_SOURCES,
  type FetchedWorkItem,
  type GitHubApi,
  type RegisterSource,
  type RepoRef,
  type TrackingIssue,
} from '../../github/api.js';
import { SprintSetupError, windowsOf } from '../sprint-report/fetch.js';

export interface RegisterFetchOptions {
  readonly repo: RepoRef;
  readonly config: Config;
  /** ms since the epoch */
  readonly now: number;
  /** The board's issue to read with the context (the action), or none (the CLI). */
  readonly tracking?: { readonly number: number } | { readonly label: string };
  /** Keep the bodies in the export (`--with-bodies`). */
  readonly withBodies?: boolean;
  readonly log?: (message: string) => void;
}

export interface RegisterData {
  readonly viewer: string;
  /** The export of the register: its open issues and the sprint windows (for the sprint each entered). */
  readonly data: SprintExport;
  readonly tracking: readonly TrackingIssue[] | undefined;
  /** API calls made. */
  readonly calls: number;
}

const lower = (s: string): string => s.trim().toLowerCase();

/** The sources to read: the repository's issues by its debt labels, and each register repository's. */
export function registerSources(config: Config, home: string): RegisterSource[] {
  // The register repository itself: every open issue is an item (the label filter cannot say "this label or those").
  const self = homeAsRegister(config, home);
  const sources: RegisterSource[] = [{ repo: home, labels: self?.label === null ? undefined : homeRegisterLabels(config, home) }];
  for (const r of registerRepos(config, home)) sources.push({ repo: r.repo, labels: r.label === undefined ? undefined : [r.label] });
  return sources.slice(0, MAX_REGISTER_SOURCES);
}

export async function fetchRegisterData(api: GitHubApi, options: RegisterFetchOptions): Promise<RegisterData> {
  const { repo, config, now, log } = options;
  const full = `${repo.owner}/${repo.repo}`;
  const sources = registerSources(config, full);
  let calls = 1;
  const context = await api.readRegisterContext(repo, {
    sources,
    milestones: config.sprints.source === 'milestone',
    ...(options.tracking === undefined ? {} : { tracking: options.tracking }),
  });

  const fetched: FetchedWorkItem[] = [];
  const pending: { source: RegisterSource; cursor: string | null }[] = [];
  context.pages.forEach((page, i) => {
    const source = sources[i];
    if (source === undefined) return;
    fetched.push(...page.items);
    if (page.problem !== undefined) log?.(`The board leaves out ${source.repo}: ${page.problem}.`);
    if (page.cursor !== null) pending.push({ source, cursor: page.cursor });
  });

  // Other spellings of the debt labels that open issues carry: one more source.
  const configured = new Set(sources[0]?.labels?.map(lower) ?? []);
  const wanted = registerLabels(config);
  const variants = context.labels.filter((l) => l.openIssues > 0 && !configured.has(lower(l.name)) && isDebtLabelSpelling(l.name, wanted)).map((l) => l.name);
  if (variants.length > 0) {
    log?.(`The repository's labels ${variants.map((v) => `"${v}"`).join(', ')} are debt labels in another spelling: their open issues are on the board.`);
    pending.push({ source: { repo: full, labels: variants }, cursor: null });
  }
  if (context.moreLabels) log?.('More than 100 labels: other spellings of the debt labels are looked for among the first 100 only.');

  while (pending.length > 0) {
    const batch = pending.splice(0, MAX_REGISTER_SOURCES);
    const pages = await api.readRegisterPages(batch);
    calls += 1;
    pages.forEach((page, i) => {
      const request = batch[i];
      if (request === undefined) return;
      fetched.push(...page.items);
      if (page.cursor !== null) pending.push({ source: request.source, cursor: page.cursor });
    });
  }

  let windows: SprintWindow[] = [];
  try {
    windows = windowsOf(config, now, context.milestones?.nodes ?? [], []).windows;
  } catch (error) {
    if (!(error instanceof SprintSetupError)) throw error;
    log?.(`The board shows no sprint the items entered in: ${error.message}.`);
  }
  if (config.sprints.source === 'iteration') log?.('Sprints come from a Projects iteration field: the board shows no sprint the items entered in.');

  const items: WorkItemInput[] = [];
  const seen = new Set<string>();
  for (const item of fetched) {
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
      state: item.state,
      ...(item.createdAt === undefined ? {} : { createdAt: item.createdAt }),
      ...(item.completedAt === undefined ? {} : { completedAt: item.completedAt }),
      ...(item.workedOnBy === undefined ? {} : { workedOnBy: [...item.workedOnBy] }),
    };
    items.push(exportWorkItem(input, config, { withBodies: options.withBodies === true }));
  }
  const data = parseSprintExport(
    { version: EXPORT_VERSION, repo: full, exportedAt: new Date(now).toISOString(), holds: ['register'], sprints: windows, items },
    'the debt register read from GitHub',
  );
  return { viewer: context.viewer, data, tracking: context.tracking, calls };
}
