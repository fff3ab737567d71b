/**
 * Export files on the command line (`--from FILE`, `--export FILE`) for the sprint
 * report, the register board and the audit: read and validated with the export
 * format's own parser, written as JSON, each failure an InputError naming the file.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseSprintExport, type SprintExport } from '../core/sprint/index.js';
import { InputError } from './errors.js';
import { readUserFile, type Io } from './io.js';

/** An export file, validated; with `repo`, it must be that repository's. */
export async function readExportFile(io: Io, file: string, repo: string | undefined): Promise<SprintExport> {
  const text = await readUserFile(io, file, 'export file');
  if (text === undefined) throw new InputError(`${file}: file not found`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: not a JSON file (${(error as Error).message})`);
  }
  const data = parseSprintExport(json, file);
  if (repo !== undefined && repo.toLowerCase() !== data.repo.toLowerCase()) throw new InputError(`${file}: the export is of ${data.repo}, not ${repo}`);
  return data;
}

/** Writes an export and says so on standard error: "wrote FILE: <what>". */
export async function writeExportFile(io: Io, file: string, data: SprintExport, what: string): Promise<void> {
  await writeFile(resolve(io.cwd, file), `${JSON.stringify(data, null, 2)}\n`).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`${file}: cannot write the export (${error.code === 'EISDIR' ? 'it is a directory' : (error.code ?? error.message)})`);
  });
  io.stderr(`wrote ${file}: ${what}\n`);
}

/** "12 items (no bodies)", "12 items (3 bodies)": what an export holds. */
export function itemsAndBodies(data: SprintExport): string {
  const bodies = data.items.filter((item) => item.body !== undefined).length;
  return `${data.items.length} items (${bodies === 0 ? 'no bodies' : `${bodies} bodies`})`;
}
