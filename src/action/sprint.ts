/**
 * The sprint report: on `milestone` closed, on `schedule` and on `workflow_dispatch`.
 * Reads the config from the default branch, then everything else in one GraphQL
 * call plus a page per further 100 items; computes each sprint's report; writes one
 * comment per sprint on the tracking issue (found by marker and the token's own
 * login, edited in place, not written when unchanged), the job summary and the
 * outputs. A read-only token gets the report in the summary and a warning.
 */
import * as core from '@actions/core';
import {
  computeSprintReport,
  engineReader,
  PreparedItems,
  toSummary,
  type SprintReport,
  type SprintSummary,
} from '../core/sprint/index.js';
import type { GitHubApi, RepoRef, TrackingIssue } from '../github/api.js';
import { loadRepoConfig } from './config.js';
import type { ActionInputs } from './inputs.js';
import { configErrorMarkdown } from './render.js';
import { allComments, commentSummaries, pickTrackingIssue, reportComments, sprintCommentBody, upsertSprintComment, type SprintCommentOutcome } from './sprint-comment.js';
import { fetchSprintData, SprintSetupError } from './sprint-fetch.js';
import { markerKey, selectForTrigger, withTrendSprints, type Selection, type Trigger } from './sprint-select.js';
import { sprintSummaryMarkdown, trackingIssueBody } from './sprint-render.js';
import { Writes } from './writes.js';

export interface SprintRun {
  readonly api: GitHubApi;
  readonly inputs: ActionInputs;
  readonly trigger: 'milestone' | 'schedule' | 'workflow_dispatch';
  readonly payload: Record<string, unknown>;
  readonly owner: string;
  readonly repo: string;
  /** ms since the epoch; default the clock. */
  readonly now?: number;
}

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;

export async function runSprint(run: SprintRun): Promise<void> {
  const { api, inputs } = run;
  const repo: RepoRef = { owner: run.owner, repo: run.repo };
  const full = `${run.owner}/${run.repo}`;
  const now = run.now ?? Date.now();
  const log = (message: string): void => core.info(message);

  const loaded = await loadRepoConfig(api, repo, inputs.configPath, undefined);
  if (!loaded.ok) {
    for (const issue of loaded.errors) {
      core.error(`${issue.path ? `${issue.path}: ` : ''}${issue.message}`, { title: 'alignment-check config', file: issue.file, startLine: issue.line, startColumn: issue.column });
    }
    await core.summary.addRaw(configErrorMarkdown(loaded.errors, inputs.configPath)).write();
    core.setOutput('conclusion', 'failure');
    core.setFailed(`The alignment-check config is invalid (${loaded.errors.length} error${loaded.errors.length === 1 ? '' : 's'}); see the annotations.`);
    return;
  }
  if (loaded.source === 'defaults') log(`No ${inputs.configPath} on the default branch: using the embedded defaults.`);
  const config = loaded.config;
  const summaryConfig = config.sprints.summary;
  const trackingRequest = summaryConfig.issue === 'auto' ? { label: summaryConfig.label } : { number: summaryConfig.issue };

  // Set by `choose`, inside the fetch (it needs the windows and the comments the context call read).
  const chosen: { selection: Selection; tracking: TrackingIssue | undefined } = {
    selection: { ok: false, reason: 'no sprints', error: false },
    tracking: undefined,
  };
  const milestone = record(run.payload['milestone']);

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
        chosen.selection = selectForTrigger(triggerOf(run, milestone), windows, context.skipped, reportedKeys, now, config.sprints.source);
        if (!chosen.selection.ok) return [];
        return withTrendSprints(chosen.selection.sprints, windows, reportedKeys.size === 0 ? config.sprints.summary.history : 1);
      },
    });
  } catch (error) {
    if (error instanceof SprintSetupError) {
      core.setOutput('conclusion', 'failure');
      core.setFailed(`alignment-check: ${error.message} (${inputs.configPath})`);
      return;
    }
    throw error;
  }
  const { selection, tracking } = chosen;
  if (!selection.ok) {
    const reason = selection.reason;
    if (selection.error) {
      core.setOutput('conclusion', 'failure');
      core.setFailed(`alignment-check: ${reason}`);
      return;
    }
    core.notice(`alignment-check: no sprint report — ${reason}.`);
    await core.summary.addRaw(`### ⏭️ No sprint report\n\nBecause ${reason}.\n`).write();
    core.setOutput('conclusion', 'skipped');
    return;
  }
  log(`Sprint report: ${selection.why}; ${data.data.items.length} items read in ${data.calls} GraphQL call${data.calls === 1 ? '' : 's'}.`);

  // Earlier sprints' numbers: from the report comments (and their trends), then computed here.
  const writes = new Writes(inputs.dryRun, log);
  const comments = tracking === undefined ? [] : await allComments(api, repo, tracking);
  const mine = reportComments(comments, data.viewer);
  const history: SprintSummary[] = commentSummaries(mine.values());
  const prepared = new PreparedItems(data.data.items);
  const reader = engineReader(config, full);
  const posted = new Set(selection.sprints.map(markerKey));
  const reports: SprintReport[] = [];
  for (const sprint of data.data.sprints) {
    const report = computeSprintReport({ sprint, items: prepared, config, reader, history, now });
    const i = history.findIndex((h) => h.key === report.key);
    if (i >= 0) history.splice(i, 1);
    history.push(toSummary(report));
    if (posted.has(markerKey(sprint))) reports.push(report);
  }

  // Writes: the tracking issue (created once, with auto), then one comment per sprint.
  const outcomes: { report: SprintReport; outcome: SprintCommentOutcome | undefined }[] = [];
  let issueNumber = tracking?.number;
  let missingIssue: string | undefined;
  if (issueNumber === undefined) {
    if (summaryConfig.issue === 'auto') {
      const created = await writes.attempt('tracking issue', () =>
        api.createIssue(repo, { title: summaryConfig.title, body: trackingIssueBody(config, inputs.configPath), labels: [summaryConfig.label] }),
      );
      issueNumber = created?.number;
      if (created !== undefined) log(`Opened the tracking issue #${created.number} "${summaryConfig.title}".`);
    } else {
      missingIssue = `sprints.summary.issue is #${summaryConfig.issue}, but ${full} has no issue #${summaryConfig.issue}`;
    }
  }
  for (const report of reports) {
    const body = sprintCommentBody(report, full);
    const number = issueNumber;
    const outcome =
      number === undefined
        ? undefined
        : await writes.attempt('sprint report comment', () => upsertSprintComment(api, repo, number, mine.get(markerKey(report.sprint)), body));
    outcomes.push({ report, outcome });
    log(`${report.sprint.title}: ${report.message} — comment: ${outcome ?? (inputs.dryRun ? 'dry-run' : 'not written')}`);
  }

  await core.summary.addRaw(sprintSummaryMarkdown(outcomes, { repo: full, issue: issueNumber, serverUrl: process.env['GITHUB_SERVER_URL'] ?? 'https://github.com' })).write();
  const latest = reports.at(-1);
  if (latest !== undefined) {
    core.setOutput('sprint', latest.sprint.title);
    core.setOutput('ratio', latest.ratio === null ? '' : String(Math.round(latest.ratio * 10_000) / 10_000));
    core.setOutput('debt', String(latest.totals.debtWeight));
    core.setOutput('total', String(latest.totals.weight));
  }
  core.setOutput('conclusion', missingIssue === undefined ? 'success' : 'failure');
  if (writes.blocked.length > 0) {
    core.warning(
      `The token could not write the ${[...new Set(writes.blocked)].join(' and the ')} (HTTP 403: it is read-only). The sprint report is in this job summary. ` +
        'Give the workflow `permissions: issues: write` to post it on the tracking issue.',
    );
  }
  if (missingIssue !== undefined) {
    core.setFailed(`alignment-check: ${missingIssue}. The report is in the job summary; fix sprints.summary.issue (or set it to auto).`);
  }
}

/** What the event asks for. */
function triggerOf(run: SprintRun, milestone: Record<string, unknown> | undefined): Trigger {
  switch (run.trigger) {
    case 'milestone':
      return {
        trigger: 'milestone',
        number: typeof milestone?.['number'] === 'number' ? milestone['number'] : undefined,
        title: typeof milestone?.['title'] === 'string' ? milestone['title'] : undefined,
      };
    case 'schedule':
      return { trigger: 'schedule' };
    case 'workflow_dispatch': {
      const inputs = record(run.payload['inputs']);
      return { trigger: 'workflow_dispatch', sprint: run.inputs.sprint ?? (typeof inputs?.['sprint'] === 'string' ? inputs['sprint'] : undefined) };
    }
  }
}
