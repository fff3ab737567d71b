import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  computeSprintReport,
  computeSprintReports,
  mdCode,
  mdText,
  parseSprintExport,
  renderSprintMarkdown,
  renderFlowChart,
  renderSprintText,
  renderTrendChart,
  sprintReportSchema,
  type SprintReport,
} from '../../src/core/sprint/index.js';
import { configSchema } from '../../src/config/schema.js';
import { config, pr, S } from './helpers.js';
import { testReader } from './reader.js';

const ZWJ = '\u200D';

function trendReports(): SprintReport[] {
  const data = parseSprintExport(JSON.parse(readFileSync(new URL('../../fixtures/sprints/trend/export.json', import.meta.url), 'utf8')));
  return computeSprintReports(data, { config: config(), reader: testReader });
}

describe('quoting user text', () => {
  it('cannot @mention, inject HTML, break a table or a line', () => {
    const out = mdText('Fix <script>x</script> | @octocat\nnext line *bold* [a](b) `c` & ~d~');
    expect(out).toBe(`Fix &lt;script&gt;x&lt;/script&gt; \\| @${ZWJ}octocat next line \\*bold\\* \\[a\\](b) \\\`c\\\` &amp; \\~d\\~`);
    expect(out).not.toMatch(/[<>\n]/);
    expect(out).not.toMatch(/@[a-z]/i);
    expect(out).not.toMatch(/(?<!\\)\|/);
  });

  it('drops control and bidi characters and truncates', () => {
    expect(mdText('a\u0007b\u001b[31mc\u202Ed')).toBe('a b \\[31mc d');
    expect(Array.from(mdText('x'.repeat(500), 10))).toHaveLength(10);
  });

  it('code spans survive backticks and pipes', () => {
    expect(mdCode('tech-debt')).toBe('`tech-debt`');
    expect(mdCode('a `b` | c')).toBe('`` a `b` \\| c ``');
  });
});

describe('renderSprintMarkdown', () => {
  const reports = trendReports();
  const last = reports.at(-1)!;
  const md = renderSprintMarkdown(last, { repo: 'acme/app' });

  it('starts with the hidden marker keyed by the sprint', () => {
    expect(md.split('\n')[0]).toBe('<!-- alignment-check:sprint:milestone-7 -->');
    expect(renderSprintMarkdown(reports[0]!).split('\n')[0]).toBe('<!-- alignment-check:sprint:milestone-1 -->');
  });

  it('headline: the ratio against the band; then the verdict', () => {
    expect(md).toContain('### ✅ Sprint 7: 16.7 % debt (target 15–25 %)');
    expect(md).toContain('✅ 16.7 % of the work paid down debt — within the target 15–25 %.');
  });

  it('lists debt items with their business impact, quoted', () => {
    expect(md).toContain('| [#243](https://github.com/acme/app/pull/243) Pay down debt 243 | label `tech-debt`; the title states a debt purpose | Saves 1 hour per release |');
    expect(md).toContain(
      `| [#999](https://github.com/acme/app/pull/999) Fix &lt;script&gt;alert(1)&lt;/script&gt; \\| @${ZWJ}octocat \\[x\\](javascript:alert(1)) | label \`tech-debt\` | _not stated_ |`,
    );
  });

  it('has no raw HTML from user text and no live @mention anywhere', () => {
    const withoutOurTags = md.replace(/<!-- alignment-check:sprint:[\w.:-]+ -->/, '').replace(/<\/?sub>/g, '');
    expect(withoutOurTags).not.toMatch(/<[a-z/!]/i);
    expect(md).not.toMatch(/@[A-Za-z0-9]/);
  });

  it('every table row has the same number of cells as its header', () => {
    const lines = md.split('\n');
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    let header = 0;
    for (const l of lines) {
      if (!l.startsWith('|')) {
        header = 0;
        continue;
      }
      if (header === 0) header = cells(l);
      else expect(cells(l), l).toBe(header);
    }
  });

  it('has a trend table with the last six sprints, a 0 % one and an empty one', () => {
    expect(md).toContain('#### Trend (last 6 sprints)');
    expect(md).toContain('| Sprint | Dates | Debt paid down | Debt in | Net | Total | Share | |');
    // A version 1 export cannot tell what came in: "—", and no flow chart.
    expect(md).toContain('| Sprint 2 | 2026-01-19 – 2026-02-01 | 0 | — | — | 4 | 0 % | ⚠️ |');
    expect(md).toContain('| Sprint 3 | 2026-02-02 – 2026-02-15 | 0 | — | — | 0 | no work finished | ➖ |');
    expect(md).toContain(`| Sprint 5 "Hardening" \\| &lt;b&gt;@${ZWJ}team&lt;/b&gt; |`);
    expect(md).toContain('| **Sprint 7** | 2026-03-30 – 2026-04-12 | 2 | — | — | 12 | 16.7 % | ✅ |');
    expect(md).toContain('**Debt in and out:** 2 items paid down; what came in is not known (the data has no creation dates — an export of version 1).');
    expect(md).not.toContain('Debt paid down and debt that came in');
  });

  it('has a Mermaid xychart: bars for the debt share, lines for the band', () => {
    const chart = renderTrendChart(last);
    expect(md).toContain(chart);
    expect(chart).toContain('xychart-beta');
    expect(chart).toContain('x-axis "Sprint" ["2", "3 (none)", "4", "5 Hardening b…", "6", "7"]');
    expect(chart).toContain('bar "Debt share" [0, 0, 15, 40, 25, 16.7]');
    expect(chart).toContain('line "Target min 15 %" [15, 15, 15, 15, 15, 15]');
    expect(chart).toContain('line "Target max 25 %" [25, 25, 25, 25, 25, 25]');
    expect(chart).toContain('y-axis "Debt share (%)" 0 --> 50');
    // Nothing from user text can close the fence or the quotes.
    const body = chart.split('\n').slice(1, -1).join('\n');
    expect(body).not.toContain('```');
    // six labels; the title, the axis titles, the palette, the three series names
    expect(body.match(/"/g)?.length ?? 0).toBe(2 * 6 + 2 * 7);
  });

  it('says when the report is about a sprint with no work', () => {
    const empty = renderSprintMarkdown(reports[2]!);
    expect(empty).toContain('### ➖ Sprint 3: no ratio (target 15–25 %)');
    expect(empty).toContain('➖ No work finished in this sprint — no ratio.');
  });

  it('flags 0 % and asks about above-band sprints in GitHub alerts', () => {
    expect(renderSprintMarkdown(reports[1]!)).toContain(
      '> [!WARNING]\n> 0 % of the work paid down debt (target 15–25 %). Zero is never the right answer.',
    );
    expect(renderSprintMarkdown(reports[4]!)).toContain(
      '> [!IMPORTANT]\n> 40 % of the work paid down debt — above the target 15–25 %. A planned debt sprint, or firefighting?',
    );
  });

  it('notes fallback points, unclassified and hidden items', () => {
    const r = computeSprintReport({
      sprint: S,
      items: [
        pr(1, '2026-03-03T10:00:00Z', ['tech-debt', 'sp-2']),
        pr(2, '2026-03-03T10:00:00Z', ['feature']),
        pr(3, '2026-03-03T10:00:00Z', [], { title: 'ping @admin' }),
        { kind: 'redacted', repo: '', labels: [], closes: [], completedAt: '2026-03-04T10:00:00Z' },
      ],
      config: config({ weight: 'points', points: { fallback: 1 } }),
      reader: testReader,
    });
    const out = renderSprintMarkdown(r);
    // #3 could not be classified: it is outside the ratio, and so outside the note on points.
    expect(out).toContain('- 1 item has no points and was counted as 1 point each (`sprints.points.fallback`).');
    expect(out).toContain('#### Could not be classified (1)');
    expect(out).toContain(`- [acme/app#3](https://github.com/acme/app/issues/3) ping @${ZWJ}admin`);
    expect(renderSprintMarkdown(r, { links: false })).toContain(`- \`acme/app#3\` ping @${ZWJ}admin`);
    expect(out).toContain('- 1 item is hidden from this token (redacted)');
    expect(out).toContain('| Hidden from this token (not in the ratio) | 1 | — |');
  });

  it('links items to their issue or PR, only to https URLs; code spans with links: false', () => {
    const r = computeSprintReport({
      sprint: S,
      items: [
        pr(1, '2026-03-03T10:00:00Z', ['tech-debt'], { url: 'https://github.com/acme/app/pull/1' }),
        pr(2, '2026-03-03T10:00:00Z', ['tech-debt'], { url: 'javascript:alert(1)' }),
      ],
      config: config(),
      reader: testReader,
    });
    expect(renderSprintMarkdown(r, { links: false })).not.toContain('](https://');
    const linked = renderSprintMarkdown(r, { repo: 'acme/app' });
    expect(linked).toContain('[#1](https://github.com/acme/app/pull/1)');
    expect(linked).toContain('`#2`');
    expect(linked).not.toContain('javascript:');
  });

  it('caps long lists', () => {
    const items = Array.from({ length: 80 }, (_, i) => pr(i + 1, '2026-03-03T10:00:00Z', ['tech-debt']));
    const out = renderSprintMarkdown(computeSprintReport({ sprint: S, items, config: config(), reader: testReader }));
    expect(out).toContain('…and 30 more');
    expect(out.length).toBeLessThan(65_536);
  });
});

describe('renderSprintText', () => {
  it('is plain text without escape sequences from user text', () => {
    const r = computeSprintReport({
      sprint: { ...S, title: 'Sprint \u001b[31m12' },
      items: [pr(1, '2026-03-03T10:00:00Z', ['tech-debt'], { title: 'evil \u001b]0;pwned\u0007 title' })],
      config: config(),
      reader: testReader,
    });
    const text = renderSprintText(r);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(text).toContain('Debt share: 100 %  (target 15–25 %, counted by item)');
    expect(text).toContain('ABOVE: 100 % of the work paid down debt');
  });
});

describe('the report is its JSON shape', () => {
  it('validates against the zod schema', () => {
    for (const r of trendReports()) expect(() => sprintReportSchema.parse(r)).not.toThrow();
  });
});

describe('one notion of debt work, and the debt flow (fixtures/sprints/signals-and-flow)', () => {
  const data = parseSprintExport(JSON.parse(readFileSync(new URL('../../fixtures/sprints/signals-and-flow/export.json', import.meta.url), 'utf8')));
  const [report] = computeSprintReports(data, { config: config(), reader: testReader });
  if (report === undefined) throw new Error('no report');
  const md = renderSprintMarkdown(report, { repo: 'acme/app' });

  it('a PR with a refactor: title and no label is debt work, and says why', () => {
    expect(report.debt.find((d) => d.ref === 'acme/app#301')).toMatchObject({ reason: 'title-type', evidence: ['refactor(api)'] });
    expect(md).toContain('| [#301](https://github.com/acme/app/issues/301) refactor(api): split the handlers | title type `refactor(api)` | _not stated_ |');
  });

  it('a label inherited from the issue a PR closes names that issue; a ticked box and a label say so', () => {
    expect(md).toContain('| [#302](https://github.com/acme/app/issues/302) Cache the quote | label `tech-debt` via [#300](https://github.com/acme/app/issues/300) it closes | Costs 6 engineer-hours a week |');
    expect(md).toContain('| ticked “pays down debt” box |');
    expect(md).toContain('[#314](https://github.com/acme/app/issues/314) Remove the v1 importer | label `debt` |');
  });

  it('with the PR check switches: title types off, the refactor PR is other work', () => {
    const off = configSchema.parse({ rules: { 'debt-link': { signals: { 'title-types': false } } } });
    const [r] = computeSprintReports(data, { config: off, reader: testReader });
    expect(r?.debt.map((d) => d.ref)).not.toContain('acme/app#301');
    expect(r?.totals.otherItems).toBe(4);
  });

  it('shows debt in, debt out and the net change, and lists what came in', () => {
    expect(report.flow).toEqual({ in: { items: 4, weight: 4 }, out: { items: 4, weight: 4 }, net: { items: 0, weight: 0 } });
    expect(md).toContain(
      '**Debt in and out:** 4 items came in (3 register items opened, 1 PR declaring new debt), 4 items paid down — net 0: the register held steady.',
    );
    expect(md).toContain('#### Debt that came in (4)');
    expect(md).toContain('- [#311](https://github.com/acme/app/issues/311) Flaky payment webhook — register item opened');
    expect(md).toContain('- [#304](https://github.com/acme/app/issues/304) Add an export button — declares new debt');
    // The PR that declares the debt of #310 and links it is that item, counted once — and no debt paid down.
    expect(md).not.toContain('#305](');
    expect(md).toContain('| **Sprint 12** | 2026-03-02 – 2026-03-15 | 4 | 4 | 0 | 7 | 57.1 % | ❗ |');
    const text = renderSprintText(report);
    expect(text).toMatch(/debt in +4\n {2}net +0 {2}\(in − paid down\)/);
  });

  it('charts the flow, and a single sprint still shows the band (a blank category on each side)', () => {
    const flow = renderFlowChart(report);
    expect(flow).toBeDefined();
    expect(md).toContain(flow);
    expect(flow).toContain('x-axis "Sprint" ["\u200B", "12", "\u200B\u200B"]');
    expect(flow).toContain('bar "Paid down" [0, 4, 0]');
    expect(flow).toContain('line "Came in" [4, 4, 4]');
    expect(flow).toContain('line "Net change" [0, 0, 0]');
    const share = renderTrendChart(report);
    expect(share).toContain('bar "Debt share" [0, 57.1, 0]');
    expect(share).toContain('line "Target min 15 %" [15, 15, 15]');
  });
});
