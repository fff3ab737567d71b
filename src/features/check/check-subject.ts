/**
 * The PR and issue check use case: read the subject live, its comments and the config
 * from the base branch (one GraphQL call), skip what the config says to skip, run the
 * engine, then write the sticky comment (once something failed) and — opt-in — a check
 * run, side by side. Returns what happened; the action publishes it (job summary,
 * outputs, annotations, and the job's status: the one red mark of a failing PR).
 */
import type { Config } from '../../config/schema.js';
import { analyze, evaluate, renderMarkdown, resultHeadline, type Result } from '../../core/index.js';
import { skipReason } from '../../core/skip.js';
import type { CheckRunOutput, CheckRunRequest, GitHubApi, LiveSubject, SubjectRef } from '../../github/api.js';
import { configErrorMarkdown, type ConfigErrorOutcome } from '../shared/config-error.js';
import { configFromRead } from '../shared/repo-config.js';
import { Writes, type BlockedWrite } from '../shared/writes.js';
import { upsertComment, type CommentOutcome, type CommentPolicy } from './comment.js';
import { checkComment, checkOutput } from './render.js';
import { verifyLinks } from './verify.js';

/** What the workflow asks of the check, beyond the config. */
export interface CheckOptions {
  /** The config file, read from the base branch. */
  readonly configPath: string;
  /** Overrides the config's `mode`. */
  readonly mode?: Config['mode'] | undefined;
  /** Overrides the config's `report.comment`. */
  readonly comment?: CommentPolicy | undefined;
  /** Overrides the config's `report.check-run`. */
  readonly checkRun?: boolean | undefined;
  /** Overrides the config's `report.check-name`. */
  readonly checkName?: string | undefined;
  /** Compute and report, write nothing. */
  readonly dryRun: boolean;
}

export interface CheckEnvironment {
  readonly api: GitHubApi;
  readonly inputs: CheckOptions;
  readonly serverUrl: string;
  readonly log: (message: string) => void;
  /** Extra lines for the comment and summary (e.g. the sprint's debt share so far). */
  readonly notes?: (config: Config, subject: LiveSubject) => Promise<readonly string[]>;
}

export type CheckOutcome =
  | { readonly type: 'checked'; readonly result: Result; readonly config: Config; readonly markdown: string; readonly comment: CommentOutcome | undefined; readonly blocked: readonly BlockedWrite[] }
  | { readonly type: 'skipped'; readonly reason: string; readonly subject: LiveSubject; readonly blocked: readonly BlockedWrite[] }
  | (ConfigErrorOutcome & { readonly blocked: readonly BlockedWrite[] });

export async function checkSubject(env: CheckEnvironment, ref: SubjectRef, configRef: string | undefined): Promise<CheckOutcome> {
  const { api, inputs } = env;
  const writes = new Writes(inputs.dryRun, env.log);
  const read = await api.readCheckContext(ref, { path: inputs.configPath, ref: configRef });
  const { subject } = read;
  const loaded = await configFromRead(api, ref, inputs.configPath, configRef, read.config);
  if (!loaded.ok) {
    // No check run, whatever `report.check-run` says: that setting lives in the config
    // that failed to parse. The failed job is the one red mark (its annotations name
    // the file, line and key), and a required check blocks the merge until the config
    // is fixed.
    const markdown = configErrorMarkdown(loaded.errors, inputs.configPath);
    return { type: 'config-error', markdown, errors: loaded.errors, blocked: writes.blocked };
  }
  if (loaded.source === 'defaults') env.log(`No ${inputs.configPath} on ${configRef ?? 'the default branch'}: using the embedded defaults.`);

  const config: Config = inputs.mode ? { ...loaded.config, mode: inputs.mode } : loaded.config;
  const checkRun = inputs.checkRun ?? config.report['check-run'];
  const checkName = inputs.checkName ?? config.report['check-name'];
  /** The check run of a PR, on its head commit (opt-in: `report.check-run` or the input; issues have no commit to check). */
  const writeCheck = async (conclusion: CheckRunRequest['conclusion'], output: CheckRunOutput): Promise<void> => {
    const sha = subject.headSha;
    if (ref.kind !== 'pr' || !sha) return;
    await writes.attempt('check run', () => api.createCheckRun({ owner: ref.owner, repo: ref.repo, name: checkName, headSha: sha, conclusion, output }));
  };
  const skipped = skipReason(subject, config);
  if (skipped) {
    if (checkRun) {
      await writeCheck('skipped', { title: `Skipped: ${skipped}`, summary: `alignment-check skipped this pull request because ${skipped}.`, text: '', annotations: [] });
    }
    return { type: 'skipped', reason: skipped, subject, blocked: writes.blocked };
  }

  const analysis = analyze(
    { kind: subject.kind, number: subject.number, title: subject.title, body: subject.body, labels: subject.labels, repo: `${ref.owner}/${ref.repo}`, serverUrl: env.serverUrl },
    config,
  );
  const needsVerification = config.rules['debt-link'].verify && analysis.links.length > 0 && subject.kind === 'pr' && (analysis.debtWork.isDebtWork || analysis.debtWork.declaresNewDebt);
  const verification = needsVerification ? await verifyLinks(api, ref, analysis.links, config) : undefined;
  const result = evaluate(analysis, config, verification ? { verification } : {});
  const notes = env.notes ? await env.notes(config, subject) : [];
  const markdown = renderMarkdown(result, config, { notes });

  const policy = inputs.comment ?? config.report.comment;
  const thread = { subjectId: subject.nodeId ?? '', viewer: read.viewer, comments: read.comments, complete: read.allComments };
  // The check run and the comment do not depend on each other: written side by side.
  const [, comment] = await Promise.all([
    checkRun ? writeCheck(result.conclusion, checkOutput(result, config, notes)) : Promise.resolve(),
    writes.attempt('comment', () => upsertComment(api, ref, thread, checkComment(result, markdown, notes), policy)),
  ]);
  env.log(`${resultHeadline(result)}; comment: ${comment ?? (inputs.dryRun ? 'dry-run' : 'not written')}`);
  return { type: 'checked', result, config, markdown, comment, blocked: writes.blocked };
}
