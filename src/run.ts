/**
 * The one place that wires the action: inputs, the event, the GitHub adapter, the
 * config, the engine and what gets written. One catch turns any error into a
 * failed step with a message a user can act on.
 */
import * as core from '@actions/core';
import { context } from '@actions/github';
import { checkSubject, type CheckOutcome } from './action/check-subject.js';
import type { Config } from './config/schema.js';
import { ActionInputError } from './action/errors.js';
import { planEvent } from './action/event.js';
import { readInputs } from './action/inputs.js';
import { runSprint } from './action/sprint.js';
import { sprintNotes } from './action/sprint-note.js';
import { readOnlyWarning } from './action/writes.js';
import { createGitHubApi } from './github/index.js';
import { GitHubApiError } from './github/errors.js';

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const plan = planEvent({ eventName: context.eventName, payload: context.payload as Record<string, unknown>, owner: context.repo.owner, repo: context.repo.repo });
    if (plan.type === 'ignore') {
      core.notice(`alignment-check: nothing to do — ${plan.reason}.`);
      core.setOutput('conclusion', 'skipped');
      return;
    }
    const api = createGitHubApi({ token: inputs.token, baseUrl: context.apiUrl, log: (message) => core.info(message) });
    if (plan.type === 'sprint') {
      await runSprint({ api, inputs, trigger: plan.trigger, payload: context.payload as Record<string, unknown>, owner: context.repo.owner, repo: context.repo.repo });
      return;
    }
    const log = (message: string): void => core.info(message);
    // The sprint's debt share so far, in the PR comment: opt-in, it costs extra calls.
    const notes = async (config: Config): Promise<readonly string[]> =>
      config.sprints['in-pr-check'] ? sprintNotes({ api, repo: context.repo, log }, config) : [];
    const outcome = await checkSubject({ api, inputs, serverUrl: context.serverUrl, log, notes }, plan.ref, plan.configRef);
    await publish(outcome);
  } catch (error) {
    core.setFailed(messageFor(error));
  }
}

async function publish(outcome: CheckOutcome): Promise<void> {
  if (outcome.blocked.length > 0) core.warning(readOnlyWarning(outcome.blocked));
  switch (outcome.type) {
    case 'config-error': {
      for (const annotation of outcome.annotations) {
        core.error(annotation.message, { title: 'alignment-check config', file: annotation.file, startLine: annotation.line, startColumn: annotation.column });
      }
      await core.summary.addRaw(outcome.markdown).write();
      core.setOutput('conclusion', 'failure');
      core.setFailed(`The alignment-check config is invalid (${outcome.annotations.length} error${outcome.annotations.length === 1 ? '' : 's'}); see the annotations.`);
      return;
    }
    case 'skipped': {
      core.notice(`alignment-check skipped ${outcome.subject.kind === 'pr' ? 'pull request' : 'issue'} #${outcome.subject.number}: ${outcome.reason}.`);
      await core.summary.addRaw(`### ⏭️ alignment-check skipped #${outcome.subject.number}\n\nBecause ${outcome.reason}.\n`).write();
      core.setOutput('conclusion', 'skipped');
      core.setOutput('failed-rules', '');
      return;
    }
    case 'checked': {
      const { result, markdown } = outcome;
      const failed = result.rules.filter((finding) => finding.status === 'fail').map((finding) => finding.id);
      if (outcome.blocked.length > 0) {
        for (const finding of result.rules) {
          if (finding.status !== 'fail' && finding.status !== 'warn') continue;
          const annotate = finding.status === 'fail' && result.conclusion === 'failure' ? core.error : core.warning;
          annotate(`${finding.message}${finding.hint ? ` — ${finding.hint}` : ''}`, { title: `alignment-check: ${finding.id}` });
        }
      }
      await core.summary.addRaw(markdown).write();
      core.setOutput('conclusion', result.conclusion);
      core.setOutput('result', JSON.stringify(result));
      core.setOutput('failed-rules', failed.join(','));
      if (result.conclusion === 'failure') core.setFailed(`alignment-check: ${failed.join(', ')} failed — see the check run or the job summary.`);
      return;
    }
  }
}

function messageFor(error: unknown): string {
  if (error instanceof ActionInputError) return error.message;
  if (error instanceof GitHubApiError) return `alignment-check: ${error.message}`;
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `alignment-check hit an unexpected error — please report it with this log: ${detail}`;
}
