/** What the check run, the comment and the job summary say about a result. */
import type { Config } from '../../config/schema.js';
import { renderMarkdown, renderVerdictLine, resultHeadline, type Result } from '../../core/index.js';
import type { CheckRunOutput } from '../../github/api.js';
import type { CheckComment } from './comment.js';

export function checkOutput(result: Result, config: Config, notes: readonly string[]): CheckRunOutput {
  const markdown = renderMarkdown(result, config, { notes, omitSubject: true });
  const body = markdown.split('\n').slice(1).join('\n').trim();
  return { title: resultHeadline(result), summary: body || resultHeadline(result), text: '', annotations: [] };
}

/**
 * The comment's three shapes for this result: the findings while a rule fails (the
 * same Markdown as the job summary), else one line — "resolved" for a comment that
 * reported a failure, the plain verdict for one that never did (a `sticky` comment,
 * which also carries the extra lines, e.g. the sprint's debt share, asked for).
 */
export function checkComment(result: Result, markdown: string, notes: readonly string[]): CheckComment {
  return {
    failing: result.rules.some((finding) => finding.status === 'fail'),
    findings: markdown,
    resolved: renderVerdictLine(result, 'resolved'),
    passing: [renderVerdictLine(result, 'passing'), ...notes.map((note) => `${note}\n`)].join('\n'),
  };
}
