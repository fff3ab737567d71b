/** What the check run, the comment and the job summary say about a result. */
import type { Config } from '../../config/schema.js';
import { renderMarkdown, resultHeadline, type Result } from '../../core/index.js';
import type { CheckRunOutput } from '../../github/api.js';

export function checkOutput(result: Result, config: Config, notes: readonly string[]): CheckRunOutput {
  const markdown = renderMarkdown(result, config, { notes, omitSubject: true });
  const body = markdown.split('\n').slice(1).join('\n').trim();
  return { title: resultHeadline(result), summary: body || resultHeadline(result), text: '', annotations: [] };
}

/** The sticky comment: the full findings, or a short resolved note once everything passes. */
export function commentMarkdown(result: Result, config: Config, notes: readonly string[]): string {
  const markdown = renderMarkdown(result, config, { notes });
  if (result.rules.some((finding) => finding.status === 'fail')) return markdown;
  const what = result.subject.kind === 'pr' ? 'pull request' : 'issue';
  return `${markdown}\n_Resolved: this ${what} states its business value and acceptance criteria._\n`;
}
