/**
 * The register board's call budget: for N open debt items, at most ceil(N/100) + 3 API
 * calls in the whole run — the config, the one GraphQL call that reads the token's
 * login, the milestones, the board's issue with its comments, the repository's labels
 * and the first 100 items of every source, one call per further 100 items (every
 * source in the same call), and the comment write. Counted on the action's source (in
 * process) against the fake GitHub API, in the steady state: the board's comment exists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduleEvent } from '../fake-github/events.js';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { runAction } from '../harness/run-action.js';
import { callLines, graphqlReads } from '../sprint-action/helpers.js';

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await startFakeGitHub();
});
afterAll(async () => {
  await gh.stop();
});

const measured: string[] = [];
const inputs = { 'register-board': 'true' };

/** A repository with its tracking issue, the board's comment from an earlier run, and `n` open debt items. */
function seed(name: string, n: number, labelOf: (i: number) => string = () => 'tech-debt'): void {
  gh.addRepo({ owner: 'acme', name });
  gh.addIssue({ owner: 'acme', repo: name, number: 1, title: 'Sprint debt report', labels: ['sprint-report'], body: '' });
  gh.addComment({ owner: 'acme', repo: name, issue_number: 1, body: '<!-- alignment-check:register -->\nan older board', user: 'github-actions[bot]' });
  gh.addIssue({ owner: 'acme', repo: name, number: 2, title: 'A bug', labels: ['bug'], body: '## Business Impact\n\nCosts 1 hour a week.' });
  for (let i = 0; i < n; i += 1) {
    gh.addIssue({
      owner: 'acme',
      repo: name,
      number: 100 + i,
      title: `Debt ${i}`,
      labels: [labelOf(i)],
      body: `## Business Impact\n\nCosts ${1 + (i % 9)} hours a week.`,
      created_at: new Date(Date.parse('2025-01-01T00:00:00Z') + i * 3_600_000).toISOString().replace(/\.\d{3}Z$/u, 'Z'),
    });
  }
}

async function measure(name: string, n: number, what: string): Promise<void> {
  gh.resetCalls();
  const run = await runAction({ server: gh, event: scheduleEvent({ repo: `acme/${name}` }), inputs, repository: `acme/${name}` });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(gh.violations).toEqual([]);
  expect(run.outputs['register-items']).toBe(String(n));
  const calls = callLines(gh);
  const budget = Math.ceil(n / 100) + 3;
  measured.push(`${what}: ${calls.length} calls (budget ${budget})`);
  expect(calls.length, calls.join('\n')).toBeLessThanOrEqual(budget);
}

describe('call budget: ceil(N/100) + 3 calls for N open debt items', () => {
  it.each([0, 1, 100, 101, 250])('N = %i', async (n) => {
    seed(`board-${n}`, n);
    await measure(`board-${n}`, n, `N=${n}`);
    // One GraphQL read per 100 items (the first page rides in the context call).
    expect(graphqlReads(gh).length).toBeLessThanOrEqual(Math.max(1, Math.ceil(n / 100)));
  });

  it('N = 150 in another spelling ("Tech Debt") and a register repository: still within the budget', async () => {
    seed('board-mixed', 120, (i) => (i % 2 === 0 ? 'tech-debt' : 'Tech Debt'));
    gh.addRepo({ owner: 'acme', name: 'board-mixed-register' });
    for (let i = 0; i < 30; i += 1) {
      gh.addIssue({ owner: 'acme', repo: 'board-mixed-register', number: 10 + i, title: `Register ${i}`, labels: [], body: '## Business Impact\n\nCosts €100 a month.' });
    }
    gh.setFile({ owner: 'acme', repo: 'board-mixed', path: '.github/alignment.yml', content: 'rules:\n  debt-link:\n    registers:\n      - github: { repo: acme/board-mixed-register }\n' });
    await measure('board-mixed', 150, 'N=150 (two spellings, a register repository)');
  });

  it('reports what it measured', () => {
    console.log(`register board call counts: ${measured.join('; ')}`);
    expect(measured).toHaveLength(6);
  });
});
