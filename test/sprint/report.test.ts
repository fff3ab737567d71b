import { describe, expect, it } from 'vitest';
import {
  compileShape,
  computeSprintReport,
  formatPercent,
  itemPoints,
  PreparedItems,
  pointsRules,
  sprintKey,
  verdictOf,
  type SprintSummary,
} from '../../src/core/sprint/index.js';
import { config, issue, pr, S, sprint } from './helpers.js';
import { countingReader, testReader } from './reader.js';

const at = (day: number, hour = 10): string => `2026-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;

describe('weights', () => {
  const items = [
    pr(1, at(3), ['tech-debt', 'sp-3'], { additions: 100, deletions: 20 }),
    pr(2, at(4), ['feature', 'sp-5'], { additions: 300, deletions: 60 }),
    pr(3, at(5), ['feature'], { additions: 10, deletions: 10 }),
  ];
  it('count: one per unit', () => {
    const r = computeSprintReport({ sprint: S, items, config: config({ weight: 'count' }), reader: testReader });
    expect([r.totals.debtWeight, r.totals.weight, r.ratio]).toEqual([1, 3, 1 / 3]);
  });
  it('points: from labels, the fallback where there are none, and the report says how many', () => {
    const r = computeSprintReport({ sprint: S, items, config: config({ weight: 'points' }), reader: testReader });
    // 3 (debt) + 5 + 1 (fallback) = 9
    expect([r.totals.debtWeight, r.totals.weight, r.totals.fallbackItems, r.totals.fallbackPoints]).toEqual([3, 9, 1, 1]);
    expect(r.ratio).toBe(3 / 9);
  });
  it('changes: additions + deletions', () => {
    const r = computeSprintReport({ sprint: S, items, config: config({ weight: 'changes' }), reader: testReader });
    expect([r.totals.debtWeight, r.totals.weight]).toEqual([120, 500]);
    expect(r.ratio).toBe(0.24);
  });
});

describe('points of an item', () => {
  const rules = pointsRules(config({ points: { labels: ['points: N', 'sp-N', 'N points', 'Estimate N'], sizes: { 'Size: M': 3 }, fallback: 1 } }));
  it.each([
    [['points: 3'], 3],
    [['Points:3'], 3],
    [['POINTS : 3'], 3],
    [['sp-5'], 5],
    [['SP - 5'], 5],
    [['8 points'], 8],
    [['0.5 points'], 0.5],
    [['estimate 13'], 13],
    [['size: m'], 3],
    [['size:M'], 3],
    [['sp-2', 'size: m'], 2],
    [['sp-1', 'sp-3'], 3],
    [['sprint-3'], undefined],
    [['points: lots'], undefined],
    [['2 points extra'], undefined],
    [['xsp-2'], undefined],
  ] as const)('%j → %s', (labels, expected) => {
    expect(itemPoints(pr(1, at(3), [...labels]), rules)).toBe(expected);
  });
  it('falls back to the Projects number field', () => {
    expect(itemPoints(pr(1, at(3), ['bug'], { points: 2.5 }), rules)).toBe(2.5);
    expect(itemPoints(pr(1, at(3), ['sp-8'], { points: 2.5 }), rules)).toBe(8);
  });
  it('ignores a shape without N', () => {
    expect(compileShape('points')).toBeNull();
    expect(compileShape('Number: N')?.test('number: 4')).toBe(true);
  });
});

describe('units of work', () => {
  it('a PR and the issue it closes count once, the PR kept and their labels united', () => {
    const items = [
      issue(10, at(5, 11), ['Tech-Debt', 'backend']),
      pr(11, at(5), ['backend'], { closes: ['acme/app#10'] }),
    ];
    const { units } = new PreparedItems(items).work(S);
    expect(units).toHaveLength(1);
    expect(units[0]?.primary.number).toBe(11);
    expect(units[0]?.labels).toEqual(['backend', 'Tech-Debt']);
    const r = computeSprintReport({ sprint: S, items, config: config(), reader: testReader });
    expect(r.totals.units).toBe(1);
    expect(r.debt.map((d) => [d.ref, d.merged])).toEqual([['acme/app#11', ['acme/app#10']]]);
  });

  it('an issue closed by two PRs counts once', () => {
    const items = [issue(20, at(8)), pr(21, at(7), ['a'], { closes: ['#20'] }), pr(22, at(8), ['b'], { closes: ['acme/app#20'] })];
    const { units } = new PreparedItems(items).work(S);
    expect(units.map((u) => [u.primary.number, u.prs.map((p) => p.number), u.issues.map((i) => i.number)])).toEqual([[21, [21, 22], [20]]]);
  });

  it('an issue closed by a PR of another sprint does not count here', () => {
    const items = [issue(50, at(12)), pr(51, '2026-03-16T09:00:00Z', [], { closes: ['acme/app#50'] })];
    expect(new PreparedItems(items).work(S).units).toEqual([]);
  });

  it('an issue closed as not planned, a PR closed unmerged and an open item do not count', () => {
    const items = [
      issue(1, at(3), ['tech-debt'], { state: 'not_planned' }),
      issue(2, at(3), ['tech-debt'], { state: 'duplicate' }),
      pr(3, undefined, ['tech-debt'], { state: 'closed' }),
      pr(4, undefined, ['tech-debt']),
    ];
    const r = computeSprintReport({ sprint: S, items, config: config(), reader: testReader });
    expect(r.status).toBe('no-work');
  });

  it('the same item listed twice counts once', () => {
    const items = [pr(1, at(3), ['x']), pr(1, at(3), ['x'])];
    expect(computeSprintReport({ sprint: S, items, config: config(), reader: testReader }).totals.units).toBe(1);
  });

  it('redacted items are counted as unknown and listed, never dropped, and stay out of the ratio', () => {
    const items = [
      pr(1, at(3), ['tech-debt']),
      pr(2, at(3), ['feature']),
      { kind: 'redacted' as const, repo: '', labels: [], closes: [], completedAt: at(4) },
      { kind: 'redacted' as const, repo: 'acme/hidden', labels: [], closes: [], completedAt: at(20) },
    ];
    const r = computeSprintReport({ sprint: S, items, config: config(), reader: testReader });
    expect(r.totals.unknownItems).toBe(1);
    expect(r.unknown).toEqual([{ completedAt: at(4) }]);
    expect(r.ratio).toBe(0.5);
  });
});

describe('classification', () => {
  it('debt by label (any case) or by a register link; neither label nor body: unclassified', () => {
    const items = [
      pr(1, at(3), ['TECHNICAL-DEBT']),
      pr(2, at(3), [], { body: 'Moves the cron to the queue. Register: DEBT-12' }),
      pr(3, at(3), ['feature'], { body: 'Adds SSO.' }),
      pr(4, at(3), [], { body: 'No labels but a description.' }),
      pr(5, at(3), []),
      pr(6, at(3), [], { body: ' \n ' }),
    ];
    const r = computeSprintReport({ sprint: S, items, config: config(), reader: testReader });
    expect(r.debt.map((d) => [d.ref, d.reason, d.evidence])).toEqual([
      ['acme/app#1', 'label', ['TECHNICAL-DEBT']],
      ['acme/app#2', 'register-link', ['DEBT-12']],
    ]);
    expect(r.totals.otherItems).toBe(2);
    expect(r.unclassified.map((u) => u.ref)).toEqual(['acme/app#5', 'acme/app#6']);
    expect(r.ratio).toBe(0.5);
  });

  it('register links count only when the config says so', () => {
    const items = [pr(2, at(3), [], { body: 'Register: DEBT-12' })];
    const off = computeSprintReport({ sprint: S, items, config: config({ debt: { 'register-links': false } }), reader: testReader });
    expect(off.totals.debtItems).toBe(0);
  });

  it('reads each body that carries no stored facts, and business impact only for debt', () => {
    const reader = countingReader();
    const items = [
      pr(1, at(3), ['tech-debt'], { body: 'x' }),
      pr(2, at(3), ['feature'], { body: 'y' }),
      pr(3, at(3), ['feature'], { body: 'z' }),
    ];
    computeSprintReport({ sprint: S, items, config: config(), reader });
    // Every signal is named, as a report over the export would (the engine caches a parsed body):
    // links and what the body says of debt work, for each item (3 + 3), and for the new debt a
    // PR may declare (3 more); the business impact of the one debt item.
    expect(reader.calls).toEqual({ links: 3, impact: 1, debt: 6 });
    // Without the debt flow (an export that cannot tell), no asking for new debt.
    const quiet = countingReader();
    computeSprintReport({ sprint: S, items, config: config(), reader: quiet, debtIn: false });
    expect(quiet.calls).toEqual({ links: 3, impact: 1, debt: 3 });
  });

  it('business impact: carried by the item, else read from the register issue, else from the PR', () => {
    const items = [
      pr(1, at(3), ['tech-debt'], { impact: { text: 'Costs 3 days per release', measurable: true } }),
      pr(2, at(3), ['tech-debt'], { closes: ['#3'], body: 'Business Impact: from the PR' }),
      issue(3, at(3), [], { body: 'Business Impact: Raises outage risk by 10 %' }),
      pr(4, at(3), ['tech-debt'], { body: 'Business Impact: faster builds' }),
      pr(5, at(3), ['tech-debt']),
    ];
    const r = computeSprintReport({ sprint: S, items, config: config(), reader: testReader });
    expect(r.debt.map((d) => [d.ref, d.impact])).toEqual([
      ['acme/app#1', { text: 'Costs 3 days per release', measurable: true, source: 'item' }],
      ['acme/app#2', { text: 'Raises outage risk by 10 %', measurable: true, source: 'body' }],
      ['acme/app#4', { text: 'faster builds', measurable: false, source: 'body' }],
      ['acme/app#5', null],
    ]);
  });
});

describe('ratio and verdict', () => {
  const band = { min: 0.15, max: 0.25 };
  it('bands: 0 is always below, the edges are within', () => {
    expect(verdictOf(0, { min: 0, max: 0.2 })).toBe('below');
    expect(verdictOf(0.1, band)).toBe('below');
    expect(verdictOf(0.15, band)).toBe('within');
    expect(verdictOf(0.25, band)).toBe('within');
    expect(verdictOf(0.2500001, band)).toBe('above');
    expect(verdictOf(null, band)).toBe('none');
    // A sum of fractional points that lands on the edge is still within.
    expect(verdictOf((0.1 + 0.2) / 1.2, band)).toBe('within');
  });

  it('a 0 % sprint is flagged', () => {
    const r = computeSprintReport({ sprint: S, items: [pr(1, at(3), ['feature'])], config: config(), reader: testReader });
    expect([r.ratio, r.verdict, r.zero, r.flagged]).toEqual([0, 'below', true, true]);
    expect(r.message).toMatch(/^0 % of the work paid down debt .*Zero is never the right answer\.$/);
  });

  it('an empty sprint has no ratio: no work finished, no division by zero', () => {
    const r = computeSprintReport({ sprint: S, items: [], config: config(), reader: testReader });
    expect([r.ratio, r.status, r.verdict, r.flagged]).toEqual([null, 'no-work', 'none', false]);
    expect(r.message).toBe('No work finished in this sprint — no ratio.');
  });

  it('classified work that weighs nothing has no ratio', () => {
    const r = computeSprintReport({ sprint: S, items: [issue(1, at(3), ['bug'])], config: config({ weight: 'changes' }), reader: testReader });
    expect([r.ratio, r.status, r.totals.noChangesItems]).toEqual([null, 'no-weight', 1]);
  });

  it('above the band asks whether it was planned', () => {
    const r = computeSprintReport({
      sprint: S,
      items: [pr(1, at(3), ['tech-debt']), pr(2, at(3), ['tech-debt']), pr(3, at(3), ['feature'])],
      config: config(),
      reader: testReader,
    });
    expect(r.verdict).toBe('above');
    expect(r.message).toBe('66.7 % of the work paid down debt — above the target 15–25 %. A planned debt sprint, or firefighting?');
  });

  it('a sprint not over at `now` is in progress: "so far"', () => {
    const r = computeSprintReport({ sprint: S, items: [pr(1, at(3), ['tech-debt'])], config: config(), reader: testReader, now: at(10) });
    expect(r.inProgress).toBe(true);
    expect(r.message).toContain('of the work so far');
  });

  it('formats percentages without claiming 0 % or 100 % that are not', () => {
    expect(formatPercent(0)).toBe('0 %');
    expect(formatPercent(0.0004)).toBe('< 0.1 %');
    expect(formatPercent(0.15)).toBe('15 %');
    expect(formatPercent(1 / 6)).toBe('16.7 %');
    expect(formatPercent(0.99999)).toBe('> 99.9 %');
    expect(formatPercent(1)).toBe('100 %');
  });
});

describe('trend', () => {
  const h = (i: number, ratio: number | null): SprintSummary => ({
    key: `milestone-${i}`,
    title: `Sprint ${i}`,
    start: `2026-01-${String(i).padStart(2, '0')}T00:00:00.000Z`,
    end: `2026-01-${String(i + 1).padStart(2, '0')}T00:00:00.000Z`,
    ratio,
    debtWeight: ratio === null ? 0 : ratio * 10,
    weight: ratio === null ? 0 : 10,
    verdict: ratio === null ? 'none' : 'within',
    status: ratio === null ? 'no-work' : 'ok',
  });
  it('keeps the last N sprints up to this one, oldest first, ignoring later and repeated ones', () => {
    const history = [h(5, 0.2), h(1, 0.1), h(2, null), h(3, 0.3), h(4, 0), h(4, 0), h(6, 0.2)];
    const cur = sprint('9', '2026-01-08T00:00:00.000Z', '2026-01-09T00:00:00.000Z');
    const extra = { ...h(20, 0.5), start: '2026-02-01T00:00:00.000Z' };
    const r = computeSprintReport({ sprint: cur, items: [], config: config({ summary: { history: 4 } }), reader: testReader, history: [...history, extra] });
    expect(r.trend.map((t) => t.key)).toEqual(['milestone-4', 'milestone-5', 'milestone-6', 'milestone-9']);
  });
});

describe('sprintKey', () => {
  it('is stable and marker-safe', () => {
    expect(sprintKey({ source: 'milestone', id: '12' })).toBe('milestone-12');
    expect(sprintKey({ source: 'iteration', id: 'PVTI_lADO--x y' })).toBe('iteration-PVTI_lADO-x_y');
    expect(sprintKey({ source: 'cadence', id: '2026-03-02' })).toBe('cadence-2026-03-02');
  });
});
