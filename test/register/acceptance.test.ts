/**
 * The register board against the hand computation in fixtures/register/board/README.md:
 * 49 open debt items in mixed phrasings, read by hand before the code ran on them. The
 * README's tables are the oracle: the ranking (order, cost to the cent, age, the sprint
 * entered), the items that state no cost (oldest first), and the totals.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { computeRegisterBoard } from '../../src/core/register/board.js';
import { registerBoardSchema } from '../../src/core/register/model.js';
import { parseSprintExport } from '../../src/core/sprint/model.js';

const dir = new URL('../../fixtures/register/board/', import.meta.url);
const readme = readFileSync(new URL('README.md', dir), 'utf8');
const data = parseSprintExport(JSON.parse(readFileSync(new URL('export.json', dir), 'utf8')), 'fixtures/register/board/export.json');
const config = configSchema.parse(JSON.parse(readFileSync(new URL('config.json', dir), 'utf8')));
const board = computeRegisterBoard({ data, config });

/** The rows of the Markdown table that follows a heading, as cells. */
function table(heading: string): string[][] {
  const at = readme.indexOf(heading);
  if (at < 0) throw new Error(`README has no "${heading}"`);
  const rows: string[][] = [];
  let inTable = false;
  for (const line of readme.slice(at).split('\n').slice(1)) {
    if (line.startsWith('|')) {
      inTable = true;
      rows.push(line.slice(1, -1).split('|').map((c) => c.trim()));
    } else if (inTable) break;
  }
  return rows.slice(2); // header and rule
}

const money = (s: string): number => Number(s.replace(/,/g, ''));

describe('the register board against the hand computation', () => {
  it('is its JSON shape', () => {
    expect(() => registerBoardSchema.parse(board)).not.toThrow();
  });

  it('ranks the 40 items that state a cost as the README does: order, cost to the cent, age, sprint entered', () => {
    const expected = table('## Ranking').map((r) => ({ rank: Number(r[0]), ref: r[1], cost: money(r[4] ?? ''), age: Number(r[5]), entered: r[6] }));
    expect(expected).toHaveLength(40);
    const ranked = board.items.filter((i) => i.rank !== null);
    expect(ranked.map((i) => i.ref)).toEqual(expected.map((e) => e.ref));
    expect(ranked.map((i) => ({ rank: i.rank, ref: i.ref, cost: i.costPerMonth, age: i.ageDays, entered: i.entered?.title ?? '—' }))).toEqual(expected);
  });

  it('lists the 9 items that state no cost last, oldest first', () => {
    const expected = table('## No cost stated').map((r) => ({ ref: r[0], age: Number(r[2]), impact: r[1] === '(no Business Impact)' ? null : r[1] }));
    const rest = board.items.filter((i) => i.rank === null);
    expect(rest.map((i) => ({ ref: i.ref, age: i.ageDays, impact: i.impact }))).toEqual(expected);
    expect(board.items.slice(-9).map((i) => i.ref)).toEqual(expected.map((e) => e.ref));
  });

  it('adds up the totals as the README does', () => {
    const t = Object.fromEntries(table('## Totals').map((r) => [r[0], money(r[1] ?? '')]));
    expect({
      items: board.totals.items,
      quantified: board.totals.quantified,
      unquantified: board.totals.unquantified,
      hours: board.totals.hoursPerMonth,
      money: Object.fromEntries(Object.entries(board.totals.money).map(([k, v]) => [k, Math.round(v * 100) / 100])),
      incidents: Math.round(board.totals.incidentsPerMonth * 100) / 100,
      delay: board.totals.delayDaysPerMonth,
      cost: board.totals.costPerMonth,
    }).toEqual({
      items: t['open register items'],
      quantified: t['with a stated cost'],
      unquantified: t['stating no cost'],
      hours: t['engineer-hours per month'],
      money: {
        EUR: t['EUR per month'],
        USD: t['USD per month'],
        GBP: t['GBP per month'],
        CHF: t['CHF per month'],
        JPY: t['JPY per month'],
        INR: t['INR per month'],
      },
      incidents: t['incidents per month'],
      delay: t['days of delivery delay per month'],
      cost: t['cost per month in EUR, all items'],
    });
    expect(board.totals.noImpact).toBe(2);
  });

  it('keeps out what is not in the register: a bug, a closed debt issue, a PR, a register-repo issue without its label', () => {
    const refs = new Set(board.items.map((i) => i.ref));
    for (const ref of ['acme/app#150', 'acme/app#151', 'acme/app#152', 'acme/debt-register#8']) expect(refs.has(ref)).toBe(false);
    expect(refs.has('acme/app#148')).toBe(true); // "Tech Debt": another spelling of tech-debt
    expect(refs.has('acme/debt-register#7')).toBe(true);
  });

  it('carries the PRs that worked on an item', () => {
    expect(board.items.find((i) => i.ref === 'acme/app#132')?.prs).toEqual(['acme/app#220', 'acme/app#221', 'acme/app#222', 'acme/app#223']);
  });
});
