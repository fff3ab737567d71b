/** The terminal view of a result: one line per rule, colour only when asked for. */
import type { Result, Status } from '../result.js';
import { headline, ruleTitle } from './labels.js';

const COLOURS: Record<Status | 'bold' | 'dim', [number, number]> = {
  pass: [32, 39],
  fail: [31, 39],
  warn: [33, 39],
  skip: [90, 39],
  bold: [1, 22],
  dim: [2, 22],
};
const MARKS: Record<Status, string> = { pass: '✔', fail: '✖', warn: '⚠', skip: '–' };

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

export function renderText(result: Result, options: { colour: boolean; source?: string }): string {
  const paint = (style: keyof typeof COLOURS, text: string): string => {
    if (!options.colour) return text;
    const [open, close] = COLOURS[style];
    return `\u001B[${open}m${text}\u001B[${close}m`;
  };
  const active = result.rules.filter((finding) => finding.status !== 'skip');
  const failed = active.filter((finding) => finding.status === 'fail').length;
  const warned = active.filter((finding) => finding.status === 'warn').length;
  const lines: string[] = [];
  const source = options.source === undefined ? undefined : terminalSafe(options.source);
  const name = source ?? `${result.subject.kind === 'pr' ? 'PR' : 'issue'}${result.subject.number === undefined ? '' : ` #${result.subject.number}`}`;
  lines.push(paint('bold', `${name}: ${result.conclusion}`) + paint('dim', ` — ${headline(failed, warned, active.length)}`));
  for (const finding of result.rules) {
    const where = finding.position && source ? `${source}:${finding.position.line}:${finding.position.column} ` : '';
    const title = terminalSafe(ruleTitle(finding.id));
    lines.push(`  ${paint(finding.status, `${MARKS[finding.status]} ${finding.status.padEnd(4)}`)} ${title.padEnd(24)} ${where}${terminalSafe(finding.message)}`);
    if (finding.hint && (finding.status === 'fail' || finding.status === 'warn')) lines.push(paint('dim', `         ${' '.repeat(24)} → ${terminalSafe(finding.hint)}`));
  }
  return `${lines.join('\n')}\n`;
}
