/** The terminal view of a result: one line per rule, colour only when asked for. */
import type { Result, Status } from '../result.js';
import { headline, ruleTitles } from './labels.js';

const COLOURS: Record<Status | 'bold' | 'dim', [number, number]> = {
  pass: [32, 39],
  fail: [31, 39],
  warn: [33, 39],
  skip: [90, 39],
  bold: [1, 22],
  dim: [2, 22],
};
const MARKS: Record<Status, string> = { pass: '✔', fail: '✖', warn: '⚠', skip: '–' };

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
  const name = options.source ?? `${result.subject.kind === 'pr' ? 'PR' : 'issue'}${result.subject.number === undefined ? '' : ` #${result.subject.number}`}`;
  lines.push(paint('bold', `${name}: ${result.conclusion}`) + paint('dim', ` — ${headline(failed, warned, active.length)}`));
  for (const finding of result.rules) {
    const where = finding.position && options.source ? `${options.source}:${finding.position.line}:${finding.position.column} ` : '';
    lines.push(`  ${paint(finding.status, `${MARKS[finding.status]} ${finding.status.padEnd(4)}`)} ${(ruleTitles[finding.id] ?? finding.id).padEnd(24)} ${where}${finding.message}`);
    if (finding.hint && (finding.status === 'fail' || finding.status === 'warn')) lines.push(paint('dim', `         ${' '.repeat(24)} → ${finding.hint}`));
  }
  return `${lines.join('\n')}\n`;
}
