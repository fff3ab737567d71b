/**
 * Decides what the triggering event asks for: a PR check, an issue check, a sprint
 * report, an audit, the register board, or nothing. The board runs where the step says so
 * (`register-board: true`, in a workflow of its own): there every event updates it —
 * an `issues` event only when the issue is a register item, which the use case decides
 * once the config is read. Without it, events plan as they always did, so the issue
 * check is untouched.
 */
import type { AuditWindowSpec } from '../core/audit/window.js';
import type { SubjectRef } from '../github/api.js';

export const PR_ACTIONS = ['opened', 'edited', 'reopened', 'synchronize', 'ready_for_review', 'labeled', 'unlabeled'];
export const ISSUE_ACTIONS = ['opened', 'edited', 'reopened', 'labeled', 'unlabeled'];

export type EventPlan =
  /** `fromFork`: a pull request whose head lives in another repository (its `pull_request` token is read-only). */
  | { readonly type: 'check'; readonly ref: SubjectRef; readonly configRef: string | undefined; readonly fromFork: boolean }
  | { readonly type: 'sprint'; readonly trigger: 'milestone' | 'schedule' | 'workflow_dispatch' }
  /** The workflow asks for an audit (the `audit` input) on schedule or workflow_dispatch. */
  | { readonly type: 'audit'; readonly trigger: 'schedule' | 'workflow_dispatch'; readonly window: AuditWindowSpec }
  /** The register board; `issue`: the issue an `issues` event is about (its labels now, and a label just removed). */
  | {
      readonly type: 'register';
      readonly event: string;
      readonly issue?: { readonly number: number; readonly action: string; readonly labels: readonly string[]; readonly label: string | undefined };
    }
  | { readonly type: 'ignore'; readonly reason: string };

export interface EventContext {
  readonly eventName: string;
  readonly payload: Record<string, unknown>;
  readonly owner: string;
  readonly repo: string;
  /** The step's `register-board` input: this workflow updates the register board. */
  readonly registerBoard?: boolean;
}

/** The `issues` actions that change the register: an item opened, edited, closed, reopened, (un)labelled, deleted or moved. */
export const REGISTER_ISSUE_ACTIONS = ['opened', 'edited', 'closed', 'reopened', 'labeled', 'unlabeled', 'deleted', 'transferred'];

const labelName = (value: unknown): string | undefined => {
  const name = record(value)?.['name'];
  return typeof name === 'string' ? name : undefined;
};

function planRegister(eventName: string, action: string, payload: Record<string, unknown>): EventPlan {
  if (eventName !== 'issues') return { type: 'register', event: eventName };
  if (!REGISTER_ISSUE_ACTIONS.includes(action)) return { type: 'ignore', reason: `issues.${action} does not change the debt register` };
  const issue = record(payload['issue']);
  const number = issue?.['number'];
  if (typeof number !== 'number') return { type: 'ignore', reason: 'issues payload has no issue.number' };
  const labels = Array.isArray(issue?.['labels']) ? (issue['labels'] as unknown[]).flatMap((l) => labelName(l) ?? []) : [];
  return { type: 'register', event: eventName, issue: { number, action, labels, label: labelName(payload['label']) } };
}

/** What the workflow asks beyond the event: an audit of this window instead of the sprint report. */
export interface PlanOptions {
  readonly audit?: AuditWindowSpec | undefined;
}

export function planEvent(context: EventContext, options: PlanOptions = {}): EventPlan {
  const { eventName, payload } = context;
  const action = typeof payload['action'] === 'string' ? payload['action'] : '';
  if (context.registerBoard === true) return planRegister(eventName, action, payload);
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
  if (eventName === 'schedule' || eventName === 'workflow_dispatch') {
    return options.audit === undefined ? { type: 'sprint', trigger: eventName } : { type: 'audit', trigger: eventName, window: options.audit };
  }
  return { type: 'ignore', reason: `alignment-check does not handle the ${eventName} event` };
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}
