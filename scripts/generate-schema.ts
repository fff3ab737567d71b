/**
 * `npm run schema`: writes what the zod config schema generates — the JSON Schema
 * (schema/alignment.schema.json), its SchemaStore catalog entry
 * (schema/schemastore-catalog-entry.json) and the embedded defaults
 * (src/config/defaults.generated.ts).
 * `--check` only compares, and exits 1 when a committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULTS_FILE, renderDefaults } from '../src/config/defaults.js';
import { CATALOG_ENTRY_FILE, renderCatalogEntry, renderJsonSchema, SCHEMA_FILE } from '../src/config/json-schema.js';

let stale = false;
for (const [file, fresh] of [
  [SCHEMA_FILE, renderJsonSchema()],
  [CATALOG_ENTRY_FILE, renderCatalogEntry()],
  [DEFAULTS_FILE, renderDefaults()],
] as const) {
  const target = fileURLToPath(new URL(`../${file}`, import.meta.url));
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(target, 'utf8');
    } catch {
      // missing: stale
    }
    if (committed === fresh) console.log(`${file} is up to date.`);
    else {
      console.error(`${file} is stale: run \`npm run schema\` and commit the result.`);
      stale = true;
    }
  } else {
    writeFileSync(target, fresh);
    console.log(`wrote ${file}`);
  }
}
if (stale) process.exit(1);
