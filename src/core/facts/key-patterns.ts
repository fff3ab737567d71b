import type { Config } from '../../config/schema.js';
import { configPatternCompiler } from '../../config/pattern-engine.js';
import type { UserPattern } from '../../config/user-pattern.js';
import { keyRegister } from '../register-kinds/key.js';

const cache = new WeakMap<Config, ReadonlyMap<string, UserPattern>>();

/**
 * The `key` registers' patterns, compiled once per config on the linear-time engine.
 * The config schema has already refused patterns it cannot run; one that still fails to
 * compile is left out.
 */
export function keyPatternsFor(config: Config): ReadonlyMap<string, UserPattern> {
  const cached = cache.get(config);
  if (cached) return cached;
  const patterns = new Map<string, UserPattern>();
  for (const register of config.rules['debt-link'].registers) {
    if (!keyRegister.is(register)) continue;
    const compile = configPatternCompiler();
    try {
      patterns.set(register.key, compile(register.key));
    } catch {
      // Unreachable for a validated config: the schema checks every pattern.
    }
  }
  cache.set(config, patterns);
  return patterns;
}
