/**
 * The audit's aggregation on the small fixture: every figure computed by hand in
 * fixtures/audit/small/README.md. The fixture holds bodies only; the same items with
 * their checks stored (as `audit --export` writes them) give the same report.
 */
import { describe, expect, it } from 'vitest';
import { auditReportSchema, checkItem, type AuditReport } from '../../src/core/audit/index.js';
import { parseSprintExport } from '../../src/core/sprint/index.js';
import { auditOf, smallExport } from './helpers.js';

describe('the small fixture, by hand', () => {
  const report: AuditReport = auditReportSchema.parse(auditOf(smallExport()));

  it('totals: 15 read in the window, 3 skipped by the config, 12 audited, 4 pass every rule', () => {
    expect(report.totals).toEqual({ read: 15, audited: 12, skipped: 3, unreadable: 0, prs: 7, issues: 5, passing: 4, passingShare: 4 / 12 });
    expect(report.skipped).toEqual([
      { setting: 'authors', value: 'dependabot[bot]', count: 1 },
      { setting: 'drafts', value: '', count: 1 },
      { setting: 'labels', value: 'skip-alignment', count: 1 },
    ]);
  });

  it('each rule: applied, pass, warn, fail and the passing share', () => {
    expect(report.rules).toEqual([
      { id: 'business-value', applied: 12, pass: 7, warn: 2, fail: 3, passing: 9 / 12 },
      { id: 'nfr-criteria', applied: 12, pass: 6, warn: 0, fail: 6, passing: 6 / 12 },
      { id: 'debt-link', applied: 2, pass: 1, warn: 0, fail: 1, passing: 1 / 2 },
      { id: 'debt-impact', applied: 1, pass: 1, warn: 0, fail: 0, passing: 1 },
    ]);
  });

  it('business value: 9 stated, 7 measurable', () => {
    expect(report.businessValue).toEqual({ items: 12, stated: 9, measurable: 7, statedShare: 9 / 12, measurableShare: 7 / 12 });
  });

  it('NFR coverage per category, waivers, and how many categories the items address', () => {
    expect(report.nfr).toMatchObject({ items: 12, withCriteria: 8, withWaiver: 1, waivers: 1, atLeast: [12, 8, 6, 1] });
    expect(report.nfr.categories.slice(0, 3)).toEqual([
      { id: 'performance', required: true, criteria: 8, waived: 0, coverage: 8 / 12, addressed: 8 / 12 },
      { id: 'security', required: true, criteria: 6, waived: 0, coverage: 6 / 12, addressed: 6 / 12 },
      { id: 'accessibility', required: false, criteria: 0, waived: 1, coverage: 0, addressed: 1 / 12 },
    ]);
    // Every category of the config is listed, the ones nobody addresses too.
    expect(report.nfr.categories.map((c) => c.id).sort()).toEqual(
      ['accessibility', 'compliance', 'maintainability', 'observability', 'performance', 'reliability', 'scalability', 'security', 'usability'].sort(),
    );
    expect(report.nfr.categories.slice(3).every((c) => c.criteria === 0 && c.waived === 0)).toBe(true);
  });

  it('debt work: 2 of the 7 PRs, 1 linked', () => {
    expect(report.debt).toEqual({ prs: 7, debtWork: 2, linked: 1, unlinked: 1, linkedShare: 0.5 });
  });

  it('the trend by month', () => {
    expect(report.trend.outside).toBe(0);
    expect(report.trend.buckets).toEqual([
      {
        key: '2026-01',
        title: '2026-01',
        start: '2026-01-01T00:00:00.000Z',
        end: '2026-02-01T00:00:00.000Z',
        items: 6,
        passing: 2,
        passingShare: 2 / 6,
        measurableValue: 3 / 6,
        rules: { 'business-value': 4 / 6, 'nfr-criteria': 3 / 6, 'debt-link': null, 'debt-impact': null },
      },
      {
        key: '2026-02',
        title: '2026-02',
        start: '2026-02-01T00:00:00.000Z',
        end: '2026-03-01T00:00:00.000Z',
        items: 6,
        passing: 2,
        passingShare: 2 / 6,
        measurableValue: 4 / 6,
        rules: { 'business-value': 5 / 6, 'nfr-criteria': 3 / 6, 'debt-link': 1 / 2, 'debt-impact': 1 },
      },
    ]);
  });

  it('the trend by sprint: the export\'s milestones, two items after the last', () => {
    const bySprint = auditOf(smallExport(), { by: 'sprint', sprints: smallExport().sprints });
    expect(bySprint.trend.buckets.map((b) => [b.key, b.title, b.items, b.passing, b.passingShare])).toEqual([
      ['milestone-1', 'Sprint 1', 4, 2, 0.5],
      ['milestone-2', 'Sprint 2', 2, 0, 0],
      ['milestone-3', 'Sprint 3', 4, 1, 0.25],
    ]);
    expect(bySprint.trend.outside).toBe(2);
  });

  it('the most common reasons for failing, each with its latest example', () => {
    expect(report.reasons.map((r) => [r.rule, r.reason, r.count, r.example.ref])).toEqual([
      ['nfr-criteria', 'expected an acceptance-criteria section, found none', 4, 'acme/shop#12'],
      ['business-value', 'expected a Business Value section, found none', 3, 'acme/shop#12'],
      ['nfr-criteria', 'expected criteria for performance and security, found none for security', 2, 'acme/shop#10'],
      ['debt-link', 'expected a link to the debt register because this PR is debt work, found none', 1, 'acme/shop#8'],
    ]);
    expect(report.reasons[0]?.share).toBe(4 / 12);
    expect(report.reasons[3]?.example).toEqual({ ref: 'acme/shop#8', kind: 'pr', title: 'refactor: drop the legacy queue', url: 'https://github.com/acme/shop/pull/8' });
  });

  it('the recommended config', () => {
    expect(report.recommendation).toMatchObject({
      mode: 'advisory',
      businessValueMeasurable: 'require',
      required: ['performance', 'security'],
      next: ['accessibility'],
      minCategories: 2,
      current: { mode: 'enforce', businessValueMeasurable: 'warn', required: ['performance', 'security'], minCategories: 2 },
    });
  });
});

describe('stored checks', () => {
  it('an export with each check stored (as audit --export writes it) gives the same report as the bodies', () => {
    const data = smallExport();
    const config = data.audit?.config;
    if (config === undefined) throw new Error('no config');
    const stored = parseSprintExport({
      ...data,
      items: data.items.map(({ body: _body, ...item }) => (item.kind === 'redacted' ? item : { ...item, check: checkItem({ ...item, kind: item.kind, body: _body }, config) })),
    });
    expect(stored.items.every((i) => i.body === undefined && i.check !== undefined)).toBe(true);
    expect(auditOf(stored)).toEqual(auditOf(data));
  });

  it('a stored check wins over the body; recheck reads the body again', () => {
    const data = smallExport();
    const config = data.audit?.config;
    if (config === undefined) throw new Error('no config');
    // Item 12 (empty) stored as if it had passed: the stored audit believes the export.
    const passing = checkItem({ kind: 'issue', repo: 'acme/shop', number: 1, labels: [], body: smallExport().items[0]?.body ?? '' }, config);
    const tampered = parseSprintExport({ ...data, items: data.items.map((i) => (i.number === 12 ? { ...i, check: passing } : i)) });
    expect(auditOf(tampered).totals.passing).toBe(5);
    expect(auditOf(tampered, { by: 'month' }, 'recheck').totals.passing).toBe(4);
  });

  it('an item without createdAt, or without check and body, is named', () => {
    const data = smallExport();
    const broken = parseSprintExport({
      ...data,
      items: data.items.map((i) => (i.number === 3 ? { ...i, createdAt: undefined } : i.number === 4 ? { ...i, body: undefined } : i)),
    });
    expect(() => auditOf(broken)).toThrow(/items\[2\] \(acme\/shop#3\): no createdAt[\s\S]*items\[3\] \(acme\/shop#4\): neither a check nor a body/);
  });
});
