import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * Containers (block quotes, list items) nested deeper than this on one line are
 * flattened before parsing: the parser recurses once per level, so thousands of
 * levels ("> > > …", "1. 1. 1. …") would exhaust the stack and take seconds. No real
 * body nests anywhere near this deep.
 */
export const MAX_NESTING = 32;

/** Parses a body once into an mdast tree (CommonMark + GFM). Never throws on any string. */
export function parseMarkdown(body: string): Root {
  return processor.parse(defuseNesting(body));
}

export function defuseNesting(body: string): string {
  let out: string[] | undefined;
  let start = 0;
  let index = 0;
  while (start <= body.length) {
    const end = body.indexOf('\n', start);
    const stop = end === -1 ? body.length : end;
    const cut = deepPrefix(body, start, stop);
    if (cut !== undefined) {
      out ??= [];
      out.push(body.slice(index, cut.from), body.slice(cut.to, stop));
      index = stop;
    }
    if (end === -1) break;
    start = end + 1;
  }
  if (!out) return body;
  out.push(body.slice(index));
  return out.join('');
}

/** Where a line's container markers go past MAX_NESTING: the span to drop, or undefined. */
function deepPrefix(text: string, start: number, stop: number): { from: number; to: number } | undefined {
  let depth = 0;
  let position = start;
  let from = -1;
  while (position < stop) {
    let next = position;
    while (next < stop && (text[next] === ' ' || text[next] === '\t')) next += 1;
    const char = text[next];
    if (char === '>') next += 1;
    else if ((char === '-' || char === '*' || char === '+') && (text[next + 1] === ' ' || text[next + 1] === '\t')) next += 2;
    else {
      let digits = next;
      while (digits < stop && digits - next < 9 && text[digits]! >= '0' && text[digits]! <= '9') digits += 1;
      if (digits === next || (text[digits] !== '.' && text[digits] !== ')') || (text[digits + 1] !== ' ' && text[digits + 1] !== '\t')) break;
      next = digits + 2;
    }
    depth += 1;
    if (depth === MAX_NESTING) from = next;
    position = next;
  }
  return depth > MAX_NESTING && from >= 0 ? { from, to: position } : undefined;
}
