/**
 * What counts as content. HTML (comments included), fenced code and untouched
 * template placeholders are no content; everything else is text.
 */
import type { Nodes } from 'mdast';
import { isNoContent } from '../language/no-content.js';
import { isOwnText } from '../language/own-texts.js';
import { HAS_LETTER, wordRegExp } from '../text/letters.js';

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

/**
 * Trailing sentence marks end where no other stands before them: `[.:;!?]+$` alone,
 * tried at every position of a long run of them inside a text, takes quadratic time.
 */
const TRAILING_MARKS = /(?<![.:;!?])[.:;!?]+$/u;

function squash(text: string): string {
  return text.toLowerCase().replace(/[\s*_`]+/g, ' ').trim().replace(TRAILING_MARKS, '').trim();
}

/** Built on first use: creating it costs a process about 7 ms, and most texts are counted without it. */
let segmenter: Intl.Segmenter | undefined;

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
    count += wordsIn(text.slice(start, end));
    start = end;
  }
  return count;
}

/**
 * ASCII white space, currency signs and the ASCII punctuation the segmenter always
 * makes a segment of its own (every kind but `.`, `,`, `;`, `:`, `'`, `"` and `_`, which
 * can join the letters or digits on either side of them).
 */
const ALWAYS_APART = /[\t\n\r !#$%&()*+\-/<=>?@[\\\]^`{|}~\p{Sc}]+/u;
/** `.`, `,`, `;`, `:` and quotes at a piece's edges join nothing: "customers." is one word. */
const EDGE_MARKS = /^[.,;:'"]+|(?<![.,;:'"])[.,;:'"]+$/gu;

/**
 * Letters of alphabets written with spaces, ASCII digits and `_`: the segmenter joins
 * any run of them into one word (a piece already holds a letter).
 */
const ONE_WORD = wordRegExp(String.raw`^(?:(?=[\p{L}\d_])[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\d_])+$`, 'u');

/** One-word runs joined by `;` or `,` ("a;b,c"): those join only digits on both sides ("1,000"), so they part words elsewhere. */
const LISTED_WORDS = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\d_;,]+$/u;
const LIST_SEPARATOR = /(?<!\d)[;,]|[;,](?!\d)/u;

/**
 * The words of one chunk. The segmenter takes about a microsecond a segment; pieces
 * between characters that always stand apart are counted without it when they hold no
 * letter (none) or are one word's letters (one), and the rest are segmented together,
 * a space between them: the same count, without segmenting runs of punctuation or of
 * short words.
 */
function wordsIn(chunk: string): number {
  let count = 0;
  const rest: string[] = [];
  for (const piece of chunk.split(ALWAYS_APART)) {
    if (!HAS_LETTER.test(piece)) continue;
    const bare = piece.replace(EDGE_MARKS, '');
    if (ONE_WORD.test(bare)) count += 1;
    else if (LISTED_WORDS.test(piece)) count += piece.split(LIST_SEPARATOR).filter((word) => HAS_LETTER.test(word)).length;
    else rest.push(piece);
  }
  if (rest.length === 0) return count;
  segmenter ??= new Intl.Segmenter('en', { granularity: 'word' });
  for (const segment of segmenter.segment(rest.join(' '))) {
    if (segment.isWordLike && HAS_LETTER.test(segment.segment)) count += 1;
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
