/**
 * Runs the CLI's source in this process, as `node dist/cli/index.js …` would run its
 * bundle: the real file system, the working directory and environment given, standard
 * input from a string, standard output and error captured, the exit code returned.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import type { Prompter } from '../../src/cli/init/prompter.js';
import { writeTextFile, type Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  readonly input?: string;
  readonly cwd: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Standard output is a terminal (default false, as under a pipe). */
  readonly tty?: boolean;
  /** The terminal's width, when `tty`. */
  readonly columns?: number;
  /** Questions for the user (standard input is a terminal); none by default, as under a pipe. */
  readonly prompter?: () => Promise<Prompter>;
  /** How files are written (default: the real file system), to make a write fail as a full disk or a permission would. */
  readonly writeFile?: Io['writeFile'];
  /** Standard error is a terminal (default false, as under a pipe or in CI). */
  readonly stderrTty?: boolean;
}

export async function runCli(args: readonly string[], options: CliOptions): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: async () => options.input ?? '',
    readFile: (path) => readFile(path),
    isDirectory: async (path) => (await stat(path)).isDirectory(),
    listDirectory: (path) => readdir(path),
    exists: async (path) => stat(path).then(() => true, () => false),
    writeFile: options.writeFile ?? writeTextFile,
    env: { PATH: process.env['PATH'] ?? '', ...options.env },
    isTTY: options.tty ?? false,
    columns: options.tty === true ? options.columns : undefined,
    stderrIsTTY: options.stderrTty ?? false,
    cwd: options.cwd,
    prompter: options.prompter,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
