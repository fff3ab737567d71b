/** How a stated cost is read (docs/register.md): figures, units, periods, what is not a cost. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readStatedCosts, type StatedFigure } from '../../src/core/register/impact.js';

const reading = { sprintDays: 14 };
const read = (text: string): StatedFigure[] => readStatedCosts(text, reading);
/** kind, amount, unit, per month (rounded to 4 places). */
const brief = (text: string): [string, number, string, number][] =>
  read(text).map((f) => [f.kind, Math.round(f.amount * 1e4) / 1e4, f.unit, Math.round(f.perMonth * 1e4) / 1e4]);

describe('engineer time', () => {
  it.each([
    ['Costs 6 engineer-hours a week.', [['time', 6, 'h', 26]]],
    ['We lose 30 hours per month to flaky tests.', [['time', 30, 'h', 30]]],
    ['Costs 6h/week.', [['time', 6, 'h', 26]]],
    ['Developers waste 20 minutes a day.', [['time', 0.3333, 'h', 7]]],
    ['Manual data fixes take 2 days a month.', [['time', 16, 'h', 16]]],
    ['Costs 16 person-days per year.', [['time', 128, 'h', 10.6667]]],
    ['We spend 2 engineer-months a year on upgrades.', [['time', 320, 'h', 26.6667]]],
    ['Costs 2 weeks of engineering per quarter.', [['time', 80, 'h', 26.6667]]],
    ['Costs 3–5 hours a week.', [['time', 4, 'h', 17.3333]]],
    ['Costs 3 to 5 hours a week.', [['time', 4, 'h', 17.3333]]],
    ['Costs 1,5 hours a day.', [['time', 1.5, 'h', 31.5]]],
    ['Costs 7 hours per sprint.', [['time', 7, 'h', 15]]],
    ['Every sprint the on-call engineer spends 7 hours restarting workers.', [['time', 7, 'h', 15]]],
    ['Costs 12 hours.', [['time', 12, 'h', 1]]],
  ] as const)('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('money', () => {
  it.each([
    ['Costs €4,000 per month.', [['money', 4000, 'EUR', 4000]]],
    ['The licence costs $30k a year.', [['money', 30000, 'USD', 2500]]],
    ['Storage costs £1,500 monthly.', [['money', 1500, 'GBP', 1500]]],
    ['Costs CHF 800 per month.', [['money', 800, 'CHF', 800]]],
    ['Costs 1,500 USD per month.', [['money', 1500, 'USD', 1500]]],
    ['Costs ¥500,000 a year.', [['money', 500000, 'JPY', 41666.6667]]],
    ['Costs ₹200,000 per month.', [['money', 200000, 'INR', 200000]]],
    ['Costs us €1.2k every month.', [['money', 1200, 'EUR', 1200]]],
    ['A $1.2m exposure per year.', [['money', 1200000, 'USD', 100000]]],
    ['Costs 300 euros a week.', [['money', 300, 'EUR', 1300]]],
    ['Costs C$ 500 a month and A$ 300 a month.', [['money', 500, 'CAD', 500], ['money', 300, 'AUD', 300]]],
    ['Every month we pay €2,000 for the old queue.', [['money', 2000, 'EUR', 2000]]],
    ['Estimated loss: €5k per month.', [['money', 5000, 'EUR', 5000]]],
  ] as const)('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('incidents and risk', () => {
  it.each([
    ['Causes 2 production incidents a month.', [['incidents', 2, 'incidents', 2]]],
    ['Caused 3 outages in the last 6 months.', [['incidents', 3, 'incidents', 0.5]]],
    ['2 outages in the last 30 days.', [['incidents', 2, 'incidents', 2]]],
    ['Raises the risk of a payment outage by 15% per year.', [['incidents', 0.15, 'incidents', 0.0125]]],
    ['A 20% chance of a data breach each quarter.', [['incidents', 0.2, 'incidents', 0.0667]]],
    ['10% chance of a sev1 incident every month.', [['incidents', 0.1, 'incidents', 0.1]]],
    ['We have an outage twice a month.', [['incidents', 2, 'incidents', 2]]],
    ['The job crashes 3 times a week.', [['incidents', 3, 'incidents', 13]]],
  ] as const)('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it('reads no percentage that is not a risk of an incident, and no count without one', () => {
    expect(read('The monolith makes each change 30% slower.')).toEqual([]);
    expect(read('Cuts conversion by 2% on checkout.')).toEqual([]);
    expect(read('Risk of data loss.')).toEqual([]);
    expect(read('Pages on-call twice a week.')).toEqual([]);
    expect(read('We retried it 3 times.')).toEqual([]);
  });
});

describe('delivery delay', () => {
  it.each([
    ['Slows feature delivery by 3 days per sprint.', [['delay', 3, 'days', 6.4286]]],
    ['Delays the Q3 launch by 2 weeks.', [['delay', 10, 'days', 0.8333]]],
    ['Reporting runs 2 days late every month.', [['delay', 2, 'days', 2]]],
    ['Onboarding takes 1 week longer.', [['delay', 5, 'days', 0.4167]]],
    ['Slows feature delivery by 1 day a week.', [['delay', 1, 'days', 4.3333]]],
  ] as const)('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it('hours are engineer time even in a sentence about delay', () => {
    expect(brief('Slows every build by 2 hours a day.')).toEqual([['time', 2, 'h', 42]]);
  });
});

describe('what is not a cost', () => {
  it('the cost of the fix', () => {
    expect(read('Estimated 5 days to fix.')).toEqual([]);
    expect(read('Migrating would take 2 weeks.')).toEqual([]);
    expect(read('Fix effort: 3 days.')).toEqual([]);
    expect(brief('Estimated 5 days to fix. Costs 2 hours a week in workarounds.')).toEqual([['time', 2, 'h', 8.6667]]);
    // …but a cost of the debt that mentions a fix is one.
    expect(brief('Costs 2 hours a week to fix broken builds by hand.')).toEqual([['time', 2, 'h', 8.6667]]);
  });

  it('references, versions and dates are not figures; downtime hours are not engineer time', () => {
    expect(read('See DEBT-12 and #45 in Q3, v2.1 and sev1.')).toEqual([]);
    expect(read('Causes 4 hours of downtime a month.')).toEqual([]);
    expect(read('Half a day per release.')).toEqual([]);
  });
});

describe('periods', () => {
  it('the period after the figure wins over one before it; a restatement is a figure of its own', () => {
    expect(brief('Adds 4 hours to every deploy, about 8 hours a week.')).toEqual([
      ['time', 4, 'h', 0.3333],
      ['time', 8, 'h', 34.6667],
    ]);
  });

  it('a sentence ends a figure’s reach', () => {
    expect(brief('Delays every release by 2 days; we release weekly.')).toEqual([['delay', 2, 'days', 0.1667]]);
  });

  it('per sprint follows the sprint length', () => {
    expect(readStatedCosts('Costs 12 hours per sprint.', { sprintDays: 10 })[0]?.perMonth).toBe(36);
  });
});

describe('bounded', () => {
  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expect(() => read(text)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('reads adversarial text of 64 KiB (cut to what it reads) without a hang', () => {
    // A hang would fail the test's timeout; what is read is checked.
    expect(read(`${'1,1,1,1,'.repeat(8192)} hours`)).toEqual([]);
    expect(read(`${'€'.repeat(20000)}${'1'.repeat(20000)}`)).toEqual([]);
    expect(brief(`${'Costs 1 hour a month. '.repeat(3000)}`).length).toBeGreaterThan(100);
  });
});
