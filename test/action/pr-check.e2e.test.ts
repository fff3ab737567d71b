/**
 * The action's source run as a runner runs it (in process), against the fake GitHub
 * API on loopback that holds every request to GitHub's published contract.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issuesEvent, pullRequestEvent, pullRequestTargetEvent } from '../fake-github/events.js';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { runAction } from '../harness/run-action.js';
import { PASSING_BODY } from '../harness/bodies.js';

const FAILING = '## Summary\nAdds a cache.\n';

let gh: FakeGitHub;

beforeEach(async () => {
  gh = await startFakeGitHub();
});

afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
});

/** The writes: REST calls other than GET, and GraphQL mutations (by operation name). */
function writes(): string[] {
  return gh.calls.flatMap((call) => {
    if (call.path === '/graphql') return call.graphqlOperation !== undefined && /Comment$/u.test(call.graphqlOperation) ? [`graphql ${call.graphqlOperation}`] : [];
    return call.method === 'GET' ? [] : [`${call.method} ${call.path}`];
  });
}

/** The config that turns the opt-in check run on. */
const CHECK_RUN_ON = 'report:\n  check-run: true\n';

/** Every call, in order: GraphQL by operation name, REST by method and path. */
const callList = (): string[] => gh.calls.map((call) => (call.path === '/graphql' ? `graphql ${call.graphqlOperation ?? ''}` : `${call.method} ${call.path}`));

describe('pull request check', () => {
  it('fails a PR without the sections: the failed job is the one red mark, and one comment, in 2 calls', async () => {
    gh.addPull({ number: 7, title: 'feat: cache quotes', body: FAILING });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 7, body: FAILING }) });
    expect(run.code).toBe(1);
    expect(run.outputs['conclusion']).toBe('failure');
    expect(run.outputs['failed-rules']).toBe('business-value,nfr-criteria');
    expect(JSON.parse(run.outputs['result'] ?? '{}')).toMatchObject({ subject: { kind: 'pr', number: 7 }, conclusion: 'failure' });
    // No check run by default: a second red mark beside the failed job would say the same.
    expect(gh.checkRuns()).toEqual([]);
    const comments = gh.comments(7);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('<!-- alignment-check:check -->');
    expect(comments[0]?.body).toContain('Paste-ready sections');
    expect(comments[0]?.minimized_reason).toBeNull();
    expect(run.summary).toContain('How to fix');
    // One read, then the comment.
    expect(callList()).toEqual(['graphql AlignmentCheck', 'graphql AlignmentAddComment']);
    // The token appears only in the command that asks the runner to mask it.
    const lines = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(lines.join('\n')).not.toContain(gh.token);
    expect(run.stdout).toContain(`::add-mask::${gh.token}`);
  });

  it('a passing PR that never failed gets no comment: one call', async () => {
    gh.addPull({ number: 30, title: 'feat: cache quotes', body: PASSING_BODY });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 30, body: PASSING_BODY }) });
    expect(run.code).toBe(0);
    expect(run.outputs['conclusion']).toBe('success');
    expect(gh.comments(30)).toEqual([]);
    expect(callList()).toEqual(['graphql AlignmentCheck']);
    expect(run.summary).toContain('All alignment rules pass');
  });

  it('a fixed PR: the same comment shrinks to one line, minimized as resolved (3 calls); nothing is written when nothing changed; a new failure shows it again', async () => {
    const pull = gh.addPull({ number: 8, title: 'feat: cache quotes', body: FAILING });
    await runAction({ server: gh, event: pullRequestEvent('opened', { number: 8, body: FAILING }) });
    const [first] = gh.comments(8);
    expect(first?.body).toContain('alignment rules failed');

    pull.body = PASSING_BODY;
    gh.resetCalls();
    const fixed = await runAction({ server: gh, event: pullRequestEvent('edited', { number: 8, body: PASSING_BODY }) });
    expect(fixed.code).toBe(0);
    expect(fixed.outputs['conclusion']).toBe('success');
    const [resolved] = gh.comments(8);
    expect(gh.comments(8)).toHaveLength(1);
    expect(resolved?.id).toBe(first?.id);
    expect(resolved?.body).toBe('<!-- alignment-check:check -->\n**✅ Resolved:** all alignment rules pass now.\n');
    expect(resolved?.minimized_reason).toBe('resolved');
    // One read, then the edit and the minimize side by side.
    expect(callList().sort()).toEqual(['PATCH /repos/acme/widgets/issues/comments/' + String(first?.id), 'graphql AlignmentCheck', 'graphql AlignmentMinimizeComment']);
    expect(gh.calls[0]?.graphqlOperation).toBe('AlignmentCheck');
    expect(fixed.stdout).toContain('comment: resolved');

    gh.resetCalls();
    const again = await runAction({ server: gh, event: pullRequestEvent('synchronize', { number: 8, body: PASSING_BODY }) });
    expect(again.code).toBe(0);
    expect(writes()).toEqual([]);
    expect(gh.calls.map((call) => `${call.method} ${call.path} ${call.status}`)).toEqual(['POST /graphql 200']);
    expect(gh.comments(8)[0]?.minimized_reason).toBe('resolved');

    pull.body = FAILING;
    gh.resetCalls();
    const broken = await runAction({ server: gh, event: pullRequestEvent('edited', { number: 8, body: FAILING }) });
    expect(broken.code).toBe(1);
    const [shown] = gh.comments(8);
    expect(shown?.id).toBe(first?.id);
    expect(shown?.body).toContain('alignment rules failed');
    expect(shown?.minimized_reason).toBeNull();
    expect(callList().sort()).toEqual(['PATCH /repos/acme/widgets/issues/comments/' + String(first?.id), 'graphql AlignmentCheck', 'graphql AlignmentUnminimizeComment']);
    expect(broken.stdout).toContain('comment: reopened');
  });

  it('with report.check-run: true the check run joins: a new comment in 3 calls, an unchanged re-run in 2', async () => {
    gh.setFile({ path: '.github/alignment.yml', content: CHECK_RUN_ON });
    gh.addPull({ number: 31, title: 'feat: cache quotes', body: FAILING });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 31, body: FAILING }) });
    expect(run.code).toBe(1);
    const [check] = gh.checkRuns();
    expect(gh.checkRuns()).toHaveLength(1);
    expect(check).toMatchObject({ name: 'alignment', conclusion: 'failure', status: 'completed' });
    expect(check?.output.title).toBe('❌ 2 of 2 alignment rules failed');
    expect(check?.output.summary).toContain('How to fix');
    expect(callList().sort()).toEqual(['POST /repos/acme/widgets/check-runs', 'graphql AlignmentAddComment', 'graphql AlignmentCheck']);

    gh.resetCalls();
    const again = await runAction({ server: gh, event: pullRequestEvent('synchronize', { number: 31, body: FAILING }) });
    expect(again.code).toBe(1);
    expect(callList()).toEqual(['graphql AlignmentCheck', 'POST /repos/acme/widgets/check-runs']);
  });

  it('comment: sticky also comments on a PR that never failed, in one line that stays shown', async () => {
    gh.setFile({ path: '.github/alignment.yml', content: 'report:\n  comment: sticky\n' });
    gh.addPull({ number: 32, title: 'feat: cache quotes', body: PASSING_BODY });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 32, body: PASSING_BODY }) });
    expect(run.code).toBe(0);
    const [comment] = gh.comments(32);
    expect(comment?.body).toBe('<!-- alignment-check:check -->\n✅ All alignment rules pass.\n');
    expect(comment?.minimized_reason).toBeNull();
    expect(callList()).toEqual(['graphql AlignmentCheck', 'graphql AlignmentAddComment']);

    gh.resetCalls();
    await runAction({ server: gh, event: pullRequestEvent('synchronize', { number: 32, body: PASSING_BODY }) });
    expect(callList()).toEqual(['graphql AlignmentCheck']);
    expect(gh.comments(32)[0]?.minimized_reason).toBeNull();
  });

  it('reads the PR live, not from the frozen payload, so a re-run after a fix passes', async () => {
    gh.addPull({ number: 9, title: 'feat: x', body: PASSING_BODY });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 9, body: FAILING }) });
    expect(run.outputs['conclusion']).toBe('success');
  });

  it('skips bot authors and drafts, and says why (in a skipped check run when check runs are on)', async () => {
    gh.addPull({ number: 10, title: 'chore(deps): bump', body: '', user: { login: 'dependabot[bot]', type: 'Bot' } });
    const bot = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 10, user: 'dependabot[bot]', userType: 'Bot' }) });
    expect(bot.code).toBe(0);
    expect(bot.outputs['conclusion']).toBe('skipped');
    expect(bot.summary).toContain('dependabot');
    expect(gh.checkRuns()).toEqual([]);
    expect(gh.comments(10)).toEqual([]);

    gh.setFile({ path: '.github/alignment.yml', content: CHECK_RUN_ON });
    gh.addPull({ number: 11, title: 'wip', body: '', draft: true });
    const draft = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 11, draft: true }) });
    expect(draft.outputs['conclusion']).toBe('skipped');
    expect(gh.checkRuns().at(-1)).toMatchObject({ conclusion: 'skipped' });
    expect(gh.checkRuns().at(-1)?.output.title).toContain('draft');
  });

  it('retries a 500 and succeeds', async () => {
    gh.addPull({ number: 12, title: 'feat: x', body: FAILING });
    gh.failNext({ path: '/graphql', operation: 'AlignmentCheck', status: 500, times: 1 });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 12 }) });
    expect(run.code).toBe(1);
    expect(gh.calls.filter((call) => call.graphqlOperation === 'AlignmentCheck').map((call) => call.status)).toEqual([500, 200]);
    expect(gh.comments(12)).toHaveLength(1);
  });

  it('waits out a secondary rate limit (403 with retry-after) and succeeds', async () => {
    gh.addPull({ number: 13, title: 'feat: x', body: FAILING });
    gh.failNext({ path: '/graphql', operation: 'AlignmentAddComment', ...rateLimit(), times: 1 });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 13 }) });
    expect(run.code).toBe(1);
    expect(gh.calls.filter((call) => call.graphqlOperation === 'AlignmentAddComment').map((call) => call.status)).toEqual([403, 200]);
    expect(gh.comments(13)).toHaveLength(1);
    expect(run.outputs['conclusion']).toBe('failure');
    expect(run.stdout).toMatch(/rate limit/iu);
  });

  it('with a read-only token (fork PR under pull_request) reports in the summary and annotations and does not crash', async () => {
    gh.setFile({ path: '.github/alignment.yml', content: CHECK_RUN_ON });
    gh.addPull({ number: 14, title: 'feat: x', body: FAILING, head: { repo: 'someone/widgets' } });
    gh.setReadOnly(true);
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 14, headRepo: 'someone/widgets' }) });
    expect(run.code).toBe(1);
    expect(run.outputs['conclusion']).toBe('failure');
    expect(run.summary).toContain('How to fix');
    expect(run.commands.some((command) => command.command === 'warning' && command.message.includes('pull_request_target'))).toBe(true);
    expect(run.commands.some((command) => command.command === 'error' && (command.properties['title'] ?? '').includes('business-value'))).toBe(true);
    expect(run.stderr + run.stdout).not.toMatch(/\n\s+at .*\.js:\d+/u);
    expect(writes().sort()).toEqual(['POST /repos/acme/widgets/check-runs', 'graphql AlignmentAddComment']);
    expect(gh.calls.find((call) => call.path.endsWith('/check-runs'))?.status).toBe(403);
    expect(gh.comments(14)).toEqual([]);
  });

  it('a write refused for a missing permission names the permission (GitHub\'s x-accepted-github-permissions), not forks', async () => {
    gh.setFile({ path: '.github/alignment.yml', content: CHECK_RUN_ON });
    gh.addPull({ number: 18, title: 'feat: x', body: FAILING });
    gh.setTokenPermissions({ contents: 'read', pull_requests: 'write', issues: 'write', checks: 'read' });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 18 }) });
    expect(run.code).toBe(1);
    expect(run.outputs['conclusion']).toBe('failure');
    const warning = run.commands.find((command) => command.command === 'warning')?.message ?? '';
    expect(warning).toContain('could not write the check run');
    expect(warning).toContain("Add `checks: write` to the workflow's `permissions:` block");
    expect(warning).not.toContain('pull_request_target');
    expect(gh.comments(18)).toHaveLength(1);
  });

  it('a comment refused for a missing permission (GraphQL FORBIDDEN) names it too', async () => {
    gh.setFile({ path: '.github/alignment.yml', content: CHECK_RUN_ON });
    gh.addPull({ number: 19, title: 'feat: x', body: FAILING });
    gh.setTokenPermissions({ contents: 'read', pull_requests: 'read', issues: 'read', checks: 'write' });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 19 }) });
    expect(run.code).toBe(1);
    const warning = run.commands.find((command) => command.command === 'warning')?.message ?? '';
    expect(warning).toContain('could not write the comment');
    expect(warning).toContain('`pull-requests: write`');
    expect(gh.checkRuns().at(-1)?.conclusion).toBe('failure');
  });

  it('advisory mode (input) concludes neutral and does not fail the step', async () => {
    gh.addPull({ number: 15, title: 'feat: x', body: FAILING });
    gh.setFile({ path: '.github/alignment.yml', content: CHECK_RUN_ON });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 15 }), inputs: { mode: 'advisory' } });
    expect(run.code).toBe(0);
    expect(run.outputs['conclusion']).toBe('neutral');
    expect(gh.checkRuns().at(-1)?.conclusion).toBe('neutral');
    expect(gh.comments(15)[0]?.body).toContain('Advisory mode');
  });

  it('works under pull_request_target the same way', async () => {
    gh.addPull({ number: 16, title: 'feat: x', body: PASSING_BODY });
    const run = await runAction({ server: gh, event: pullRequestTargetEvent('opened', { number: 16 }) });
    expect(run.code).toBe(0);
    expect(run.outputs['conclusion']).toBe('success');
  });

  it('dry-run writes nothing but still reports', async () => {
    gh.addPull({ number: 17, title: 'feat: x', body: FAILING });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 17 }), inputs: { 'dry-run': 'true' } });
    expect(run.outputs['conclusion']).toBe('failure');
    expect(writes()).toEqual([]);
    expect(run.summary).toContain('How to fix');
  });
});

describe('config from the base branch', () => {
  it('uses the embedded defaults with a notice when the file is missing', async () => {
    gh.addPull({ number: 20, title: 'feat: x', body: PASSING_BODY });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 20 }) });
    expect(run.stdout).toContain('using the embedded defaults');
  });

  it('applies a valid config read from the base branch, not the head', async () => {
    gh.setFile({ path: '.github/alignment.yml', content: 'mode: advisory\nreport:\n  check-run: true\n  check-name: value-check\n', ref: 'main' });
    gh.setFile({ path: '.github/alignment.yml', content: 'rules:\n  business-value:\n    enabled: false\n', ref: 'feature' });
    gh.addPull({ number: 21, title: 'feat: x', body: FAILING, head: { ref: 'feature' } });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 21, headRef: 'feature' }) });
    expect(run.outputs['conclusion']).toBe('neutral');
    expect(gh.checkRuns().at(-1)).toMatchObject({ name: 'value-check', conclusion: 'neutral' });
    expect(JSON.parse(run.outputs['result'] ?? '{}').rules[0]).toMatchObject({ id: 'business-value', status: 'fail' });
    // The config came with the PR in the one read: no contents API call.
    expect(gh.calls.filter((call) => call.path.includes('/contents/'))).toEqual([]);
  });

  it('refuses a config that is not UTF-8, naming the line and the byte (read through the contents API to tell)', async () => {
    gh.setFile({ path: '.github/alignment.yml', content: Buffer.concat([Buffer.from('mode: adv'), Buffer.from([0xe9]), Buffer.from('sory\n')]) });
    gh.addPull({ number: 23, title: 'feat: x', body: PASSING_BODY });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 23 }) });
    expect(run.code).toBe(1);
    expect(run.summary).toContain('.github/alignment.yml:1:10: the file is not valid UTF-8: byte 9 (0xe9)');
    expect(gh.calls.filter((call) => call.path.includes('/contents/')).map((call) => call.status)).toEqual([200]);
  });

  it('says so when the config path is a directory', async () => {
    gh.setFile({ path: '.github/alignment.yml/rules.yml', content: 'mode: advisory\n' });
    gh.addPull({ number: 24, title: 'feat: x', body: PASSING_BODY });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 24 }) });
    expect(run.code).toBe(1);
    expect(run.summary).toContain('.github/alignment.yml is a directory, expected a file');
  });

  it('fails with every error located (file:line and key) when the config is invalid', async () => {
    gh.setFile({ path: '.github/alignment.yml', content: 'mode: enforced\nrules:\n  business-value:\n    min_words: 3\n' });
    gh.addPull({ number: 22, title: 'feat: x', body: PASSING_BODY });
    const run = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 22 }) });
    expect(run.code).toBe(1);
    // The failed job is the one red mark: no check run (the setting is in the file that failed).
    expect(gh.checkRuns()).toEqual([]);
    expect(run.summary).toContain('.github/alignment.yml:1:7');
    expect(run.summary).toContain('min-words');
    const errors = run.commands.filter((command) => command.command === 'error');
    expect(errors.map((command) => command.properties['file'])).toContain('.github/alignment.yml');
    expect(errors.map((command) => command.properties['line'])).toEqual(expect.arrayContaining(['1', '4']));
    expect(gh.comments(22)).toEqual([]);
  });
});

describe('issue check', () => {
  it('comments on an issue and writes no check run', async () => {
    gh.addIssue({ number: 30, title: 'Slow checkout', body: FAILING });
    const run = await runAction({ server: gh, event: issuesEvent('opened', { number: 30, body: FAILING }) });
    expect(run.code).toBe(1);
    expect(gh.comments(30)).toHaveLength(1);
    expect(gh.checkRuns()).toEqual([]);
    expect(JSON.parse(run.outputs['result'] ?? '{}').subject).toMatchObject({ kind: 'issue', number: 30 });
  });

  it('an issue that never failed gets no comment; once fixed, its comment is one minimized line', async () => {
    gh.addIssue({ number: 33, title: 'Slow checkout', body: PASSING_BODY });
    await runAction({ server: gh, event: issuesEvent('opened', { number: 33, body: PASSING_BODY }) });
    expect(gh.comments(33)).toEqual([]);

    gh.issue(33)!.body = FAILING;
    await runAction({ server: gh, event: issuesEvent('edited', { number: 33, body: FAILING }) });
    gh.issue(33)!.body = PASSING_BODY;
    await runAction({ server: gh, event: issuesEvent('edited', { number: 33, body: PASSING_BODY }) });
    expect(gh.comments(33).map((c) => [c.body, c.minimized_reason])).toEqual([['<!-- alignment-check:check -->\n**✅ Resolved:** all alignment rules pass now.\n', 'resolved']]);
  });
});

describe('other events', () => {
  it('ends with a notice and success for an event it does not handle', async () => {
    gh.addPull({ number: 40, title: 'x', body: '' });
    const run = await runAction({ server: gh, event: pullRequestEvent('closed', { number: 40, state: 'closed' }) });
    expect(run.code).toBe(0);
    expect(run.commands.some((command) => command.command === 'notice')).toBe(true);
    expect(gh.calls).toEqual([]);
  });
});

function rateLimit(): { status: number; headers: Record<string, string>; body: unknown } {
  return {
    status: 403,
    headers: { 'retry-after': '1' },
    body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits' },
  };
}
