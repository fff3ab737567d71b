/**
 * The body → one mdast tree (CommonMark + GFM), in time linear in the body.
 *
 * remark's parser (micromark) is linear on what people write, not on what an attacker
 * can write (cmark's pathological cases take it seconds to minutes at GitHub's 65,536
 * characters): thousands of containers on one line recurse once per level; a
 * paragraph of thousands of emphasis or bracket markers without partners makes each
 * walk back over every earlier token; an unclosed `<!--`, code span or `www.` literal
 * scans to the end of its paragraph, once per opener; a `[` left open makes every
 * later word walk back to it; each container that closes, lazy line and setext
 * heading re-copies every event of the document before it. Pure pre-passes bound that
 * work, each past a budget far above any real body (the corpus's bodies read exactly
 * as they always did):
 *
 * - containers nested deeper than MAX_NESTING on one line are flattened (defuseNesting);
 * - past CONTAINER_BUDGET, the rest of the body is read without containers (flattenContainers);
 * - past the token, scan and setext budgets, inline markers are masked (maskCostly):
 *   swapped for stand-ins of the same length that remark reads as letters, and swapped
 *   back in the tree, so a masked marker reads as literal text, as an escaped one would.
 *
 * A body longer than MAX_READ_CHARS is not read at all (see unreadable).
 */
import type { Nodes, Root } from 'mdast';
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

/**
 * The longest body read: four times GitHub's limit for a body (65,536 characters), so
 * only a file given to the CLI can be longer. Reading is linear past the pre-passes,
 * so this bounds the time of any check; a longer body is not read (unreadable).
 */
export const MAX_READ_CHARS = 262_144;

/**
 * The most a body read may hold, in units of remark's linear work: a line counts one,
 * a line that starts a block three, a list item four, a `|` (a table cell) two. Past
 * the pre-passes, what is left costs remark about 15–20 µs a unit at most: 12,287
 * one-word paragraphs (49,149 units) check in about 650 ms on a 2-core machine, and
 * 21,845 of them (87,380) in about a second, the most any 64 KiB body could cost. The
 * corpus's most is about 3,600 (the 64 KiB golden body: 723 lines, 322 of them
 * starting a block, a table of 146 rows); its real bodies hold at most 1,637. So the
 * cap leaves a real body more than ten times its room and still holds the worst
 * 64 KiB body well under 2 s.
 */
export const MAX_BLOCK_LINES = 49_152;

/** How a check that cannot read its body concludes. */
export const TOO_COMPLEX = 'the body is too complex to read';

/**
 * Why a body cannot be read in bounded time (the message the check should conclude
 * with, every rule failing), or undefined when it can: every body up to
 * MAX_READ_CHARS characters whose lines weigh at most MAX_BLOCK_LINES.
 */
export function unreadable(body: string): string | undefined {
  if (body.length > MAX_READ_CHARS) return `${TOO_COMPLEX}: ${body.length} characters (at most ${MAX_READ_CHARS} are read)`;
  const lines = blockLines(body);
  if (lines > MAX_BLOCK_LINES) return `${TOO_COMPLEX}: its lines, blocks and table cells weigh ${lines} (at most ${MAX_BLOCK_LINES} are read)`;
  return undefined;
}

/** The body's lines, blocks and table cells, weighed as MAX_BLOCK_LINES says. */
function blockLines(body: string): number {
  let count = 0;
  let afterBlank = true;
  // The next `|`, kept across lines: an indexOf from each line would read past it, once a line.
  let pipe = -1;
  for (let start = 0; start <= body.length; ) {
    const end = body.indexOf('\n', start);
    const stop = end === -1 ? body.length : end;
    let at = skipSpace(body, start, stop);
    const quoted = body[at] === '>';
    while (body[at] === '>') at = skipSpace(body, at + 1, stop);
    const blank = at >= stop || (body[at] === '\r' && at + 1 >= stop);
    if (blank) count += 1;
    else if (listMarker(body, at, stop) > 0) count += 4;
    else count += afterBlank || quoted || body[at] === '#' || body[at] === '|' ? 3 : 1;
    for (pipe = pipe < start ? nextIndex(body, '|', start) : pipe; pipe < stop; pipe = nextIndex(body, '|', pipe + 1)) count += 2;
    afterBlank = blank;
    if (end === -1) break;
    start = end + 1;
  }
  return count;
}

/**
 * Parses a body once into an mdast tree (CommonMark + GFM). Never throws on any
 * string; an unreadable body gives an empty tree (no section, no fact: every rule fails).
 */
export function parseMarkdown(body: string): Root {
  return readMarkdown(body).root;
}

/** The body's tree, and why it was not read when it was not (the tree is then empty). */
export function readMarkdown(body: string): { readonly root: Root; readonly unreadable?: string } {
  const why = unreadable(body);
  return why === undefined ? { root: parseReadable(body) } : { root: { type: 'root', children: [] }, unreadable: why };
}

function parseReadable(body: string): Root {
  const flat = flattenContainers(defuseNesting(body));
  const masked = maskCostly(flat);
  if (masked === undefined) return processor.parse(flat);
  const tree = processor.parse(masked);
  unmask(tree);
  return tree;
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

/**
 * What remark may spend closing containers. At each line where a block quote or list
 * item closes, or a paragraph runs on lazily inside one, it copies every event of the
 * document so far: "> a", "", "b" repeated costs it the square of its length (16 s at
 * 64 KiB). The events are counted as one a line and three a container marker (which
 * tracks remark's time within 2×: 20–120 ns a unit), summed at each such line. The
 * corpus's most is about 100,000 (the 64 KiB golden body); past this, remark's share is
 * a quarter of a second at most, and the rest of the body is read without containers
 * (see flattenContainers).
 */
export const CONTAINER_BUDGET = 2_000_000;

/**
 * The body with its block quote and list markers dropped from the line where closing
 * containers would cost more than CONTAINER_BUDGET, or containers nest deeper than
 * MAX_NESTING: what follows reads as plain blocks, after one blank line. A line is
 * costed when it holds fewer `>` than the line before, or is indented less than a list
 * item open before it (a tab read as one column, so a doubt counts the line): an
 * overestimate of where remark closes a container or reads a lazy line.
 */
export function flattenContainers(body: string): string {
  let quotes = 0;
  const items: number[] = [];
  let events = 0;
  let cost = 0;
  for (let start = 0; start <= body.length; ) {
    const end = body.indexOf('\n', start);
    const stop = end === -1 ? body.length : end;
    let at = start;
    let depth = 0;
    for (let next = skipSpace(body, at, stop); body[next] === '>'; next = skipSpace(body, at, stop)) {
      depth += 1;
      at = next + 1;
    }
    const indent = skipSpace(body, at, stop) - at;
    if (at + indent < stop) {
      if (depth !== quotes) items.length = 0;
      let closes = depth < quotes;
      while ((items.at(-1) ?? -1) > indent) {
        items.pop();
        closes = true;
      }
      quotes = depth;
      events += 1 + 3 * depth;
      for (let column = indent, width = listMarker(body, at + column, stop); width > 0; width = listMarker(body, at + column, stop)) {
        column = skipSpace(body, at + column + width, stop) - at;
        items.push(column);
        events += 3;
      }
      if (closes) cost += events;
      // A blank line first closes what is open: else every line after would run on lazily in it.
      // Nesting deeper than MAX_NESTING across lines (by indentation) costs remark each level on every line.
      if (cost > CONTAINER_BUDGET || depth + items.length > MAX_NESTING) return `${body.slice(0, start)}\n${withoutContainers(body.slice(start))}`;
    }
    if (end === -1) break;
    start = end + 1;
  }
  return body;
}

/** Every line without its block quote and list markers and the white space around them. */
function withoutContainers(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let at = 0;
      for (;;) {
        const next = skipSpace(line, at, line.length);
        const width = line[next] === '>' ? 1 : listMarker(line, next, line.length);
        if (width === 0) return line.slice(next);
        at = next + width;
      }
    })
    .join('\n');
}

/** Where `char` next stands at or after `from`, or the text's length. */
function nextIndex(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at === -1 ? text.length : at;
}

function skipSpace(text: string, from: number, stop: number): number {
  let at = from;
  while (at < stop && (text[at] === ' ' || text[at] === '\t')) at += 1;
  return at;
}

/*
 * Masking. The body is read line by line into chunks: runs of lines that hold no
 * blank line, fence, heading or list item between them — each a superset of the
 * inline texts remark parses (a paragraph, a heading, a list item's paragraph, the
 * rows of a table). In a chunk, every token remark makes inline is counted: a run of
 * `*`, `_`, `~` or backticks, a `[`, `]` or `<`, a backslash escape, an `&`, an `@`, a
 * `www.` or `http://` literal. remark walks back over the tokens of a paragraph for
 * every marker that finds no partner, and splices its token list for every run of
 * text between tokens, so a chunk of `t` tokens over `l` lines costs it up to
 * t × (t + l) steps; markers that scan forward (`<`, a backtick run, a literal URL)
 * also cost the characters up to where they close. Past a chunk's budget, or the
 * body's, every further token of the chunk is masked. Fenced code is never read
 * inline and costs nothing; other blocks (HTML, indented code, tables) are counted as
 * if they were paragraphs, which only overestimates. Markers that start a block (a
 * list bullet, a fence, an HTML block, a link definition, a thematic break) are
 * counted but never masked, so every block stays what it is.
 *
 * A masked token reads as literal text, as a backslash-escaped one would; a masked
 * escape or character reference reads as its characters ("\_", "&amp;").
 */

/** t × (t + l) steps one chunk may cost: about 1,000 tokens on one line; at 20–130 ns a step, a few tens of milliseconds. */
export const CHUNK_TOKEN_BUDGET = 1_000_000;
/** The same over the whole body: a quarter of a second of remark's time at most (the corpus's most: about 110,000). */
export const BODY_TOKEN_BUDGET = 2_000_000;
/** Characters scanned forward by `<`, backtick runs and literal URLs, per chunk and per body. */
export const CHUNK_SCAN_BUDGET = 1_000_000;
export const BODY_SCAN_BUDGET = 4_000_000;
/** Words squared that `[` left open may cost remark, per chunk and per body (see BRACKET_REACH). */
export const CHUNK_OPEN_BUDGET = 4_000_000;
export const BODY_OPEN_BUDGET = 8_000_000;
/** Setext underlines per body: remark re-edits every event before each one (real bodies have a handful). */
export const MAX_SETEXT = 64;
/**
 * Line endings times words (plus line endings) one chunk, and the body, may cost.
 * remark splits text into a token a word (any word could start an e-mail literal) and
 * joins each line's tokens back by splicing the paragraph's whole token list: a
 * paragraph of `l` lines and `w` words costs it l × (w + l) element moves (2–5 ns
 * each). Past the budget, the chunk's line endings are masked too: remark reads it as
 * one line, the text keeps its line breaks. The corpus's most is about 180,000.
 */
export const CHUNK_JOIN_BUDGET = 20_000_000;
export const BODY_JOIN_BUDGET = 40_000_000;

/** The stand-ins: Unicode noncharacters, which no text means and remark reads as letters. */
const STAND_IN_BASE = 0xfdd0;
const MASKABLE = '*_~`[]<=-\\&@wWhH\n\r';
const STAND_IN = /[\uFDD0-\uFDEF]/u;
const STAND_INS = /[\uFDD0-\uFDEF]/gu;
/** Noncharacters the body itself holds read as U+FFFD when it is masked, so no stand-in is ambiguous. */
const NONCHARACTERS = /[\uFDD0-\uFDEF]/gu;

/** The body with its costly tokens masked, or undefined when nothing needs to be (every real body). */
export function maskCostly(body: string): string | undefined {
  const marks = new Masker(body).read();
  if (marks.length === 0) return undefined;
  const text = body.replace(NONCHARACTERS, '\uFFFD');
  const parts: string[] = [];
  let from = 0;
  for (const at of marks) {
    parts.push(text.slice(from, at), String.fromCharCode(STAND_IN_BASE + MASKABLE.indexOf(text[at] ?? '')));
    from = at + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** Swaps the stand-ins back into every string of the tree (iteratively: a tree can be deep). */
export function unmask(tree: Root): void {
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const fields = node as unknown as Record<string, unknown>;
    for (const key of ['value', 'url', 'title', 'alt', 'label', 'identifier', 'lang', 'meta']) {
      const field = fields[key];
      if (typeof field === 'string' && STAND_IN.test(field)) fields[key] = field.replace(STAND_INS, restore);
    }
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child);
  }
}

function restore(char: string): string {
  return MASKABLE[char.charCodeAt(0) - STAND_IN_BASE] ?? char;
}

interface Fence {
  readonly char: string;
  readonly length: number;
  readonly quotes: number;
  /** Where the fence marker stood after the line's block quote markers: its content is indented as far. */
  readonly column: number;
}

/** A line of a chunk: where its content starts (after its container markers) and where it ends. */
interface Line {
  readonly content: number;
  readonly stop: number;
}

/** Reads the lines into chunks, then each chunk's tokens against the budgets; collects the positions to mask. */
class Masker {
  readonly #body: string;
  readonly #marks: number[] = [];
  #fence: Fence | undefined;
  /** In an HTML block: its end marker, or "" when a blank line ends it. */
  #html: string | undefined;
  #chunk: Line[] = [];
  #afterParagraph = false;
  #setext = 0;
  #bodyTokens = 0;
  #bodyScan = 0;
  #bodyOpen = 0;
  #bodyJoin = 0;
  /** The next position of each terminator, memoised so forward searches never overlap. */
  readonly #next = new Map<string, number>();
  #space = -1;

  constructor(body: string) {
    this.#body = body;
  }

  read(): number[] {
    const body = this.#body;
    let start = 0;
    while (start <= body.length) {
      const end = body.indexOf('\n', start);
      const stop = end === -1 ? body.length : end;
      this.#line(start, stop);
      if (end === -1) break;
      start = end + 1;
    }
    this.#flush();
    // Setext underlines are marked as they are read, a chunk's tokens when it ends, a `[` may be marked twice.
    return [...new Set(this.#marks)].sort((a, b) => a - b);
  }

  #line(start: number, stop: number): void {
    const body = this.#body;
    const prefix = prefixOf(body, start, stop);
    const blank = isBlank(body, prefix.quotesEnd, stop);
    if (this.#fence !== undefined) {
      if (blank || insideFence(body, prefix, stop, this.#fence)) {
        if (!blank && closesFence(body, prefix.quotesEnd, stop, this.#fence)) this.#fence = undefined;
        return;
      }
      this.#fence = undefined;
    }
    if (blank) {
      this.#flush();
      if (this.#html === '') this.#html = undefined;
      this.#afterParagraph = false;
      return;
    }
    if (this.#html === undefined) {
      this.#fence = opensFence(body, prefix, stop);
      if (this.#fence !== undefined) {
        this.#flush();
        this.#afterParagraph = false;
        return;
      }
      this.#html = htmlEnd(body, prefix.content, stop);
    }
    if (this.#html && body.slice(prefix.content, stop).toLowerCase().includes(this.#html)) this.#html = undefined;
    const underline = isUnderline(body, prefix.quotesEnd, stop);
    if (underline && this.#afterParagraph) {
      this.#setext += 1;
      if (this.#setext > MAX_SETEXT) for (let at = prefix.quotesEnd; at < stop; at += 1) if (body[at] === '=' || body[at] === '-') this.#marks.push(at);
    }
    // A heading, a bullet or a list item numbered 1 always starts a block of its own: a new inline text.
    const heading = isHeading(body, prefix, stop);
    if (heading || prefix.opensItem) this.#flush();
    this.#chunk.push({ content: prefix.content, stop });
    if (heading) this.#flush();
    this.#afterParagraph = !underline && !heading;
  }

  #flush(): void {
    if (this.#chunk.length === 0) return;
    readChunk(this.#body, this.#chunk, this);
    this.#chunk = [];
  }

  /** Where `terminator` next occurs at or after `from` (the body's length when never). */
  nextOf(terminator: string, from: number): number {
    const known = this.#next.get(terminator);
    if (known !== undefined && known >= from) return known;
    const found = this.#body.indexOf(terminator, from);
    const at = found === -1 ? this.#body.length : found;
    this.#next.set(terminator, at);
    return at;
  }

  /** Where the next white space is at or after `from`: where a literal URL ends. */
  nextSpace(from: number): number {
    if (this.#space >= from) return this.#space;
    let at = from;
    while (at < this.#body.length && !isSpace(this.#body.charCodeAt(at))) at += 1;
    this.#space = at;
    return at;
  }

  /** Spends token steps and scanned characters of the body's budgets, if it still affords them. */
  afford(tokens: number, scan: number): boolean {
    if (this.#bodyTokens + tokens > BODY_TOKEN_BUDGET || this.#bodyScan + scan > BODY_SCAN_BUDGET) return false;
    this.#bodyTokens += tokens;
    this.#bodyScan += scan;
    return true;
  }

  /** Spends what a chunk's line endings cost of the body's budget, if it still affords it. */
  affordJoin(join: number): boolean {
    if (this.#bodyJoin + join > BODY_JOIN_BUDGET) return false;
    this.#bodyJoin += join;
    return true;
  }

  /** Spends what a `[` left open costs of the body's budget, if it still affords it. */
  affordOpen(open: number): boolean {
    if (this.#bodyOpen + open > BODY_OPEN_BUDGET) return false;
    this.#bodyOpen += open;
    return true;
  }

  /** Masks what can be masked of a token: an escape's backslash and, when it is a token, the character it escapes. */
  mask(from: number, to: number): void {
    for (let at = from; at < to; at += 1) if (MASKABLE.includes(this.#body[at] ?? '')) this.#marks.push(at);
  }
}

/** A line's container markers: its `>` count, where the block quotes end, where its content starts. */
interface Prefix {
  readonly quotes: number;
  /** Just after the last `>` and the space that belongs to it (the line's start when there is none). */
  readonly quotesEnd: number;
  readonly content: number;
  /** The line holds a list marker. */
  readonly listed: boolean;
  /** Its first list marker is a bullet or "1." with text after it, at most three spaces in: it starts a list item whatever came before. */
  readonly opensItem: boolean;
}

function prefixOf(text: string, start: number, stop: number): Prefix {
  let quotes = 0;
  let quotesEnd = start;
  let at = start;
  let listed = false;
  let opensItem = false;
  for (;;) {
    let next = at;
    while (next < stop && (text[next] === ' ' || text[next] === '\t')) next += 1;
    if (text[next] === '>') {
      quotes += 1;
      at = next + 1;
      if (text[at] === ' ' || text[at] === '\t') at += 1;
      quotesEnd = at;
      continue;
    }
    const marker = listMarker(text, next, stop);
    if (marker === 0) break;
    if (!listed) {
      const bullet = text[next] === '-' || text[next] === '*' || text[next] === '+';
      opensItem = next - quotesEnd <= 3 && (bullet || (text[next] === '1' && marker <= 3)) && !isBlank(text, next + marker, stop);
    }
    listed = true;
    at = next + marker;
  }
  let content = at;
  while (content < stop && (text[content] === ' ' || text[content] === '\t')) content += 1;
  return { quotes, quotesEnd, content, listed, opensItem };
}

/** The length of a list marker at `at` ("- ", "12. ", "3)" at the line's end), or 0. */
function listMarker(text: string, at: number, stop: number): number {
  let end = at;
  const char = text[at];
  if (char === '-' || char === '*' || char === '+') end += 1;
  else {
    while (end < stop && end - at < 9 && text[end]! >= '0' && text[end]! <= '9') end += 1;
    if (end === at || (text[end] !== '.' && text[end] !== ')')) return 0;
    end += 1;
  }
  if (end === stop) return end - at;
  return text[end] === ' ' || text[end] === '\t' ? end - at + 1 : 0;
}

function isBlank(text: string, from: number, stop: number): boolean {
  for (let at = from; at < stop; at += 1) if (text[at] !== ' ' && text[at] !== '\t' && text[at] !== '\r') return false;
  return true;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** A fence opening at the content: three or more backticks (none after) or tildes, indented as code cannot be. */
function opensFence(text: string, prefix: Prefix, stop: number): Fence | undefined {
  const char = text[prefix.content];
  if (char !== '`' && char !== '~') return undefined;
  let end = prefix.content;
  while (end < stop && text[end] === char) end += 1;
  if (end - prefix.content < 3 || (char === '`' && text.slice(end, stop).includes('`'))) return undefined;
  // A tab may count as four columns: reading one as four only declines a fence, which overcounts.
  let indent = 0;
  for (let at = prefix.content - 1; at >= prefix.quotesEnd && (text[at] === ' ' || text[at] === '\t'); at -= 1) indent += text[at] === '\t' ? 4 : 1;
  if (indent > (prefix.listed ? 4 : 3)) return undefined;
  return { char, length: end - prefix.content, quotes: prefix.quotes, column: prefix.content - prefix.quotesEnd };
}

/** A line stays in the fence while it keeps the fence's block quotes and indentation (a tab read as one column). */
function insideFence(text: string, prefix: Prefix, stop: number, fence: Fence): boolean {
  if (prefix.quotes < fence.quotes) return false;
  let at = prefix.quotesEnd;
  while (at < stop && (text[at] === ' ' || text[at] === '\t')) at += 1;
  return at - prefix.quotesEnd >= fence.column;
}

function closesFence(text: string, from: number, stop: number, fence: Fence): boolean {
  let at = from;
  while (at < stop && (text[at] === ' ' || text[at] === '\t')) at += 1;
  const begin = at;
  while (at < stop && text[at] === fence.char) at += 1;
  return at - begin >= fence.length && isBlank(text, at, stop);
}

/** An HTML block's end marker when the content may start one ("" for those a blank line ends), else undefined. */
function htmlEnd(text: string, content: number, stop: number): string | undefined {
  if (text[content] !== '<' || !/[A-Za-z/!?]/u.test(text[content + 1] ?? '')) return undefined;
  const head = text.slice(content, Math.min(stop, content + 11)).toLowerCase();
  const raw = /^<(script|pre|style|textarea)(?:[\s>]|$)/u.exec(head);
  if (raw) return `</${raw[1]}>`;
  if (head.startsWith('<!--')) return '-->';
  if (head.startsWith('<?')) return '?>';
  if (head.startsWith('<![cdata[')) return ']]>';
  if (head.startsWith('<!')) return '>';
  return '';
}

function isUnderline(text: string, from: number, stop: number): boolean {
  let at = from;
  while (at < stop && at - from < 3 && text[at] === ' ') at += 1;
  const char = text[at];
  if (char !== '=' && char !== '-') return false;
  while (at < stop && text[at] === char) at += 1;
  return isBlank(text, at, stop);
}

function isHeading(text: string, prefix: Prefix, stop: number): boolean {
  let at = prefix.content;
  if (!prefix.listed && at - prefix.quotesEnd > 3) return false;
  while (at < stop && at - prefix.content < 7 && text[at] === '#') at += 1;
  const level = at - prefix.content;
  return level >= 1 && level <= 6 && (at === stop || text[at] === ' ' || text[at] === '\t');
}

/** The characters that may open an inline token; the rest of a line is text. */
const TOKEN_STARTS = new Set([...'*_~`[]<\\&@wWhH'].map((char) => char.charCodeAt(0)));

/**
 * How far ahead a `[` is looked for its `]`. While a `[` stands open, remark walks back
 * to it from every word that could start an e-mail literal: a `[` left open before
 * thousands of words costs it their square. A `[` whose `]` is not found on its line,
 * within this reach and past nothing that could hide it (a `<`, a `|`, a code span that
 * does not close), is costed as open to the chunk's end.
 */
const BRACKET_REACH = 1024;

/**
 * Counts a chunk's tokens in order and masks every maskable one past the budgets.
 * A token at the start of a line that may start a block is counted, never masked.
 */
function readChunk(text: string, lines: readonly Line[], masker: Masker): void {
  new ChunkReader(text, lines, masker).read();
}

class ChunkReader {
  readonly #text: string;
  readonly #lines: readonly Line[];
  readonly #masker: Masker;
  readonly #end: number;
  readonly #ticks: ReadonlyMap<number, number>;
  #tokens = 0;
  #breaks = 0;
  #scan = 0;
  #open = 0;
  readonly #joined: boolean;
  /** Where masking began in this chunk (every token after is masked), or -1. */
  #maskFrom = -1;
  /** Live `[` with the `]` that closes them: if that `]` is masked, the `[` must be too. */
  readonly #brackets: Array<{ at: number; close: number }> = [];

  constructor(text: string, lines: readonly Line[], masker: Masker) {
    this.#text = text;
    this.#lines = lines;
    this.#masker = masker;
    this.#end = lines.at(-1)?.stop ?? 0;
    this.#ticks = backtickCloses(text, lines);
    this.#joined = this.#joins();
  }

  /** Whether the chunk's line endings cost more than the budgets afford: they are then masked, and cost no more. */
  #joins(): boolean {
    const breaks = this.#lines.length - 1;
    if (breaks === 0) return false;
    const join = breaks * (wordsOf(this.#text, this.#lines) + breaks);
    if (join <= CHUNK_JOIN_BUDGET && this.#masker.affordJoin(join)) return false;
    for (const line of this.#lines.slice(0, -1)) this.#masker.mask(this.#text[line.stop - 1] === '\r' ? line.stop - 1 : line.stop, line.stop + 1);
    return true;
  }

  read(): void {
    const text = this.#text;
    this.#lines.forEach((line, index) => {
      if (index > 0 && !this.#joined) this.#breaks += 1;
      let at = line.content;
      if (isThematicBreak(text, at, line.stop)) return;
      const definition = /\[(?:[^\\\]\n]|\\.){0,999}\]:/uy;
      definition.lastIndex = at;
      if (definition.test(text)) at = definition.lastIndex;
      while (at < line.stop) {
        const token = TOKEN_STARTS.has(text.charCodeAt(at)) ? readToken(text, at, line, this.#ticks, this.#end, this.#masker) : NO_TOKEN;
        if (token.length === 0) {
          at += 1;
          continue;
        }
        const exempt = at === line.content && startsBlock(text, at, line.stop);
        if (!this.#count(at, token, line) && !exempt) this.#masker.mask(at, at + token.length);
        at += token.length;
      }
    });
  }

  /** Counts a token against the budgets; false when it must be masked. */
  #count(at: number, token: Token, line: Line): boolean {
    if (this.#maskFrom >= 0) return false;
    // A `[` that would stay open too long is masked alone: literal text, as it would have read.
    const open = this.#text[at] === '[' ? this.#openCost(at, line) : 0;
    if (open > 0 && (this.#open + open > CHUNK_OPEN_BUDGET || !this.#masker.affordOpen(open))) return false;
    this.#open += open;
    const tokens = this.#tokens;
    const cost = 2 * tokens + 1 + this.#breaks;
    const affordable = tokens * (tokens + this.#breaks) + cost <= CHUNK_TOKEN_BUDGET && this.#scan + token.scan <= CHUNK_SCAN_BUDGET;
    if (!affordable || !this.#masker.afford(cost, token.scan)) {
      this.#startMasking(at);
      return false;
    }
    this.#tokens += 1;
    this.#scan += token.scan;
    return true;
  }

  /** What a `[` costs while it stays open: nothing when its `]` is in reach, else every word to the chunk's end squared. */
  #openCost(at: number, line: Line): number {
    const close = closingBracket(this.#text, at, line, this.#ticks);
    if (close >= 0) {
      this.#brackets.push({ at, close });
      return 0;
    }
    const words = Math.ceil((this.#end - at) / 2);
    return words * words;
  }

  #startMasking(at: number): void {
    this.#maskFrom = at;
    for (const bracket of this.#brackets) if (bracket.close >= at) this.#masker.mask(bracket.at, bracket.at + 1);
  }
}

/** The words of a chunk as remark splits them: an ASCII letter or digit after anything that cannot be in an e-mail address. */
function wordsOf(text: string, lines: readonly Line[]): number {
  let words = 0;
  for (const line of lines) {
    let inWord = false;
    for (let at = line.content; at < line.stop; at += 1) {
      const code = text.charCodeAt(at);
      const alphanumeric = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
      if (alphanumeric && !inWord) words += 1;
      inWord = alphanumeric || code === 43 || code === 45 || code === 46 || code === 95 || code === 47;
    }
  }
  return words;
}

/** Where the `]` that closes the `[` at `at` stands, or -1 when it is not plainly in reach. */
function closingBracket(text: string, at: number, line: Line, ticks: ReadonlyMap<number, number>): number {
  const stop = Math.min(line.stop, at + BRACKET_REACH);
  let depth = 0;
  let position = at;
  while (position < stop) {
    const char = text[position];
    if (char === '\\') position += 2;
    else if (char === '`') {
      const close = ticks.get(position);
      if (close === undefined || close >= stop) return -1;
      position = close;
      while (position < stop && text[position] === '`') position += 1;
    } else if (char === '<' || char === '|') return -1;
    else {
      if (char === '[') depth += 1;
      else if (char === ']') depth -= 1;
      if (depth === 0) return position;
      position += 1;
    }
  }
  return -1;
}

interface Token {
  /** Its characters (0: not a token). */
  readonly length: number;
  /** The characters remark scans forward from it. */
  readonly scan: number;
}

const NO_TOKEN: Token = { length: 0, scan: 0 };

function readToken(text: string, at: number, line: Line, ticks: ReadonlyMap<number, number>, end: number, masker: Masker): Token {
  const char = text[at];
  switch (char) {
    case '*':
    case '_':
    case '~':
    case '`': {
      let stop = at;
      while (stop < line.stop && text[stop] === char) stop += 1;
      return { length: stop - at, scan: char === '`' ? Math.min(ticks.get(at) ?? end, end) - at : 0 };
    }
    case '<':
      return { length: 1, scan: Math.min(masker.nextOf(htmlClose(text, at), at + 1), end) - at };
    case '\\':
      return at + 1 < line.stop && /[!-/:-@[-`{-~]/u.test(text[at + 1] ?? '') ? { length: 2, scan: 0 } : NO_TOKEN;
    case 'w':
    case 'W':
      return text.slice(at, at + 4).toLowerCase() === 'www.' && (at === line.content || /[\s(*_[\]~]/u.test(text[at - 1] ?? ''))
        ? { length: 1, scan: Math.min(masker.nextSpace(at), end) - at }
        : NO_TOKEN;
    case 'h':
    case 'H':
      return /^https?:\/\//iu.test(text.slice(at, at + 8)) && !/[A-Za-z]/u.test(text[at - 1] ?? '')
        ? { length: 1, scan: Math.min(masker.nextSpace(at), end) - at }
        : NO_TOKEN;
    case ']':
      // "](" opens a destination and title, read up to a `)`: once for every such `]`.
      return { length: 1, scan: text[at + 1] === '(' ? Math.min(masker.nextOf(')', at + 2), end) - at : 0 };
    default:
      return { length: 1, scan: 0 };
  }
}

/** What closes what a `<` opens: a comment, an instruction, CDATA, or a tag, declaration or autolink. */
function htmlClose(text: string, at: number): string {
  if (text.startsWith('<!--', at)) return '-->';
  if (text.startsWith('<?', at)) return '?>';
  if (text.startsWith('<![CDATA[', at)) return ']]>';
  return '>';
}

/** For each backtick run of a chunk, where the code span it opens closes (absent: it never does). */
function backtickCloses(text: string, lines: readonly Line[]): Map<number, number> {
  const runs: Array<{ at: number; length: number }> = [];
  for (const line of lines) {
    // Searched within the line: an indexOf over the body would read past it, once a line.
    const content = text.slice(line.content, line.stop);
    for (let at = content.indexOf('`'); at !== -1; ) {
      let stop = at;
      while (stop < content.length && content[stop] === '`') stop += 1;
      runs.push({ at: line.content + at, length: stop - at });
      at = content.indexOf('`', stop);
    }
  }
  const closes = new Map<number, number>();
  const next = new Map<number, number>();
  for (let index = runs.length - 1; index >= 0; index -= 1) {
    const run = runs[index]!;
    const close = next.get(run.length);
    if (close !== undefined) closes.set(run.at, close);
    next.set(run.length, run.at);
  }
  return closes;
}

/** A marker at a line's start that may start a block: a bullet or thematic break, a fence, an HTML block. */
function startsBlock(text: string, at: number, stop: number): boolean {
  const char = text[at];
  let end = at;
  while (end < stop && text[end] === char) end += 1;
  if (char === '*' || char === '_') return end === stop || text[end] === ' ' || text[end] === '\t';
  if (char === '`' || char === '~') return end - at >= 3;
  if (char === '<') return /[A-Za-z/!?]/u.test(text[at + 1] ?? '');
  return false;
}

function isThematicBreak(text: string, from: number, stop: number): boolean {
  const char = text[from];
  if (char !== '*' && char !== '_' && char !== '-') return false;
  let count = 0;
  for (let at = from; at < stop; at += 1) {
    if (text[at] === char) count += 1;
    else if (text[at] !== ' ' && text[at] !== '\t') return false;
  }
  return count >= 3;
}
