/** What the CLI needs from the outside world, so the commands can be tested in-process. */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { DEFAULT_WIDTH } from '../core/render/text.js';
import { InputError } from './errors.js';
import { clackPrompter } from './init/clack-prompter.js';
import type { Prompter } from './init/prompter.js';

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Promise<string>;
  /** A file's bytes (text is decoded where it is read: a config must be valid UTF-8, a body is read leniently). */
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly isDirectory: (path: string) => Promise<boolean>;
  readonly listDirectory: (path: string) => Promise<string[]>;
  readonly exists: (path: string) => Promise<boolean>;
  /** Writes a text file, creating its folders; refuses (EEXIST) to replace one unless `overwrite`. */
  readonly writeFile: (path: string, text: string, overwrite: boolean) => Promise<void>;
  readonly env: NodeJS.ProcessEnv;
  /** Standard output is a terminal (colour). */
  readonly isTTY: boolean;
  /** The terminal's width when standard output is one. */
  readonly columns?: number | undefined;
  /** Standard error is a terminal (a progress bar may redraw there). */
  readonly stderrIsTTY: boolean;
  readonly cwd: string;
  /** Questions for the user, when standard input and output are a terminal; undefined otherwise. */
  readonly prompter: (() => Promise<Prompter>) | undefined;
}

/** {@link Io.writeFile} on the real file system. */
export async function writeTextFile(path: string, text: string, overwrite: boolean): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
  } catch (error) {
    // mkdir says EEXIST when a file stands where a folder must be: not the file we write.
    const code: unknown = error instanceof Error ? Reflect.get(error, 'code') : undefined;
    if (code === 'EEXIST') throw Object.assign(new Error(`not a directory: ${dirname(path)}`), { code: 'ENOTDIR' });
    throw error;
  }
  await writeFile(path, text, { encoding: 'utf8', flag: overwrite ? 'w' : 'wx' });
}

export function processIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
      return Buffer.concat(chunks).toString('utf8');
    },
    readFile: (path) => readFile(path),
    isDirectory: async (path) => (await stat(path)).isDirectory(),
    listDirectory: (path) => readdir(path),
    exists: async (path) => stat(path).then(() => true, () => false),
    writeFile: writeTextFile,
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    columns: process.stdout.isTTY === true ? process.stdout.columns : undefined,
    stderrIsTTY: process.stderr.isTTY === true,
    cwd: process.cwd(),
    prompter:
      process.stdin.isTTY === true && process.stdout.isTTY === true
        ? () => clackPrompter({ input: process.stdin, output: process.stdout })
        : undefined,
  };
}

/**
 * Colour only on a terminal that can show it: never when NO_COLOR is set to anything
 * (https://no-color.org), which wins; always when FORCE_COLOR is set (but to `0` or
 * `false`, which turn it off), also under a pipe or in CI logs; otherwise on a terminal
 * whose TERM is not `dumb`.
 */
export function useColour(io: Io): boolean {
  const no = io.env['NO_COLOR'];
  if (no !== undefined && no !== '') return false;
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  return io.isTTY && io.env['TERM'] !== 'dumb';
}

/** The width to wrap the text output to: the terminal's, or 80 when output is not a terminal. */
export function outputWidth(io: Io): number {
  return io.isTTY && io.columns !== undefined && io.columns > 0 ? io.columns : DEFAULT_WIDTH;
}

/** Why a file or directory could not be read, for a user: `${name}: …`. */
export function unreadable(name: string, what: string, error: unknown): InputError {
  const code: unknown = error instanceof Error ? Reflect.get(error, 'code') : undefined;
  if (code === 'EISDIR') return new InputError(`${name}: is a directory, not ${/^[aeiou]/iu.test(what) ? 'an' : 'a'} ${what}`);
  if (code === 'EACCES' || code === 'EPERM') return new InputError(`${name}: cannot read the ${what}: permission denied`);
  return new InputError(`${name}: cannot read the ${what} (${typeof code === 'string' ? code : error instanceof Error ? error.message : String(error)})`);
}

/**
 * Reads a file the user named (relative to the working directory): `undefined` when
 * there is no such file, an {@link InputError} naming it when it cannot be read (a
 * directory, permission denied, …) — never a raw system error.
 */
export async function readUserBytes(io: Io, name: string, what: string): Promise<Uint8Array | undefined> {
  try {
    return await io.readFile(resolve(io.cwd, name));
  } catch (error) {
    const code: unknown = error instanceof Error ? Reflect.get(error, 'code') : undefined;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw unreadable(name, what, error);
  }
}

/** A text file the user named, as {@link readUserBytes}; bytes that are not UTF-8 read as U+FFFD. */
export async function readUserFile(io: Io, name: string, what: string): Promise<string | undefined> {
  const bytes = await readUserBytes(io, name, what);
  return bytes === undefined ? undefined : new TextDecoder('utf-8').decode(bytes);
}
