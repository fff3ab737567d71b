import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { generateJsonSchema, renderJsonSchema, SCHEMA_FILE, SCHEMA_ID } from '../../src/config/json-schema.js';
import { parseConfig } from '../../src/config/load.js';
import { defaultConfig } from '../../src/config/schema.js';
import { fixture, invalidFixtureNames } from './helpers.js';

type AddFormats = (ajv: Ajv2020) => Ajv2020;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

const committedPath = new URL(`../../${SCHEMA_FILE}`, import.meta.url);

function validator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(committedPath, 'utf8')) as object);
}

describe(`the published JSON Schema (${SCHEMA_FILE})`, () => {
  it('is up to date with the zod schema', () => {
    let committed = '';
    try {
      committed = readFileSync(committedPath, 'utf8');
    } catch {
      // missing: stale
    }
    expect(committed, `${SCHEMA_FILE} is stale: run \`npm run schema\` and commit the result`).toBe(renderJsonSchema());
  });

  it('has an id, a title and the 2020-12 dialect; no key is required; unknown keys are refused', () => {
    const schema = generateJsonSchema();
    expect(schema['$id']).toBe(SCHEMA_ID);
    expect(schema['title']).toMatch(/alignment-check/);
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['required']).toBeUndefined();
    expect(schema['additionalProperties']).toBe(false);
  });

  it('shows the defaults', () => {
    const properties = generateJsonSchema()['properties'] as Record<string, { default?: unknown }>;
    const defaults = defaultConfig();
    expect(properties['mode']?.default).toBe(defaults.mode);
    expect(properties['skip']?.default).toEqual(defaults.skip);
    expect(properties['rules']?.default).toEqual(defaults.rules);
    expect(properties['sprints']?.default).toEqual(defaults.sprints);
  });

  it('compiles under strict ajv and accepts the full and example configs and the defaults', () => {
    const validate = validator();
    for (const name of ['full.yml', 'example.yml']) {
      expect(validate(parseYaml(fixture(name))), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    expect(validate({})).toBe(true);
    expect(validate(defaultConfig())).toBe(true);
  });

  it('refuses what the loader refuses, where JSON Schema can tell', () => {
    const validate = validator();
    // Refinements (pattern safety, target.min ≤ target.max, a rate for the board's currency) are the loader's alone; a
    // YAML that does not parse, or is not one document, never reaches a JSON Schema.
    const loaderOnly = new Set([
      'unsupported-regex', 'invalid-regex', 'target-min-gt-max', 'yaml-syntax', 'tabs-indentation',
      'multiple-documents', 'alias-bomb', 'unsupported-tag', 'duplicate-key', 'several-errors', 'register-currency-without-rate',
    ]);
    for (const name of invalidFixtureNames().filter((n) => !loaderOnly.has(n))) {
      const text = fixture(`invalid/${name}.yml`);
      expect(parseConfig(text, name).ok).toBe(false);
      expect(validate(parseYaml(text)), name).toBe(false);
    }
  });
});
