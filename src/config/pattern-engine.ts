/**
 * Where the config and the reading core find the engine of users' patterns (the `key`
 * registers, `sprints.milestone.pattern`): RE2, which config/user-pattern.ts loads and
 * registers here when it loads. Whoever parses a config that may hold a pattern loads
 * user-pattern.ts first (the action's loader when {@link mayHoldPatterns} says so, the
 * CLI always); so a PR check whose config has no pattern, or no config at all, never
 * loads RE2 — 150 KB of code and about 4 ms of a check's CPU.
 */
import type { UserPattern } from './user-pattern.js';

/** The longest pattern accepted. */
export const MAX_PATTERN_LENGTH = 200;

export interface PatternEngine {
  compile(source: string): UserPattern;
  /** Why a pattern cannot be used, or undefined when it can. */
  problem(source: string): string | undefined;
}

/** A config pattern met before the engine was registered: the caller loads user-pattern.ts and parses again. */
export class PatternEngineMissingError extends Error {
  override readonly name = 'PatternEngineMissingError';
}

let registered: PatternEngine | undefined;

/** Called once, by config/user-pattern.ts as it loads. */
export function registerPatternEngine(engine: PatternEngine): void {
  registered = engine;
}

function engine(): PatternEngine {
  if (registered === undefined) {
    throw new PatternEngineMissingError('a config pattern reached the config schema or the reading engine before config/user-pattern.ts was loaded (see config/pattern-engine.ts)');
  }
  return registered;
}

/** The compiler of config patterns. */
export function configPatternCompiler(): (source: string) => UserPattern {
  const { compile } = engine();
  return compile;
}

/** Why a config pattern cannot be used, or undefined when it can. */
export function configPatternProblem(source: string): string | undefined {
  return engine().problem(source);
}

/**
 * Whether a config text may hold a pattern: a key named `key` or `pattern`, in the YAML
 * styles people write (block, flow, quoted). It only decides whether RE2 loads beside
 * the parser; a pattern it misses (a complex key) still parses: the loader catches
 * {@link PatternEngineMissingError}, loads RE2 and parses again.
 */
export function mayHoldPatterns(text: string): boolean {
  return PATTERN_KEY.test(text);
}
const PATTERN_KEY = /(?:^|[\s{,?])["']?(?:key|pattern)["']?[ \t]*:/mu;
