/** The audit's parts: the window, the reasons, the recommendation and its YAML, the renderers. */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { defaultConfig } from '../../src/config/schema.js';
import {
  AUDIT_MARKER,
  auditReportSchema,
  parseWindow,
  reasonOf,
  recommend,
  renderAuditMarkdown,
  renderAuditText,
  windowStart,
  type AuditCategory,
  type AuditReport,
} from '../../src/core/audit/index.js';
import { auditOf, smallExport } from './helpers.js';

const DAY = 86_400_000;

describe('the window', () => {
  const now = Date.parse('2026-03-31T12:00:00Z');
  it.each([
    ['90d', now - 90 * DAY],
    ['12w', now - 84 * DAY],
    [' 7D ', now - 7 * DAY],
    ['2026-01-01', Date.parse('2026-01-01T00:00:00Z')],
  ])('%s', (text, start) => {
    expect(windowStart(parseWindow(text), now)).toBe(start);
  });

  it.each([
    ['90', 'expected a number of days or weeks (90d, 12w) or a date (2026-01-01), found "90"'],
    ['3 months', 'expected a number of days or weeks (90d, 12w) or a date (2026-01-01), found "3 months"'],
    ['0d', 'expected 1 to 3660 days, found "0d"'],
    ['9999w', 'expected 1 to 3660 days, found "9999w"'],
    ['2026-02-30', 'expected a real date (YYYY-MM-DD), found "2026-02-30"'],
  ])('%s is refused: %s', (text, message) => {
    expect(() => parseWindow(text)).toThrow(message);
  });

  it('a date after the end of the window is refused', () => {
    expect(() => windowStart(parseWindow('2026-04-02'), now)).toThrow('expected a date before the end of the window (2026-03-31), found 2026-04-02');
  });
});

describe('reasons', () => {
  it.each([
    ['expected a Business Value section (Business Value, Business Impact, Value, Why), found none', 'expected a Business Value section, found none'],
    ['expected at least 8 words of business value, found an empty "Why" section', 'expected at least 8 words of business value, found an empty "…" section'],
    ['expected at least 8 words of business value, found 3', 'expected at least 8 words of business value, found N'],
    [
      'expected criteria for performance and security, found none for security (security marked N/A without a reason)',
      'expected criteria for performance and security, found none for security',
    ],
    ['expected criteria in at least 2 categories, found 1 (performance)', 'expected criteria in at least 2 categories, found N'],
    [
      'expected a threshold in every criterion, found 2 without one (performance: "fast (really)")',
      'expected a threshold in every criterion, found N without one',
    ],
    [
      'expected a link to the debt register (a reference in a debt section, on a "Tech debt ticket:" line, or behind "Closes" on debt work) because this PR is debt work (label tech-debt), found none',
      'expected a link to the debt register because this PR is debt work, found none',
    ],
  ])('%s', (message, reason) => {
    expect(reasonOf(message)).toBe(reason);
  });

  it('what differs in kind stays apart: the missing categories, a missing section against an empty one', () => {
    const reasons = new Set(
      [
        'expected criteria for performance and security, found none for security',
        'expected criteria for performance and security, found none for performance',
        'expected a Business Value section (Why), found none',
        'expected at least 8 words of business value, found an empty "Why" section',
      ].map(reasonOf),
    );
    expect(reasons.size).toBe(4);
  });
});

describe('the recommendation', () => {
  const category = (id: string, addressed: number): AuditCategory => ({ id, required: false, criteria: addressed, waived: 0, coverage: addressed / 10, addressed: addressed / 10 });
  const base = { repo: 'acme/app', firstDay: '2026-01-01', lastDay: '2026-03-31', audited: 10, config: defaultConfig() };

  it('starts with the one category most addressed when none reaches half, and advisory until 80 % pass', () => {
    const r = recommend({ ...base, passingShare: 0.79, measurableShare: 0.49, categories: [category('security', 4), category('performance', 2), category('usability', 0)], atLeast: [10, 4, 1] });
    expect(r).toMatchObject({ mode: 'advisory', businessValueMeasurable: 'warn', required: ['security'], next: ['performance'], minCategories: 0 });
  });

  it('enforce from 80 %, require from 50 %', () => {
    const r = recommend({ ...base, passingShare: 0.8, measurableShare: 0.5, categories: [category('performance', 9), category('security', 5), category('reliability', 1)], atLeast: [10, 9, 5, 1] });
    expect(r).toMatchObject({ mode: 'enforce', businessValueMeasurable: 'require', required: ['performance', 'security'], next: ['reliability'], minCategories: 2 });
  });

  it('nothing audited: advisory, warn, nothing required', () => {
    const r = recommend({ ...base, audited: 0, passingShare: null, measurableShare: null, categories: [category('performance', 0)], atLeast: [0] });
    expect(r).toMatchObject({ mode: 'advisory', businessValueMeasurable: 'warn', required: [], next: [], minCategories: 0 });
  });

  it('the YAML is a valid config with the recommended values, each line with its figure and today\'s value', () => {
    const { recommendation } = auditOf(smallExport());
    const parsed = parseConfig(recommendation.yaml, 'recommended.yml');
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
    expect(parsed.config.mode).toBe('advisory');
    expect(parsed.config.rules['business-value'].measurable).toBe('require');
    expect(parsed.config.rules['nfr-criteria'].required).toEqual(['performance', 'security']);
    expect(parsed.config.rules['nfr-criteria']['min-categories']).toBe(2);
    expect(recommendation.yaml).toContain('mode: advisory  # 33 % pass every rule today; enforce from 80 % (now: enforce)');
    expect(recommendation.yaml).toContain('measurable: require  # 58 % state a measurable value; require from 50 % (now: warn)');
    expect(recommendation.yaml).toContain('required: [performance, security]  # addressed by performance 67 %, security 50 %; next: accessibility 8 % (now: [performance, security])');
  });
});

describe('rendering', () => {
  const report = auditOf(smallExport());

  it('Markdown: the marker, the headline, every section, one Mermaid chart and the YAML', () => {
    const md = renderAuditMarkdown(report);
    expect(md.split('\n')[0]).toBe(AUDIT_MARKER);
    expect(md).toContain('### 📋 Alignment audit of `acme/shop`: 33.3 % of 12 items pass every rule');
    for (const heading of ['#### Non-functional criteria by category', '#### Debt work', '#### Trend by month', '#### Most common reasons for failing', '#### Recommended config']) {
      expect(md).toContain(heading);
    }
    expect(md).toContain('| Business value | 12 | 7 | 2 | 3 | 75 % |');
    expect(md).toContain('| 1 | Non-functional criteria | expected an acceptance-criteria section, found none | 4 (33.3 %) | [#12](https://github.com/acme/shop/issues/12) Something is off |');
    expect(md.match(/```mermaid/g)).toHaveLength(1);
    expect(md).toContain('  bar "Passing every rule" [33.3, 33.3]');
    expect(md).toContain('  line "Measurable business value" [50, 66.7]');
    expect(md).toContain(`\`\`\`yaml\n${report.recommendation.yaml}\`\`\``);
  });

  it('user text cannot mention, inject HTML or break a table; a URL that is not plain https is not linked', () => {
    const hostile: AuditReport = auditReportSchema.parse({
      ...report,
      reasons: [{ ...report.reasons[0], example: { ref: 'acme/shop#12', kind: 'issue', title: '@team <img src=x> | *boom*', url: 'javascript:alert(1)' } }],
      skipped: [{ setting: 'labels', value: '<b>@here</b>', count: 1 }],
    });
    const md = renderAuditMarkdown(hostile);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<b>');
    expect(md).not.toMatch(/@(?!\u200D)(team|here)/u);
    expect(md).not.toContain('javascript:');
    expect(md).toContain('`#12` @\u200Dteam &lt;img src=x&gt; \\| \\*boom\\*');
  });

  it('text: aligned columns, no escape sequence from user text', () => {
    const text = renderAuditText(auditReportSchema.parse({ ...report, repo: 'acme/shop', reasons: [{ ...report.reasons[0], example: { ref: 'acme/shop#12', kind: 'issue', title: 'a\u001b[31mred\u001b[0m' } }] }));
    expect(text).toContain('Business value                12       7       2       3      75 %');
    expect(text).toContain('12 audited (7 PRs, 5 issues), 3 skipped by the config; 4 pass every rule (33.3 %), mode enforce');
    expect(text).not.toContain('\u001b');
  });

  it('nothing audited: one line, no empty tables', () => {
    const data = smallExport();
    const empty = auditOf({ ...data, items: [] });
    expect(renderAuditMarkdown(empty)).toContain('No PRs and issues were opened in the window: nothing to measure yet.');
    expect(renderAuditMarkdown(empty)).not.toContain('```mermaid');
    expect(renderAuditText(empty).trim().split('\n')).toHaveLength(2);
  });
});
