/**
 * The terminal view of a result, wrapped to the terminal's width: the verdict, then
 * each rule — a failing or warning one with where it is, what is wrong and how to fix
 * it; a passing or skipped one in a line. Colour only when asked for; the fix is in the
 * terminal's own colour (it is the line to read), skipped rules are the faint ones.
 */
import type { Conclusion, Finding, Result, Status } from '../result.js';
import { headline, ruleTitle } from './labels.js';
import { wrap } from './width.js';

const STYLES = {
  pass: [32, 39],
  fail: [31, 39],
  warn: [33, 39],
  skip: [90, 39],
  fix: [36, 39],
  bold: [1, 22],
} as const satisfies Record<string, readonly [number, number]>;
type Style = keyof typeof STYLES;

const MARKS: Record<Status, string> = { pass: '✔', fail: '✖', warn: '⚠', skip: '–' };
/** Where a finding's text starts: under the rule's title, after "  ✖ fail ". */
const INDENT = ' '.repeat(9);
const FIX = 'fix: ';

// C0 and C1 controls but the newline (a tab is a space), and the bidirectional overrides.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * User-derived text made inert for a terminal: no escape sequences (a body holding
 * `ESC[J ESC[H` must not clear the screen), no carriage return to overwrite a line.
 * The sprint's text view has `oneLine` for this, but it also folds lines and truncates.
 */
function terminalSafe(text: string): string {
  return text.replace(/\r\n?/gu, '\n').replace(CONTROL, (char) => (char === '\t' ? ' ' : ''));
}

export interface TextOptions {
  readonly colour: boolean;
  /** The file the body came from: findings point at `file:line:column`. */
  readonly source?: string;
  /** The columns to wrap to (the terminal's width; 80 when output is not a terminal). */
  readonly width?: number;
  /** The verdict the file says it is meant to have (front matter `expect`). */
  readonly expected?: Conclusion;
}

/** The terminal's width for wrapping, kept to a readable range. */
export const DEFAULT_WIDTH = 80;
const MIN_WIDTH = 40;

export function renderText(result: Result, options: TextOptions): string {
  const width = Math.max(MIN_WIDTH, options.width ?? DEFAULT_WIDTH);
  const paint = (style: Style, text: string): string => {
    if (!options.colour || text === '') return text;
    const [open, close] = STYLES[style];
    return `\u001B[${open}m${text}\u001B[${close}m`;
  };
  const active = result.rules.filter((finding) => finding.status !== 'skip');
  const failed = active.filter((finding) => finding.status === 'fail').length;
  const warned = active.filter((finding) => finding.status === 'warn').length;
  const source = options.source === undefined ? undefined : terminalSafe(options.source).replace(/\n/gu, ' ');
  const name = source ?? `${result.subject.kind === 'pr' ? 'PR' : 'issue'}${result.subject.number === undefined ? '' : ` #${result.subject.number}`}`;

  const lines: string[] = [];
  const expectation = expectationNote(result.conclusion, options.expected);
  const [top = '', ...more] = wrap(`${name}: ${result.conclusion}${expectation} — ${headline(failed, warned, active.length)}`, width, '', '  ');
  // The name and the verdict in bold (where they fit on the first line), the rest plain.
  const verdict = `${name}: ${result.conclusion}${expectation}`;
  lines.push(top.startsWith(verdict) ? paint('bold', verdict) + top.slice(verdict.length) : paint('bold', top), ...more);
  for (const finding of result.rules) lines.push(...findingLines(finding, source, width, paint));
  return `${lines.join('\n')}\n`;
}

function findingLines(finding: Finding, source: string | undefined, width: number, paint: (style: Style, text: string) => string): string[] {
  const status = `${MARKS[finding.status]} ${finding.status.padEnd(4)}`;
  const head = `  ${paint(finding.status, status)} `;
  const title = terminalSafe(ruleTitle(finding.id));
  const message = terminalSafe(finding.message);
  if (finding.status === 'pass' || finding.status === 'skip') {
    // One statement, wrapped under the title; skipped rules are the faint ones.
    const [first = '', ...rest] = wrap(`${title}: ${message}`, width, INDENT, INDENT);
    const text = first.slice(INDENT.length);
    if (finding.status === 'skip') return [head + paint('skip', text), ...rest.map((line) => paint('skip', line))];
    return [head + text, ...rest];
  }
  const where = finding.position && source ? `${source}:${finding.position.line}:${finding.position.column}` : '';
  const [first = '', ...rest] = wrap(`${title}${where ? ` · ${where}` : ''}`, width, INDENT, INDENT);
  const heading = first.slice(INDENT.length);
  const lines = [head + (heading.startsWith(title) ? paint('bold', title) + heading.slice(title.length) : heading), ...rest];
  lines.push(...wrap(message, width, INDENT, INDENT));
  if (finding.hint) {
    const [fixFirst = '', ...fixRest] = wrap(terminalSafe(finding.hint), width, INDENT + FIX, INDENT + ' '.repeat(FIX.length));
    lines.push(INDENT + paint('fix', FIX.trimEnd()) + fixFirst.slice(INDENT.length + FIX.length - 1), ...fixRest);
  }
  return lines;
}

const MEANT: Record<Conclusion, string> = { success: 'meant to pass', failure: 'meant to fail', neutral: 'meant to be neutral' };

/** "(meant to fail)", or "(expected success)" when a file that says what it is meant to get gets something else. */
function expectationNote(conclusion: Conclusion, expected: Conclusion | undefined): string {
  if (expected === undefined) return '';
  return expected === conclusion ? ` (${MEANT[expected]})` : ` (expected ${expected})`;
}

/** What one checked file adds up to in the tally. */
export interface Checked {
  readonly name: string;
  readonly conclusion: Conclusion;
  readonly expected?: Conclusion | undefined;
}

/**
 * The last line of a check: "1 passed, 3 failed (all 3 on purpose)" — the failures that
 * files say they are meant to get, and the files whose verdict is not the one they say.
 */
export function renderTally(checked: readonly Checked[], options: { readonly colour: boolean; readonly width?: number }): string {
  const count = (conclusion: Conclusion): number => checked.filter((c) => c.conclusion === conclusion).length;
  const parts = [`${count('success')} passed`, `${count('failure')} failed`];
  if (count('neutral') > 0) parts.push(`${count('neutral')} neutral (advisory)`);
  const failedOnPurpose = checked.filter((c) => c.conclusion === 'failure' && c.expected === 'failure').length;
  const off = checked.filter((c) => c.expected !== undefined && c.expected !== c.conclusion);
  let note = '';
  if (failedOnPurpose > 0) note = ` (${failedOnPurpose === count('failure') ? (failedOnPurpose === 1 ? 'on purpose' : `all ${failedOnPurpose} on purpose`) : `${failedOnPurpose} on purpose`})`;
  if (off.length > 0) note += ` — not as meant: ${off.map((c) => `${terminalSafe(c.name).replace(/\n/gu, ' ')} (${c.conclusion}, expected ${c.expected ?? ''})`).join(', ')}`;
  const line = wrap(`${parts.join(', ')}${note}`, Math.max(MIN_WIDTH, options.width ?? DEFAULT_WIDTH), '', '  ');
  const text = line.join('\n');
  return `${options.colour ? `\u001B[1m${text}\u001B[22m` : text}\n`;
}
