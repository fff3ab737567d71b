/**
 * The export's `links` (and `impact`): what the exporter reads from each body once,
 * so a report over an export never re-reads bodies — and gives the same answer as
 * reading them would.
 */
import { describe, expect, it } from 'vitest';
import { benchConfig, exportAsWritten, makeSprintExport } from '../../bench/sprint.js';
import {
  computeSprintReport,
  engineReader,
  exportWorkItem,
  parseSprintExport,
  storedBodyFacts,
  workItemSchema,
  type SprintReport,
} from '../../src/core/sprint/index.js';
import { config, issue, pr, S } from './helpers.js';
import { countingReader, testReader } from './reader.js';

const at = (day: number): string => `2026-03-${String(day).padStart(2, '0')}T10:00:00Z`;

describe('classification with links', () => {
  it('uses the links the exporter stored and never reads a body for them', () => {
    const reader = countingReader();
    const items = [
      pr(1, at(3), [], { links: [{ register: 'key', ref: 'DEBT-4' }], body: 'DEBT-999 in a body that is not read' }),
      pr(2, at(3), [], { links: [] }),
      pr(3, at(3), ['feature'], { links: [] }),
    ];
    const r = computeSprintReport({ sprint: S, items, config: config(), reader });
    expect(r.debt.map((d) => [d.ref, d.evidence])).toEqual([['acme/app#1', ['DEBT-4']]]);
    expect(reader.calls.links).toBe(0);
    // #2 has no label but a description (its links were read, and are none): other work, not unclassified.
    expect(r.totals.otherItems).toBe(2);
    expect(r.unclassified).toEqual([]);
  });

  it('reads the body only of an item without links', () => {
    const reader = countingReader();
    const items = [pr(1, at(3), [], { body: 'Pays down DEBT-12' }), pr(2, at(3), [], { links: [] })];
    const r = computeSprintReport({ sprint: S, items, config: config(), reader });
    expect(reader.calls.links).toBe(1);
    // #2 has links but no stored `debt` facts — and no body to read them from (an export of version 1).
    expect(r.debt.map((d) => d.ref)).toEqual(['acme/app#1']);
  });

  it('an item with neither body nor links, and no labels, cannot be classified', () => {
    const r = computeSprintReport({ sprint: S, items: [pr(1, at(3)), pr(2, at(3), [], { body: '  ' })], config: config(), reader: testReader });
    expect(r.unclassified.map((u) => u.ref)).toEqual(['acme/app#1', 'acme/app#2']);
  });

  it('the carried impact of the register issue wins over the PR’s, as reading the bodies would', () => {
    const items = [
      pr(1, at(3), ['tech-debt'], { closes: ['#2'], impact: { text: 'from the PR', measurable: false } }),
      issue(2, at(3), [], { impact: { text: 'Costs 3 days per release', measurable: true } }),
    ];
    const r = computeSprintReport({ sprint: S, items, config: config(), reader: testReader });
    expect(r.debt[0]?.impact).toEqual({ text: 'Costs 3 days per release', measurable: true, source: 'item' });
  });

  it('the schema checks the links', () => {
    expect(workItemSchema.safeParse({ kind: 'pr', repo: 'a/b', number: 1, links: [{ register: 'key', ref: 'DEBT-1' }] }).success).toBe(true);
    expect(workItemSchema.safeParse({ kind: 'pr', repo: 'a/b', number: 1, links: [{ register: 'wiki', ref: 'x' }] }).success).toBe(false);
  });
});

describe('the exporter', () => {
  const cfg = benchConfig();

  it('stores links and impact of a non-blank body, drops the body unless asked', () => {
    const body = 'Pays down DEBT-12.\n\n## Business Impact\nCuts build time by 20 minutes per merge.';
    expect(exportWorkItem({ kind: 'pr', repo: 'acme/app', number: 1, body }, cfg)).toEqual({
      kind: 'pr',
      repo: 'acme/app',
      number: 1,
      links: [{ register: 'key', ref: 'DEBT-12' }],
      debt: { tickedBox: false, statedPurpose: false, declaresNewDebt: false },
      impact: { text: 'Cuts build time by 20 minutes per merge.', measurable: true },
    });
    // What the body says of debt work is stored too, so the report needs no body for a ticked box or new debt.
    const boxes = '- [x] Pays down technical debt\n- [x] Introduces technical debt (tracked in DEBT-13)';
    expect(exportWorkItem({ kind: 'pr', repo: 'acme/app', number: 2, body: boxes }, cfg).debt).toEqual({ tickedBox: true, statedPurpose: false, declaresNewDebt: true });
    expect(exportWorkItem({ kind: 'pr', repo: 'acme/app', number: 1, body }, cfg, { withBodies: true }).body).toBe(body);
    // A blank body: no links, so the item stays without a description.
    expect(exportWorkItem({ kind: 'pr', repo: 'acme/app', number: 1, body: ' \n' }, cfg)).toEqual({ kind: 'pr', repo: 'acme/app', number: 1 });
    expect(storedBodyFacts(null, cfg)).toBeUndefined();
  });

  it('a report over the export as written equals the report over the bodies read with the engine', () => {
    const raw = makeSprintExport(400, 7);
    const withBodies = parseSprintExport(raw);
    const written = parseSprintExport(JSON.parse(JSON.stringify(exportAsWritten(raw, cfg).data)));
    expect(written.items.some((i) => i.body !== undefined)).toBe(false);
    const sprint = withBodies.sprints[0];
    if (sprint === undefined) throw new Error('no sprint');
    const reader = engineReader(cfg, 'acme/app');
    const fromBodies = computeSprintReport({ sprint, items: withBodies.items, config: cfg, reader, now: withBodies.exportedAt });
    const counting = countingReader();
    const fromExport = computeSprintReport({ sprint, items: written.items, config: cfg, reader: counting, now: written.exportedAt });
    expect(counting.calls).toEqual({ links: 0, impact: 0, debt: 0 });
    // The only difference: where the impact came from.
    const normalise = (r: SprintReport): SprintReport => ({ ...r, debt: r.debt.map((d) => ({ ...d, impact: d.impact === null ? null : { ...d.impact, source: 'item' as const } })) });
    expect(normalise(fromExport)).toEqual(normalise(fromBodies));
    expect(fromBodies.debt.some((d) => d.reason === 'register-link')).toBe(true);
    expect(fromBodies.debt.some((d) => d.impact !== null)).toBe(true);
  });
});
