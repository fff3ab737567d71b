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
import { Composer, LineCounter, Parser, isAlias, isMap, isPair, isScalar, isSeq, visit } from 'yaml';
import type { Alias, CST, Document, Pair, YAMLMap } from 'yaml';
import { z } from 'zod';
import { configSchema, type Config } from './schema.js';

/** One problem in a config file, positioned (1-based) at the key or value at fault. */
export interface ConfigIssue {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  /** The key path, e.g. `rules.nfr-criteria.min-categories` or `rules.debt-link.registers[0].key`; may be empty. */
  path: string;
  message: string;
}

export type ParseConfigResult = { ok: true; config: Config } | { ok: false; errors: ConfigIssue[] };

/** The largest config accepted, in UTF-8 bytes. */
export const MAX_CONFIG_BYTES = 256 * 1024;
/** The most alias expansions accepted (YAML "billion laughs" guard). */
export const MAX_ALIAS_COUNT = 100;
/** YAML syntax errors told one by one; the rest are counted. */
export const MAX_SYNTAX_ERRORS = 50;
/** The deepest nesting of lists and mappings accepted. */
export const MAX_NESTING = 64;

/** `file:line:column: path: message` — the path part is left out when empty. */
export function formatConfigIssue(issue: ConfigIssue): string {
  const path = issue.path === '' ? '' : `${issue.path}: `;
  return `${issue.file}:${issue.line}:${issue.column}: ${path}${issue.message}`;
}

/**
 * Parses and validates a config. An empty file, one with only comments, or a `null`
 * document means the embedded defaults. All problems are reported, in source order.
 */
export function parseConfig(text: string, file: string): ParseConfigResult {
  try {
    return parse(text, file);
  } catch (error) {
    // Nothing above should throw; if it does, the user still gets a positioned message.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ file, line: 1, column: 1, path: '', message: `could not read the config: ${reason}` }] };
  }
}

// ---------------------------------------------------------------------------

type Segment = string | number;
type Path = readonly Segment[];
type Schema = z.core.$ZodType;

interface Located {
  readonly offset: number;
  readonly path: Path;
  readonly message: string;
}

const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

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

  // 1. YAML syntax. Errors cascade, so past MAX_SYNTAX_ERRORS only their number is told.
  const syntax = [...doc.errors, ...doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED')];
  if (syntax.length > 0) {
    const shown = syntax.slice(0, MAX_SYNTAX_ERRORS).map((e) => ctx.yamlError(e.code, e.message, e.pos[0]));
    const rest = syntax[MAX_SYNTAX_ERRORS];
    if (rest !== undefined) {
      const more = syntax.length - MAX_SYNTAX_ERRORS;
      shown.push({ offset: rest.pos[0], path: [], message: `… and ${more} more YAML syntax error${more === 1 ? '' : 's'}` });
    }
    return fail(shown);
  }

  // 2. One walk over the tree: duplicate keys (reported, but the document stays usable:
  //    the last one wins, as when it is read), and the constructs that have no place in
  //    a config — tags beyond the core schema, keys that are lists or mappings.
  const scan = ctx.scan();
  const found: Located[] = [...scan.duplicates];
  if (scan.structural.length > 0) return fail([...found, ...scan.structural]);

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
    const example = 'a mapping of settings such as "mode: enforce"';
    found.push({ offset: ctx.offsetOf(doc.contents), path: [], message: `expected ${example}, found ${describeValue(data)}` });
    return fail(found);
  }

  // 4. The schema.
  const result = configSchema.safeParse(data);
  if (result.success && found.length === 0) return { ok: true, config: result.data };
  if (!result.success) {
    const validation = new Validation(ctx, data);
    for (const issue of result.error.issues) found.push(...validation.convert(issue, [], configSchema));
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

// ---------------------------------------------------------------------------
// The YAML side: offsets of paths, paths of offsets.

interface Scan {
  readonly duplicates: Located[];
  readonly structural: Located[];
  readonly aliases: Alias[];
}

class Context {
  private readonly pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

  constructor(
    readonly doc: Document.Parsed,
    private readonly text: string,
    private readonly lines: LineCounter,
  ) {}

  offsetOf(node: unknown): number {
    const range = rangeOf(node);
    return range ? range[0] : 0;
  }

  private lineOf(offset: number): number {
    return this.lines.linePos(Math.max(0, Math.min(offset, this.text.length))).line;
  }

  private hasContent(node: unknown): boolean {
    const range = rangeOf(node);
    return !!range && range[1] > range[0];
  }

  private resolve(node: unknown): unknown {
    let current = node;
    for (let hops = 0; isAlias(current) && hops < 100; hops++) current = current.resolve(this.doc);
    return current;
  }

  private pairs(map: YAMLMap): Map<string, Pair> {
    let index = this.pairIndex.get(map);
    if (index === undefined) {
      index = new Map();
      for (const pair of map.items) index.set(keyString(pair.key), pair); // the last one wins, as in toJS
      this.pairIndex.set(map, index);
    }
    return index;
  }

  /**
   * The offset of the node at `path`: its key (`key`) or its value (`value`; the key
   * when the value is empty), or the nearest existing parent.
   */
  locate(path: Path, target: 'key' | 'value'): number {
    let node: unknown = this.doc.contents;
    let offset = this.offsetOf(node);
    for (let i = 0; i < path.length; i++) {
      const segment = path[i] as Segment;
      const last = i === path.length - 1;
      node = this.resolve(node);
      if (isMap(node)) {
        const pair = this.pairs(node).get(String(segment));
        if (pair === undefined) return offset;
        const keyOffset = pair.key !== null && this.hasContent(pair.key) ? this.offsetOf(pair.key) : this.offsetOf(pair.value);
        if (last) return target === 'key' || !this.hasContent(pair.value) ? keyOffset : this.offsetOf(pair.value);
        offset = keyOffset;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment];
        if (item === undefined) return offset;
        offset = this.offsetOf(item);
        if (last) return offset;
        node = item;
      } else {
        return offset;
      }
    }
    return offset;
  }

  /** The key path of the innermost node at `offset` (for YAML errors; best effort). */
  pathAt(offset: number): Segment[] {
    const path: Segment[] = [];
    let node: unknown = this.doc.contents;
    const within = (n: unknown): boolean => {
      const range = rangeOf(n);
      if (!range) return false;
      const [start, , end] = range;
      return start <= offset && (offset < end || (start === end && offset === start));
    };
    for (let depth = 0; depth < 200; depth++) {
      if (isMap(node)) {
        const found: Pair | undefined =
          node.items.find((p) => within(p.key)) ?? node.items.find((p) => within(p.value));
        if (found === undefined) break;
        path.push(keyString(found.key));
        if (within(found.key)) break;
        node = found.value;
      } else if (isSeq(node)) {
        const index = node.items.findIndex((item) => within(item));
        if (index < 0) break;
        path.push(index);
        node = node.items[index];
      } else {
        break;
      }
    }
    return path;
  }

  yamlError(code: string, message: string, offset: number): Located {
    const path = this.pathAt(offset);
    switch (code) {
      case 'TAB_AS_INDENT':
        return { offset, path, message: 'tabs are not allowed for indentation in YAML: indent with spaces' };
      case 'MISSING_CHAR':
        return {
          offset,
          path,
          message: `YAML syntax error: ${message} (quote values that contain [ ] { } , or :, e.g. "dependabot[bot]")`,
        };
      default:
        return { offset, path, message: `YAML syntax error: ${message}` };
    }
  }

  /** One walk over the tree, in linear time (paths are built from the parent's). */
  scan(): Scan {
    const duplicates: Located[] = [];
    const structural: Located[] = [];
    const aliases: Alias[] = [];
    const paths = new WeakMap<object, Segment[]>();
    const pathOf = (key: unknown, parent: unknown, grandparent: unknown): Segment[] => {
      if (isPair(parent)) return [...(paths.get(grandparent as object) ?? []), keyString(parent.key)];
      if (isSeq(parent) && typeof key === 'number') return [...(paths.get(parent) ?? []), key];
      return [];
    };
    visit(this.doc, {
      Node: (key, node, ancestors) => {
        const path = pathOf(key, ancestors[ancestors.length - 1], ancestors[ancestors.length - 2]);
        if (isMap(node) || isSeq(node)) paths.set(node, path);
        if (isAlias(node)) aliases.push(node);
        const tag = (node as { tag?: unknown }).tag;
        if (typeof tag === 'string' && !CORE_TAGS.has(tag)) {
          const shown = tag.replace(/^tag:yaml\.org,2002:/, '!!');
          structural.push({
            offset: this.offsetOf(node),
            path,
            message: `unsupported YAML tag \`${shown}\`: write a plain value (text, number, true/false, list or mapping)`,
          });
        }
        if (key === 'key' && !isScalar(node)) {
          const kind = isAlias(node) ? 'an alias' : isSeq(node) ? 'a list' : 'a mapping';
          structural.push({ offset: this.offsetOf(node), path: path.slice(0, -1), message: `expected a plain key, found ${kind}` });
        }
        if (isMap(node)) {
          const first = new Map<string, Pair>();
          for (const pair of node.items) {
            const name = keyString(pair.key);
            const earlier = first.get(name);
            if (earlier === undefined) {
              first.set(name, pair);
              continue;
            }
            const line = this.lineOf(this.offsetOf(earlier.key ?? earlier.value));
            duplicates.push({
              offset: this.offsetOf(pair.key ?? pair.value),
              path: [...path, name],
              message: `duplicate key \`${name}\` (first at line ${line}): a key may appear only once in a mapping`,
            });
          }
        }
      },
    });
    return { duplicates, structural, aliases };
  }

  aliasProblem(error: unknown, aliases: readonly Alias[]): Located {
    const reason = error instanceof Error ? error.message : String(error);
    const at = (alias: Alias | undefined, message: string): Located => {
      const offset = this.offsetOf(alias);
      return { offset, path: this.pathAt(offset), message };
    };
    if (/alias count/i.test(reason)) {
      return at(aliases[0], `aliases expand to too much data (more than ${MAX_ALIAS_COUNT} aliased nodes): write the values out`);
    }
    const unresolved = aliases.find((a) => a.resolve(this.doc) === undefined);
    if (unresolved !== undefined) {
      return at(unresolved, `the alias \`*${unresolved.source}\` has no anchor \`&${unresolved.source}\` before it`);
    }
    /* c8 ignore next -- any other failure of toJS */
    return at(aliases[0], `could not read the YAML: ${reason}`);
  }
}

function rangeOf(node: unknown): readonly [number, number, number] | undefined {
  if (node === null || typeof node !== 'object' || !('range' in node)) return undefined;
  const range = (node as { range?: unknown }).range;
  if (!Array.isArray(range) || typeof range[0] !== 'number' || typeof range[1] !== 'number' || typeof range[2] !== 'number') {
    return undefined;
  }
  return range as unknown as readonly [number, number, number];
}

function keyString(key: unknown): string {
  if (isScalar(key)) return key.value === null || key.value === undefined ? '' : String(key.value);
  return String(key);
}

/** The offset of the first list or mapping nested deeper than MAX_NESTING, if any (iteratively). */
function deepNesting(tokens: readonly CST.Token[]): number | undefined {
  const stack: [CST.Token, number][] = tokens.map((t) => [t, 0]);
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [token, depth] = entry;
    if (token.type === 'document') {
      if (token.value) stack.push([token.value, depth]);
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth + 1 > MAX_NESTING) return token.offset;
      for (const item of token.items) {
        if ('key' in item && item.key) stack.push([item.key, depth + 1]);
        if (item.value) stack.push([item.value, depth + 1]);
      }
    }
  }
  return undefined;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  return `${Math.ceil(bytes / 1024)} KiB`;
}

/** `rules.debt-link.registers[0].key`, `sprints.points.sizes["size: xs"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const name = String(segment);
      out += /^[A-Za-z0-9_$-]+$/.test(name) ? (out === '' ? name : `.${name}`) : `[${JSON.stringify(name)}]`;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// The zod side: schema introspection and issue wording.

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function child(value: unknown, segment: Segment): unknown {
  if (Array.isArray(value) && typeof segment === 'number') return value[segment];
  if (isPlainObject(value) && Object.hasOwn(value, String(segment))) return value[String(segment)];
  return undefined;
}

function dataAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of path) value = child(value, toSegment(segment));
  return value;
}

function toSegment(key: PropertyKey): Segment {
  return typeof key === 'number' ? key : String(key);
}

/** Strips the wrappers that do not change what a value must look like. */
function unwrap(schema: Schema | undefined): Schema | undefined {
  let s = schema;
  for (let i = 0; i < 32 && s !== undefined; i++) {
    if (
      s instanceof z.ZodDefault ||
      s instanceof z.ZodOptional ||
      s instanceof z.ZodNullable ||
      s instanceof z.ZodPrefault ||
      s instanceof z.ZodNonOptional ||
      s instanceof z.ZodCatch ||
      s instanceof z.ZodReadonly ||
      s instanceof z.ZodLazy
    ) {
      s = s.unwrap();
    } else if (s instanceof z.ZodPipe) {
      s = s.in;
    } else break;
  }
  return s;
}

/** The union option a value was meant for: the object option whose keys it uses. */
function pickOption(union: z.ZodUnion, value: unknown): Schema | undefined {
  const options = union.options.map((o) => unwrap(o));
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    const matching = options.filter((o) => o instanceof z.ZodObject && keys.some((k) => Object.hasOwn(o.shape, k)));
    if (matching.length === 1) return matching[0];
  }
  return undefined;
}

function schemaAt(root: Schema, path: readonly PropertyKey[], data: unknown): Schema | undefined {
  let schema: Schema | undefined = root;
  let value = data;
  for (const key of path) {
    const segment = toSegment(key);
    schema = unwrap(schema);
    if (schema instanceof z.ZodUnion) schema = unwrap(pickOption(schema, value));
    if (schema instanceof z.ZodObject) {
      const shape = schema.shape as Record<string, Schema>;
      schema = Object.hasOwn(shape, String(segment)) ? shape[String(segment)] : undefined;
    } else if (schema instanceof z.ZodArray) schema = schema.element;
    else if (schema instanceof z.ZodRecord) schema = schema.valueType;
    else return undefined;
    value = child(value, segment);
  }
  return schema;
}

/** The keys a mapping at this point of the schema may hold (none for free-form records). */
function objectKeys(schema: Schema | undefined): string[] {
  const s = unwrap(schema);
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

class Validation {
  constructor(
    private readonly ctx: Context,
    private readonly data: unknown,
  ) {}

  /** One zod issue (relative to `base`, where `baseSchema` applies) as positioned messages. */
  convert(issue: z.core.$ZodIssue, base: Path, baseSchema: Schema): Located[] {
    const path: Segment[] = [...base, ...issue.path.map(toSegment)];
    const value = dataAt(this.data, path);
    const schemaOf = (): Schema | undefined => schemaAt(baseSchema, issue.path, dataAt(this.data, base));
    const atValue = (message: string): Located[] => [{ offset: this.ctx.locate(path, 'value'), path, message }];

    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = objectKeys(schemaOf());
        return issue.keys.map((key) => {
          const keyPath = [...path, key];
          return { offset: this.ctx.locate(keyPath, 'key'), path: keyPath, message: unknownKeyMessage(key, known) };
        });
      }
      case 'invalid_type': {
        if (value === undefined) {
          const key = String(path[path.length - 1] ?? '');
          const message = `missing required key \`${key}\`: expected ${expectedName(issue.expected)}`;
          return [{ offset: this.ctx.locate(path, 'key'), path, message }];
        }
        const number = issue.expected === 'number' || issue.expected === 'int' ? numberSchema(unwrap(schemaOf())) : undefined;
        const expected = number ? numberName(number) : expectedName(issue.expected);
        return atValue(`expected ${expected}, found ${describeValue(value)}${typeHint(issue.expected, value)}`);
      }
      case 'invalid_value':
        return atValue(invalidValueMessage(issue.values, value));
      case 'too_small':
      case 'too_big':
        return atValue(sizeMessage(issue, value, unwrap(schemaOf())));
      case 'invalid_format':
        return atValue(formatMessage(issue, value));
      case 'not_multiple_of':
        return atValue(`expected a multiple of ${String(issue.divisor)}, found ${describeValue(value)}`);
      case 'invalid_key': {
        const key = String(path[path.length - 1] ?? '');
        const reasons = issue.issues.map((i) => i.message).join('; ');
        return [{ offset: this.ctx.locate(path, 'key'), path, message: `invalid key \`${key}\`: ${reasons}` }];
      }
      case 'invalid_union':
        return this.union(issue, path, value, unwrap(schemaOf()));
      case 'custom':
      default:
        return atValue(issue.message);
    }
  }

  private union(issue: z.core.$ZodIssueInvalidUnion, path: Path, value: unknown, schema: Schema | undefined): Located[] {
    const at = (message: string): Located[] => [{ offset: this.ctx.locate(path, 'value'), path, message }];
    const options = schema instanceof z.ZodUnion ? schema.options.map((o) => unwrap(o)) : [];
    const branches = issue.errors;

    if (options.length > 0 && options.every((o) => o instanceof z.ZodObject)) {
      // Object options told apart by their keys, e.g. a register: github | key | url | file.
      const keysOf = options.map((o) => objectKeys(o));
      const allKeys = [...new Set(keysOf.flat())];
      const list = allKeys.join(', ');
      if (!isPlainObject(value)) return at(`expected a mapping with one of the keys ${list}, found ${describeValue(value)}`);
      const keys = Object.keys(value);
      const chosen = keysOf.map((ks, i) => (keys.some((k) => ks.includes(k)) ? i : -1)).filter((i) => i >= 0);
      if (chosen.length === 0) {
        if (keys.length === 0) return at(`expected one of the keys ${list}, found an empty mapping`);
        return keys.map((key) => {
          const keyPath = [...path, key];
          return { offset: this.ctx.locate(keyPath, 'key'), path: keyPath, message: unknownKeyMessage(key, allKeys) };
        });
      }
      if (chosen.length > 1) {
        const present = keys.filter((k) => allKeys.includes(k));
        return at(`expected only one of the keys ${list}, found ${present.length === 2 ? 'both ' : ''}${joinAnd(present)}`);
      }
      const index = chosen[0] as number;
      return (branches[index] ?? []).flatMap((i) => this.convert(i, path, options[index] as Schema));
    }

    // Scalar options: report the one option whose type the value has, if any.
    const rootMismatch = (errs: readonly z.core.$ZodIssue[]) =>
      errs.length > 0 && errs.every((e) => e.path.length === 0 && (e.code === 'invalid_type' || e.code === 'invalid_value'));
    const typed = branches.map((errs, i) => ({ errs, i })).filter(({ errs }) => !rootMismatch(errs));
    if (typed.length === 1 && options.length === branches.length) {
      const { errs, i } = typed[0] as { errs: readonly z.core.$ZodIssue[]; i: number };
      return errs.flatMap((e) => this.convert(e, path, options[i] as Schema));
    }
    const alternatives: string[] = [];
    const literals: string[] = [];
    branches.forEach((errs, i) => {
      const option = options[i];
      const first = errs[0];
      if (option instanceof z.ZodLiteral || option instanceof z.ZodEnum) {
        const values = option instanceof z.ZodLiteral ? [...option.values] : option.options;
        alternatives.push(values.map((v) => JSON.stringify(v)).join(' or '));
        literals.push(...values.filter((v): v is string => typeof v === 'string'));
      } else if (option instanceof z.ZodNumber) {
        alternatives.push(numberName(option));
      } else if (first?.code === 'invalid_value') {
        alternatives.push(first.values.map((v) => JSON.stringify(v)).join(' or '));
      } else if (first?.code === 'invalid_type') alternatives.push(expectedName(first.expected));
    });
    if (alternatives.length === 0) return at(`expected a different value, found ${describeValue(value)}`);
    const suggestion = typeof value === 'string' ? suggest(value, literals) : undefined;
    return at(`expected ${alternatives.join(' or ')}, found ${describeValue(value)}${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`);
  }
}

function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function expectedName(expected: string): string {
  switch (expected) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'int':
      return 'an integer';
    case 'boolean':
      return 'true or false';
    case 'object':
    case 'record':
    case 'map':
      return 'a mapping';
    case 'array':
    case 'tuple':
    case 'set':
      return 'a list';
    default:
      return expected;
  }
}

function typeHint(expected: string, value: unknown): string {
  if (value === null) {
    if (expected === 'object' || expected === 'record') return ' (remove the key to use the defaults)';
    if (expected === 'array') return ' (write [] for none, or remove the key to use the defaults)';
    return ' (give a value, or remove the key to use the default)';
  }
  if (expected === 'boolean' && typeof value === 'string' && /^(?:y|n|yes|no|on|off)$/i.test(value)) {
    return ' (YAML 1.2 reads yes, no, on and off as text: write true or false)';
  }
  if (expected === 'array' && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) {
    return ` (write a list: [${JSON.stringify(value)}])`;
  }
  return '';
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '.nan';
    if (value === Infinity) return '.inf';
    if (value === -Infinity) return '-.inf';
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (isPlainObject(value)) return Object.keys(value).length === 0 ? 'an empty mapping' : 'a mapping';
  return typeof value;
}

function invalidValueMessage(values: readonly unknown[], value: unknown): string {
  const shown = values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  const expected = shown.length === 1 ? JSON.stringify(values[0]) : `one of ${shown.join(', ')}`;
  const strings = values.filter((v): v is string => typeof v === 'string');
  const suggestion = typeof value === 'string' ? suggest(value, strings) : undefined;
  return `expected ${expected}, found ${describeValue(value)}${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`;
}

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, value: unknown, schema: Schema | undefined): string {
  const small = issue.code === 'too_small';
  const bound = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'number':
    case 'int':
    case 'bigint': {
      const number = numberSchema(schema);
      if (inclusive && number !== undefined) return `expected ${numberName(number)}, found ${describeValue(value)}`;
      const kind = number?.isInt ? 'an integer' : 'a number';
      const relation = small ? (inclusive ? 'of at least' : 'greater than') : inclusive ? 'of at most' : 'less than';
      return `expected ${kind} ${relation} ${bound}, found ${describeValue(value)}`;
    }
    case 'string': {
      const length = typeof value === 'string' ? value.length : 0;
      if (small && bound === 1) return `expected a non-empty string, found ${describeValue(value)}`;
      return `expected ${small ? 'at least' : 'at most'} ${bound} characters, found ${length}`;
    }
    case 'array':
    case 'set': {
      const length = Array.isArray(value) ? value.length : 0;
      return `expected ${small ? 'at least' : 'at most'} ${bound} item${bound === 1 ? '' : 's'}, found ${length}`;
    }
    default:
      return issue.message;
  }
}

/** The number schema itself, or the one number option of a union (`"auto" | int`). */
function numberSchema(schema: Schema | undefined): z.ZodNumber | undefined {
  if (schema instanceof z.ZodNumber) return schema;
  if (schema instanceof z.ZodUnion) {
    const numbers = schema.options.map((o) => unwrap(o)).filter((o): o is z.ZodNumber => o instanceof z.ZodNumber);
    return numbers.length === 1 ? numbers[0] : undefined;
  }
  return undefined;
}

/** "an integer from 0 to 50", "a number of at least 0", "an integer". */
function numberName(schema: z.ZodNumber): string {
  const kind = schema.isInt ? 'an integer' : 'a number';
  const bounded = (n: number | null): n is number => typeof n === 'number' && Math.abs(n) < Number.MAX_SAFE_INTEGER;
  const lo = schema.minValue;
  const hi = schema.maxValue;
  if (bounded(lo) && bounded(hi)) return `${kind} from ${lo} to ${hi}`;
  if (bounded(lo)) return `${kind} of at least ${lo}`;
  if (bounded(hi)) return `${kind} of at most ${hi}`;
  return kind;
}

function formatMessage(issue: z.core.$ZodIssueInvalidStringFormat, value: unknown): string {
  const found = describeValue(value);
  switch (issue.format) {
    case 'url':
      return `expected an http(s) URL such as https://tracker.example.com/browse/DEBT-, found ${found}`;
    case 'date':
      return `expected a date as YYYY-MM-DD, found ${found}`;
    case 'datetime':
      return `expected a date and time (ISO 8601), found ${found}`;
    case 'regex': {
      // The schema words its patterns as what is expected ("expected owner/name", "a
      // repository path without …"); zod's own default starts with "Invalid".
      const custom = issue.message.replace(/^expected /, '');
      if (/^Invalid/.test(custom)) return `expected text matching ${issue.pattern ?? 'the pattern'}, found ${found}`;
      return `expected ${custom}, found ${found}`;
    }
    default:
      return `expected ${issue.format}, found ${found}`;
  }
}

function unknownKeyMessage(key: string, known: readonly string[]): string {
  const shown = key.length > 60 ? `${key.slice(0, 57)}…` : key;
  if (key === '<<') return 'unknown key `<<`: YAML merge keys are not supported; write the keys out';
  const suggestion = suggest(key, known);
  if (suggestion !== undefined) return `unknown key \`${shown}\`; did you mean \`${suggestion}\`?`;
  if (known.length === 0) return `unknown key \`${shown}\``;
  return `unknown key \`${shown}\`: expected one of ${known.join(', ')}`;
}

/**
 * The known name a user most likely meant: the same words in another case or
 * separator style (`min_words`, `minWords`, `MinWords` → `min-words`), a typo within
 * edit distance 2 (1 for names of up to 4 characters), or the one name it is a prefix of.
 */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  if (input.length === 0 || input.length > 64 || candidates.length === 0) return undefined;
  const compact = (s: string): string => s.toLowerCase().replace(/[\s_.-]+/g, '');
  const dashed = (s: string): string => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().replace(/[\s_]+/g, '-');
  const want = compact(input);
  const same = candidates.find((c) => compact(c) === want);
  if (same !== undefined) return same;
  const limit = input.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = Math.min(distance(dashed(input), candidate, limit), distance(input.toLowerCase(), candidate.toLowerCase(), limit));
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best !== undefined) return best;
  if (want.length >= 3) {
    const prefixed = candidates.filter((c) => compact(c).startsWith(want));
    if (prefixed.length === 1) return prefixed[0];
  }
  return undefined;
}

/** Optimal-string-alignment distance (adjacent transpositions cost 1), cut off above `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prevPrev[j - 2] as number) + 1);
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] as number;
}
