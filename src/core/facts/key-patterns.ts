import type { Config } from '../../config/schema.js';

const cache = new WeakMap<Config, ReadonlyMap<string, RegExp>>();

/**
 * The `key` registers' patterns, compiled once per config, as whole-token global
 * matchers. The config schema has already rejected patterns that could backtrack
 * without bound; a pattern that still fails to compile is left out.
 */
export function keyPatternsFor(config: Config): ReadonlyMap<string, RegExp> {
  const cached = cache.get(config);
  if (cached) return cached;
  const patterns = new Map<string, RegExp>();
  for (const register of config.rules['debt-link'].registers) {
    if (!('key' in register)) continue;
    try {
      patterns.set(register.key, new RegExp(`(?<![\\w-])(?:${register.key})(?![\\w])`, 'gu'));
    } catch {
      // Unreachable for a validated config: the schema checks every pattern.
    }
  }
  cache.set(config, patterns);
  return patterns;
}
