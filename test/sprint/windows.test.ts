import { compileUserPattern } from '../../src/config/user-pattern.js';
import { describe, expect, it } from 'vitest';
import {
  cadenceWindows,
  descriptionStartDate,
  iterationWindows,
  milestoneWindows,
  sprintAt,
  startOfLocalDay,
  TimeZoneError,
  type MilestoneInput,
} from '../../src/core/sprint/index.js';

const iso = (t: number): string => new Date(t).toISOString();
const contains = (w: { start: string; end: string }, at: string): boolean =>
  Date.parse(at) >= Date.parse(w.start) && Date.parse(at) < Date.parse(w.end);

describe('startOfLocalDay', () => {
  it('is local midnight, whatever the offset', () => {
    expect(iso(startOfLocalDay('2026-03-02', 'UTC'))).toBe('2026-03-02T00:00:00.000Z');
    expect(iso(startOfLocalDay('2026-03-02', 'Europe/Berlin'))).toBe('2026-03-01T23:00:00.000Z'); // CET +1
    expect(iso(startOfLocalDay('2026-03-30', 'Europe/Berlin'))).toBe('2026-03-29T22:00:00.000Z'); // CEST +2
    expect(iso(startOfLocalDay('2026-03-02', 'America/New_York'))).toBe('2026-03-02T05:00:00.000Z'); // EST -5
    expect(iso(startOfLocalDay('2026-03-09', 'America/New_York'))).toBe('2026-03-09T04:00:00.000Z'); // EDT -4
    expect(iso(startOfLocalDay('2026-03-02', 'Pacific/Tongatapu'))).toBe('2026-03-01T11:00:00.000Z'); // +13
    expect(iso(startOfLocalDay('2026-03-08', 'Asia/Kolkata'))).toBe('2026-03-07T18:30:00.000Z'); // +5:30
  });

  it('is the moment the day starts where DST skips midnight (America/Santiago, 2022-09-11)', () => {
    // 24:00 on the 10th (-04) became 01:00 on the 11th (-03): the 11th starts at 04:00Z.
    expect(iso(startOfLocalDay('2022-09-11', 'America/Santiago'))).toBe('2022-09-11T04:00:00.000Z');
    expect(iso(startOfLocalDay('2022-09-10', 'America/Santiago'))).toBe('2022-09-10T04:00:00.000Z');
  });

  it('rejects an unknown zone and a non-date with a clear error', () => {
    expect(() => startOfLocalDay('2026-03-02', 'Mars/Olympus')).toThrow(TimeZoneError);
    expect(() => startOfLocalDay('2026-02-30', 'UTC')).toThrow(/not a date/);
  });
});

describe('cadenceWindows', () => {
  it('Europe/Berlin across the spring change: the sprint is an hour short, boundaries stay at local midnight', () => {
    const w = cadenceWindows({ start: '2026-03-16', days: 14, timeZone: 'Europe/Berlin', now: '2026-04-01T12:00:00Z' });
    expect(w).toEqual([
      {
        id: '2026-03-16',
        title: 'Sprint 1 (2026-03-16 – 2026-03-29)',
        start: '2026-03-15T23:00:00.000Z',
        end: '2026-03-29T22:00:00.000Z',
        source: 'cadence',
      },
      {
        id: '2026-03-30',
        title: 'Sprint 2 (2026-03-30 – 2026-04-12)',
        start: '2026-03-29T22:00:00.000Z',
        end: '2026-04-12T22:00:00.000Z',
        source: 'cadence',
      },
    ]);
    const [s1, s2] = w;
    if (s1 === undefined || s2 === undefined) throw new Error('two sprints expected');
    // Closed at 23:30 local (CEST) on the last day: still sprint 1.
    expect(contains(s1, '2026-03-29T21:30:00Z')).toBe(true);
    // 00:30 local on the first day of sprint 2 — a fixed +1 h offset would wrongly say sprint 1.
    expect(contains(s1, '2026-03-29T22:30:00Z')).toBe(false);
    expect(contains(s2, '2026-03-29T22:30:00Z')).toBe(true);
  });

  it('Europe/Berlin across the autumn change: the sprint is an hour long', () => {
    const w = cadenceWindows({ start: '2026-10-19', days: 14, timeZone: 'Europe/Berlin', now: '2026-10-20T00:00:00Z' });
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ start: '2026-10-18T22:00:00.000Z', end: '2026-11-01T23:00:00.000Z' });
    expect(contains(w[0]!, '2026-11-01T22:30:00Z')).toBe(true); // 23:30 CET on the last day
  });

  it('America/New_York across the spring change', () => {
    const w = cadenceWindows({ start: '2026-03-02', days: 7, timeZone: 'America/New_York', now: '2026-03-09T04:00:00Z' });
    expect(w.map((s) => [s.start, s.end])).toEqual([
      ['2026-03-02T05:00:00.000Z', '2026-03-09T04:00:00.000Z'],
      ['2026-03-09T04:00:00.000Z', '2026-03-16T04:00:00.000Z'],
    ]);
    expect(contains(w[0]!, '2026-03-09T03:30:00Z')).toBe(true); // 23:30 EDT Sunday, the last day
    expect(contains(w[1]!, '2026-03-09T04:30:00Z')).toBe(true); // 00:30 EDT Monday
  });

  it('UTC+13 (Pacific/Tongatapu): a sprint starts on the previous UTC day', () => {
    const w = cadenceWindows({ start: '2026-03-02', days: 14, timeZone: 'Pacific/Tongatapu', now: '2026-03-10T00:00:00Z' });
    expect(w).toEqual([
      {
        id: '2026-03-02',
        title: 'Sprint 1 (2026-03-02 – 2026-03-15)',
        start: '2026-03-01T11:00:00.000Z',
        end: '2026-03-15T11:00:00.000Z',
        source: 'cadence',
      },
    ]);
    expect(contains(w[0]!, '2026-03-01T12:00:00Z')).toBe(true); // 01:00 local on the first day
    expect(contains(w[0]!, '2026-03-15T10:30:00Z')).toBe(true); // 23:30 local on the last day
  });

  it('Pacific/Auckland (+13 → +12) across the April change', () => {
    const w = cadenceWindows({ start: '2026-03-30', days: 14, timeZone: 'Pacific/Auckland', now: '2026-03-30T00:00:00Z' });
    expect(w[0]).toMatchObject({ start: '2026-03-29T11:00:00.000Z', end: '2026-04-12T12:00:00.000Z' });
  });

  it('produces windows up to the one holding now, boundary included; none before the start', () => {
    const at = (now: string) => cadenceWindows({ start: '2026-01-05', days: 14, timeZone: 'UTC', now }).map((w) => w.id);
    expect(at('2026-01-04T23:59:59Z')).toEqual([]);
    expect(at('2026-01-05T00:00:00Z')).toEqual(['2026-01-05']);
    expect(at('2026-01-18T23:59:59.999Z')).toEqual(['2026-01-05']);
    expect(at('2026-01-19T00:00:00Z')).toEqual(['2026-01-05', '2026-01-19']);
    expect(at('2026-03-01T00:00:00Z')).toEqual(['2026-01-05', '2026-01-19', '2026-02-02', '2026-02-16']);
  });

  it('keeps the latest `limit` windows', () => {
    const w = cadenceWindows({ start: '2020-01-06', days: 7, timeZone: 'UTC', now: '2026-03-04T00:00:00Z', limit: 3 });
    expect(w.map((s) => s.id)).toEqual(['2026-02-16', '2026-02-23', '2026-03-02']);
    expect(w[2]?.title).toMatch(/^Sprint 322 /);
  });

  it('rejects bad input clearly', () => {
    expect(() => cadenceWindows({ start: '2026-13-01', days: 14, timeZone: 'UTC', now: 0 })).toThrow(/not a date/);
    expect(() => cadenceWindows({ start: '2026-01-01', days: 0, timeZone: 'UTC', now: 0 })).toThrow(/whole number/);
    expect(() => cadenceWindows({ start: '2026-01-01', days: 7, timeZone: 'Nowhere/Else', now: 0 })).toThrow(TimeZoneError);
  });
});

const ms = (m: Partial<MilestoneInput> & { number: number }): MilestoneInput => ({
  title: `Sprint ${m.number}`,
  description: null,
  due_on: null,
  closed_at: null,
  created_at: '2026-01-01T10:00:00Z',
  state: 'closed',
  ...m,
});

describe('milestoneWindows', () => {
  it('ends at the end of the due date, starts at the previous end, and takes the first start from the description', () => {
    const { windows, skipped } = milestoneWindows(
      [
        // unsorted on purpose
        ms({ number: 2, due_on: '2026-03-29T07:00:00Z' }),
        ms({ number: 1, description: 'Goal: ship search.\nStart: 2026-03-02', due_on: '2026-03-15T07:00:00Z' }),
        ms({ number: 3, closed_at: '2026-04-10T15:00:00Z' }),
        ms({ number: 9, title: 'Backlog', due_on: '2026-12-31T08:00:00Z' }),
        ms({ number: 4, state: 'open' }),
      ],
      { pattern: /^Sprint \d+$/ },
    );
    expect(windows).toEqual([
      { id: '1', title: 'Sprint 1', start: '2026-03-02T00:00:00.000Z', end: '2026-03-16T00:00:00.000Z', source: 'milestone' },
      { id: '2', title: 'Sprint 2', start: '2026-03-16T00:00:00.000Z', end: '2026-03-30T00:00:00.000Z', source: 'milestone' },
      { id: '3', title: 'Sprint 3', start: '2026-03-30T00:00:00.000Z', end: '2026-04-10T15:00:00.000Z', source: 'milestone' },
    ]);
    expect(skipped).toEqual([{ id: '4', title: 'Sprint 4', reason: expect.stringMatching(/no end yet/) as unknown }]);
  });

  it('reads the due date as GitHub stores it (midnight US Pacific, PST or PDT) and ends at local midnight after it', () => {
    const { windows } = milestoneWindows(
      [
        ms({ number: 1, description: 'starts 2026-01-05', due_on: '2026-01-18T08:00:00Z' }), // PST
        ms({ number: 2, due_on: '2026-03-29T07:00:00Z' }), // PDT
      ],
      { timeZone: 'Europe/Berlin' },
    );
    expect(windows.map((w) => [w.start, w.end])).toEqual([
      ['2026-01-04T23:00:00.000Z', '2026-01-18T23:00:00.000Z'],
      ['2026-01-18T23:00:00.000Z', '2026-03-29T22:00:00.000Z'],
    ]);
  });

  it('first start: description date, else configured start, else created_at', () => {
    const one = (m: MilestoneInput, start?: string) =>
      milestoneWindows([m], start === undefined ? {} : { start }).windows[0]?.start;
    const due = '2026-03-15T07:00:00Z';
    expect(one(ms({ number: 1, due_on: due, description: 'Sprint runs 2026-03-02 – 2026-03-15' }), '2026-02-01')).toBe(
      '2026-03-02T00:00:00.000Z',
    );
    expect(one(ms({ number: 1, due_on: due, description: 'nothing here' }), '2026-02-23')).toBe('2026-02-23T00:00:00.000Z');
    expect(one(ms({ number: 1, due_on: due, description: 'Start: 2026-02-30' }), '2026-02-23')).toBe('2026-02-23T00:00:00.000Z');
    expect(one(ms({ number: 1, due_on: due, created_at: '2026-02-27T09:15:00Z' }))).toBe('2026-02-27T09:15:00.000Z');
  });

  it('skips a milestone that would end before it starts', () => {
    const { windows, skipped } = milestoneWindows([
      ms({ number: 1, due_on: '2026-03-15T07:00:00Z', description: 'Start: 2026-04-01' }),
    ]);
    expect(windows).toEqual([]);
    expect(skipped[0]?.reason).toMatch(/no later than it starts/);
  });

  it('the title pattern (run on the linear-time engine) carries no state between titles', () => {
    const { windows } = milestoneWindows(
      [ms({ number: 1, due_on: '2026-03-15T07:00:00Z' }), ms({ number: 2, due_on: '2026-03-29T07:00:00Z' }), ms({ number: 3, title: 'Hotfix', due_on: '2026-04-05T07:00:00Z' })],
      { pattern: compileUserPattern('Sprint') },
    );
    expect(windows.map((w) => w.id)).toEqual(['1', '2']);
  });
});

describe('descriptionStartDate', () => {
  it.each([
    ['Start: 2026-03-02', '2026-03-02'],
    ['starts 2026-03-02', '2026-03-02'],
    ['Starts on 2026-03-02, ends 2026-03-16', '2026-03-02'],
    ['**Start date:** 2026-03-02', '2026-03-02'],
    ['start date: 2026-03-02', '2026-03-02'],
    ['2026-03-02 – 2026-03-16', '2026-03-02'],
    ['2026-03-02 — 2026-03-16', '2026-03-02'],
    ['2026-03-02 to 2026-03-16', '2026-03-02'],
    ['2026-03-02..2026-03-16', '2026-03-02'],
    ['Released 2026-03-02', undefined],
    ['Start: 2026-02-30', undefined],
    ['', undefined],
  ])('%j → %s', (text, expected) => {
    expect(descriptionStartDate(text)).toBe(expected);
  });
});

describe('iterationWindows', () => {
  it('turns active and completed iterations into sorted windows, once each', () => {
    const { windows, skipped } = iterationWindows(
      [
        { id: 'it3', title: 'Iteration 3', startDate: '2026-03-16', duration: 14 },
        { id: 'it2', title: 'Iteration 2', startDate: '2026-03-02', duration: 14 },
        { id: 'it3', title: 'Iteration 3', startDate: '2026-03-16', duration: 14 },
        { id: 'bad', title: 'Broken', startDate: '2026-3-1', duration: 14 },
      ],
      { timeZone: 'America/New_York' },
    );
    expect(windows).toEqual([
      { id: 'it2', title: 'Iteration 2', start: '2026-03-02T05:00:00.000Z', end: '2026-03-16T04:00:00.000Z', source: 'iteration' },
      { id: 'it3', title: 'Iteration 3', start: '2026-03-16T04:00:00.000Z', end: '2026-03-30T04:00:00.000Z', source: 'iteration' },
    ]);
    expect(skipped.map((s) => s.id)).toEqual(['bad']);
  });
});

describe('sprintAt', () => {
  it('finds the window holding now, end exclusive', () => {
    const w = cadenceWindows({ start: '2026-03-02', days: 14, timeZone: 'UTC', now: '2026-03-20T00:00:00Z' });
    expect(sprintAt(w, '2026-03-15T23:59:59Z')?.id).toBe('2026-03-02');
    expect(sprintAt(w, '2026-03-16T00:00:00Z')?.id).toBe('2026-03-16');
    expect(sprintAt(w, '2026-03-30T00:00:00Z')).toBeUndefined();
  });
});
