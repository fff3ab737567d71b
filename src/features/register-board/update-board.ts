/**
 * The register board use case: on `schedule`, `workflow_dispatch` and the `issues`
 * events of register items (with the action's `register-board: true`). Reads the config
 * from the default branch, then the register in one GraphQL call plus one per further
 * 100 items; computes the board; writes it as one comment — on the sprint report's
 * tracking issue (`register.board: comment`) or on an issue of its own
 * (`register.board: issue`, opened and pinned once) — found by its marker and the
 * token's own login, edited in place, not written when unchanged, one even when runs
 * race. Returns what happened; the action publishes it.
 */
import type { Config } from '../../config/schema.js';
import { clip } from '../../core/render/clip.js';
import { computeRegisterBoard, isBoardComment, registerMatcher, renderBoardMarkdown, type RegisterBoard } from '../../core/register/index.js';
import { mdText } from '../../core/sprint/index.js';
import type { GitHubApi, IssueComment, TrackingIssue } from '../../github/api.js';
import { GitHubApiError } from '../../github/errors.js';
import { MAX_COMMENT, upsertSticky } from '../check/comment.js';
import { configErrorMarkdown, type ConfigErrorOutcome } from '../shared/config-error.js';
import { loadRepoConfig } from '../shared/repo-config.js';
import type { RepositoryEnvironment } from '../shared/environment.js';
import { Writes, type BlockedWrite } from '../shared/writes.js';
import { allComments } from '../sprint-report/comment.js';
import { fetchRegisterData } from './fetch.js';

export type RegisterBoardEnvironment = RepositoryEnvironment;

/** What a run was started by: an issue's event (with what the payload says of it), or anything else. */
export type BoardTrigger =
  | { readonly trigger: 'issue'; readonly number: number; readonly action: string; readonly labels: readonly string[]; readonly label: string | undefined }
  | { readonly trigger: 'other'; readonly event: string };

export type BoardCommentOutcome = 'created' | 'updated' | 'unchanged';

export type BoardOutcome =
  | ConfigErrorOutcome
  | { readonly type: 'skipped'; readonly reason: string }
  | {
      readonly type: 'updated';
      readonly board: RegisterBoard;
      /** The job summary: the board and where its comment went. */
      readonly summary: string;
      readonly comment: BoardCommentOutcome | undefined;
      /** The issue the board is on. */
      readonly issue: number | undefined;
      /** `register.issue` or `sprints.summary.issue` names an issue the repository does not have. */
      readonly missingIssue: string | undefined;
      readonly blocked: readonly BlockedWrite[];
    };

/** Whether an issue event concerns the register: the issue is (or, with a label just removed, was) a register item. */
export function concernsRegister(trigger: Extract<BoardTrigger, { trigger: 'issue' }>, config: Config, home: string): boolean {
  const isItem = registerMatcher(config, home);
  if (isItem({ kind: 'issue', repo: home, labels: trigger.labels })) return true;
  return trigger.action === 'unlabeled' && trigger.label !== undefined && isItem({ kind: 'issue', repo: home, labels: [...trigger.labels, trigger.label] });
}

/** Where the board goes: the sprint report's tracking issue, or its own issue. */
function target(config: Config): { number: number | 'auto'; title: string; label: string; own: boolean } {
  if (config.register.board === 'issue') return { number: config.register.issue, title: config.register.title, label: config.register.label, own: true };
  const s = config.sprints.summary;
  return { number: s.issue, title: s.title, label: s.label, own: false };
}

function pickIssue(wanted: { number: number | 'auto'; title: string }, candidates: readonly TrackingIssue[] | undefined): TrackingIssue | undefined {
  if (candidates === undefined) return undefined;
  if (wanted.number !== 'auto') return candidates.find((c) => c.number === wanted.number);
  const title = wanted.title.trim().toLowerCase();
  return candidates.find((c) => c.open && c.title.trim().toLowerCase() === title);
}

/** The description of the board's own issue, when `register.issue: auto` opens it. */
export function boardIssueBody(configPath: string): string {
  return [
    '<!-- alignment-check:register-tracking -->',
    'This issue holds the **debt register board** of [alignment-check](https://github.com/alignment-check/alignment-check): one comment, updated in place, that lists every open debt item ranked by the cost its Business Impact states, with the totals.',
    '',
    `Configured in \`${mdText(configPath, 200)}\` under \`register\`. Keep this issue open: the board finds it by its label and title.`,
    '',
  ].join('\n');
}

const OUTCOME = { created: 'posted on', updated: 'updated on', unchanged: 'unchanged on' } as const;

export async function updateRegisterBoard(env: RegisterBoardEnvironment, trigger: BoardTrigger): Promise<BoardOutcome> {
  const { api, repo, now, log } = env;
  const full = `${repo.owner}/${repo.repo}`;
  const loaded = await loadRepoConfig(api, repo, env.configPath, undefined);
  if (!loaded.ok) return { type: 'config-error', errors: loaded.errors, markdown: configErrorMarkdown(loaded.errors, env.configPath) };
  if (loaded.source === 'defaults') log(`No ${env.configPath} on the default branch: using the embedded defaults.`);
  const config = loaded.config;
  if (config.register.board === 'off') return { type: 'skipped', reason: 'register.board is off' };
  if (trigger.trigger === 'issue' && !concernsRegister(trigger, config, full)) {
    return { type: 'skipped', reason: `issue #${trigger.number} is not in the debt register (no debt label)` };
  }

  const where = target(config);
  const data = await fetchRegisterData(api, {
    repo,
    config,
    now,
    tracking: where.number === 'auto' ? { label: where.label } : { number: where.number },
    log,
  });
  const board = computeRegisterBoard({ data: data.data, config, now });
  log(`Register board: ${board.totals.items} open items (${board.totals.quantified} state a cost) read in ${data.calls} GraphQL call${data.calls === 1 ? '' : 's'}.`);

  const markdown = renderBoardMarkdown(board, { repo: full, serverUrl: env.serverUrl, maxItems: config.register['max-items'] });
  const body = clip(markdown.trimEnd(), MAX_COMMENT);
  const writes = new Writes(env.dryRun, log);
  let issue: { number: number; nodeId: string } | undefined = pickIssue(where, data.tracking);
  let comments: readonly IssueComment[] = [];
  let missingIssue: string | undefined;
  if (issue === undefined) {
    if (where.number === 'auto') {
      const description = where.own ? boardIssueBody(env.configPath) : undefined;
      const created = await writes.attempt(where.own ? 'register board issue' : 'tracking issue', () =>
        api.createIssue(repo, { title: where.title, body: description ?? sprintTrackingBody(env.configPath), labels: [where.label] }),
      );
      issue = created;
      if (created !== undefined) {
        log(`Opened the issue #${created.number} "${where.title}" for the register board.`);
        if (where.own && config.register.pin) await pin(api, created.nodeId, log);
      }
    } else {
      missingIssue = `${where.own ? 'register.issue' : 'sprints.summary.issue'} is #${where.number}, but ${full} has no issue #${where.number}`;
    }
  } else {
    const found = data.tracking?.find((t) => t.number === issue?.number);
    comments = found === undefined ? [] : await allComments(api, repo, found);
  }

  let comment: BoardCommentOutcome | undefined;
  const on = issue;
  if (on !== undefined) {
    comment = await writes.attempt('register board comment', async () => {
      const outcome = await upsertSticky(
        { api, ref: { ...repo, kind: 'issue', number: on.number }, subjectId: on.nodeId, viewer: data.viewer, known: comments, complete: true, isOurs: isBoardComment },
        () => ({ body }),
      );
      return outcome === 'not-needed' ? 'unchanged' : outcome;
    });
  }
  log(`Register board: ${comment ?? (env.dryRun ? 'dry-run' : 'not written')}.`);
  const link = on === undefined ? '' : ` [#${on.number}](${env.serverUrl.replace(/\/+$/u, '')}/${full}/issues/${on.number})`;
  const status = comment === undefined ? '_Not posted: the board is only in this summary._' : `_Comment ${OUTCOME[comment]} the issue${link}._`;
  const summary = `${markdown.split('\n').slice(1).join('\n').trimEnd()}\n\n${status}\n`;
  return { type: 'updated', board, summary, comment, issue: on?.number, missingIssue, blocked: writes.blocked };
}

/** The sprint report's tracking issue, opened by the board first (the sprint reports will use it too). */
function sprintTrackingBody(configPath: string): string {
  return [
    '<!-- alignment-check:sprint-tracking -->',
    'This issue collects the **sprint debt reports** and the **debt register board** of [alignment-check](https://github.com/alignment-check/alignment-check), each one comment updated in place.',
    '',
    `Configured in \`${mdText(configPath, 200)}\` under \`sprints\` and \`register\`. Keep this issue open: the reports find it by its label and title.`,
    '',
  ].join('\n');
}

/** Pins the board's issue; a refusal (pinning may need more than `issues: write`) is logged, not fatal. */
async function pin(api: GitHubApi, nodeId: string, log: (message: string) => void): Promise<void> {
  try {
    await api.pinIssue(nodeId);
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    log(`The register board's issue was not pinned: ${error.message}`);
  }
}
