/**
 * Reads `.github/alignment.yml`: YAML text in, a validated {@link Config} or a list of
 * positioned, actionable issues out.
 *
 * Pure: no file system, network, clock or `@actions/*` — the action passes the text it
 * fetched from the base branch, the CLI the text of a local file. It never throws:
 * whatever the text, the result is a config or issues that name the file, the line, the
 * column and the key (`file:line:column: path: message`).
 *
 * The zod schema (`schema.ts`) is the only source of keys, types and defaults; this
 * module only maps its issues back to the YAML source and words them for a user.
 */
import { Composer, LineCounter, Parser } from 'yaml';
import { MAX_ALIAS_COUNT, MAX_CONFIG_BYTES, MAX_NESTING, MAX_SYNTAX_ERRORS } from './limits.js';
import { formatPath, isPlainObject } from './paths.js';
import { formatConfigIssue, type ConfigIssue } from './issue.js';
import { configSchema, type Config } from './schema.js';
import { decodeUtf8 } from './utf8.js';
import { PatternEngineMissingError } from './pattern-engine.js';
import { Context, deepNesting, formatSize, rangeOf, utf8Length, type Located, type Span } from './yaml-source.js';
import { describeValue, Validation } from './zod-issues.js';

export { MAX_ALIAS_COUNT, MAX_CONFIG_BYTES, MAX_NESTING, MAX_SYNTAX_ERRORS };
export { formatConfigIssue, type ConfigIssue };

export type ParseConfigResult = { ok: true; config: Config } | { ok: false; errors: ConfigIssue[] };


/**
 * Parses and validates a config file's bytes: invalid UTF-8 is an issue naming the
 * byte offset (not silently read as U+FFFD); the text then as {@link parseConfig}.
 */
export function parseConfigBytes(bytes: Uint8Array, file: string): ParseConfigResult {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const text = new TextDecoder('utf-8').decode(bytes.subarray(0, decoded.offset));
    const lines = text.split('\n');
    const message = `the file is not valid UTF-8: byte ${decoded.offset} (0x${(bytes[decoded.offset] ?? 0).toString(16).padStart(2, '0')}) starts no UTF-8 character; save the file as UTF-8`;
    return { ok: false, errors: [{ file, line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, path: '', message }] };
  }
  return parseConfig(decoded.text, file);
}

/**
 * Parses and validates a config. An empty file, one with only comments, or a `null`
 * document means the embedded defaults. All problems are reported, in source order.
 */
export function parseConfig(text: string, file: string): ParseConfigResult {
  try {
    return parse(text, file);
  } catch (error) {
    // RE2 not loaded yet: the caller loads it and parses again (config/pattern-engine.ts).
    if (error instanceof PatternEngineMissingError) throw error;
    // Nothing above should throw; if it does, the user still gets a positioned message.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ file, line: 1, column: 1, path: '', message: `could not read the config: ${reason}` }] };
  }
}




function parse(text: string, file: string): ParseConfigResult {
  if (typeof text !== 'string') {
    return { ok: false, errors: [{ file, line: 1, column: 1, path: '', message: `expected the config text, found ${typeof text}` }] };
  }
  const bytes = utf8Length(text);
  if (bytes > MAX_CONFIG_BYTES) {
    const message =
      `the config file is ${formatSize(bytes)}, more than the ${formatSize(MAX_CONFIG_BYTES)} limit; ` +
      `a config needs only a few KiB (is this the right file?)`;
    return { ok: false, errors: [{ file, line: 1, column: 1, path: '', message }] };
  }

  const lineCounter = new LineCounter();
  const toIssue = (l: Located): ConfigIssue => {
    const { line, col } = lineCounter.linePos(Math.max(0, Math.min(l.offset, text.length)));
    return { file, line, column: col, path: formatPath(l.path), message: l.message };
  };
  const fail = (found: readonly Located[]): ParseConfigResult => ({ ok: false, errors: finish(found.map(toIssue)) });

  // Parse to tokens first (an iterative parser), so that nesting too deep for the
  // recursive composer — which could exhaust the stack, and V8 may then abort the whole
  // process — is refused before it is composed.
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const tooDeep = deepNesting(tokens);
  if (tooDeep !== undefined) {
    const message = `the YAML nests lists and mappings more than ${MAX_NESTING} levels deep; a config needs only a few levels`;
    return fail([{ offset: tooDeep, path: [], message }]);
  }
  const composer = new Composer({
    prettyErrors: false,
    uniqueKeys: false, // checked below in linear time (yaml's own check is quadratic)
    strict: true,
    merge: false,
    logLevel: 'error',
    version: '1.2',
    schema: 'core',
  });
  const documents = composer.compose(tokens, true, text.length);
  const doc = documents.next().value;
  if (!doc) return fail([{ offset: 0, path: [], message: 'could not read the YAML' }]);
  const second = documents.next().value;
  if (second) {
    const message = 'the file holds more than one YAML document: remove the "---" line, one config per file';
    return fail([{ offset: rangeOf(second)?.[0] ?? 0, path: [], message }]);
  }
  const ctx = new Context(doc, text, lineCounter);

  // 1. YAML syntax. Reported, and the rest of the file is still checked — every problem
  //    in one run — leaving out what the syntax errors make unreliable (their echoes).
  //    Past MAX_SYNTAX_ERRORS the file is not YAML at all: only their number is told.
  const syntax = [...doc.errors, ...doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED')];
  const found: Located[] = syntax.slice(0, MAX_SYNTAX_ERRORS).map((e) => ctx.yamlError(e.code, e.message, e.pos[0]));
  const rest = syntax[MAX_SYNTAX_ERRORS];
  if (rest !== undefined) {
    const more = syntax.length - MAX_SYNTAX_ERRORS;
    found.push({ offset: rest.pos[0], path: [], message: `… and ${more} more YAML syntax error${more === 1 ? '' : 's'}` });
    return fail(found);
  }
  const damaged: Span[] = syntax.flatMap((e) => ctx.damageOf(e.code, e.pos[0], e.pos[1]));

  // 2. One walk over the tree: duplicate keys (the last one wins, as when it is read),
  //    and the constructs that have no place in a config — tags beyond the core schema,
  //    keys that are lists or mappings (what they hold is left out of what follows).
  const scan = ctx.scan();
  found.push(...scan.duplicates, ...scan.structural);
  for (const problem of scan.structural) if (problem.span !== undefined) damaged.push(problem.span);
  ctx.dropBadKeys(scan.badKeys);
  const sound = (l: Located): boolean => !damaged.some(([from, to]) => l.offset >= from && l.offset <= to);

  // 3. To plain data, with aliases bounded.
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return fail([...found, ctx.aliasProblem(error, scan.aliases)]);
  }

  if (data === null || data === undefined) {
    return found.length > 0 ? fail(found) : { ok: true, config: configSchema.parse({}) };
  }
  if (!isPlainObject(data)) {
    if (syntax.length > 0) return fail(found);
    const example = 'a mapping of settings such as "mode: enforce"';
    found.push({ offset: ctx.offsetOf(doc.contents), path: [], message: `expected ${example}, found ${describeValue(data)}` });
    return fail(found);
  }

  // 4. The schema.
  const result = configSchema.safeParse(data);
  if (result.success && found.length === 0) return { ok: true, config: result.data };
  if (!result.success) {
    const validation = new Validation(ctx, data);
    for (const issue of result.error.issues) found.push(...validation.convert(issue, [], configSchema).filter(sound));
  }
  return fail(found);
}

function finish(issues: ConfigIssue[]): ConfigIssue[] {
  const seen = new Set<string>();
  const unique = issues.filter((i) => {
    const key = formatConfigIssue(i);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => a.issue.line - b.issue.line || a.issue.column - b.issue.column || a.index - b.index)
    .map((x) => x.issue);
}
