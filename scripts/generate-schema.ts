/**
 * `npm run schema`: writes schema/alignment.schema.json from the zod config schema.
 * `--check` only compares, and exits 1 when the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderJsonSchema, SCHEMA_FILE } from '../src/config/json-schema.js';

const target = fileURLToPath(new URL(`../${SCHEMA_FILE}`, import.meta.url));
const fresh = renderJsonSchema();

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // missing: stale
  }
  if (committed !== fresh) {
    console.error(`${SCHEMA_FILE} is stale: run \`npm run schema\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${SCHEMA_FILE} is up to date.`);
} else {
  writeFileSync(target, fresh);
  console.log(`wrote ${SCHEMA_FILE}`);
}
