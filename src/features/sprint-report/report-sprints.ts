/**
 * The sprint report use case: on `milestone` closed, on `schedule` and on
 * `workflow_dispatch`. Reads the config from the default branch, then everything else
 * in one GraphQL call plus a page per further 100 items; computes each sprint's report;
 * writes one comment per sprint on the tracking issue (found by marker and the token's
 * own login, edited in place, not written when unchanged). Returns what happened — the
 * action publishes it (job summary, outputs, annotations); nothing here talks to the
 * runner.
 */
import {
  computeSprintReport,
  engineReader,
  exportHolds,
  markerKey,
  PreparedItems,
  selectForTrigger,
  toSummary,
  withTrendSprints,
  type Selection,
  type SprintReport,
  type SprintSummary,
  type Trigger,
} from '../../core/sprint/index.js';
import type { TrackingIssue } from '../../github/api.js';
import { configErrorMarkdown, type ConfigErrorOutcome, type SetupErrorOutcome } from '../shared/config-error.js';
import { loadRepoConfig } from '../shared/repo-config.js';
import type { RepositoryEnvironment } from '../shared/environment.js';
import { Writes, type BlockedWrite } from '../shared/writes.js';
import { allComments, commentSummaries, pickTrackingIssue, reportComments, sprintCommentBody, upsertSprintComment, type SprintCommentOutcome } from './comment.js';
import { fetchSprintData, SprintSetupError } from './fetch.js';
import { sprintSummaryMarkdown, trackingIssueBody } from './render.js';

export type SprintReportEnvironment = RepositoryEnvironment;

/** What one sprint report run did. */
export type SprintOutcome =
  | ConfigErrorOutcome
  /** A setting or the event asks for something that cannot be: the message names it. */
  | SetupErrorOutcome
  | { readonly type: 'skipped'; readonly reason: string }
  | {
      readonly type: 'reported';
      readonly reports: readonly SprintReport[];
      /** The job summary: each sprint's report and where its comment went. */
      readonly summary: string;
      /** `sprints.summary.issue` names an issue the repository does not have. */
      readonly missingIssue: string | undefined;
      /** Writes the token was not allowed to make. */
      readonly blocked: readonly BlockedWrite[];
    };

export async function reportSprints(env: SprintReportEnvironment, trigger: Trigger): Promise<SprintOutcome> {
  const { api, repo, now, log } = env;
  const full = `${repo.owner}/${repo.repo}`;

  const loaded = await loadRepoConfig(api, repo, env.configPath, undefined);
  if (!loaded.ok) return { type: 'config-error', errors: loaded.errors, markdown: configErrorMarkdown(loaded.errors, env.configPath) };
  if (loaded.source === 'defaults') log(`No ${env.configPath} on the default branch: using the embedded defaults.`);
  const config = loaded.config;
  const summaryConfig = config.sprints.summary;
  const trackingRequest = summaryConfig.issue === 'auto' ? { label: summaryConfig.label } : { number: summaryConfig.issue };

  // Set by `choose`, inside the fetch (it needs the windows and the comments the context call read).
  const chosen: { selection: Selection; tracking: TrackingIssue | undefined } = {
    selection: { ok: false, reason: 'no sprints', error: false },
    tracking: undefined,
  };

  let data;
  try {
    data = await fetchSprintData(api, {
      repo,
      config,
      now,
      tracking: trackingRequest,
      log,
      choose: (windows, context) => {
        chosen.tracking = pickTrackingIssue(config, context.tracking);
        const reportedKeys = new Set(reportComments(chosen.tracking?.comments ?? [], context.viewer).keys());
        chosen.selection = selectForTrigger(trigger, windows, context.skipped, reportedKeys, now, config.sprints.source);
        if (!chosen.selection.ok) return [];
        return withTrendSprints(chosen.selection.sprints, windows, reportedKeys.size === 0 ? config.sprints.summary.history : 1);
      },
    });
  } catch (error) {
    if (error instanceof SprintSetupError) return { type: 'setup-error', message: `${error.message} (${env.configPath})` };
    throw error;
  }
  const { selection, tracking } = chosen;
  if (!selection.ok) return selection.error ? { type: 'setup-error', message: selection.reason } : { type: 'skipped', reason: selection.reason };
  log(`Sprint report: ${selection.why}; ${data.data.items.length} items read in ${data.calls} GraphQL call${data.calls === 1 ? '' : 's'}.`);

  // Earlier sprints' numbers: from the report comments (and their trends), then computed here.
  const writes = new Writes(env.dryRun, log);
  const comments = tracking === undefined ? [] : await allComments(api, repo, tracking);
  const mine = reportComments(comments, data.viewer);
  const history: SprintSummary[] = commentSummaries(mine.values());
  const prepared = new PreparedItems(data.data.items);
  const reader = engineReader(config, full);
  const posted = new Set(selection.sprints.map(markerKey));
  const reports: SprintReport[] = [];
  const debtIn = exportHolds(data.data).includes('debt-in');
  for (const sprint of data.data.sprints) {
    const report = computeSprintReport({ sprint, items: prepared, config, reader, history, now, debtIn, repo: full });
    const i = history.findIndex((h) => h.key === report.key);
    if (i >= 0) history.splice(i, 1);
    history.push(toSummary(report));
    if (posted.has(markerKey(sprint))) reports.push(report);
  }

  // Writes: the tracking issue (created once, with auto), then one comment per sprint.
  const outcomes: { report: SprintReport; outcome: SprintCommentOutcome | undefined }[] = [];
  let issue: { number: number; nodeId: string } | undefined = tracking;
  let missingIssue: string | undefined;
  if (issue === undefined) {
    if (summaryConfig.issue === 'auto') {
      const created = await writes.attempt('tracking issue', () =>
        api.createIssue(repo, { title: summaryConfig.title, body: trackingIssueBody(config, env.configPath), labels: [summaryConfig.label] }),
      );
      issue = created;
      if (created !== undefined) log(`Opened the tracking issue #${created.number} "${summaryConfig.title}".`);
    } else {
      missingIssue = `sprints.summary.issue is #${summaryConfig.issue}, but ${full} has no issue #${summaryConfig.issue}`;
    }
  }
  for (const report of reports) {
    const body = sprintCommentBody(report, full, env.serverUrl);
    const target = issue;
    const key = markerKey(report.sprint);
    const outcome =
      target === undefined
        ? undefined
        : await writes.attempt('sprint report comment', () => upsertSprintComment(api, repo, target, { viewer: data.viewer, comments }, key, body));
    outcomes.push({ report, outcome });
    log(`${report.sprint.title}: ${report.message} — comment: ${outcome ?? (env.dryRun ? 'dry-run' : 'not written')}`);
  }
  const summary = sprintSummaryMarkdown(outcomes, { repo: full, issue: issue?.number, serverUrl: env.serverUrl });
  return { type: 'reported', reports, summary, missingIssue, blocked: writes.blocked };
}
