/**
 * The YAML side of reading a config: the parsed document with its positions — the
 * offset of a key path, the key path of an offset — duplicate keys, tags and aliases,
 * and the limits that keep a hostile file cheap to read.
 */
import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, visit } from 'yaml';
import type { Alias, CST, Document, Pair, YAMLMap } from 'yaml';
import { MAX_ALIAS_COUNT, MAX_NESTING } from './limits.js';
import type { Path, Segment } from './paths.js';

export interface Located {
  readonly offset: number;
  readonly path: Path;
  readonly message: string;
  /** The stretch of text this problem makes unreliable (a node with a tag, a key that is a list): later findings there are its echoes. */
  readonly span?: Span;
}

/** Offsets [from, to], both inclusive. */
export type Span = readonly [number, number];

const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

export interface Scan {
  readonly duplicates: Located[];
  readonly structural: Located[];
  readonly aliases: Alias[];
  /** Pairs whose key is a list, a mapping or an alias (reported in `structural`). */
  readonly badKeys: ReadonlyArray<{ readonly map: YAMLMap; readonly pair: Pair }>;
}

export class Context {
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

  /** A node's text, from its start to its end. */
  spanOf(node: unknown): Span {
    const range = rangeOf(node);
    return range ? [range[0], range[2]] : [0, 0];
  }

  /**
   * What a YAML syntax error at `from`..`to` makes unreliable, so the findings there can
   * be left out as its echoes while the rest of the file is still checked: the lines it
   * is on, and the innermost scalar or flow collection (`[…]`, `{…}`) around it — an
   * unclosed quote swallows what follows, a broken `[…]` reads its items wrongly.
   * Block mappings and lists around it are not counted: their other keys read fine.
   * A line indented wrongly (a tab, a bad indent) also leaves the key above it that
   * ends in a colon without its value.
   */
  damageOf(code: string, from: number, to: number): Span[] {
    const start = from > 0 && this.text[from - 1] === '\n' ? from : this.text.lastIndexOf('\n', Math.max(0, from - 1)) + 1;
    const newline = this.text.indexOf('\n', Math.max(from, to));
    const spans: Span[] = [[start, newline < 0 ? this.text.length : newline]];
    if (code === 'TAB_AS_INDENT' || code === 'BAD_INDENT') {
      const above = this.keyAbove(start);
      if (above !== undefined) spans.push(above);
    }
    let innermost: Span | undefined;
    visit(this.doc, {
      Node: (_key, node) => {
        if (!isScalar(node) && !((isMap(node) || isSeq(node)) && node.flow === true)) return;
        const range = rangeOf(node);
        if (!range || range[0] > from || range[2] < from) return;
        if (innermost === undefined || range[2] - range[0] < innermost[1] - innermost[0]) innermost = [range[0], range[2]];
      },
    });
    if (innermost !== undefined) spans.push(innermost);
    return spans;
  }

  /** The line before `lineStart` (blank and comment lines skipped) when it is a key that ends in a colon. */
  private keyAbove(lineStart: number): Span | undefined {
    let end = lineStart - 1;
    while (end > 0) {
      const begin = this.text.lastIndexOf('\n', end - 1) + 1;
      const line = this.text.slice(begin, end);
      if (line.trim() === '' || line.trim().startsWith('#')) {
        end = begin - 1;
        continue;
      }
      return /:\s*(?:#.*)?$/u.test(line) ? [begin, end] : undefined;
    }
    return undefined;
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
    const badKeys: Array<{ map: YAMLMap; pair: Pair }> = [];
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
            span: this.spanOf(node),
          });
        }
        if (key === 'key' && !isScalar(node)) {
          const kind = isAlias(node) ? 'an alias' : isSeq(node) ? 'a list' : 'a mapping';
          structural.push({ offset: this.offsetOf(node), path: path.slice(0, -1), message: `expected a plain key, found ${kind}`, span: this.spanOf(node) });
          const pair = ancestors[ancestors.length - 1];
          const map = ancestors[ancestors.length - 2];
          if (isPair(pair) && isMap(map)) badKeys.push({ map, pair });
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
    return { duplicates, structural, aliases, badKeys };
  }

  /**
   * Leaves out the pairs whose key is not a plain scalar (already reported): read as
   * data they would become keys such as "[ a ]", and the schema would report them again.
   */
  dropBadKeys(badKeys: Scan['badKeys']): void {
    for (const { map, pair } of badKeys) {
      const index = map.items.indexOf(pair);
      if (index >= 0) map.items.splice(index, 1);
    }
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

export function rangeOf(node: unknown): readonly [number, number, number] | undefined {
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
export function deepNesting(tokens: readonly CST.Token[]): number | undefined {
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

export function utf8Length(text: string): number {
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

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  return `${Math.ceil(bytes / 1024)} KiB`;
}
