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
import type { List, ListItem, Nodes, Root, RootContent, Table } from 'mdast';
import type { Position } from '../result.js';
import { readLabel } from './labels.js';
import { collectLinks, type Link } from './links.js';
import { plainText, type Placeholders } from './text.js';

export interface Unit {
  readonly type: 'unit';
  readonly text: string;
  /** Empty, or an untouched template placeholder: no content. */
  readonly placeholder: boolean;
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
  const root = newSection('root', '', 0, undefined);
  const headings: Section[] = [root];
  let openLabel: Section | undefined;
  let container: Section | undefined;

  for (const node of tree.children) {
    if (node.type === 'heading') {
      while (headings.length > 1 && (headings.at(-1)?.depth ?? 0) >= node.depth) headings.pop();
      const section = newSection('heading', plainText(node), node.depth, positionOf(node));
      (headings.at(-1) ?? root).entries.push(section);
      headings.push(section);
      openLabel = undefined;
      container = undefined;
      continue;
    }
    const heading = headings.at(-1) ?? root;
    const label = node.type === 'paragraph' ? readLabel(node, (title) => context.isKnownTitle(title)) : undefined;
    if (label) {
      const nested = container !== undefined && context.isChildLabel(label.title);
      if (!nested) container = undefined;
      const section = newSection('label', label.title, heading.depth + 1, positionOf(node));
      if (label.rest.trim()) section.entries.push(unit(label.rest, undefined, node, [node], context));
      (nested && container ? container : heading).entries.push(section);
      openLabel = section;
      if (!nested && context.isContainer(label.title)) container = section;
      continue;
    }
    addBlock(openLabel ?? heading, node, context);
  }
  return root;
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
  const label = first?.type === 'paragraph' ? readLabel(first, (title) => context.isKnownTitle(title)) : undefined;
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

function addTable(target: Section, table: Table, context: SectionContext): void {
  table.children.forEach((row, index) => {
    const cells = row.children.map((cell) => plainText(cell).trim());
    const [head, ...rest] = cells;
    const isHeader = index === 0;
    if (isHeader && !(head && context.isKnownTitle(head))) return;
    const text = rest.filter(Boolean).join(' | ');
    if (head && rest.length > 0 && (!isHeader || context.isKnownTitle(head))) {
      const section = newSection('row', head, target.depth + 1, positionOf(row));
      if (text) section.entries.push(unit(text, undefined, row, row.children.slice(1), context));
      target.entries.push(section);
      return;
    }
    const whole = cells.filter(Boolean).join(' | ');
    if (whole) target.entries.push(unit(whole, undefined, row, [row], context));
  });
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
  return {
    type: 'unit',
    text: trimmed,
    placeholder: context.placeholders.isPlaceholder(trimmed),
    checked,
    position: positionOf(at),
    links: collectLinks(linkNodes),
  };
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
