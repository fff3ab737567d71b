/**
 * The zod side of reading a config: where in the schema a path leads, and each zod
 * issue in words a user can act on ("expected one of enforce, advisory, found
 * \"strict\""), positioned through the YAML source.
 */
import * as z from 'zod';
import { child, dataAt, isPlainObject, toSegment, type Path, type Segment } from './paths.js';
import { suggest } from './suggest.js';
import type { Context, Located } from './yaml-source.js';

type Schema = z.core.$ZodType;
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

export class Validation {
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

export function describeValue(value: unknown): string {
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
