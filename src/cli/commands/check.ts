import { basename, extname, resolve } from 'node:path';
import { check, renderMarkdown, renderTally, renderText, type Checked, type Result } from '../../core/index.js';
import { loadConfigFile } from '../config-file.js';
import { parseCommandLine } from '../args.js';
import { InputError, UsageError } from '../errors.js';
import { splitFrontMatter, type FrontMatter } from '../front-matter.js';
import { outputWidth, readUserFile, unreadable, useColour, type Io } from '../io.js';
import { formatOf, type Format } from '../formats.js';
import { checkRepoName } from '../source-options.js';

export const checkHelp = `Usage: alignment-check check [FILE|DIR|-]... [options]

Checks PR or issue bodies (Markdown) for business value, non-functional
acceptance criteria and debt-register links. With no FILE, or "-", reads
standard input. A directory checks every .md file in it. A file may start with
YAML front matter (title, kind, labels, number, repo, and expect: the verdict it
is meant to get); flags win over it. The text output is wrapped to the
terminal's width (80 when not a terminal) and ends with a tally; colour only on
a terminal, never with NO_COLOR, always with FORCE_COLOR.

Options:
  --config PATH        config file (default: .github/alignment.yml if present,
                       else the embedded defaults)
  --kind pr|issue      what the body belongs to (default: pr)
  --title TEXT         the PR or issue title (used for debt title types)
  --label NAME         a label on the subject; repeat for more
  --repo OWNER/NAME    the repository, to resolve #123 references
  --format FORMAT      text (default), json (the result contract; JSON Lines for
                       several files) or markdown (what the PR comment shows)
  --exit-zero          exit 0 even when a rule fails (usage, input and config
                       errors still exit 2)
  -h, --help           show this help

Exit codes: 0 success or neutral, 1 failure, 2 usage, input or config error.
`;


export async function runCheck(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandLine({
    args: [...args],
    allowPositionals: true,
    options: {
      config: { type: 'string' },
      kind: { type: 'string' },
      title: { type: 'string' },
      label: { type: 'string', multiple: true },
      repo: { type: 'string' },
      format: { type: 'string', default: 'text' },
      'exit-zero': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(checkHelp);
    return 0;
  }
  const format = formatOf(values.format);
  if (values.kind !== undefined && values.kind !== 'pr' && values.kind !== 'issue') {
    throw new UsageError(`--kind: expected pr or issue, found "${values.kind}"`);
  }
  if (values.repo !== undefined) checkRepoName(values.repo, '--repo OWNER/NAME');
  const { config } = await loadConfigFile(io, values.config);
  // Read and validate every input before printing any result: a bad one (unreadable, a
  // directory named like a .md file, invalid front matter) fails cleanly, up front.
  const bodies: Array<{ input: string; name: string; meta: FrontMatter; body: string }> = [];
  for (const input of await expandInputs(positionals.length ? positionals : ['-'], io)) {
    const text = input === '-' ? await io.readStdin() : await readBody(io, input);
    const name = input === '-' ? '<stdin>' : input;
    bodies.push({ input, name, ...splitFrontMatter(text, name) });
  }
  let worst = 0;
  const colour = useColour(io);
  const width = outputWidth(io);
  const checked: Checked[] = [];
  for (const [index, { input, name, meta, body }] of bodies.entries()) {
    const kind = (values.kind as 'pr' | 'issue' | undefined) ?? meta.kind ?? 'pr';
    const title = values.title ?? meta.title ?? (input === '-' ? '' : basename(input, extname(input)));
    const labels = values.label ?? meta.labels ?? [];
    const repo = values.repo ?? meta.repo;
    const result = check(
      { kind, title, body, labels, ...(meta.number === undefined ? {} : { number: meta.number }), ...(repo ? { repo } : {}) },
      config,
    );
    if (format === 'text') {
      // A blank line between files.
      io.stdout(`${index > 0 ? '\n' : ''}${renderText(result, { colour, source: name, width, ...(meta.expect ? { expected: meta.expect } : {}) })}`);
    } else {
      io.stdout(render(result, format, config, bodies.length > 1));
    }
    checked.push({ name, conclusion: result.conclusion, expected: meta.expect });
    worst = Math.max(worst, result.conclusion === 'failure' ? 1 : 0);
  }
  if (format === 'text') io.stdout(`\n${renderTally(checked, { colour, width })}`);
  return values['exit-zero'] ? 0 : worst;
}

function render(result: Result, format: Exclude<Format, 'text'>, config: Parameters<typeof renderMarkdown>[1], many: boolean): string {
  if (format === 'json') return many ? `${JSON.stringify(result)}\n` : `${JSON.stringify(result, null, 2)}\n`;
  return renderMarkdown(result, config) + (many ? '\n---\n\n' : '');
}

async function expandInputs(inputs: readonly string[], io: Io): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      files.push(input);
      continue;
    }
    const path = resolve(io.cwd, input);
    if (!(await io.exists(path))) throw new InputError(`${input}: file not found`);
    if (await io.isDirectory(path)) {
      let entries: string[];
      try {
        entries = await io.listDirectory(path);
      } catch (error) {
        throw unreadable(input, 'directory', error);
      }
      const names = entries.filter((name) => name.endsWith('.md')).sort();
      if (names.length === 0) throw new InputError(`${input}: no .md files in this directory`);
      files.push(...names.map((name) => `${input.replace(/\/+$/u, '')}/${name}`));
    } else {
      files.push(input);
    }
  }
  return files;
}

async function readBody(io: Io, input: string): Promise<string> {
  const text = await readUserFile(io, input, 'Markdown file');
  if (text === undefined) throw new InputError(`${input}: file not found`);
  return text;
}
