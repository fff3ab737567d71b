/** The action's config and input options, end to end on the action's source, in process. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issuesEvent, pullRequestEvent } from '../fake-github/events.js';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { runAction } from '../harness/run-action.js';

const VALUE = '## Business Value\nCuts checkout abandonment by 3% in the €1M EU segment for returning customers.\n';
const NFR = '## Acceptance Criteria\n- **Performance:** p95 of the search API ≤ 300 ms at 150 req/s\n- **Security:** 0 high findings in the dependency scan\n';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
});

describe('debt-link verify', () => {
  const config = 'rules:\n  debt-link:\n    verify: true\n    registers:\n      - github: { label: tech-debt }\n';

  it('passes when the linked issue exists and carries the label', async () => {
    gh.setFile({ path: '.github/alignment.yml', content: config });
    gh.addIssue({ number: 12, title: 'Legacy session store', labels: ['tech-debt'] });
    gh.addPull({ number: 50, title: 'refactor: sessions', body: `${VALUE}${NFR}\nTech debt: #12\n`, labels: ['tech-debt'] });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 50, labels: ['tech-debt'] }) });
    const result = JSON.parse(run.outputs['result'] ?? '{}');
    expect(result.rules[2]).toMatchObject({ id: 'debt-link', status: 'pass', message: 'found a verified link to the debt register: acme/widgets#12' });
    expect(gh.calls.some((call) => call.path === '/repos/acme/widgets/issues/12')).toBe(true);
  });

  it('fails when the issue lacks the label or does not exist, saying which', async () => {
    gh.setFile({ path: '.github/alignment.yml', content: config });
    gh.addIssue({ number: 13, title: 'A bug', labels: ['bug'] });
    gh.addPull({ number: 51, title: 'refactor: x', body: `${VALUE}${NFR}\nTech debt: #13 and #999\n`, labels: ['tech-debt'] });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 51, labels: ['tech-debt'] }) });
    expect(run.code).toBe(1);
    const finding = JSON.parse(run.outputs['result'] ?? '{}').rules[2];
    expect(finding.status).toBe('fail');
    expect(finding.message).toContain('acme/widgets#13 unlabelled (expected label tech-debt, found bug)');
    expect(finding.message).toContain('acme/widgets#999 missing');
  });
});

describe('comment and check-run policies', () => {
  it('comment: on-failure (the default) writes nothing for a passing PR, the input as the config', async () => {
    gh.addPull({ number: 60, title: 'feat: x', body: VALUE + NFR });
    await runAction({ server: gh, event: pullRequestEvent('opened', { number: 60 }) });
    await runAction({ server: gh, event: pullRequestEvent('opened', { number: 60 }), inputs: { comment: 'on-failure' } });
    expect(gh.comments(60)).toEqual([]);
  });

  it('the comment input overrides the config: sticky comments on a passing PR', async () => {
    gh.setFile({ path: '.github/alignment.yml', content: 'report:\n  comment: off\n' });
    gh.addPull({ number: 68, title: 'feat: x', body: VALUE + NFR });
    await runAction({ server: gh, event: pullRequestEvent('opened', { number: 68 }), inputs: { comment: 'sticky' } });
    expect(gh.comments(68).map((comment) => comment.body)).toEqual(['<!-- alignment-check:check -->\n✅ All alignment rules pass.\n']);
  });

  it('comment: off writes no comment; with no check run either, the failed job and its summary carry the verdict', async () => {
    gh.setFile({ path: '.github/alignment.yml', content: 'report:\n  comment: off\n' });
    gh.addPull({ number: 61, title: 'feat: x', body: '' });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 61 }) });
    expect(run.code).toBe(1);
    expect(run.outputs['conclusion']).toBe('failure');
    expect(gh.comments(61)).toEqual([]);
    expect(gh.checkRuns()).toEqual([]);
    expect(run.summary).toContain('How to fix');
  });

  it('comment: off leaves an earlier comment as it is', async () => {
    gh.addPull({ number: 69, title: 'feat: x', body: '' });
    await runAction({ server: gh, event: pullRequestEvent('opened', { number: 69 }) });
    const before = gh.comments(69);
    gh.issue(69)!.body = VALUE + NFR;
    gh.resetCalls();
    await runAction({ server: gh, event: pullRequestEvent('edited', { number: 69 }), inputs: { comment: 'off' } });
    expect(gh.comments(69)).toEqual(before);
    expect(gh.calls.map((call) => call.graphqlOperation ?? call.path)).toEqual(['AlignmentCheck']);
  });

  it('no check run for a skipped PR by default', async () => {
    gh.addPull({ number: 65, title: 'feat: x', body: '', labels: ['skip-alignment'] });
    const run = await runAction({ server: gh, event: pullRequestEvent('labeled', { number: 65, labels: ['skip-alignment'] }) });
    expect(run.outputs['conclusion']).toBe('skipped');
    expect(gh.checkRuns()).toEqual([]);
  });

  it('report.check-run: true gives a skipped PR a skipped check run', async () => {
    gh.setFile({ path: '.github/alignment.yml', content: 'report:\n  check-run: true\n' });
    gh.addPull({ number: 66, title: 'feat: x', body: '', labels: ['skip-alignment'] });
    const run = await runAction({ server: gh, event: pullRequestEvent('labeled', { number: 66, labels: ['skip-alignment'] }) });
    expect(run.outputs['conclusion']).toBe('skipped');
    expect(gh.checkRuns().map((checkRun) => checkRun.conclusion)).toEqual(['skipped']);
  });

  it('the check-run input asks for a check run without a config file, in 3 calls for a new comment; false overrides the config', async () => {
    gh.addPull({ number: 70, title: 'feat: x', body: '' });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 70 }), inputs: { 'check-run': 'true', 'check-name': 'value-check' } });
    expect(run.code).toBe(1);
    expect(gh.checkRuns().map((checkRun) => [checkRun.name, checkRun.conclusion])).toEqual([['value-check', 'failure']]);
    expect(gh.calls.map((call) => call.graphqlOperation ?? `${call.method} ${call.path}`).sort()).toEqual(['AlignmentAddComment', 'AlignmentCheck', 'POST /repos/acme/widgets/check-runs']);

    gh.setFile({ path: '.github/alignment.yml', content: 'report:\n  check-run: true\n' });
    gh.addPull({ number: 71, title: 'feat: x', body: '' });
    await runAction({ server: gh, event: pullRequestEvent('opened', { number: 71 }), inputs: { 'check-run': 'False' } });
    expect(gh.checkRuns()).toHaveLength(1);
  });

  it('names the check-run input when it is not true or false', async () => {
    gh.addPull({ number: 72, title: 'feat: x', body: '' });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 72 }), inputs: { 'check-run': 'yes' } });
    expect(run.code).toBe(1);
    expect(run.commands.find((command) => command.command === 'error')?.message).toBe('input check-run: expected one of true, false, found "yes"');
    expect(gh.checkRuns()).toEqual([]);
  });

  it('an invalid config fails the job, its one red mark, with no check run: the setting that asks for one cannot be read', async () => {
    gh.setFile({ path: '.github/alignment.yml', content: 'report:\n  check-run: true\nmode: loud\n' });
    gh.addPull({ number: 67, title: 'feat: x', body: '' });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 67 }) });
    expect(run.code).toBe(1);
    expect(gh.checkRuns()).toEqual([]);
    expect(run.commands.some((command) => command.command === 'error' && command.properties['file'] === '.github/alignment.yml')).toBe(true);
  });

  it('skip.labels skips with the reason', async () => {
    gh.addIssue({ number: 62, title: 'Question', body: '', labels: ['skip-alignment'] });
    const run = await runAction({ server: gh, event: issuesEvent('labeled', { number: 62, labels: ['skip-alignment'] }) });
    expect(run.outputs['conclusion']).toBe('skipped');
    expect(run.summary).toContain('skip label "skip-alignment"');
    expect(gh.comments(62)).toEqual([]);
  });

  it('an invalid input is a clear error, not a stack trace', async () => {
    gh.addPull({ number: 63, title: 'feat: x', body: '' });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 63 }), inputs: { mode: 'strict' } });
    expect(run.code).toBe(1);
    expect(run.commands.find((command) => command.command === 'error')?.message).toBe('input mode: expected one of enforce, advisory, found "strict"');
  });

  it('an API failure names the call', async () => {
    gh.addPull({ number: 64, title: 'feat: x', body: '' });
    gh.failNext({ path: '/graphql', operation: 'AlignmentCheck', status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/graphql' }, times: 1 });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 64 }) });
    expect(run.code).toBe(1);
    const error = run.commands.find((command) => command.command === 'error')?.message ?? '';
    expect(error).toContain('GraphQL query AlignmentCheck (pull request acme/widgets#64)');
    expect(error).toContain('HTTP 401');
    expect(error).not.toMatch(/\n\s+at /u);
  });
});
