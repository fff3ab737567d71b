/**
 * The action's inputs (action.yml), read through one zod schema: each input as the
 * runner gives it (`core.getInput(name) || undefined`), the schema's defaults and enums
 * (the config's own, for `mode` and `comment`), and a message that names the input.
 */
import * as core from '@actions/core';
import * as z from 'zod';
import { commentPolicySchema, modeSchema } from '../config/enums.js';
import { AuditWindowError, parseWindow, type AuditWindowSpec } from '../core/audit/window.js';
import { describeValue } from '../config/zod-issues.js';
import { ActionInputError } from './errors.js';

/** The default config path: also action.yml's default for `config-path` (a test holds them equal). */
export const DEFAULT_CONFIG_PATH = '.github/alignment.yml';

export const inputsSchema = z.strictObject({
  'github-token': z.string().min(1),
  'config-path': z.string().min(1).default(DEFAULT_CONFIG_PATH),
  mode: modeSchema.optional(),
  comment: commentPolicySchema.optional(),
  'check-run': z.stringbool({ truthy: ['true'], falsy: ['false'], case: 'insensitive' }).optional(),
  'check-name': z.string().min(1).max(100).optional(),
  'dry-run': z.stringbool({ truthy: ['true'], falsy: ['false'], case: 'insensitive' }).default(false),
  sprint: z.string().optional(),
  // On schedule and workflow_dispatch, an audit instead of the sprint report: its window.
  audit: z
    .string()
    .optional()
    .transform((text, ctx): AuditWindowSpec | undefined => {
      if (text === undefined) return undefined;
      try {
        return parseWindow(text);
      } catch (error) {
        if (!(error instanceof AuditWindowError)) throw error;
        ctx.addIssue({ code: 'custom', message: error.message });
        return z.NEVER;
      }
    }),
  'audit-kind': z.enum(['all', 'pr', 'issue']).default('all'),
  'audit-trend': z.enum(['month', 'sprint']).default('month'),
  'register-board': z.stringbool({ truthy: ['true'], falsy: ['false'], case: 'insensitive' }).default(false),
});

export type ActionInputs = z.output<typeof inputsSchema>;

const NAMES = Object.keys(inputsSchema.shape) as (keyof typeof inputsSchema.shape)[];

/** Reads and validates every input; the first invalid one is an ActionInputError naming it. */
export function readInputs(getInput: (name: string) => string = (name) => core.getInput(name)): ActionInputs {
  const raw: Record<string, string | undefined> = {};
  for (const name of NAMES) raw[name] = getInput(name).trim() || undefined;
  const parsed = inputsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? '');
    throw new ActionInputError(`input ${name}: ${inputMessage(name, issue, raw[name])}`);
  }
  core.setSecret(parsed.data['github-token']);
  return parsed.data;
}

function inputMessage(name: string, issue: z.core.$ZodIssue | undefined, value: string | undefined): string {
  if (name === 'github-token') return 'expected a token, found an empty value (the default is ${{ github.token }})';
  if (issue?.code === 'invalid_value') return `expected one of ${issue.values.join(', ')}, found ${describeValue(value)}`;
  if (name === 'dry-run' || name === 'register-board' || name === 'check-run') return `expected true or false, found ${describeValue(value)}`;
  if (name === 'audit') return issue?.message ?? 'invalid';
  if (issue?.code === 'too_big') return `expected at most ${String(issue.maximum)} characters, found ${value?.length ?? 0}`;
  return `${issue?.message ?? 'invalid'}, found ${describeValue(value)}`;
}
