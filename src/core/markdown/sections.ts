/**
 * Sections derived from the mdast tree (never from line regexes over the raw text):
 * - a heading of any level starts a section that runs to the next heading of the same
 *   or a higher level; deeper headings are its subsections;
 * - a label paragraph starts a labelled section: its text on the same line plus the
 *   blocks that follow, up to the next label or heading; a label that names a
 *   container (e.g. "Acceptance criteria:") keeps the child labels that follow it
 *   (e.g. "Security:") as its subsections;
 * - a list item that starts with a label, and a table row with a first cell, are
 *   small sections of their own;
 * - everything else becomes units: one per paragraph, list item or table row.
 */
import type { List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast';
import type { Position } from '../result.js';
import { readLabel, type Label } from './labels.js';
import { collectLinks, type Link } from './links.js';
import { plainText, type Placeholders } from './text.js';
import { HAS_LETTER_OR_DIGIT, wordRegExp } from '../text/letters.js';

export interface Unit {
  readonly type: 'unit';
  readonly text: string;
  /** Empty, an untouched template placeholder, or only links: no content. */
  readonly placeholder: boolean;
  /** Nothing but links: no content of its own, but a reference (to the debt register, say). */
  readonly pointer: boolean;
  /** A GFM task item's state; undefined for anything else. */
  readonly checked: boolean | undefined;
  readonly position: Position | undefined;
  /** Links inside the unit (their URLs are not part of `text`). */
  readonly links: readonly Link[];
}

export type SectionKind = 'root' | 'heading' | 'label' | 'item' | 'row';

export interface Section {
  readonly type: 'section';
  readonly kind: SectionKind;
  readonly title: string;
  readonly depth: number;
  readonly position: Position | undefined;
  readonly checked: boolean | undefined;
  readonly entries: Array<Unit | Section>;
}

export interface SectionContext {
  readonly placeholders: Placeholders;
  /** Whether a plain (not bold) label, a table header or a list label names something known. */
  isKnownTitle(title: string): boolean;
  /** Whether a label keeps the child labels that follow it (e.g. "Acceptance criteria:"). */
  isContainer(title: string): boolean;
  /** Whether a label belongs under an open container (e.g. a category such as "Security"). */
  isChildLabel(title: string): boolean;
}

export function buildSections(tree: Root, context: SectionContext): Section {
  const builder = new Builder(context);
  for (const node of tree.children) builder.block(node);
  return builder.root;
}

/** Walks the top-level blocks once, keeping the open heading sections and label. */
class Builder {
  readonly root = newSection('root', '', 0, undefined);
  readonly #context: SectionContext;
  readonly #headings: Section[] = [this.root];
  #openLabel: Section | undefined;
  #container: Section | undefined;

  constructor(context: SectionContext) {
    this.#context = context;
  }

  block(node: RootContent): void {
    if (node.type === 'heading') {
      while (this.#headings.length > 1 && (this.#headings.at(-1)?.depth ?? 0) >= node.depth) this.#headings.pop();
      const section = newSection('heading', plainText(node), node.depth, positionOf(node));
      this.#heading.entries.push(section);
      this.#headings.push(section);
      this.#openLabel = undefined;
      this.#container = undefined;
      return;
    }
    if (node.type === 'paragraph') {
      this.#paragraph(node);
      return;
    }
    if (node.type === 'blockquote') {
      // A quoted template keeps its labels: "> **Business Value:** …".
      for (const child of node.children) this.block(child);
      return;
    }
    if (node.type === 'html') {
      // <details><summary>Business Value</summary> … </details>: the summary is a title.
      const summary = summaryOf(node.value);
      if (summary) this.#label({ title: summary, rest: '', bold: true }, node, []);
      return;
    }
    addBlock(this.#openLabel ?? this.#heading, node, this.#context);
  }

  get #heading(): Section {
    return this.#headings.at(-1) ?? this.root;
  }

  /**
   * A paragraph, line by line when a later line starts a label of its own: GitHub
   * shows "Performance: …" and "Security: …" on consecutive lines as two lines, and
   * a reader sees two labels.
   */
  #paragraph(node: Paragraph): void {
    const isKnown = (title: string): boolean => this.#context.isKnownTitle(title);
    const lines = splitLines(node);
    const labels = lines.map((line) => readLabel(line, isKnown));
    if (lines.length < 2 || !labels.slice(1).some(Boolean)) {
      const first = labels[0];
      const rest = lines.slice(1).map((line) => plainText(line)).join('\n');
      const label = lines.length > 1 ? (readLabel(node, isKnown) ?? (first ? { ...first, rest: [first.rest, rest].filter(Boolean).join('\n') } : undefined)) : first;
      if (label) this.#label(label, node, [node]);
      else addBlock(this.#openLabel ?? this.#heading, node, this.#context);
      return;
    }
    let index = 0;
    while (index < lines.length) {
      const label = labels[index];
      let next = index + 1;
      while (next < lines.length && !labels[next]) next += 1;
      const group = lines.slice(index, next);
      const text = group.slice(1).map((line) => plainText(line)).join('\n');
      const first = group[0];
      if (first && label) this.#label({ ...label, rest: [label.rest, text].filter(Boolean).join('\n') }, first, group);
      else if (first) {
        const target = this.#openLabel ?? this.#heading;
        target.entries.push(unit(group.map((line) => plainText(line)).join('\n'), undefined, first, group, this.#context));
      }
      index = next;
    }
  }

  #label(label: Label, at: Nodes, linkNodes: readonly Nodes[]): void {
    const context = this.#context;
    const nested = this.#container !== undefined && context.isChildLabel(label.title);
    if (!nested) this.#container = undefined;
    const heading = this.#heading;
    const section = newSection('label', label.title, heading.depth + 1, positionOf(at));
    if (label.rest.trim()) section.entries.push(unit(label.rest, undefined, at, linkNodes, context));
    (nested && this.#container ? this.#container : heading).entries.push(section);
    this.#openLabel = section;
    if (!nested && context.isContainer(label.title)) this.#container = section;
  }
}

/**
 * The text of an HTML block's first `<summary>…</summary>`, tags removed, or undefined.
 * Found with indexOf, as `/<summary>([\s\S]*?)<\/summary>/` would find it: that pattern
 * (and `<[^>]*>` for the tags) rescans the rest of the block from every opener that
 * never closes, quadratic in a block of thousands of them.
 */
function summaryOf(html: string): string | undefined {
  const open = /<summary>/iu.exec(html);
  if (open === null) return undefined;
  const closing = /<\/summary>/giu;
  closing.lastIndex = open.index + open[0].length;
  const close = closing.exec(html);
  if (close === null) return undefined;
  const inner = html.slice(open.index + open[0].length, close.index);
  let text = '';
  let from = 0;
  for (let tag = inner.indexOf('<'); tag !== -1; tag = inner.indexOf('<', from)) {
    const end = inner.indexOf('>', tag);
    if (end === -1) break;
    text += inner.slice(from, tag);
    from = end + 1;
  }
  return (text + inner.slice(from)).trim() || undefined;
}

/** A paragraph cut at its line breaks (soft or hard) into one paragraph per line. */
export function splitLines(paragraph: Paragraph): Paragraph[] {
  const start = paragraph.position?.start;
  const lines: PhrasingContent[][] = [[]];
  for (const child of paragraph.children) {
    if (child.type === 'break') {
      lines.push([]);
      continue;
    }
    if (child.type !== 'text' || !child.value.includes('\n')) {
      lines.at(-1)?.push(child);
      continue;
    }
    child.value.split(/\r?\n/u).forEach((part, index) => {
      if (index > 0) lines.push([]);
      if (part) lines.at(-1)?.push({ type: 'text', value: part });
    });
  }
  return lines
    .map((children, index): Paragraph => {
      const line = start ? { line: start.line + index, column: index === 0 ? start.column : 1 } : undefined;
      return line ? { type: 'paragraph', children, position: { start: line, end: line } } : { type: 'paragraph', children };
    })
    .filter((line) => line.children.length > 0);
}

function addBlock(target: Section, node: RootContent, context: SectionContext): void {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      target.entries.push(unit(plainText(node), undefined, node, [node], context));
      return;
    case 'list':
      addList(target, node, context);
      return;
    case 'table':
      addTable(target, node, context);
      return;
    case 'blockquote':
      for (const child of node.children) addBlock(target, child, context);
      return;
    case 'code':
    case 'html':
    case 'thematicBreak':
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
      return;
    default: {
      const text = plainText(node as Nodes);
      if (text.trim()) target.entries.push(unit(text, undefined, node, [node as Nodes], context));
    }
  }
}

function addList(target: Section, list: List, context: SectionContext): void {
  for (const item of list.children) addListItem(target, item, context);
}

function addListItem(target: Section, item: ListItem, context: SectionContext): void {
  const checked = item.checked ?? undefined;
  const [first, ...others] = item.children;
  const label = first?.type === 'paragraph' ? listLabel(first, context) : undefined;
  if (label) {
    const section = newSection('item', label.title, target.depth + 1, positionOf(item), checked);
    if (label.rest.trim()) section.entries.push(unit(label.rest, checked, item, [first as Nodes], context));
    for (const child of others) addBlock(section, child, context);
    target.entries.push(section);
    return;
  }
  const own = item.children.filter((child) => child.type !== 'list');
  const text = own.map((child) => plainText(child)).filter(Boolean).join('\n');
  if (text.trim() || checked !== undefined) target.entries.push(unit(text, checked, item, own, context));
  for (const child of item.children) if (child.type === 'list') addList(target, child, context);
}

/**
 * A list item's label: `- **Performance:** p95 < 1 s`, `- Security: TLS only`, or a
 * known title alone (`- Performance` with its criteria nested below, or an unticked
 * `- [ ] Security` left from a template — a title with no content).
 */
const MAX_ALONE_WORDS = 4;

function listLabel(paragraph: Paragraph, context: SectionContext): Label | undefined {
  const label = readLabel(paragraph, (title) => context.isKnownTitle(title));
  if (label) return label;
  const alone = plainText(paragraph).trim().replace(/[:：]$/u, '');
  const short = alone.split(/\s+/u).length <= MAX_ALONE_WORDS && !alone.includes('\n');
  return alone && short && context.isKnownTitle(alone) ? { title: alone, rest: '', bold: false } : undefined;
}

function addTable(target: Section, table: Table, context: SectionContext): void {
  const rows = table.children.map((row) => row.children.map((cell) => plainText(cell).trim()));
  const [header = [], ...body] = rows;
  if (isCategoryHeader(header, body, context)) {
    // | Performance | Security |  over rows of criteria: one section per column.
    header.forEach((title, column) => {
      if (!title) return;
      const section = newSection('row', title, target.depth + 1, positionOf(table.children[0] ?? table));
      body.forEach((cells, index) => {
        const text = cells[column] ?? '';
        const row = table.children[index + 1];
        if (text && row) section.entries.push(unit(text, undefined, row, [row.children[column] ?? row], context));
      });
      target.entries.push(section);
    });
    return;
  }
  const by = titleColumn(body, context);
  // A column headed "Example …" holds examples, which are no content ("| Quality Attribute | Example Quantification |").
  const read = (column: number): boolean => column !== by && !EXAMPLE_COLUMN.test(header[column] ?? '');
  table.children.forEach((row, index) => {
    const cells = rows[index] ?? [];
    const head = cells[by];
    const rest = cells.filter((_, column) => read(column));
    const isHeader = index === 0;
    // A header row names columns; it is a criterion only when a careless table puts the first category there.
    if (isHeader && !(head && context.isChildLabel(head))) return;
    const text = rest.filter(Boolean).join(' | ');
    if (head && cells.length > 1) {
      const section = newSection('row', head, target.depth + 1, positionOf(row));
      if (text) section.entries.push(unit(text, undefined, row, row.children.filter((_, column) => read(column)), context));
      target.entries.push(section);
      return;
    }
    const whole = cells.filter(Boolean).join(' | ');
    if (whole) target.entries.push(unit(whole, undefined, row, [row], context));
  });
}

/** A column header that says its cells are examples, in the languages the templates are written in. */
const EXAMPLE_COLUMN = wordRegExp(
  String.raw`(?<![\p{L}\p{N}])(?:examples?|exemples?|ejemplos?|exemplos?|beispiele?|esempi[oa]?|voorbeelden?|przykłady?|пример[ыа]?|e\.\s?g\.)(?![\p{L}\p{N}])|例`,
  'iu',
);

/**
 * The column that titles the rows: the first, unless another holds the categories
 * ("| ID | Attribute | Requirement |" with "Security", "Availability" … in the second).
 */
function titleColumn(body: readonly (readonly string[])[], context: SectionContext): number {
  const width = Math.max(0, ...body.map((cells) => cells.length));
  const named = (column: number): number => body.filter((cells) => cells[column] && context.isChildLabel(cells[column] ?? '')).length;
  if (body.length === 0 || named(0) * 2 >= body.length) return 0;
  for (let column = 1; column < width; column += 1) if (named(column) * 2 >= body.length && named(column) > 0) return column;
  return 0;
}

/** A header row whose every cell is a known title, over rows whose first cells are not. */
function isCategoryHeader(header: readonly string[], body: readonly (readonly string[])[], context: SectionContext): boolean {
  const titles = header.filter(Boolean);
  if (titles.length < 2 || body.length === 0 || !titles.every((title) => context.isKnownTitle(title))) return false;
  return body.every((cells) => !(cells[0] && context.isKnownTitle(cells[0])));
}

function newSection(
  kind: SectionKind,
  title: string,
  depth: number,
  position: Position | undefined,
  checked?: boolean,
): Section {
  return { type: 'section', kind, title: title.trim(), depth, position, checked, entries: [] };
}

function unit(
  text: string,
  checked: boolean | undefined,
  at: Nodes,
  linkNodes: readonly Nodes[],
  context: SectionContext,
): Unit {
  const trimmed = text.trim();
  const links = collectLinks(linkNodes);
  const pointer = onlyLinks(trimmed, links);
  return {
    type: 'unit',
    text: trimmed,
    placeholder: pointer || context.placeholders.isPlaceholder(trimmed),
    pointer,
    checked,
    position: positionOf(at),
    links,
  };
}

/** A unit that is nothing but links points elsewhere: "[Removing lite fronts](…/issues/27143)". */
function onlyLinks(text: string, links: readonly Link[]): boolean {
  if (links.length === 0) return false;
  let rest = text;
  for (const link of links) rest = rest.replace(link.text, ' ');
  return !HAS_LETTER_OR_DIGIT.test(rest);
}

export function positionOf(node: { position?: { start: { line: number; column: number } } | undefined }): Position | undefined {
  const start = node.position?.start;
  return start ? { line: start.line, column: start.column } : undefined;
}

/** Every section below `section`, depth first, in document order. */
export function* descendants(section: Section): Generator<Section> {
  for (const entry of section.entries) {
    if (entry.type === 'section') {
      yield entry;
      yield* descendants(entry);
    }
  }
}

/** Every unit of a section and its subsections, in document order. */
export function* unitsOf(section: Section): Generator<Unit> {
  for (const entry of section.entries) {
    if (entry.type === 'unit') yield entry;
    else yield* unitsOf(entry);
  }
}

/**
 * The section's content: its units' text without placeholders, with its subsections
 * (labelled ones as "Title: text"), except those `skip` leaves out.
 */
export function contentOf(section: Section, skip: (section: Section) => boolean = () => false): string {
  const parts: string[] = [];
  for (const entry of section.entries) {
    if (entry.type === 'unit') {
      if (!entry.placeholder) parts.push(entry.text);
      continue;
    }
    if (skip(entry)) continue;
    const inner = contentOf(entry, skip);
    if (inner) parts.push(entry.kind === 'heading' ? inner : `${entry.title}: ${inner}`);
  }
  return parts.join('\n');
}
