/**
 * The golden fixtures: every fixtures/bodies/<case>/body.md is checked with its
 * meta.json subject and config; the result must equal expected.json (regenerate with
 * UPDATE_GOLDEN=1 and review the diff) and agree with the human judgment in
 * meta.json's `expect`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { check, resultSchema } from '../../src/core/index.js';

const root = fileURLToPath(new URL('../../fixtures/bodies/', import.meta.url));
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

interface Meta {
  description: string;
  kind: 'pr' | 'issue';
  title: string;
  labels?: string[];
  repo?: string;
  config?: unknown;
  expect: Record<string, unknown> & {
    categories?: string[];
    waived?: string[];
    links?: string[];
  };
}

describe('golden fixtures', () => {
  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  describe.each(cases)('%s', (name) => {
    const dir = join(root, name);
    const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as Meta;
    const body = readFileSync(join(dir, 'body.md'), 'utf8');
    const config = configSchema.parse(meta.config ?? {});
    const result = check(
      { kind: meta.kind, title: meta.title, body, labels: meta.labels ?? [], ...(meta.repo ? { repo: meta.repo } : {}) },
      config,
    );

    it('satisfies the result contract', () => {
      expect(() => resultSchema.parse(result)).not.toThrow();
    });

    it('matches expected.json', () => {
      const file = join(dir, 'expected.json');
      if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(file)) {
        if (process.env['CI'] === 'true') throw new Error(`${name}: expected.json is missing`);
        writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
      }
      expect(result).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });

    it('agrees with the human judgment in meta.json', () => {
      const statuses = Object.fromEntries(result.rules.map((finding) => [finding.id, finding.status]));
      const judged = meta.expect;
      const actual: Record<string, unknown> = {};
      const wanted: Record<string, unknown> = {};
      for (const id of ['business-value', 'nfr-criteria', 'debt-link', 'debt-impact']) {
        if (judged[id] !== undefined) {
          actual[id] = statuses[id];
          wanted[id] = judged[id];
        }
      }
      const compare = (key: string, value: unknown): void => {
        if (judged[key] === undefined) return;
        actual[key] = value;
        wanted[key] = judged[key];
      };
      compare('measurable', result.facts.businessValue.measurable);
      compare('categories', [...result.facts.nfr.categories].sort());
      compare('waived', result.facts.nfr.waived.map((waiver) => waiver.category).sort());
      compare('isDebtWork', result.facts.debt.isDebtWork);
      compare('declaresNewDebt', result.facts.debt.declaresNewDebt);
      compare('links', result.facts.debt.links.map((link) => link.ref));
      compare('conclusion', result.conclusion);
      if (Array.isArray(wanted['categories'])) wanted['categories'] = [...(wanted['categories'] as string[])].sort();
      if (Array.isArray(wanted['waived'])) wanted['waived'] = [...(wanted['waived'] as string[])].sort();
      expect(actual).toEqual(wanted);
    });
  });
});
