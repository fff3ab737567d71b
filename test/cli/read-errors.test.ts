/**
 * The CLI in-process, with file-system failures a test cannot stage portably (a
 * permission denied is not one when the tests run as root): every unreadable file is an
 * input error that names it (exit 2), never an internal error with a stack (exit 3).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

const GOOD = `## Business Value
Cuts checkout abandonment by 3% in the €1M EU segment for returning customers.

## Acceptance Criteria
- **Performance:** p95 of the search API ≤ 300 ms at 150 req/s
- **Security:** 0 high findings in the dependency scan
`;

function errno(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

const CWD = resolve('work');

/** A file system of `files` (path → text, or the error reading it throws) and `dirs`, relative to CWD. */
function fakeIo(relativeFiles: Record<string, string | NodeJS.ErrnoException>, relativeDirs: Record<string, string[] | NodeJS.ErrnoException> = {}) {
  const absolute = <T>(entries: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(entries).map(([name, value]) => [resolve(CWD, name), value]));
  const files = absolute(relativeFiles);
  const dirs = absolute(relativeDirs);
  const out = { stdout: '', stderr: '' };
  const io: Io = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    readStdin: async () => GOOD,
    readFile: async (path) => {
      const entry = files[path];
      if (entry === undefined) throw dirs[path] !== undefined ? errno('EISDIR', 'illegal operation on a directory, read') : errno('ENOENT', `no such file or directory, open '${path}'`);
      if (typeof entry !== 'string') throw entry;
      return new TextEncoder().encode(entry);
    },
    isDirectory: async (path) => dirs[path] !== undefined,
    listDirectory: async (path) => {
      const entry = dirs[path];
      if (entry === undefined) throw errno('ENOTDIR', 'not a directory');
      if (!Array.isArray(entry)) throw entry;
      return entry;
    },
    exists: async (path) => files[path] !== undefined || dirs[path] !== undefined,
    writeFile: async (path) => {
      throw errno('EROFS', `read-only file system, open '${path}'`);
    },
    env: {},
    isTTY: false,
    stderrIsTTY: false,
    cwd: CWD,
    prompter: undefined,
  };
  return { io, out };
}

const denied = (): NodeJS.ErrnoException => errno('EACCES', 'permission denied');

describe('unreadable files', () => {
  it('a config that cannot be read is an input error naming it', async () => {
    const { io, out } = fakeIo({ 'locked.yml': denied() });
    expect(await main(['check', '--config', 'locked.yml', '-'], io)).toBe(2);
    expect(out.stderr).toBe('locked.yml: cannot read the config file: permission denied\n');
    expect(out.stdout).toBe('');
  });

  it('config validate says the same', async () => {
    const { io, out } = fakeIo({ 'locked.yml': denied() });
    expect(await main(['config', 'validate', 'locked.yml'], io)).toBe(2);
    expect(out.stderr).toBe('locked.yml: cannot read the config file: permission denied\n');
  });

  it('the default config that cannot be read is an error too, not the defaults', async () => {
    const { io, out } = fakeIo({ '.github/alignment.yml': denied() });
    expect(await main(['check', '-'], io)).toBe(2);
    expect(out.stderr).toBe('.github/alignment.yml: cannot read the config file: permission denied\n');
    const validate = fakeIo({ '.github/alignment.yml': errno('EIO', 'i/o error, read') });
    expect(await main(['config', 'validate'], validate.io)).toBe(2);
    expect(validate.out.stderr).toBe('.github/alignment.yml: cannot read the config file (EIO)\n');
  });

  it('a missing default config still means the embedded defaults', async () => {
    const { io, out } = fakeIo({});
    expect(await main(['check', '-', '--format', 'json'], io)).toBe(0);
    expect(out.stderr).toBe('');
  });

  it('a body that cannot be read fails before any result is printed', async () => {
    const { io, out } = fakeIo({ 'a.md': GOOD, 'b.md': denied() });
    expect(await main(['check', 'a.md', 'b.md'], io)).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe('b.md: cannot read the Markdown file: permission denied\n');
  });

  it('a directory that cannot be listed is an input error', async () => {
    const { io, out } = fakeIo({}, { 'docs': denied() });
    expect(await main(['check', 'docs'], io)).toBe(2);
    expect(out.stderr).toBe('docs: cannot read the directory: permission denied\n');
  });

  it('an export file that is a directory is an input error naming it', async () => {
    const { io, out } = fakeIo({}, { 'export.json': [] });
    expect(await main(['sprint', '--from', 'export.json'], io)).toBe(2);
    expect(out.stderr).toBe('export.json: is a directory, not an export file\n');
  });
});
