/**
 * The register board end to end: the action's source with `register-board: true`, run
 * in process as a runner runs it, against the fake GitHub API that holds every request
 * to GitHub's published contract.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issuesEvent, pullRequestEvent, scheduleEvent, workflowDispatchEvent } from '../fake-github/events.js';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { runAction } from '../harness/run-action.js';
import { callLines, writes } from '../sprint-action/helpers.js';

let gh: FakeGitHub;

beforeEach(async () => {
  gh = await startFakeGitHub();
});

afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
});

const BOARD = '<!-- alignment-check:register -->';
const board = (issue: number): { id: number; body: string; user: string }[] => gh.comments(issue).filter((c) => c.body.startsWith(BOARD));
const inputs = { 'register-board': 'true' };

function register(): void {
  gh.addIssue({ number: 1, title: 'Sprint debt report', labels: ['sprint-report'], body: 'Reports.' });
  gh.addIssue({ number: 10, title: 'Flaky integration tests', labels: ['tech-debt'], body: '## Business Impact\n\nWe lose about 30 hours per month to flaky tests.', created_at: '2025-01-06T09:00:00Z' });
  gh.addIssue({ number: 11, title: 'Legacy cluster', labels: ['Tech Debt'], body: '## Business Impact\n\nHosting the legacy cluster costs €4,000 per month.', created_at: '2025-02-03T09:00:00Z' });
  gh.addIssue({ number: 12, title: 'Dead feature toggles', labels: ['tech-debt'], body: 'No impact stated.', created_at: '2025-03-03T09:00:00Z' });
  gh.addIssue({ number: 13, title: 'Login button misaligned', labels: ['bug'], body: '## Business Impact\n\nCosts 100 hours a month.' });
  gh.addIssue({ number: 14, title: 'Removed the v1 API', labels: ['tech-debt'], state: 'closed', body: '## Business Impact\n\nCosts 40 hours a month.' });
  gh.addPull({ number: 20, title: 'Part of the flaky tests', body: 'Part of #10: retries the slow suite.', labels: [] });
}

describe('the register board', () => {
  it('on schedule: one comment on the tracking issue, ranked by stated cost, with links; a second run writes nothing', async () => {
    register();
    const run = await runAction({ server: gh, event: scheduleEvent(), inputs, now: () => Date.parse('2025-06-01T00:00:00Z') });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ conclusion: 'success', 'register-items': '3', 'register-cost': '7000' });
    const comments = board(1);
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? '';
    expect(body).toContain('### 📒 Debt register: 3 open items, ≈ €7,000 a month stated');
    // €4,000 a month (the "Tech Debt" spelling is a debt label too) before 30 h × €100.
    expect(body.indexOf('[#11](https://github.com/acme/widgets/issues/11)')).toBeLessThan(body.indexOf('[#10](https://github.com/acme/widgets/issues/10)'));
    expect(body).toContain('| 2 | [#10](https://github.com/acme/widgets/issues/10) Flaky integration tests | We lose about 30 hours per month to flaky tests. | 30 h | €3,000 | 145\u00A0d | — | [#20](https://github.com/acme/widgets/issues/20) |');
    expect(body).toContain('#### No cost stated (1)');
    expect(body).not.toContain('#13');
    expect(body).not.toContain('#14');
    expect(body).toContain('xychart-beta');
    expect(run.summary).toContain('Comment posted on the issue [#1](https://github.com/acme/widgets/issues/1)');

    gh.resetCalls();
    const again = await runAction({ server: gh, event: scheduleEvent(), inputs, now: () => Date.parse('2025-06-01T00:00:00Z') });
    expect(again.code).toBe(0);
    expect(writes(gh)).toEqual([]);
    expect(again.summary).toContain('Comment unchanged on the issue');
  });

  it('on an issue event: updates for a register item (and one whose debt label was just removed), skips any other issue', async () => {
    register();
    const now = (): number => Date.parse('2025-06-01T00:00:00Z');
    const first = await runAction({ server: gh, event: issuesEvent('labeled', { number: 10, labels: ['tech-debt'], label: 'tech-debt' }), inputs, now });
    expect(first.outputs['conclusion']).toBe('success');
    expect(board(1)).toHaveLength(1);

    gh.resetCalls();
    const other = await runAction({ server: gh, event: issuesEvent('opened', { number: 13, labels: ['bug'] }), inputs, now });
    expect(other.code).toBe(0);
    expect(other.outputs['conclusion']).toBe('skipped');
    expect(other.commands.find((c) => c.command === 'notice')?.message).toContain('issue #13 is not in the debt register');
    // Only the config was read.
    expect(callLines(gh)).toEqual(['GET /repos/acme/widgets/contents/.github%2Falignment.yml 404']);

    gh.state.repo('acme', 'widgets').issues.get(12)!.labels = [];
    const unlabeled = await runAction({ server: gh, event: issuesEvent('unlabeled', { number: 12, labels: [], label: 'tech-debt' }), inputs, now });
    expect(unlabeled.outputs).toMatchObject({ conclusion: 'success', 'register-items': '2' });
    expect(board(1)[0]?.body).not.toContain('#12');
  });

  it('without register-board the issue check runs as before', async () => {
    register();
    const run = await runAction({ server: gh, event: issuesEvent('opened', { number: 10, labels: ['tech-debt'] }) });
    expect(run.outputs['result']).toBeDefined();
    expect(board(1)).toEqual([]);
  });

  it('register.board: issue — opens its own issue once, pins it, and posts the board there', async () => {
    register();
    gh.setFile({ path: '.github/alignment.yml', content: 'register:\n  board: issue\n' });
    const run = await runAction({ server: gh, event: workflowDispatchEvent(), inputs });
    expect(run.code).toBe(0);
    const issues = [...gh.state.repo('acme', 'widgets').issues.values()].filter((i) => i.title === 'Debt register');
    expect(issues).toHaveLength(1);
    const own = issues[0]!;
    expect(own.labels).toEqual(['debt-register']);
    expect(own.pinned).toBe(true);
    expect(board(own.number)).toHaveLength(1);
    expect(board(1)).toEqual([]);
    const again = await runAction({ server: gh, event: workflowDispatchEvent(), inputs });
    expect(again.code).toBe(0);
    expect([...gh.state.repo('acme', 'widgets').issues.values()].filter((i) => i.title === 'Debt register')).toHaveLength(1);
  });

  it('a refused pin is logged, and the board is posted all the same', async () => {
    register();
    gh.setFile({ path: '.github/alignment.yml', content: 'register:\n  board: issue\n' });
    gh.failNext({
      path: '/graphql',
      operation: 'AlignmentPinIssue',
      status: 200,
      body: { data: { pinIssue: null }, errors: [{ type: 'FORBIDDEN', path: ['pinIssue'], message: 'Resource not accessible by integration' }] },
    });
    const run = await runAction({ server: gh, event: scheduleEvent(), inputs });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("The register board's issue was not pinned: GraphQL mutation AlignmentPinIssue failed (HTTP 403)");
    const own = [...gh.state.repo('acme', 'widgets').issues.values()].find((i) => i.title === 'Debt register');
    expect(own?.pinned).toBeUndefined();
    expect(board(own?.number ?? 0)).toHaveLength(1);
  });

  it('reads a register repository too, and names one that cannot be read', async () => {
    register();
    gh.addRepo({ owner: 'acme', name: 'debt' });
    gh.addIssue({ owner: 'acme', repo: 'debt', number: 7, title: 'Legacy SSO bridge', labels: ['tech-debt'], body: '## Business Impact\n\nCosts 10 hours a month.' });
    gh.addIssue({ owner: 'acme', repo: 'debt', number: 8, title: 'Not debt', labels: [], body: '## Business Impact\n\nCosts 1000 hours a month.' });
    gh.setFile({
      path: '.github/alignment.yml',
      content: 'rules:\n  debt-link:\n    registers:\n      - github: { repo: acme/debt, label: tech-debt }\n      - github: { repo: acme/gone }\n',
    });
    const run = await runAction({ server: gh, event: scheduleEvent(), inputs });
    expect(run.code).toBe(0);
    const body = board(1)[0]?.body ?? '';
    expect(body).toContain('[acme/debt#7](https://github.com/acme/debt/issues/7) Legacy SSO bridge');
    expect(body).not.toContain('acme/debt#8');
    expect(run.stdout).toContain('The board leaves out acme/gone: register repository acme/gone cannot be read');
  });

  it('a pull_request event with register-board: true updates the board (the PRs that worked on items changed)', async () => {
    register();
    const run = await runAction({ server: gh, event: pullRequestEvent('closed', { number: 20 }), inputs });
    expect(run.outputs['conclusion']).toBe('success');
    expect(board(1)).toHaveLength(1);
  });
});
