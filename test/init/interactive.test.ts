/**
 * init on a terminal: it asks one question per choice no flag gave, each starting at the
 * default, and writes what the answers say. Driven two ways: through @clack/prompts
 * itself on in-memory streams, keys typed as a person types them, and through a prompter that answers
 * by script, which pins which questions are asked.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { clackPrompter } from '../../src/cli/init/clack-prompter.js';
import { PromptCancelled, type Prompter } from '../../src/cli/init/prompter.js';
import { parseConfig } from '../../src/config/load.js';
import { runCli } from '../harness/run-cli.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function emptyRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'alignment-init-'));
  made.push(dir);
  execFileSync('git', ['init', '--quiet', dir]);
  return dir;
}

function config(dir: string) {
  const parsed = parseConfig(readFileSync(join(dir, '.github/alignment.yml'), 'utf8'), '.github/alignment.yml');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.config;
}

/** A prompter that answers each question with the next scripted answer (undefined: the question's initial answer) and records the questions. */
function scripted(answers: unknown[]): { prompter: Prompter; asked: string[] } {
  const asked: string[] = [];
  const next = <T>(message: string, initial: T): Promise<T> => {
    asked.push(message);
    if (answers.length === 0) throw new Error(`no scripted answer for "${message}"`);
    const answer = answers.shift();
    if (answer instanceof Error) return Promise.reject(answer);
    return Promise.resolve(answer === undefined ? initial : (answer as T));
  };
  return {
    asked,
    prompter: {
      intro: () => {},
      select: (q) => next(q.message, q.initial),
      multiselect: (q) => next(q.message, [...q.initial]),
      text: (q) =>
        next(q.message, q.initial).then((answer) => {
          const problem = q.validate?.(answer);
          if (problem !== undefined) throw new Error(`scripted answer refused: ${problem}`);
          return answer;
        }),
      confirm: (q) => next(q.message, q.initial),
    },
  };
}

describe('init asks on a terminal', () => {
  it('Enter at every question writes what --yes writes', async () => {
    const asked = emptyRepository();
    const { prompter, asked: questions } = scripted([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect((await runCli(['init'], { cwd: asked, tty: true, prompter: async () => prompter })).code).toBe(0);
    const yes = emptyRepository();
    await runCli(['init', '--yes'], { cwd: yes });
    for (const file of ['.github/alignment.yml', '.github/pull_request_template.md', '.github/workflows/alignment.yml']) {
      expect(readFileSync(join(asked, file), 'utf8')).toBe(readFileSync(join(yes, file), 'utf8'));
    }
    expect(questions).toHaveLength(6);
  });

  it('writes the answers, and asks nothing a flag answered', async () => {
    const dir = emptyRepository();
    const { prompter, asked } = scripted(['advisory', ['security', 'reliability'], 'file', 'docs/DEBT.md', 'cadence', '2026-03-02', true]);
    const run = await runCli(['init', '--debt-label', 'debt'], { cwd: dir, tty: true, prompter: async () => prompter });
    expect(run.code).toBe(0);
    expect(asked.some((question) => /label/iu.test(question))).toBe(false);
    expect(asked).toHaveLength(7);
    const written = config(dir);
    expect(written.mode).toBe('advisory');
    expect(written.rules['nfr-criteria'].required).toEqual(['security', 'reliability']);
    expect(written.rules['debt-link']).toMatchObject({ labels: ['debt'], registers: [{ file: 'docs/DEBT.md' }] });
    expect(written.sprints).toMatchObject({ source: 'cadence', cadence: { start: '2026-03-02' } });
    expect(readFileSync(join(dir, '.github/workflows/alignment.yml'), 'utf8')).toContain('pull_request_target:');
  });

  it('asks nothing with --yes, nor without a terminal', async () => {
    for (const [args, tty] of [[['--yes'], true], [[], false]] as const) {
      const dir = emptyRepository();
      const { prompter, asked } = scripted([]);
      const run = await runCli(['init', ...args], { cwd: dir, tty, ...(tty ? { prompter: async () => prompter } : {}) });
      expect(run.code).toBe(0);
      expect(asked).toEqual([]);
    }
  });

  it('a cancelled question writes nothing and exits 2', async () => {
    const dir = emptyRepository();
    const { prompter } = scripted(['enforce', new PromptCancelled('init cancelled: nothing was written')]);
    const run = await runCli(['init'], { cwd: dir, tty: true, prompter: async () => prompter });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain('init cancelled: nothing was written');
    expect(existsSync(join(dir, '.github'))).toBe(false);
  });
});

/** A terminal in memory: what init draws, and keys typed once a question is on screen. */
function terminal() {
  const input = new PassThrough();
  const output = new PassThrough();
  let screen = '';
  const waiting: Array<{ text: string; seen: number; resolve: () => void }> = [];
  output.on('data', (chunk: Buffer) => {
    screen += chunk.toString();
    for (const wait of [...waiting]) {
      if (screen.indexOf(wait.text, wait.seen) >= 0) {
        waiting.splice(waiting.indexOf(wait), 1);
        wait.resolve();
      }
    }
  });
  let seen = 0;
  /** Waits for `question` to be drawn (after the previous one), then types `keys`. */
  const answer = async (question: string, keys: string): Promise<void> => {
    const from = seen;
    await new Promise<void>((resolve) => {
      if (screen.indexOf(question, from) >= 0) resolve();
      else waiting.push({ text: question, seen: from, resolve });
    });
    seen = screen.indexOf(question, from) + question.length;
    input.write(keys);
  };
  return { input, output, answer, screen: () => screen };
}

const DOWN = '\x1B[B';
const ENTER = '\r';

describe('init through @clack/prompts on a terminal', () => {
  it('types the answers a person would and writes them', async () => {
    const dir = emptyRepository();
    const term = terminal();
    const running = runCli(['init'], { cwd: dir, tty: true, prompter: () => clackPrompter({ input: term.input, output: term.output }) });
    await term.answer('When a rule fails', `${DOWN}${ENTER}`); // advisory
    await term.answer('Which non-functional categories', ENTER); // performance, security
    await term.answer('The label of technical debt', ENTER); // tech-debt
    await term.answer('Where does the debt register live', ENTER); // issues
    await term.answer('Where do sprints come from', `${DOWN}${DOWN}${ENTER}`); // none
    await term.answer('Do PRs come from forks', `y${ENTER}`);
    const run = await running;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const written = config(dir);
    expect(written.mode).toBe('advisory');
    expect(written.rules['nfr-criteria'].required).toEqual(['performance', 'security']);
    expect(existsSync(join(dir, '.github/workflows/sprint-report.yml'))).toBe(false);
    expect(readFileSync(join(dir, '.github/workflows/alignment.yml'), 'utf8')).toContain('pull_request_target:');
    expect(term.screen()).toContain('alignment-check init');
  });

  it('Ctrl-C writes nothing', async () => {
    const dir = emptyRepository();
    const term = terminal();
    const running = runCli(['init'], { cwd: dir, tty: true, prompter: () => clackPrompter({ input: term.input, output: term.output }) });
    await term.answer('When a rule fails', '\x03');
    const run = await running;
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('nothing was written');
    expect(existsSync(join(dir, '.github'))).toBe(false);
  });
});
