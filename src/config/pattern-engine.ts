/**
 * Where the reading core finds the compiler of users' patterns (the `key` registers).
 * config/user-pattern.ts, which loads RE2, registers it when it loads. A config with
 * patterns can only come through the config schema, which loads user-pattern.ts; so a
 * PR check without a config file never loads RE2, a sixth of the code a check starts
 * with and about 5 ms of its CPU.
 */
import type { UserPattern } from './user-pattern.js';

let compiler: ((source: string) => UserPattern) | undefined;

/** Called once, by config/user-pattern.ts as it loads. */
export function registerPatternCompiler(compile: (source: string) => UserPattern): void {
  compiler = compile;
}

/** The compiler of config patterns; asking for it before config/user-pattern.ts has loaded is a programming error. */
export function configPatternCompiler(): (source: string) => UserPattern {
  if (compiler === undefined) {
    throw new Error('a config with patterns reached the reading engine before config/user-pattern.ts was loaded (a config with patterns comes from the config schema, which loads it)');
  }
  return compiler;
}
