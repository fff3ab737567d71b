/**
 * How many terminal columns text takes, and text wrapped to a width. Wide characters
 * (CJK, emoji shown as emoji) take two columns; combining marks and zero-width
 * characters none; everything else one — the rules terminals follow (wcwidth), closely
 * enough for wrapping findings.
 */

const ZERO = /[\p{Mn}\p{Me}\u200B-\u200F\u2060\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;
const WIDE = /[\p{Emoji_Presentation}\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** The columns one character (a code point) takes. */
function columns(char: string): number {
  if (ZERO.test(char)) return 0;
  return WIDE.test(char) ? 2 : 1;
}

/** The columns `text` takes (no escape sequences in it). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += columns(char);
  return width;
}

/**
 * `text` in lines of at most `width` columns, broken at spaces: the first line starts
 * with `first`, the others with `rest` (a hanging indent). A word longer than a line
 * (a long path or URL) is cut where the line ends.
 */
export function wrap(text: string, width: number, first = '', rest = first): string[] {
  const lines: string[] = [];
  let line = first;
  let used = displayWidth(first);
  let empty = true;
  const newLine = (): void => {
    lines.push(line.trimEnd());
    line = rest;
    used = displayWidth(rest);
    empty = true;
  };
  for (const word of text.split(/\s+/u).filter((w) => w !== '')) {
    const size = displayWidth(word);
    if (!empty && used + 1 + size > width) newLine();
    if (!empty) {
      line += ' ';
      used += 1;
    }
    if (used + size <= width) {
      line += word;
      used += size;
      empty = false;
      continue;
    }
    // Longer than a whole line: cut it where each line ends.
    for (const char of word) {
      const w = columns(char);
      if (used + w > width && !empty) newLine();
      line += char;
      used += w;
      empty = false;
    }
  }
  if (!empty || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

/**
 * Text made of lines, each line that is too wide wrapped to `width` under its own
 * indent (plus two spaces); lines that fit are left exactly as they are.
 */
export function wrapLines(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      if (displayWidth(line) <= width) return [line];
      const indent = /^ */u.exec(line)?.[0] ?? '';
      return wrap(line.slice(indent.length), width, indent, `${indent}  `);
    })
    .join('\n');
}
