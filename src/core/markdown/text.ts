/**
 * What counts as content. HTML (comments included), fenced code and untouched
 * template placeholders are no content; everything else is text.
 */
import type { Nodes } from 'mdast';
import { isNoContent } from '../language/no-content.js';
import { isOwnText } from '../language/own-texts.js';

/** Plain text of a node, leaving out HTML and code blocks; inline code is kept. */
export function plainText(node: Nodes): string {
  switch (node.type) {
    case 'html':
    case 'code':
    case 'yaml':
    case 'definition':
    case 'footnoteDefinition':
    case 'thematicBreak':
      return '';
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    default:
      break;
  }
  if (!('children' in node)) return '';
  let out = '';
  for (const child of node.children as Nodes[]) {
    const text = plainText(child);
    if (!text) continue;
    const block = child.type === 'paragraph' || child.type === 'list' || child.type === 'listItem' || child.type === 'tableRow';
    out += block && out ? `\n${text}` : text;
  }
  return out;
}

const BUILT_IN_PLACEHOLDERS = [
  'tbd', 'tba', 'tbc', 'todo', 'fixme', 'xxx', 'n/a', 'na', 'none', 'nil', 'null', '-', '--', '—', '...', '…',
  'fill in', 'fill me in', 'fill this in', 'to do', 'to be defined', 'to be determined', 'lorem ipsum',
  'add description', 'describe here', 'your text here', 'text here', 'details', 'description', 'no response',
  '_no response_', 'none yet', 'not yet', 'coming soon', 'see above', 'see below', 'same as above', 'see title', 'see ticket',
];

/** Decides whether a piece of text is an untouched placeholder. */
export class Placeholders {
  readonly #exact: Set<string>;

  constructor(extra: readonly string[] = []) {
    this.#exact = new Set([...BUILT_IN_PLACEHOLDERS, ...extra.map(squash)]);
  }

  isPlaceholder(text: string): boolean {
    const squashed = squash(text);
    if (!squashed) return true;
    if (this.#exact.has(squashed)) return true;
    const trimmed = text.trim();
    // <describe the value>, [fill in], {{ value }}, _Describe the change_
    if (/^<[^<>]*>$/u.test(trimmed) || /^\[[^\]]*\]$/u.test(trimmed) || /^\{\{[^}]*\}\}$/u.test(trimmed)) return true;
    // Instructions, examples, prompts, slots, placeholders with an explanation (language/no-content.ts),
    // and alignment-check's own examples copied as they were printed.
    return isNoContent(trimmed) || isOwnText(trimmed);
  }
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[\s*_`]+/g, ' ').trim().replace(/[.:;!?]+$/u, '').trim();
}

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** Segmenting one long string takes time that grows faster than its length, so long texts are cut at white space. */
const CHUNK = 2000;

/** Real words: word-like segments with a letter (CJK counted per word segment). */
export function countWords(text: string): number {
  let count = 0;
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      const newline = text.lastIndexOf('\n', end);
      const cut = Math.max(space, newline);
      if (cut > start) end = cut;
    }
    for (const segment of segmenter.segment(text.slice(start, end))) {
      if (segment.isWordLike && /\p{L}/u.test(segment.segment)) count += 1;
    }
    start = end;
  }
  return count;
}

/** Collapses white space for display, keeping it on one line; never cuts a character (or emoji) in half. */
export function oneLine(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return clipText(flat, max);
}

/** At most `max` code points, with an ellipsis when cut. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  return points.length > max ? `${points.slice(0, max - 1).join('')}…` : text;
}
