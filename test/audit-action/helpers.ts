/** Scenarios for the audit against the fake GitHub API: PRs and issues of four kinds of body. */
import type { FakeGitHub } from '../fake-github/server.js';
import { PASSING_BODY } from '../harness/bodies.js';

/** Passes every rule: a measurable business value, measurable performance and security criteria. */
export const PASS = PASSING_BODY;

/** No business value; performance and security criteria, accessibility waived with a reason. */
export const NO_VALUE = [
  '## Acceptance Criteria',
  '- **Performance:** p95 of the search API ≤ 300 ms at 150 req/s',
  '- **Security:** 0 high findings in the dependency scan',
  '- **Accessibility:** N/A — a backend change with no user interface at all',
  '',
].join('\n');

/** A business value without a quantity (a warning); a performance criterion only (security missing). */
export const VAGUE = [
  '## Business Value',
  'Customers will find the search page much faster and nicer to use every day.',
  '',
  '## Acceptance Criteria',
  '- **Performance:** p95 of the search API ≤ 300 ms at 150 req/s',
  '',
].join('\n');

export const BODIES = [PASS, NO_VALUE, VAGUE, ''] as const;

const DAY = 86_400_000;
const iso = (t: number): string => new Date(t).toISOString().replace(/\.\d{3}Z$/u, 'Z');

export interface Seeded {
  readonly prs: number;
  readonly issues: number;
  /** Items of each body, in the order of BODIES. */
  readonly byBody: readonly [number, number, number, number];
}

/**
 * `n` PRs and issues opened over the last 60 days (alternately a PR and an issue,
 * unless `kinds` says otherwise), the bodies in turn; and `outside` PRs and issues
 * opened 200 days ago, outside a 90-day window.
 */
export function seedAuditItems(gh: FakeGitHub, repo: { owner: string; repo: string }, n: number, options: { kinds?: 'both' | 'pr'; outside?: number; now?: number } = {}): Seeded {
  const now = options.now ?? Date.now();
  const byBody: [number, number, number, number] = [0, 0, 0, 0];
  let prs = 0;
  let issues = 0;
  for (let i = 0; i < n; i += 1) {
    const pr = options.kinds === 'pr' || i % 2 === 0;
    const which = (options.kinds === 'pr' ? i : Math.floor(i / 2)) % 4;
    byBody[which] = (byBody[which] ?? 0) + 1;
    const created = iso(now - Math.floor(((n - i - 0.5) * 60 * DAY) / Math.max(1, n)));
    const seed = { ...repo, title: `Item ${i}`, body: BODIES[which] ?? '', labels: ['feature'], created_at: created, updated_at: created };
    if (pr) {
      gh.addPull(seed);
      prs += 1;
    } else {
      gh.addIssue(seed);
      issues += 1;
    }
  }
  for (let i = 0; i < (options.outside ?? 0); i += 1) {
    const created = iso(now - 200 * DAY - i * 3_600_000);
    gh.addPull({ ...repo, title: `Old PR ${i}`, body: PASS, created_at: created, updated_at: created });
    gh.addIssue({ ...repo, title: `Old issue ${i}`, body: PASS, created_at: created, updated_at: created });
  }
  return { prs, issues, byBody };
}
