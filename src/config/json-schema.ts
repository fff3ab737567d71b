/**
 * The published JSON Schema of `.github/alignment.yml`, generated from the one zod
 * schema (`npm run schema` writes `schema/alignment.schema.json` and the SchemaStore
 * catalog entry; a test fails when a committed file is stale). Editors use it for
 * completion, hover and validation through the `# yaml-language-server: $schema=…`
 * line at the top of the config, or through SchemaStore once the entry is listed there.
 *
 * Draft-07, because the YAML language server (behind the YAML support of VS Code,
 * JetBrains IDEs, Neovim, Helix, …) documents support for draft 7 and below.
 *
 * Generated for the *input* side: every key is optional and shows its default. The
 * checks zod cannot express in JSON Schema (regular-expression safety, target.min ≤
 * target.max) are enforced by the loader only.
 */
import * as z from 'zod';
import { configSchema } from './schema.js';
import { SCHEMA_URL } from './project-home.js';

/** The schema's identifier: the https URL it is served from (see project-home.ts). */
export const SCHEMA_ID = SCHEMA_URL;
export const SCHEMA_TITLE = 'alignment-check configuration (.github/alignment.yml)';
/** The committed file, relative to the repository root. */
export const SCHEMA_FILE = 'schema/alignment.schema.json';
/** The entry to add to SchemaStore's catalog (src/api/json/catalog.json), committed beside the schema. */
export const CATALOG_ENTRY_FILE = 'schema/schemastore-catalog-entry.json';
/** The files the schema applies to, as SchemaStore globs. */
export const CONFIG_FILE_MATCH = ['**/.github/alignment.yml', '**/.github/alignment.yaml'] as const;

/** The JSON Schema (draft-07) of the config, as an object. */
export function generateJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(configSchema, {
    io: 'input',
    target: 'draft-07',
    unrepresentable: 'throw',
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: SCHEMA_ID, title: SCHEMA_TITLE, ...rest };
}

/** The exact text of `schema/alignment.schema.json`. */
export function renderJsonSchema(): string {
  return `${JSON.stringify(generateJsonSchema(), null, 2)}\n`;
}

/** The SchemaStore catalog entry: what a pull request to SchemaStore adds to its catalog. */
export function catalogEntry(): { name: string; description: string; fileMatch: string[]; url: string } {
  return {
    name: 'alignment-check',
    description: 'alignment-check configuration: the rules every PR and issue is checked against (business value, non-functional criteria, debt register) and the sprint debt report',
    fileMatch: [...CONFIG_FILE_MATCH],
    url: SCHEMA_ID,
  };
}

/** The exact text of `schema/schemastore-catalog-entry.json`. */
export function renderCatalogEntry(): string {
  return `${JSON.stringify(catalogEntry(), null, 2)}\n`;
}
