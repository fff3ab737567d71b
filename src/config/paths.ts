/** Key paths into a config: how they print, and the data they point at. */

export type Segment = string | number;
export type Path = readonly Segment[];

/** The longest key name a message echoes whole; longer ones are cut (a config is user input). */
export const MAX_ECHOED_KEY = 60;

/** `rules.debt-link.registers[0].key`, `sprints.points.sizes["size: xs"]`; over-long key names cut with "…". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const full = String(segment);
      const name = full.length > MAX_ECHOED_KEY ? `${full.slice(0, MAX_ECHOED_KEY - 3)}…` : full;
      out += /^[A-Za-z0-9_$-]+$/.test(name) ? (out === '' ? name : `.${name}`) : `[${JSON.stringify(name)}]`;
    }
  }
  return out;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function child(value: unknown, segment: Segment): unknown {
  if (Array.isArray(value) && typeof segment === 'number') return value[segment];
  if (isPlainObject(value) && Object.hasOwn(value, String(segment))) return value[String(segment)];
  return undefined;
}

export function dataAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of path) value = child(value, toSegment(segment));
  return value;
}

export function toSegment(key: PropertyKey): Segment {
  return typeof key === 'number' ? key : String(key);
}
