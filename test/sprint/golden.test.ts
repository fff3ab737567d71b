/**
 * Golden tests for the sprint math: every case under fixtures/sprints/<case>/ holds
 * an export (export.json), optionally a config (config.json, the YAML's content as
 * JSON), and the reports expected for all of its sprints (expected.json).
 *
 * UPDATE_GOLDEN=1 npx vitest run test/sprint/golden.test.ts rewrites expected.json —
 * then read every changed file by hand before keeping it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import {
  cadenceWindows,
  computeSprintReports,
  parseSprintExport,
  sprintReportSchema,
} from '../../src/core/sprint/index.js';
import { testReader } from './reader.js';

const ROOT = fileURLToPath(new URL('../../fixtures/sprints/', import.meta.url));
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8')) as unknown;

const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(ROOT, d.name, 'export.json')))
  .map((d) => d.name)
  .sort();

describe('sprint golden cases', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)('%s', (name) => {
    const dir = join(ROOT, name);
    const data = parseSprintExport(readJson(join(dir, 'export.json')), `fixtures/sprints/${name}/export.json`);
    const configPath = join(dir, 'config.json');
    const config = configSchema.parse(existsSync(configPath) ? readJson(configPath) : {});

    if (config.sprints.source === 'cadence' && config.sprints.cadence.start !== undefined) {
      // The export's windows are the ones the cadence gives at export time.
      expect(data.sprints).toEqual(
        cadenceWindows({
          start: config.sprints.cadence.start,
          days: config.sprints.cadence.days,
          timeZone: config.sprints.cadence['time-zone'],
          now: data.exportedAt,
        }),
      );
    }

    const reports = computeSprintReports(data, { config, reader: testReader });
    for (const r of reports) sprintReportSchema.parse(r);
    const actual = JSON.parse(JSON.stringify(reports)) as unknown;

    const expectedPath = join(dir, 'expected.json');
    if (UPDATE || !existsSync(expectedPath)) {
      if (!UPDATE) throw new Error(`${expectedPath} is missing: run with UPDATE_GOLDEN=1, then review it by hand`);
      writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      return;
    }
    expect(actual).toEqual(readJson(expectedPath));
  });
});
