/**
 * What `alignment-check init` asks: the few choices the written files depend on. Every
 * other setting stays at the config's defaults (one zod schema holds them), so the
 * files written are consistent with the config by construction: the templates take
 * their section titles, category names and debt boxes from the parsed config.
 */
import { DEFAULT_CATEGORIES } from '../../config/categories.js';
import type { Config, Register } from '../../config/schema.js';

/** Where the debt register lives: GitHub issues of this repository (with the debt label), a tracker key, a URL prefix or a file. */
export type RegisterChoice =
  | { readonly kind: 'issues' }
  | { readonly kind: 'key'; readonly pattern: string }
  | { readonly kind: 'url'; readonly prefix: string }
  | { readonly kind: 'file'; readonly path: string };

/** Which sprints the sprint report reads, or none (no sprint workflow is written). */
export const SPRINT_CHOICES = ['milestone', 'cadence', 'none'] as const;
export type SprintChoice = (typeof SPRINT_CHOICES)[number];

export interface InitChoices {
  /** enforce: a failing rule fails the check; advisory: neutral. */
  readonly mode: Config['mode'];
  /** The non-functional categories every PR and issue must address (or waive with a reason). */
  readonly required: readonly string[];
  /** The label of debt work and of the debt register's issues. */
  readonly debtLabel: string;
  readonly register: RegisterChoice;
  readonly sprints: SprintChoice;
  /** The first day of the first sprint (YYYY-MM-DD), for `sprints: cadence`. */
  readonly sprintStart?: string;
  /** The length of a sprint in days, for `sprints: cadence`. */
  readonly sprintDays: number;
  /** PRs come from forks: the check runs on pull_request_target (it never checks out PR code). */
  readonly forks: boolean;
}

/** The built-in categories, in the order the config lists them. */
export const CATEGORY_IDS = Object.keys(DEFAULT_CATEGORIES);

/** What `init --yes` writes when no flag says otherwise: the config's own defaults. */
export function defaultInitChoices(): InitChoices {
  return {
    mode: 'enforce',
    required: ['performance', 'security'],
    debtLabel: 'tech-debt',
    register: { kind: 'issues' },
    sprints: 'milestone',
    sprintDays: 14,
    forks: false,
  };
}

/** `issues`, `key:DEBT-\d+`, `url:https://…`, `file:docs/DEBT.md`, as the --register flag spells them; undefined when it is none of these. */
export function parseRegisterChoice(text: string): RegisterChoice | undefined {
  if (text === 'issues') return { kind: 'issues' };
  const match = /^(key|url|file):(.+)$/su.exec(text);
  if (!match?.[2]) return undefined;
  const value = match[2];
  if (match[1] === 'key') return { kind: 'key', pattern: value };
  if (match[1] === 'url') return { kind: 'url', prefix: value };
  return { kind: 'file', path: value };
}

/** A register choice as the --register flag spells it. */
export function formatRegisterChoice(choice: RegisterChoice): string {
  switch (choice.kind) {
    case 'issues':
      return 'issues';
    case 'key':
      return `key:${choice.pattern}`;
    case 'url':
      return `url:${choice.prefix}`;
    case 'file':
      return `file:${choice.path}`;
  }
}

/** The config's register entry for a choice. */
export function registerEntry(choice: RegisterChoice, debtLabel: string): Register {
  switch (choice.kind) {
    case 'issues':
      return { github: { label: debtLabel } };
    case 'key':
      return { key: choice.pattern };
    case 'url':
      return { url: choice.prefix };
    case 'file':
      return { file: choice.path };
  }
}
