import type { Config } from '../../config/schema.js';
import type { Analysis } from '../analyze.js';
import { oneLine } from '../markdown/text.js';
import type { Position, RuleId, Status } from '../result.js';

/** The outcome of resolving one debt link through the API (the action's `verify: true`). */
export interface LinkVerification {
  readonly status: 'ok' | 'missing' | 'unlabelled' | 'unverified';
  /** What was found, for the message: "closed pull request", "labels: bug". */
  readonly detail?: string;
}

export interface RuleContext {
  readonly analysis: Analysis;
  readonly config: Config;
  /** Verified debt links by ref; absent when nothing was verified (e.g. the offline CLI). */
  readonly verification?: ReadonlyMap<string, LinkVerification>;
}

export interface Outcome {
  readonly status: Status;
  readonly message: string;
  readonly hint: string;
  readonly position?: Position | undefined;
}

/**
 * One rule: what it checks and how it reports. Whether it runs (`enabled`) and on what
 * (`applies-to`, narrowing `kinds`) come from its options in the config
 * (`rules.<id>`); the registry (index.ts) reads them, so a rule never does.
 */
export interface Rule {
  readonly id: RuleId;
  /** The rule's name in the comment's table: "Business value". */
  readonly title: string;
  /** Subjects the rule can check at all (the config's `applies-to` may narrow it further). */
  readonly kinds: ReadonlyArray<'pr' | 'issue'>;
  /** One sentence for the comment: why this matters. */
  readonly why: string;
  check(context: RuleContext): Outcome;
  /** A paste-ready Markdown snippet of the section this rule looks for. */
  snippet(config: Config): string;
}

export function outcome(status: Status, message: string, hint: string, position?: Position): Outcome {
  return position ? { status, message, hint, position } : { status, message, hint };
}

export function quote(text: string, max = 60): string {
  return `"${oneLine(text, max)}"`;
}

export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}
