/** Who is in the register, and how the board quotes what its items say. */
import { describe, expect, it } from 'vitest';
import { configSchema, type ConfigInput } from '../../src/config/schema.js';
import { computeRegisterBoard, registerMatcher, renderBoardMarkdown, renderBoardText } from '../../src/core/register/index.js';
import { parseSprintExport, type WorkItemInput } from '../../src/core/sprint/model.js';

const config = (input: ConfigInput = {}) => configSchema.parse(input);
const issue = (repo: string, labels: string[]) => ({ kind: 'issue', repo, labels });

describe('registerMatcher', () => {
  it('an issue with a debt label in any spelling, from either rule or the report', () => {
    const is = registerMatcher(config({ rules: { 'debt-impact': { labels: ['debt-register'] } }, sprints: { debt: { labels: ['cleanup'] } } }), 'acme/app');
    for (const label of ['tech-debt', 'Tech Debt', 'kind/tech-debt', 'debt', 'debt-register', 'cleanup']) expect(is(issue('acme/app', [label])), label).toBe(true);
    expect(is(issue('acme/app', ['bug']))).toBe(false);
    expect(is(issue('acme/app', ['vsa-debt']))).toBe(false);
    expect(is({ kind: 'pr', repo: 'acme/app', labels: ['tech-debt'] })).toBe(false);
  });

  it('register repositories: with their label when they name one; the home repository as the register: every issue', () => {
    const registers = [{ github: { repo: 'acme/debt', label: 'accepted' } }, { github: { repo: 'acme/ledger' } }];
    const is = registerMatcher(config({ rules: { 'debt-link': { registers } } }), 'acme/app');
    expect(is(issue('acme/debt', ['accepted']))).toBe(true);
    expect(is(issue('acme/debt', ['tech-debt']))).toBe(false);
    expect(is(issue('acme/ledger', []))).toBe(true);
    expect(is(issue('acme/other', ['tech-debt']))).toBe(false);
    const inLedger = registerMatcher(config({ rules: { 'debt-link': { registers } } }), 'acme/ledger');
    expect(inLedger(issue('acme/ledger', []))).toBe(true);
  });
});

describe('the board quotes user text, and keeps its tables whole', () => {
  const items: WorkItemInput[] = [
    {
      kind: 'issue',
      repo: 'acme/app',
      number: 1,
      title: 'Fix <script>alert(1)</script> | @octocat',
      labels: ['tech-debt'],
      state: 'open',
      createdAt: '2026-01-01T00:00:00Z',
      impact: { text: 'Costs 6 hours a week | ping @admin <b>now</b>', measurable: true },
    },
    { kind: 'issue', repo: 'acme/app', number: 2, title: 'Costs in Swedish crowns', labels: ['tech-debt'], state: 'open', impact: { text: 'Costs 500 CAD per month.', measurable: true } },
    { kind: 'issue', repo: 'acme/app', number: 3, title: 'Nothing', labels: ['tech-debt'], state: 'open' },
  ];
  const data = parseSprintExport({ version: 2, repo: 'acme/app', exportedAt: '2026-02-01T00:00:00Z', holds: ['register'], sprints: [], items });
  const board = computeRegisterBoard({ data, config: config({ register: { rates: { EUR: 1, USD: 0.9 } } }) });
  const md = renderBoardMarkdown(board, { repo: 'acme/app' });

  it('no raw HTML, no live @mention, and every row as many cells as its header', () => {
    const withoutOurs = md.replace('<!-- alignment-check:register -->', '').replace(/<\/?sub>/g, '');
    expect(withoutOurs).not.toMatch(/<[a-z/!]/i);
    expect(md).not.toMatch(/@[A-Za-z0-9]/);
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    let header = 0;
    for (const l of md.split('\n')) {
      if (!l.startsWith('|')) {
        header = 0;
        continue;
      }
      if (header === 0) header = cells(l);
      else expect(cells(l), l).toBe(header);
    }
  });

  it('money without a rate is listed, not costed; an item with no impact comes last', () => {
    expect(board.items.map((i) => [i.ref, i.rank, i.costPerMonth, i.uncosted])).toEqual([
      ['acme/app#1', 1, 2600, []],
      ['acme/app#2', 2, null, ['CAD']],
      ['acme/app#3', null, null, []],
    ]);
    expect(md).toContain('| C$500 _(no rate for CAD)_ | — |');
    expect(md).toContain('- [#3](https://github.com/acme/app/issues/3) Nothing — no Business Impact');
  });

  it('an empty register says so', () => {
    const empty = computeRegisterBoard({ data: { ...data, items: [] }, config: config() });
    expect(renderBoardMarkdown(empty)).toContain('### 📒 Debt register: 0 open items\n\nThe register is empty.');
    expect(renderBoardText(empty)).toContain('The register is empty.');
  });
});
