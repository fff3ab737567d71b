// Shared by the config tests: fixtures, and a walk over the zod schema's keys.
import { readFileSync, readdirSync } from 'node:fs';
import { z } from 'zod';

export const FIXTURES = new URL('../../fixtures/config/', import.meta.url);

export function fixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

export function invalidFixtureNames(): string[] {
  return readdirSync(new URL('invalid/', FIXTURES))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => f.slice(0, -'.yml'.length))
    .sort();
}

type Schema = z.core.$ZodType;

function unwrap(schema: Schema): Schema {
  let s = schema;
  for (;;) {
    if (s instanceof z.ZodDefault || s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodPrefault) {
      s = s.unwrap();
    } else if (s instanceof z.ZodPipe) s = s.in;
    else return s;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Every key path the schema allows: `rules.debt-link.registers[].github.repo`; `[]` is
 * any list item, `{}` any value of a free-form mapping; union options each add theirs.
 */
export function schemaKeyPaths(schema: Schema, prefix = ''): string[] {
  const s = unwrap(schema);
  if (s instanceof z.ZodObject) {
    return Object.entries(s.shape as Record<string, Schema>).flatMap(([key, value]) => {
      const path = prefix === '' ? key : `${prefix}.${key}`;
      return [path, ...schemaKeyPaths(value, path)];
    });
  }
  if (s instanceof z.ZodArray) return schemaKeyPaths(s.element, `${prefix}[]`);
  if (s instanceof z.ZodRecord) return [`${prefix}{}`, ...schemaKeyPaths(s.valueType, `${prefix}{}`)];
  if (s instanceof z.ZodUnion) return s.options.flatMap((o) => schemaKeyPaths(o, prefix));
  return [];
}

/** The key paths (in the notation of {@link schemaKeyPaths}) that `data` actually sets. */
export function dataKeyPaths(schema: Schema, data: unknown, prefix = ''): string[] {
  const s = unwrap(schema);
  if (s instanceof z.ZodObject && isObject(data)) {
    const shape = s.shape as Record<string, Schema>;
    return Object.entries(data).flatMap(([key, value]) => {
      const path = prefix === '' ? key : `${prefix}.${key}`;
      const inner = shape[key];
      return inner === undefined ? [path] : [path, ...dataKeyPaths(inner, value, path)];
    });
  }
  if (s instanceof z.ZodArray && Array.isArray(data)) return data.flatMap((item) => dataKeyPaths(s.element, item, `${prefix}[]`));
  if (s instanceof z.ZodRecord && isObject(data)) {
    return Object.values(data).flatMap((value) => [`${prefix}{}`, ...dataKeyPaths(s.valueType, value, `${prefix}{}`)]);
  }
  if (s instanceof z.ZodUnion && isObject(data)) {
    const option = s.options.find((o) => {
      const u = unwrap(o);
      return u instanceof z.ZodObject && Object.keys(data).some((k) => k in u.shape);
    });
    return option === undefined ? [] : dataKeyPaths(option, data, prefix);
  }
  return [];
}
