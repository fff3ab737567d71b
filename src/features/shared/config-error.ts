/** What the job summary and the check say when the config on the base branch is invalid. */
import { formatConfigIssue, type ConfigIssue } from '../../config/issue.js';
import { CONFIG_DOCS_URL, NPX } from '../../config/project-home.js';
import { escapeMarkdown } from '../../core/index.js';

/** The outcome of any use case whose config does not load: the problems, and what the job summary says of them. */
export interface ConfigErrorOutcome {
  readonly type: 'config-error';
  readonly errors: readonly ConfigIssue[];
  readonly markdown: string;
}

/** The outcome of a use case a setting or the request cannot run: the message names what. */
export interface SetupErrorOutcome {
  readonly type: 'setup-error';
  readonly message: string;
}

export function configErrorMarkdown(errors: readonly ConfigIssue[], path: string): string {
  return [
    `### ❌ ${escapeMarkdown(path)} is invalid`,
    '',
    `alignment-check reads its config from the base branch. Fix ${errors.length === 1 ? 'this error' : `these ${errors.length} errors`} there:`,
    '',
    ...errors.map((issue) => `- \`${formatConfigIssue(issue).replace(/`/g, "'")}\``),
    '',
    `Check a config locally with \`${NPX} config validate\` (every key is in the [configuration reference](${CONFIG_DOCS_URL})).`,
    '',
  ].join('\n');
}
