/** What the CLI needs from the outside world, so the commands can be tested in-process. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from './errors.js';

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Promise<string>;
  /** A file's bytes (text is decoded where it is read: a config must be valid UTF-8, a body is read leniently). */
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly isDirectory: (path: string) => Promise<boolean>;
  readonly listDirectory: (path: string) => Promise<string[]>;
  readonly exists: (path: string) => Promise<boolean>;
  readonly env: NodeJS.ProcessEnv;
  /** Standard output is a terminal (colour). */
  readonly isTTY: boolean;
  /** Standard error is a terminal (a progress bar may redraw there). */
  readonly stderrIsTTY: boolean;
  readonly cwd: string;
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
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    cwd: process.cwd(),
  };
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColour(io: Io): boolean {
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false;
  if (io.env['FORCE_COLOR'] !== undefined && io.env['FORCE_COLOR'] !== '0') return true;
  return io.isTTY;
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
