/**
 * The Markdown the PR comment, the check run and the job summary show: what is
 * missing, why it matters, how to fix it, and a paste-ready snippet of the missing
 * sections. Short once everything passes.
 */
import type { Config } from '../../config/schema.js';
import type { Finding, Result } from '../result.js';
import { ruleById } from '../rules/index.js';
import { escapeMarkdown, fence } from './escape.js';
import { conclusionIcon, headline, ruleTitle, statusIcon } from './labels.js';

export interface MarkdownOptions {
  /** Extra lines under the table (e.g. the sprint's debt share so far). */
  readonly notes?: readonly string[];
  /** Hide the subject line (the check run shows it already). */
  readonly omitSubject?: boolean;
}

/** The one-line verdict: "❌ 2 of 3 alignment rules failed". */
export function resultHeadline(result: Result): string {
  const active = result.rules.filter((finding) => finding.status !== 'skip');
  const failed = active.filter((finding) => finding.status === 'fail').length;
  const warned = active.filter((finding) => finding.status === 'warn').length;
  return `${conclusionIcon[result.conclusion]} ${headline(failed, warned, active.length)}`;
}

export function renderMarkdown(result: Result, config: Config, options: MarkdownOptions = {}): string {
  const active = result.rules.filter((finding) => finding.status !== 'skip');
  const failed = active.filter((finding) => finding.status === 'fail');
  const warned = active.filter((finding) => finding.status === 'warn');
  const out: string[] = [];
  out.push(`### ${resultHeadline(result)}`);
  if (!options.omitSubject) out.push('', subjectLine(result));
  if (failed.length === 0 && warned.length === 0) {
    out.push('', `Business value, acceptance criteria and debt links are stated. ${passSummary(active)}`);
    for (const note of options.notes ?? []) out.push('', note);
    return `${out.join('\n')}\n`;
  }
  out.push('', '| Rule | Status | Finding |', '| --- | --- | --- |');
  for (const finding of result.rules) {
    const where = finding.position ? ` (line ${finding.position.line})` : '';
    out.push(`| ${ruleTitle(finding.id)} | ${statusIcon[finding.status]} ${finding.status} | ${escapeMarkdown(finding.message)}${where} |`);
  }
  for (const note of options.notes ?? []) out.push('', note);
  const problems = [...failed, ...warned];
  out.push('', '#### How to fix');
  for (const finding of problems) out.push('', ...fixFor(finding));
  const snippets = failed.map((finding) => ruleById(finding.id).snippet(config)).filter(Boolean);
  if (snippets.length > 0) {
    out.push('', '<details><summary>Paste-ready sections</summary>', '', fence(snippets.join('\n'), 'markdown'), '', '</details>');
  }
  if (result.conclusion === 'neutral') out.push('', '_Advisory mode: these findings do not fail the check._');
  return `${out.join('\n')}\n`;
}

function fixFor(finding: Finding): string[] {
  const rule = ruleById(finding.id);
  const lines = [`**${statusIcon[finding.status]} ${ruleTitle(finding.id)}** — ${escapeMarkdown(finding.message)}`];
  lines.push(`- Why it matters: ${rule.why}`);
  if (finding.hint) lines.push(`- How to fix: ${escapeMarkdown(finding.hint)}`);
  return lines;
}

function subjectLine(result: Result): string {
  const { kind, number, title } = result.subject;
  const name = kind === 'pr' ? 'Pull request' : 'Issue';
  const label = `${name}${number === undefined ? '' : ` #${number}`}`;
  return title.trim() ? `${label}: ${escapeMarkdown(title)}` : label;
}

function passSummary(findings: readonly Finding[]): string {
  return findings.map((finding) => `${statusIcon[finding.status]} ${ruleTitle(finding.id)}`).join(' · ');
}
