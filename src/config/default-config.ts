/**
 * The embedded defaults: what an empty or missing config file means,
 * `configSchema.parse({})` — read from the file `npm run schema` generates from it, so
 * a run without a config file neither parses nor builds the schema.
 */
import { DEFAULTS } from './defaults.generated.js';
import type { Config } from './schema.js';

export const defaultConfig = (): Config => structuredClone(DEFAULTS);
