/**
 * Patterns users write in the config (`key` registers, `sprints.milestone.pattern`) run
 * on RE2 (re2js), an engine whose matching time is linear in the input whatever the
 * pattern: no config can make a run backtrack without bound. RE2 has no backreferences
 * and no lookaround; a pattern that uses them is refused when the config loads, with
 * the key and line at fault.
 */
import { RE2JS } from 're2js';
import { MAX_PATTERN_LENGTH, registerPatternEngine } from './pattern-engine.js';

export { MAX_PATTERN_LENGTH };
/** The most candidate matches examined in one text (a pattern that matches nearly everywhere stops here). */
const MAX_CANDIDATES = 10_000;

export interface UserPattern {
  readonly source: string;
  /** Whether the pattern matches anywhere in the text. */
  test(text: string): boolean;
  /** The whole-token matches: not glued to a word character (or a hyphen) before, nor to a word character after. */
  tokens(text: string): Generator<string>;
}

const LOOKAROUND = /\(\?<?[=!]/u;
const BACKREFERENCE = /\\(?:[1-9]|k<)/u;

/** Why a pattern cannot be used, or undefined when it can. */
export function patternProblem(source: string): string | undefined {
  if (source.length > MAX_PATTERN_LENGTH) return `expected a pattern of at most ${MAX_PATTERN_LENGTH} characters, found ${source.length}`;
  const lookaround = LOOKAROUND.exec(source);
  if (lookaround) {
    return `expected a pattern without lookaround, found "${lookaround[0]}" (config patterns run on a linear-time engine, RE2, which has none)`;
  }
  const backreference = BACKREFERENCE.exec(source);
  if (backreference) {
    return `expected a pattern without backreferences, found "${backreference[0]}" (config patterns run on a linear-time engine, RE2, which has none)`;
  }
  try {
    RE2JS.compile(source);
    return undefined;
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/^error parsing regexp:\s*/u, '');
    return `invalid pattern: ${reason}`;
  }
}

/** Compiles a pattern (already checked with {@link patternProblem}). */
export function compileUserPattern(source: string): UserPattern {
  const compiled = RE2JS.compile(source);
  return {
    source,
    test: (text) => compiled.matcher(text).find(),
    *tokens(text) {
      const matcher = compiled.matcher(text);
      let from = 0;
      for (let tries = 0; tries < MAX_CANDIDATES && from <= text.length && matcher.find(from); tries += 1) {
        const start = matcher.start();
        const end = matcher.end();
        const before = text[start - 1] ?? '';
        const after = text[end] ?? '';
        if (end > start && !/[\w-]/u.test(before) && !/\w/u.test(after)) {
          yield matcher.group() ?? text.slice(start, end);
          from = end;
        } else {
          from = start + 1;
        }
      }
    },
  };
}

registerPatternEngine({ compile: compileUserPattern, problem: patternProblem });
