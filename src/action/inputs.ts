/** The action's inputs (action.yml), read and validated once. */
import * as core from '@actions/core';
import { ActionInputError } from './errors.js';

export interface ActionInputs {
  readonly token: string;
  readonly configPath: string;
  readonly mode: 'enforce' | 'advisory' | undefined;
  readonly comment: 'sticky' | 'on-failure' | 'off' | undefined;
  readonly checkName: string | undefined;
  readonly dryRun: boolean;
  readonly sprint: string | undefined;
}

export function readInputs(): ActionInputs {
  const token = core.getInput('github-token');
  if (!token) throw new ActionInputError('input github-token: expected a token, found an empty value (the default is ${{ github.token }})');
  core.setSecret(token);
  return {
    token,
    configPath: core.getInput('config-path') || '.github/alignment.yml',
    mode: oneOf('mode', ['enforce', 'advisory'] as const),
    comment: oneOf('comment', ['sticky', 'on-failure', 'off'] as const),
    checkName: core.getInput('check-name') || undefined,
    dryRun: booleanInput('dry-run'),
    sprint: core.getInput('sprint') || undefined,
  };
}

function oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
  const value = core.getInput(name);
  if (!value) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ActionInputError(`input ${name}: expected one of ${allowed.join(', ')}, found "${value}"`);
  }
  return value as T;
}

function booleanInput(name: string): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new ActionInputError(`input ${name}: expected true or false, found "${value}"`);
}
