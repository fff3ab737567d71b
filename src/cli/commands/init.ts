/**
 * `alignment-check init`: writes the config, the PR template, the issue forms and the
 * workflows, all consistent with the config written (the use case in
 * src/features/init renders them); asks on a terminal, takes flags everywhere; never
 * replaces a file without --force, and then writes all or nothing it was asked to.
 */
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { modeSchema } from '../../config/schema.js';
import {
  CATEGORY_IDS,
  defaultInitChoices,
  parseRegisterChoice,
  SPRINT_CHOICES,
  type InitChoices,
  type SprintChoice,
} from '../../features/init/choices.js';
import { planInit, type InitPlan } from '../../features/init/files.js';
import { InputError, UsageError } from '../errors.js';
import { ask, type Given } from '../init/ask.js';
import type { Io } from '../io.js';

export const initHelp = `Usage: alignment-check init [options]

Writes, for the repository in the current directory (or --dir):
  .github/alignment.yml                the config, with the schema line for editors
  .github/pull_request_template.md     the PR template
  .github/ISSUE_TEMPLATE/*.yml         issue forms: feature request, debt-register
                                       item (when the register is issues), bug report
  .github/workflows/alignment.yml      the PR and issue check
  .github/workflows/sprint-report.yml  the sprint debt report (unless --sprints none)
each made to pass the check once filled in. On a terminal it asks for every choice
no flag gives; elsewhere, or with --yes, it takes the defaults.

Options:
  -y, --yes               ask nothing: flags, else the defaults
  -f, --force             replace files that exist (without it, nothing is replaced)
  --dir PATH              the repository's root (default: the current directory)
  --mode MODE             enforce (default) or advisory
  --require IDS           categories every PR and issue must address, comma-separated
                          (default: performance,security; any of ${CATEGORY_IDS.join(', ')})
  --debt-label NAME       the debt label (default: tech-debt)
  --register WHERE        the debt register: issues (default: this repository's issues
                          with the debt label), key:PATTERN, url:PREFIX or file:PATH
  --sprints SOURCE        milestone (default), cadence or none
  --sprint-start DATE     the first day of the first sprint, YYYY-MM-DD (cadence)
  --sprint-days N         the length of a sprint in days (cadence; default 14)
  --forks                 PRs come from forks: check them on pull_request_target
  -h, --help              show this help

Exit codes: 0 written, 2 usage error, or a file exists (nothing is written).
`;

export async function runInit(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      yes: { type: 'boolean', short: 'y' },
      force: { type: 'boolean', short: 'f' },
      dir: { type: 'string' },
      mode: { type: 'string' },
      require: { type: 'string', multiple: true },
      'debt-label': { type: 'string' },
      register: { type: 'string' },
      sprints: { type: 'string' },
      'sprint-start': { type: 'string' },
      'sprint-days': { type: 'string' },
      forks: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(initHelp);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`init takes no arguments, found "${positionals[0]}" (use --dir PATH for another folder)`);
  const { choices: flagged, given } = choicesFromFlags(values);
  const interactive = values.yes !== true && io.prompter !== undefined;
  const choices = interactive && io.prompter ? await ask(await io.prompter(), flagged, given) : flagged;
  if (choices.sprints === 'cadence' && choices.sprintStart === undefined) {
    throw new UsageError('--sprints cadence needs --sprint-start YYYY-MM-DD (the first day of the first sprint)');
  }
  const plan = planInit(choices);
  const root = resolve(io.cwd, values.dir ?? '.');
  await write(io, root, plan, values.force === true);
  io.stdout(summary(plan, root, io.cwd));
  return 0;
}

type Values = {
  mode?: string | undefined;
  require?: string[] | undefined;
  'debt-label'?: string | undefined;
  register?: string | undefined;
  sprints?: string | undefined;
  'sprint-start'?: string | undefined;
  'sprint-days'?: string | undefined;
  forks?: boolean | undefined;
};

/** The defaults, with what each flag says instead; every flag checked and named when wrong. */
function choicesFromFlags(values: Values): { choices: InitChoices; given: Given } {
  let choices = defaultInitChoices();
  const given = new Set<keyof InitChoices>();
  const set = <K extends keyof InitChoices>(key: K, value: InitChoices[K]) => {
    choices = { ...choices, [key]: value };
    given.add(key);
  };
  if (values.mode !== undefined) {
    const mode = modeSchema.safeParse(values.mode);
    if (!mode.success) throw new UsageError(`--mode: expected ${modeSchema.options.join(' or ')}, found "${values.mode}"`);
    set('mode', mode.data);
  }
  if (values.require !== undefined) {
    const ids = values.require.flatMap((item) => item.split(',')).map((id) => id.trim()).filter((id) => id !== '');
    const unknown = ids.filter((id) => !CATEGORY_IDS.includes(id));
    if (unknown.length > 0) throw new UsageError(`--require: unknown category "${unknown[0]}"; expected any of ${CATEGORY_IDS.join(', ')}`);
    if (ids.length === 0) throw new UsageError(`--require: expected at least one category of ${CATEGORY_IDS.join(', ')}`);
    set('required', [...new Set(ids)]);
  }
  if (values['debt-label'] !== undefined) {
    if (values['debt-label'].trim() === '') throw new UsageError('--debt-label: expected a label name, e.g. tech-debt');
    set('debtLabel', values['debt-label'].trim());
  }
  if (values.register !== undefined) {
    const register = parseRegisterChoice(values.register);
    if (!register) throw new UsageError(`--register: expected issues, key:PATTERN, url:PREFIX or file:PATH, found "${values.register}"`);
    set('register', register);
  }
  if (values.sprints !== undefined) {
    if (!(SPRINT_CHOICES as readonly string[]).includes(values.sprints)) {
      throw new UsageError(`--sprints: expected ${SPRINT_CHOICES.join(', ')}, found "${values.sprints}"`);
    }
    set('sprints', values.sprints as SprintChoice);
  }
  if (values['sprint-start'] !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(values['sprint-start'])) throw new UsageError(`--sprint-start: expected YYYY-MM-DD, found "${values['sprint-start']}"`);
    set('sprintStart', values['sprint-start']);
  }
  if (values['sprint-days'] !== undefined) {
    const days = Number(values['sprint-days']);
    if (!Number.isInteger(days) || days < 1 || days > 366) throw new UsageError(`--sprint-days: expected a whole number of days from 1 to 366, found "${values['sprint-days']}"`);
    set('sprintDays', days);
  }
  if (values.forks === true) set('forks', true);
  return { choices, given };
}

/** Writes every file, or none when one exists and --force is not given, or a file stands where a folder must be. */
async function write(io: Io, root: string, plan: InitPlan, force: boolean): Promise<void> {
  const folders = new Set(plan.files.flatMap((file) => file.path.split('/').slice(0, -1).map((_, index, parts) => parts.slice(0, index + 1).join('/'))));
  for (const folder of folders) {
    const path = join(root, folder);
    if ((await io.exists(path)) && !(await io.isDirectory(path))) {
      throw new InputError(`alignment-check init: ${folder} is a file, where init must write a folder; nothing was written. Move it away and run again.`);
    }
  }
  if (!force) {
    const existing: string[] = [];
    for (const file of plan.files) if (await io.exists(join(root, file.path))) existing.push(file.path);
    if (existing.length > 0) {
      throw new InputError(
        `alignment-check init: ${existing.length === 1 ? 'this file exists' : `these ${existing.length} files exist`}, so nothing was written:\n${existing
          .map((path) => `  ${path}`)
          .join('\n')}\nRun again with --force to replace ${existing.length === 1 ? 'it' : 'them'}, or move ${existing.length === 1 ? 'it' : 'them'} away first.`,
      );
    }
  }
  const written: string[] = [];
  for (const file of plan.files) {
    try {
      await io.writeFile(join(root, file.path), file.content, force);
      written.push(file.path);
    } catch (error) {
      const code: unknown = error instanceof Error ? Reflect.get(error, 'code') : undefined;
      if (code === 'EEXIST') throw new InputError(`${file.path}: appeared while init was writing; nothing more was written (run again with --force to replace it)`);
      const reason =
        code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'ENOTDIR'
            ? 'a file stands where its folder must be'
            : typeof code === 'string'
              ? code
              : error instanceof Error
                ? error.message
                : String(error);
      throw new InputError(`${file.path}: cannot write the file (${reason}); ${written.length === 0 ? 'nothing was written' : `written before it: ${written.join(', ')}`}`);
    }
  }
}

function summary(plan: InitPlan, root: string, cwd: string): string {
  const where = relative(cwd, root) || '.';
  const width = Math.max(...plan.files.map((file) => file.path.length));
  const lines = [
    `Wrote ${plan.files.length} files${where === '.' ? '' : ` in ${where}`}:`,
    ...plan.files.map((file) => `  ${file.path.padEnd(width)}  ${file.what}`),
    '',
    'Next steps:',
    ...plan.steps.flatMap((step, index) => {
      const line = wrap(`${index + 1}. ${step}`, 80, '  ', '     ');
      return index === 1
        ? [line, ...plan.labels.map((label) => `     gh label create ${shell(label.name)} -c ${label.color} -d ${shell(label.description)}`)]
        : [line];
    }),
    '',
  ];
  return lines.join('\n');
}

/** A word for a POSIX shell: as it is when that is safe, else single-quoted. */
function shell(word: string): string {
  return /^[\w.:/-]+$/u.test(word) ? word : `'${word.replace(/'/gu, "'\\''")}'`;
}

/** Words of `text` in lines of at most `width` columns (a longer word stands alone), the first after `first`, the rest after `rest`. */
function wrap(text: string, width: number, first: string, rest: string): string {
  const lines: string[] = [];
  let line = first;
  for (const word of text.split(' ')) {
    const indent = lines.length === 0 ? first : rest;
    if (line.length > indent.length && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest + word;
    } else line += line.length > indent.length ? ` ${word}` : word;
  }
  return [...lines, line].join('\n');
}
