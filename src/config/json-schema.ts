/**
 * The published JSON Schema of `.github/alignment.yml`, generated from the one zod
 * schema (`npm run schema` writes `schema/alignment.schema.json`; a test fails when the
 * committed file is stale). Editors use it for completion and validation, e.g. with
 * `# yaml-language-server: $schema=…` at the top of the config.
 *
 * Generated for the *input* side: every key is optional and shows its default. The
 * checks zod cannot express in JSON Schema (regular-expression safety, target.min ≤
 * target.max) are enforced by the loader only.
 */
import * as z from 'zod';
import { configSchema } from './schema.js';

/**
 * The schema's identifier. A URN until the project has a public home; replace it with
 * the raw URL of `schema/alignment.schema.json` once there is one.
 */
export const SCHEMA_ID = 'urn:alignment-check:config';
export const SCHEMA_TITLE = 'alignment-check configuration (.github/alignment.yml)';
/** The committed file, relative to the repository root. */
export const SCHEMA_FILE = 'schema/alignment.schema.json';

/** The JSON Schema (draft 2020-12) of the config, as an object. */
export function generateJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(configSchema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'throw',
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: SCHEMA_ID, title: SCHEMA_TITLE, ...rest };
}

/** The exact text of `schema/alignment.schema.json`. */
export function renderJsonSchema(): string {
  return `${JSON.stringify(generateJsonSchema(), null, 2)}\n`;
}
