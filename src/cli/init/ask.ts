/**
 * The interactive path of `init`: one question per choice the flags left open, each
 * starting at the default `--yes` would take, so pressing Enter throughout writes what
 * `init --yes` writes.
 */
import { CATEGORY_IDS, formatRegisterChoice, parseRegisterChoice, SPRINT_CHOICES, type InitChoices, type SprintChoice } from '../../features/init/choices.js';
import type { Prompter } from './prompter.js';

/** The choices a flag fixed: they are not asked again. */
export type Given = ReadonlySet<keyof InitChoices>;

const REGISTER_KINDS = ['issues', 'key', 'url', 'file'] as const;
type RegisterKind = (typeof REGISTER_KINDS)[number];

export async function ask(prompter: Prompter, start: InitChoices, given: Given): Promise<InitChoices> {
  let choices = start;
  prompter.intro('alignment-check init: the config, templates, issue forms and workflows');
  if (!given.has('mode')) {
    const mode = await prompter.select({
      message: 'When a rule fails, should the check fail the PR?',
      options: [
        { value: 'enforce', label: 'enforce', hint: 'a failing rule fails the check' },
        { value: 'advisory', label: 'advisory', hint: 'the check is neutral; the comment still shows what to fix' },
      ],
      initial: choices.mode,
    });
    choices = { ...choices, mode };
  }
  if (!given.has('required')) {
    const required = await prompter.multiselect({
      message: 'Which non-functional categories must every PR and issue address?',
      options: CATEGORY_IDS.map((id) => ({ value: id, label: id })),
      initial: choices.required,
    });
    choices = { ...choices, required };
  }
  if (!given.has('debtLabel')) {
    const debtLabel = await prompter.text({
      message: 'The label of technical debt (register items, and the PRs that pay them down)',
      initial: choices.debtLabel,
      validate: (answer) => (answer.trim() === '' ? 'a label name, e.g. tech-debt' : undefined),
    });
    choices = { ...choices, debtLabel: debtLabel.trim() };
  }
  if (!given.has('register')) choices = { ...choices, register: await askRegister(prompter, choices) };
  if (!given.has('sprints')) {
    const sprints: SprintChoice = await prompter.select({
      message: 'Where do sprints come from, for the sprint debt report?',
      options: SPRINT_CHOICES.map((value) => ({ value, label: value, hint: SPRINT_HINTS[value] })),
      initial: choices.sprints,
    });
    choices = { ...choices, sprints };
  }
  if (choices.sprints === 'cadence' && !given.has('sprintStart')) {
    const sprintStart = await prompter.text({
      message: 'The first day of the first sprint (YYYY-MM-DD)',
      initial: choices.sprintStart ?? '',
      validate: (answer) => (/^\d{4}-\d{2}-\d{2}$/u.test(answer.trim()) ? undefined : 'a date as YYYY-MM-DD'),
    });
    choices = { ...choices, sprintStart: sprintStart.trim() };
  }
  if (!given.has('forks')) {
    const forks = await prompter.confirm({
      message: 'Do PRs come from forks? (then the check runs on pull_request_target)',
      initial: choices.forks,
    });
    choices = { ...choices, forks };
  }
  return choices;
}

const SPRINT_HINTS: Record<SprintChoice, string> = {
  milestone: 'one milestone per sprint; the workflow token is enough',
  cadence: 'sprints of a fixed length from a start date',
  none: 'no sprint report workflow',
};

async function askRegister(prompter: Prompter, choices: InitChoices): Promise<InitChoices['register']> {
  const kind: RegisterKind = await prompter.select({
    message: 'Where does the debt register live?',
    options: [
      { value: 'issues', label: 'issues', hint: `issues of this repository labelled ${choices.debtLabel} (init writes their form)` },
      { value: 'key', label: 'tracker key', hint: 'an external tracker, by key pattern: DEBT-\\d+' },
      { value: 'url', label: 'tracker URL', hint: 'an external tracker, by URL prefix' },
      { value: 'file', label: 'file', hint: 'a file in this repository: docs/DEBT.md' },
    ],
    initial: choices.register.kind,
  });
  if (kind === 'issues') return { kind };
  const examples: Record<Exclude<RegisterKind, 'issues'>, string> = {
    key: 'DEBT-\\d+',
    url: 'https://acme.atlassian.net/browse/DEBT-',
    file: 'docs/DEBT.md',
  };
  const current = choices.register.kind === kind ? formatRegisterChoice(choices.register).slice(kind.length + 1) : examples[kind];
  const answer = await prompter.text({
    message: { key: 'The key pattern (RE2)', url: 'The URL prefix', file: 'The file' }[kind],
    initial: current,
    validate: (text) => (parseRegisterChoice(`${kind}:${text.trim()}`) ? undefined : 'not empty'),
  });
  return parseRegisterChoice(`${kind}:${answer.trim()}`) ?? choices.register;
}
