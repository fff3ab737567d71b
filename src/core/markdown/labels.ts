/**
 * Label paragraphs: `**Business Value:** …`, `**Security**` alone on its line, or a
 * plain `Business value: …`. A bold label is structural wherever it stands; a plain
 * label only when its text names something the caller knows (an alias), so prose such
 * as "Note: …" does not cut a section short.
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import { plainText } from './text.js';
import { wordRegExp } from '../text/letters.js';

export interface Label {
  readonly title: string;
  /** The text after the label in the same paragraph (placeholders not yet removed). */
  readonly rest: string;
  readonly bold: boolean;
}

const MAX_LABEL_CHARS = 80;
const MAX_LABEL_WORDS = 8;
/** The label starts at its first non-space character, so the leading white space is never tried two ways. */
const PLAIN_LABEL = /^\s*([^:：\n\s][^:：\n]{0,79}?)\s*[:：]\s*/u;

export function readLabel(paragraph: Paragraph, isKnownTitle: (title: string) => boolean): Label | undefined {
  const [first, second] = paragraph.children;
  if (!first) return undefined;
  const text = plainText(paragraph);
  if (first.type === 'strong' || first.type === 'emphasis') {
    const label = boldLabel(first, second, text);
    if (label) return label;
  }
  const match = PLAIN_LABEL.exec(text);
  if (match?.[1] && !/https?$|\d$/u.test(match[1]) && isShortTitle(match[1]) && isKnownTitle(match[1])) {
    return { title: match[1], rest: text.slice(match[0].length), bold: false };
  }
  return aloneTitle(text, isKnownTitle);
}

/** Words a plain title alone on its line may have: "Definition of Done (DoD)", "Why is this important?". */
const MAX_ALONE_WORDS = 6;

/**
 * A known title alone on its line, in plain text: "Definition of Done (DoD)",
 * "Why is this important?", "Nichtfunktionale Anforderungen" — a reviewer reads it
 * as a title, and what follows as its section.
 */
function aloneTitle(text: string, isKnownTitle: (title: string) => boolean): Label | undefined {
  const line = text.trim();
  // A title alone: one line, no sentence end, nothing after a colon, no address.
  if (line.includes('\n') || /[.!]$/u.test(line) || /[:：]\s*\S/u.test(line) || /https?:\/\/|www\./iu.test(line)) return undefined;
  const title = line.slice(0, trailingMarks(line));
  if (!title || title.split(/\s+/u).length > MAX_ALONE_WORDS || !isKnownTitle(title)) return undefined;
  return { title, rest: '', bold: false };
}

function boldLabel(first: PhrasingContent, second: PhrasingContent | undefined, text: string): Label | undefined {
  const inner = plainText(first).trim();
  if (!inner || !isShortTitle(inner)) return undefined;
  const start = text.indexOf(inner);
  let after = text.slice(start + inner.length);
  if (/[:：]$/u.test(inner)) {
    return { title: inner.replace(/[:：]\s*$/u, ''), rest: after.replace(/^\s*/u, ''), bold: true };
  }
  // `**Label**: text` or `**Label** — text`
  const tail = /^\s*(?:[:：]|[-–—](?=\s))\s*/u.exec(after);
  if (tail && (second?.type === 'text' || second === undefined)) {
    return { title: inner, rest: after.slice(tail[0].length), bold: true };
  }
  // `**Label**` alone on its line, text (if any) from the next line on.
  if (second === undefined || second.type === 'break' || /^[ \t]*(?:\r?\n|$)/u.test(after)) {
    after = after.replace(/^[ \t]*\r?\n?/u, '');
    return { title: inner, rest: after, bold: true };
  }
  return undefined;
}

/**
 * Where a title's trailing colons and question marks, and the white space before them,
 * begin (what `/\s*[:：?？]+$/` would strip), found from the end: that pattern, tried
 * at every position of a long line of spaces, takes quadratic time.
 */
function trailingMarks(line: string): number {
  let end = line.length;
  while (end > 0 && ':：?？'.includes(line[end - 1] ?? '')) end -= 1;
  if (end === line.length) return end;
  while (end > 0 && /\s/u.test(line[end - 1] ?? '')) end -= 1;
  return end;
}

const LABEL_WORD = wordRegExp(String.raw`[\p{L}\p{N}][^\s]*`, 'gu');

/** A label's length in words: "/" and "&" between words are no words ("What this PR does / why we need it" has 8). */
function isShortTitle(title: string): boolean {
  const trimmed = title.trim();
  return trimmed.length > 0 && trimmed.length <= MAX_LABEL_CHARS && (trimmed.match(LABEL_WORD)?.length ?? 0) <= MAX_LABEL_WORDS;
}
