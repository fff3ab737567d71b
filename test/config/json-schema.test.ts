import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  CATALOG_ENTRY_FILE,
  catalogEntry,
  CONFIG_FILE_MATCH,
  generateJsonSchema,
  renderCatalogEntry,
  renderJsonSchema,
  SCHEMA_FILE,
  SCHEMA_ID,
} from '../../src/config/json-schema.js';
import { parseConfig } from '../../src/config/load.js';
import { defaultConfig } from '../../src/config/schema.js';
import { fixture, invalidFixtureNames } from './helpers.js';

type AddFormats = (ajv: Ajv) => Ajv;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

const committedPath = new URL(`../../${SCHEMA_FILE}`, import.meta.url);

function validator() {
  const ajv = new Ajv({ strict: true, allErrors: true });
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

  it('has an https id, a title and the draft-07 dialect; no key is required; unknown keys are refused', () => {
    const schema = generateJsonSchema();
    expect(schema['$id']).toBe(SCHEMA_ID);
    expect(new URL(SCHEMA_ID).protocol).toBe('https:');
    expect(SCHEMA_ID.endsWith(`/${SCHEMA_FILE}`)).toBe(true);
    expect(schema['title']).toMatch(/alignment-check/);
    expect(schema['$schema']).toBe('http://json-schema.org/draft-07/schema#');
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
      'multiple-documents', 'alias-bomb', 'unsupported-tag', 'duplicate-key', 'several-errors', 'seven-mistakes',
      'register-currency-without-rate',
    ]);
    for (const name of invalidFixtureNames().filter((n) => !loaderOnly.has(n))) {
      const text = fixture(`invalid/${name}.yml`);
      expect(parseConfig(text, name).ok).toBe(false);
      expect(validate(parseYaml(text)), name).toBe(false);
    }
  });
});

/** Every key of the schema, with its path: properties, map values and union members. */
function keys(node: SchemaNode, path: string): Array<[string, SchemaNode]> {
  const found: Array<[string, SchemaNode]> = [];
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const at = path ? `${path}.${name}` : name;
    found.push([at, child], ...keys(child, at));
  }
  if (typeof node.additionalProperties === 'object') found.push(...keys(node.additionalProperties, `${path}.<name>`));
  if (node.items) found.push(...keys(node.items, `${path}[]`));
  for (const member of node.anyOf ?? []) found.push(...keys(member, path));
  return found;
}

interface SchemaNode {
  description?: string;
  examples?: unknown[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
}

describe('what editors show for each key', () => {
  const all = keys(generateJsonSchema() as SchemaNode, '');

  it('finds the keys (a walk that found none would prove nothing)', () => {
    expect(all.map(([path]) => path)).toEqual(
      expect.arrayContaining(['mode', 'rules.business-value.min-words', 'rules.debt-link.registers[].github.repo', 'sprints.cadence.time-zone']),
    );
    expect(all.length).toBeGreaterThan(60);
  });

  it('every key has a description and at least one example', () => {
    const missing = all.filter(([, node]) => !node.description || !Array.isArray(node.examples) || node.examples.length === 0).map(([path]) => path);
    expect(missing).toEqual([]);
  });

  it('every example is a valid value of its key', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const invalid = all.flatMap(([path, node]) => {
      const { examples = [], ...rest } = node;
      const check = ajv.compile(rest);
      return examples.filter((example) => !check(example)).map((example) => `${path}: ${JSON.stringify(example)} ${JSON.stringify(check.errors)}`);
    });
    expect(invalid).toEqual([]);
  });
});

describe(`the SchemaStore catalog entry (${CATALOG_ENTRY_FILE})`, () => {
  it('is up to date (run `npm run schema` when this fails)', () => {
    expect(readFileSync(new URL(`../../${CATALOG_ENTRY_FILE}`, import.meta.url), 'utf8')).toBe(renderCatalogEntry());
  });

  it('points at the schema’s https id and matches the default config path', () => {
    const entry = catalogEntry();
    expect(entry.url).toBe(SCHEMA_ID);
    expect(Object.keys(entry).sort()).toEqual(['description', 'fileMatch', 'name', 'url']);
    expect(entry.fileMatch).toEqual([...CONFIG_FILE_MATCH]);
    expect(entry.fileMatch.some((glob) => glob.endsWith('.github/alignment.yml'))).toBe(true);
  });
});
