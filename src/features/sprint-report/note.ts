/**
 * The PR check's sprint line (config `sprints.in-pr-check`, off by default): the
 * current sprint's debt share so far against the band. It costs one GraphQL call
 * (plus one per further 100 items of the sprint so far, at most MAX_NOTE_PAGES), so
 * it is opt-in; any failure leaves the line out and logs why — it never fails the check.
 */
import type { Config } from '../../config/schema.js';
import { computeSprintReport, engineReader, formatBand, formatPercent, mdText } from '../../core/sprint/index.js';
import type { GitHubApi, RepoRef } from '../../github/api.js';
import { fetchSprintData } from './fetch.js';
import { currentSprint } from '../../core/sprint/select.js';

/** Pages of items read after the first (the line is a hint; a huge sprint is sampled, and the line says so). */
export const MAX_NOTE_PAGES = 4;

export interface SprintNoteEnvironment {
  readonly api: GitHubApi;
  readonly repo: RepoRef;
  readonly log: (message: string) => void;
  /** ms since the epoch; default the clock. */
  readonly now?: number;
}

const ICON = { below: '⚠️', within: '✅', above: '❗', none: '➖' } as const;

/** The line for the PR comment and job summary, or none. */
export async function sprintNotes(env: SprintNoteEnvironment, config: Config): Promise<string[]> {
  if (!config.sprints['in-pr-check']) return [];
  const now = env.now ?? Date.now();
  try {
    const data = await fetchSprintData(env.api, {
      repo: env.repo,
      config,
      now,
      maxPages: MAX_NOTE_PAGES,
      choose: (windows) => {
        const current = currentSprint(windows, now);
        return current === undefined ? [] : [current];
      },
    });
    const sprint = data.data.sprints[0];
    if (sprint === undefined) {
      env.log('Sprint debt share: no sprint is running now, so the PR check shows no sprint line.');
      return [];
    }
    const full = `${env.repo.owner}/${env.repo.repo}`;
    const report = computeSprintReport({ sprint, items: data.data.items, config, reader: engineReader(config, full), now, repo: full });
    const band = formatBand(report.band);
    const share =
      report.ratio === null
        ? `no ratio yet (${report.status === 'no-work' ? 'no work finished so far' : 'nothing weighed so far'})`
        : `**${formatPercent(report.ratio)}** debt so far`;
    const sample = data.truncated ? ` (from the ${report.totals.units} latest items read)` : '';
    return [
      `${ICON[report.verdict]} **Sprint debt share** — ${mdText(report.sprint.title, 80)} (${report.firstDay} – ${report.lastDay}): ${share}, target ${band}${report.zero ? ' — zero is never the right answer' : ''}${sample}.`,
    ];
  } catch (error) {
    env.log(`Sprint debt share left out of the PR check: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
}
