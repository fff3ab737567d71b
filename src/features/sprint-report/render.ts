/** What the job summary says of a sprint report run, and the tracking issue's description. */
import type { Config } from '../../config/schema.js';
import { mdText, renderSprintMarkdown, type SprintReport } from '../../core/sprint/index.js';
import type { SprintCommentOutcome } from './comment.js';

const OUTCOME = {
  created: 'posted on',
  updated: 'updated on',
  unchanged: 'unchanged on',
} as const;

/** The job summary: per sprint, where its comment went, then the report itself. */
export function sprintSummaryMarkdown(
  outcomes: readonly { readonly report: SprintReport; readonly outcome: SprintCommentOutcome | undefined }[],
  where: { readonly repo: string; readonly issue: number | undefined; readonly serverUrl: string },
): string {
  const issue = where.issue === undefined ? undefined : `[#${where.issue}](${where.serverUrl.replace(/\/+$/, '')}/${where.repo}/issues/${where.issue})`;
  const parts = outcomes.map(({ report, outcome }) => {
    const status =
      outcome === undefined
        ? '_Not posted: the report is only in this summary._'
        : `_Comment ${OUTCOME[outcome]} the tracking issue ${issue ?? ''}._`;
    return `${sprintReportMarkdownForSummary(report, where.repo, where.serverUrl)}\n\n${status}\n`;
  });
  return parts.join('\n---\n\n');
}

/** The report's comment Markdown, without its hidden marker line. */
function sprintReportMarkdownForSummary(report: SprintReport, repo: string, serverUrl: string): string {
  return renderSprintMarkdown(report, { repo, serverUrl }).split('\n').slice(1).join('\n').trimEnd();
}

/** The tracking issue's description, when `summary.issue: auto` opens it. */
export function trackingIssueBody(config: Config, configPath: string): string {
  const band = `${Math.round(config.sprints.target.min * 100)}–${Math.round(config.sprints.target.max * 100)} %`;
  return [
    '<!-- alignment-check:sprint-tracking -->',
    'This issue collects the **sprint debt reports** of [alignment-check](https://github.com/alignment-check/alignment-check): one comment per sprint, updated in place — the share of the sprint’s finished work that paid down technical debt, against the target band ' +
      `(${band}), the debt items done with their business impact, and the trend.`,
    '',
    `Configured in \`${mdText(configPath, 200)}\` under \`sprints\` (\`summary.title\`, \`summary.label\`). Keep this issue open: the reports find it by its label and title.`,
    '',
  ].join('\n');
}
