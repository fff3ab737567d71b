/**
 * The action's composition root: the inputs, the event, the GitHub adapter, then the
 * use case the event asks for, then its outcome published through @actions/core (see
 * publish.ts). One catch turns any error into a failed step: a user's mistake with its
 * message, anything else as a bug to report.
 *
 * `run()` with no arguments is what the runner executes (src/index.ts); tests pass the
 * event, the adapter and the clock to run the same code in process.
 */
import * as core from '@actions/core';
import { describeError } from '../core/errors.js';
import type { Trigger } from '../core/sprint/index.js';
import { checkSubject } from '../features/check/check-subject.js';
import type { Config } from '../config/schema.js';
import type { GitHubApi } from '../github/api.js';
import type { ClientOptions } from '../github/client.js';
import { createGitHubApi } from '../github/index.js';
import { contextFromEnv, type ActionContext } from './context.js';
import { ActionInputError } from './errors.js';
import { planEvent } from './event.js';
import { readInputs } from './inputs.js';
import { publishAudit, publishCheck, publishRegister, publishSprint } from './publish.js';

export type { ActionContext };

export interface ActionDeps {
  /** Default: the runner's environment and event file. */
  readonly context?: ActionContext;
  /** Default: the octokit adapter, with retries and rate-limit handling. */
  readonly createApi?: (options: ClientOptions) => GitHubApi;
  /** ms since the epoch; default: the clock. */
  readonly now?: () => number;
}

export async function run(deps: ActionDeps = {}): Promise<void> {
  try {
    const context = deps.context ?? contextFromEnv();
    const inputs = readInputs();
    const plan = planEvent(
      {
        eventName: context.eventName,
        payload: context.payload,
        owner: context.repo.owner,
        repo: context.repo.repo,
        registerBoard: inputs['register-board'],
      },
      { audit: inputs.audit },
    );
    if (plan.type === 'ignore') {
      core.notice(`alignment-check: nothing to do — ${plan.reason}.`);
      core.setOutput('conclusion', 'skipped');
      return;
    }
    const log = (message: string): void => core.info(message);
    const api = (deps.createApi ?? createGitHubApi)({ token: inputs['github-token'], baseUrl: context.apiUrl, log });
    const now = deps.now ?? Date.now;
    if (plan.type === 'sprint') {
      // The sprint report is loaded only when an event asks for it: the PR check never pays for it.
      const { reportSprints } = await import('../features/sprint-report/report-sprints.js');
      const env = { api, repo: context.repo, configPath: inputs['config-path'], dryRun: inputs['dry-run'], serverUrl: context.serverUrl, now: now(), log };
      await publishSprint(await reportSprints(env, triggerOf(plan.trigger, context.payload, inputs.sprint)));
      return;
    }
    if (plan.type === 'audit') {
      // The audit too is loaded only when a workflow asks for one.
      const { auditRepository } = await import('../features/audit/run-audit.js');
      const kinds = inputs['audit-kind'] === 'all' ? (['pr', 'issue'] as const) : ([inputs['audit-kind']] as const);
      const request = { window: plan.window, kinds, trend: inputs['audit-trend'], config: { path: inputs['config-path'] } };
      await publishAudit(await auditRepository({ api, repo: context.repo, now: now(), log }, request));
      return;
    }
    if (plan.type === 'register') {
      // The register board too is loaded only when a run asks for it.
      const { updateRegisterBoard } = await import('../features/register-board/update-board.js');
      const env = { api, repo: context.repo, configPath: inputs['config-path'], dryRun: inputs['dry-run'], serverUrl: context.serverUrl, now: now(), log };
      const trigger = plan.issue === undefined ? { trigger: 'other' as const, event: plan.event } : { trigger: 'issue' as const, ...plan.issue };
      await publishRegister(await updateRegisterBoard(env, trigger));
      return;
    }
    // The sprint's debt share so far, in the PR comment: opt-in, it costs extra calls.
    const notes = async (config: Config): Promise<readonly string[]> => {
      if (!config.sprints['in-pr-check']) return [];
      const { sprintNotes } = await import('../features/sprint-report/note.js');
      return sprintNotes({ api, repo: context.repo, log, now: now() }, config);
    };
    const options = {
      configPath: inputs['config-path'],
      mode: inputs.mode,
      comment: inputs.comment,
      checkRun: inputs['check-run'],
      checkName: inputs['check-name'],
      dryRun: inputs['dry-run'],
    };
    await publishCheck(await checkSubject({ api, inputs: options, serverUrl: context.serverUrl, log, notes }, plan.ref, plan.configRef), { fromFork: plan.fromFork });
  } catch (error) {
    const { user, message } = describeError(error);
    // An input names itself ("input mode: …"); other user errors say whose they are.
    if (error instanceof ActionInputError) core.setFailed(message);
    else core.setFailed(user ? `alignment-check: ${message}` : `alignment-check hit an unexpected error — please report it with this log: ${message}`);
  }
}

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;

/** What a sprint event asks for: the milestone that closed, the next due reports, or the sprint named at dispatch. */
function triggerOf(trigger: 'milestone' | 'schedule' | 'workflow_dispatch', payload: Record<string, unknown>, sprintInput: string | undefined): Trigger {
  switch (trigger) {
    case 'milestone': {
      const milestone = record(payload['milestone']);
      return {
        trigger: 'milestone',
        number: typeof milestone?.['number'] === 'number' ? milestone['number'] : undefined,
        title: typeof milestone?.['title'] === 'string' ? milestone['title'] : undefined,
      };
    }
    case 'schedule':
      return { trigger: 'schedule' };
    case 'workflow_dispatch': {
      const inputs = record(payload['inputs']);
      return { trigger: 'workflow_dispatch', sprint: sprintInput ?? (typeof inputs?.['sprint'] === 'string' ? inputs['sprint'] : undefined) };
    }
  }
}
