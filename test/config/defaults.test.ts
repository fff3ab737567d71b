/** The embedded defaults come from the schema, through a generated file that must not go stale. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULTS_FILE, renderDefaults } from '../../src/config/defaults.js';
import { configSchema, defaultConfig } from '../../src/config/schema.js';

describe('the embedded defaults', () => {
  it(`${DEFAULTS_FILE} is what the schema generates`, () => {
    const committed = readFileSync(new URL(`../../${DEFAULTS_FILE}`, import.meta.url), 'utf8');
    expect(committed, `${DEFAULTS_FILE} is stale: run \`npm run schema\` and commit the result`).toBe(renderDefaults());
  });

  it('are what an empty config parses to, and each call gets its own copy', () => {
    expect(defaultConfig()).toEqual(configSchema.parse({}));
    const first = defaultConfig();
    first.skip.labels.push('mutated');
    expect(defaultConfig().skip.labels).not.toContain('mutated');
  });
});
