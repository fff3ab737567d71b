/**
 * The use case behind `alignment-check init`: from the choices, the files to write and
 * the steps left to the user. Pure: it renders the templates and reads its own config
 * back through the one loader, so a choice the config refuses (a pattern RE2 cannot
 * run, a bad date) is reported before anything is written, and the templates take
 * their titles from the config that is written.
 */
import { formatConfigIssue, parseConfig } from '../../config/load.js';
// The config init writes may hold a pattern (a key register): RE2 checks it (config/pattern-engine.ts).
import '../../config/user-pattern.js';
import type { Config } from '../../config/schema.js';
import { UserError } from '../../core/errors.js';
import type { InitChoices } from './choices.js';
import { configTemplate } from './templates/config.js';
import { bugReportForm, debtItemForm, featureRequestForm } from './templates/forms.js';
import { renderIssueForm, type IssueForm } from './templates/issue-form.js';
import { pullRequestTemplate } from './templates/pull-request.js';
import { CHECK_WORKFLOW, checkWorkflow, SPRINT_WORKFLOW, sprintWorkflow } from './templates/workflows.js';
import { templateValues } from './values.js';

export const CONFIG_FILE = '.github/alignment.yml';
export const PULL_REQUEST_TEMPLATE = '.github/pull_request_template.md';

/** A choice init cannot write a valid config for; the message names the flag's key. */
export class InitChoiceError extends UserError {
  override readonly name = 'InitChoiceError';
}

export interface InitFile {
  /** Relative to the repository root, with forward slashes. */
  readonly path: string;
  readonly content: string;
  /** What the file is, in a few words, for the summary. */
  readonly what: string;
}

export interface LabelToCreate {
  readonly name: string;
  readonly color: string;
  readonly description: string;
}

export interface InitPlan {
  readonly files: readonly InitFile[];
  /** The config as the action will read it. */
  readonly config: Config;
  /** The issue forms, as data: what a submitted form's body is made of. */
  readonly forms: readonly IssueForm[];
  readonly labels: readonly LabelToCreate[];
  /** What is left to do after the files are committed, one step a line. */
  readonly steps: readonly string[];
}

export function planInit(choices: InitChoices): InitPlan {
  const configText = configTemplate(choices);
  const parsed = parseConfig(configText, CONFIG_FILE);
  if (!parsed.ok) {
    throw new InitChoiceError(`these choices make an invalid config:\n${parsed.errors.map(formatConfigIssue).join('\n')}`);
  }
  const config = parsed.config;
  const values = templateValues(choices, config);
  const forms = [featureRequestForm(values), ...(values.registerIsIssues ? [debtItemForm(values)] : []), bugReportForm(values)];
  const files: InitFile[] = [
    { path: CONFIG_FILE, content: configText, what: 'the config (editor-ready)' },
    { path: PULL_REQUEST_TEMPLATE, content: pullRequestTemplate(values), what: 'the PR template' },
    ...forms.map((form) => ({ path: form.file, content: renderIssueForm(form), what: `issue form: ${form.name.toLowerCase()}` })),
    { path: CHECK_WORKFLOW, content: checkWorkflow(choices), what: `the check (${choices.forks ? 'pull_request_target' : 'pull_request'})` },
    ...(choices.sprints === 'none' ? [] : [{ path: SPRINT_WORKFLOW, content: sprintWorkflow(choices), what: 'the sprint debt report' }]),
  ];
  return { files, config, forms, labels: labels(choices, config), steps: steps(choices, config) };
}

/** The labels the config and the forms use, which a new repository lacks. */
function labels(choices: InitChoices, config: Config): LabelToCreate[] {
  return [
    { name: choices.debtLabel, color: 'd93f0b', description: 'Technical debt' },
    ...config.skip.labels.map((name) => ({ name, color: 'ededed', description: 'Not checked by alignment-check' })),
    ...(choices.sprints === 'none' ? [] : [{ name: config.sprints.summary.label, color: '0e8a16', description: 'Sprint debt reports' }]),
  ];
}

function steps(choices: InitChoices, config: Config): string[] {
  return [
    'Commit the files and push them to the default branch: the check reads its config from the base branch.',
    'Create the labels the config and the forms use (a new repository already has bug and enhancement):',
    `Workflow permissions: the workflows ask for what they need (contents: read, checks: write, pull-requests: write, issues: write${
      choices.sprints === 'none' ? '' : '; the sprint report: issues: write, pull-requests: read'
    }). If your organisation caps the GITHUB_TOKEN at read-only, allow write access for this repository, or the check can report only in the job summary.`,
    `Make the check required: Settings → Rules (or Branches) → require the "${config.report['check-name']}" status check on the default branch.`,
    ...(choices.sprints === 'milestone' ? ['Sprints: create one milestone per sprint, with its due date as the sprint end; the report runs when a milestone closes.'] : []),
    ...(choices.forks ? [] : ['PRs from forks get a read-only token under pull_request: run init with --forks to check them on pull_request_target instead.']),
  ];
}
