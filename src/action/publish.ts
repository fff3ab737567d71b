/**
 * The one place the outcomes of the use cases reach the runner: the job summary, the
 * outputs, annotations and the step's status, through @actions/core.
 */
import * as core from '@actions/core';
import type { ConfigIssue } from '../config/load.js';
import type { AuditOutcome } from '../features/audit/run-audit.js';
import type { CheckOutcome } from '../features/check/check-subject.js';
import type { BoardOutcome } from '../features/register-board/update-board.js';
import type { SprintOutcome } from '../features/sprint-report/report-sprints.js';
import type { ConfigErrorOutcome, SetupErrorOutcome } from '../features/shared/config-error.js';
import { blockedWarning } from '../features/shared/writes.js';

function annotateConfig(errors: readonly ConfigIssue[]): void {
  for (const issue of errors) {
    core.error(`${issue.path ? `${issue.path}: ` : ''}${issue.message}`, { title: 'alignment-check config', file: issue.file, startLine: issue.line, startColumn: issue.column });
  }
}

/** Every use case: a config that does not load fails the step, each problem annotated where it stands. */
async function publishConfigError(outcome: ConfigErrorOutcome): Promise<void> {
  annotateConfig(outcome.errors);
  await core.summary.addRaw(outcome.markdown).write();
  core.setOutput('conclusion', 'failure');
  const count = outcome.errors.length;
  core.setFailed(`The alignment-check config is invalid (${count} error${count === 1 ? '' : 's'}); see the annotations.`);
}

/** Every use case: a setting or the request it cannot run fails the step with what it names. */
function publishSetupError(outcome: SetupErrorOutcome): void {
  core.setOutput('conclusion', 'failure');
  core.setFailed(`alignment-check: ${outcome.message}`);
}

export async function publishCheck(outcome: CheckOutcome, event: { readonly fromFork: boolean }): Promise<void> {
  if (outcome.blocked.length > 0) {
    core.warning(blockedWarning(outcome.blocked, { fromFork: event.fromFork, result: 'The result is in this job summary and in the annotations.' }));
  }
  switch (outcome.type) {
    case 'config-error':
      await publishConfigError(outcome);
      return;
    case 'skipped': {
      core.notice(`alignment-check skipped ${outcome.subject.kind === 'pr' ? 'pull request' : 'issue'} #${outcome.subject.number}: ${outcome.reason}.`);
      await core.summary.addRaw(`### ⏭️ alignment-check skipped #${outcome.subject.number}\n\nBecause ${outcome.reason}.\n`).write();
      core.setOutput('conclusion', 'skipped');
      core.setOutput('failed-rules', '');
      return;
    }
    case 'checked': {
      const { result, markdown } = outcome;
      const failed = result.rules.filter((finding) => finding.status === 'fail').map((finding) => finding.id);
      if (outcome.blocked.length > 0) {
        for (const finding of result.rules) {
          if (finding.status !== 'fail' && finding.status !== 'warn') continue;
          const annotate = finding.status === 'fail' && result.conclusion === 'failure' ? core.error : core.warning;
          annotate(`${finding.message}${finding.hint ? ` — ${finding.hint}` : ''}`, { title: `alignment-check: ${finding.id}` });
        }
      }
      await core.summary.addRaw(markdown).write();
      core.setOutput('conclusion', result.conclusion);
      core.setOutput('result', JSON.stringify(result));
      core.setOutput('failed-rules', failed.join(','));
      if (result.conclusion === 'failure') core.setFailed(`alignment-check: ${failed.join(', ')} failed — the job summary shows the findings and how to fix them.`);
      return;
    }
  }
}

export async function publishSprint(outcome: SprintOutcome): Promise<void> {
  switch (outcome.type) {
    case 'config-error':
      await publishConfigError(outcome);
      return;
    case 'setup-error':
      publishSetupError(outcome);
      return;
    case 'skipped':
      core.notice(`alignment-check: no sprint report — ${outcome.reason}.`);
      await core.summary.addRaw(`### ⏭️ No sprint report\n\nBecause ${outcome.reason}.\n`).write();
      core.setOutput('conclusion', 'skipped');
      return;
    case 'reported': {
      await core.summary.addRaw(outcome.summary).write();
      const latest = outcome.reports.at(-1);
      if (latest !== undefined) {
        core.setOutput('sprint', latest.sprint.title);
        core.setOutput('ratio', latest.ratio === null ? '' : String(Math.round(latest.ratio * 10_000) / 10_000));
        core.setOutput('debt', String(latest.totals.debtWeight));
        core.setOutput('total', String(latest.totals.weight));
      }
      core.setOutput('conclusion', outcome.missingIssue === undefined ? 'success' : 'failure');
      if (outcome.blocked.length > 0) {
        core.warning(blockedWarning(outcome.blocked, { fromFork: false, result: 'The sprint report is in this job summary.' }));
      }
      if (outcome.missingIssue !== undefined) {
        core.setFailed(`alignment-check: ${outcome.missingIssue}. The report is in the job summary; fix sprints.summary.issue (or set it to auto).`);
      }
      return;
    }
  }
}

export async function publishAudit(outcome: AuditOutcome): Promise<void> {
  switch (outcome.type) {
    case 'config-error':
      await publishConfigError(outcome);
      return;
    case 'setup-error':
      publishSetupError(outcome);
      return;
    case 'audited': {
      const { report } = outcome;
      await core.summary.addRaw(outcome.markdown).write();
      core.setOutput('conclusion', 'success');
      core.setOutput('audit', JSON.stringify(report));
      core.setOutput('passing', report.totals.passingShare === null ? '' : String(Math.round(report.totals.passingShare * 10_000) / 10_000));
      return;
    }
  }
}

export async function publishRegister(outcome: BoardOutcome): Promise<void> {
  switch (outcome.type) {
    case 'config-error':
      await publishConfigError(outcome);
      return;
    case 'skipped':
      core.notice(`alignment-check: no register board update — ${outcome.reason}.`);
      core.setOutput('conclusion', 'skipped');
      return;
    case 'updated': {
      await core.summary.addRaw(outcome.summary).write();
      core.setOutput('register-items', String(outcome.board.totals.items));
      core.setOutput('register-cost', String(outcome.board.totals.costPerMonth));
      core.setOutput('conclusion', outcome.missingIssue === undefined ? 'success' : 'failure');
      if (outcome.blocked.length > 0) {
        core.warning(blockedWarning(outcome.blocked, { fromFork: false, result: 'The register board is in this job summary.' }));
      }
      if (outcome.missingIssue !== undefined) {
        core.setFailed(`alignment-check: ${outcome.missingIssue}. The board is in the job summary; fix the issue number (or set it to auto).`);
      }
      return;
    }
  }
}
