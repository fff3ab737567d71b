/** Decides what the triggering event asks for: a PR check, an issue check, a sprint report, or nothing. */
import type { SubjectRef } from '../github/api.js';

export const PR_ACTIONS = ['opened', 'edited', 'reopened', 'synchronize', 'ready_for_review', 'labeled', 'unlabeled'];
export const ISSUE_ACTIONS = ['opened', 'edited', 'reopened', 'labeled', 'unlabeled'];

export type EventPlan =
  /** `fromFork`: a pull request whose head lives in another repository (its `pull_request` token is read-only). */
  | { readonly type: 'check'; readonly ref: SubjectRef; readonly configRef: string | undefined; readonly fromFork: boolean }
  | { readonly type: 'sprint'; readonly trigger: 'milestone' | 'schedule' | 'workflow_dispatch' }
  | { readonly type: 'ignore'; readonly reason: string };

export interface EventContext {
  readonly eventName: string;
  readonly payload: Record<string, unknown>;
  readonly owner: string;
  readonly repo: string;
}

export function planEvent(context: EventContext): EventPlan {
  const { eventName, payload } = context;
  const action = typeof payload['action'] === 'string' ? payload['action'] : '';
  const repository = record(payload['repository']);
  const defaultBranch = typeof repository?.['default_branch'] === 'string' ? repository['default_branch'] : undefined;
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    if (!PR_ACTIONS.includes(action)) return { type: 'ignore', reason: `${eventName}.${action} does not change what is checked` };
    const pull = record(payload['pull_request']);
    const number = pull?.['number'];
    if (typeof number !== 'number') return { type: 'ignore', reason: `${eventName} payload has no pull_request.number` };
    const base = record(pull?.['base']);
    const baseRef = typeof base?.['ref'] === 'string' ? base['ref'] : defaultBranch;
    const headRepo = record(record(pull?.['head'])?.['repo'])?.['full_name'];
    const baseRepo = record(base?.['repo'])?.['full_name'] ?? repository?.['full_name'];
    const fromFork = headRepo !== baseRepo;
    return { type: 'check', ref: { kind: 'pr', number, owner: context.owner, repo: context.repo }, configRef: baseRef, fromFork };
  }
  if (eventName === 'issues') {
    if (!ISSUE_ACTIONS.includes(action)) return { type: 'ignore', reason: `issues.${action} does not change what is checked` };
    const number = record(payload['issue'])?.['number'];
    if (typeof number !== 'number') return { type: 'ignore', reason: 'issues payload has no issue.number' };
    return { type: 'check', ref: { kind: 'issue', number, owner: context.owner, repo: context.repo }, configRef: defaultBranch, fromFork: false };
  }
  if (eventName === 'milestone') {
    return action === 'closed' ? { type: 'sprint', trigger: 'milestone' } : { type: 'ignore', reason: `milestone.${action} is not a closed sprint` };
  }
  if (eventName === 'schedule' || eventName === 'workflow_dispatch') return { type: 'sprint', trigger: eventName };
  return { type: 'ignore', reason: `alignment-check does not handle the ${eventName} event` };
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}
