import { describe, expect, it } from 'vitest';
import { parseSprintExport, SprintExportError, sprintExportSchema } from '../../src/core/sprint/index.js';

const valid = {
  version: 1,
  repo: 'acme/app',
  exportedAt: '2026-03-20T08:00:00Z',
  sprints: [{ id: '12', title: 'Sprint 12', start: '2026-03-02T00:00:00Z', end: '2026-03-16T00:00:00Z', source: 'milestone' }],
  items: [
    { kind: 'pr', repo: 'acme/app', number: 1, labels: ['tech-debt'], completedAt: '2026-03-03T10:00:00Z', state: 'merged', closes: ['#2'] },
    { kind: 'issue', repo: 'acme/app', number: 2, completedAt: '2026-03-03T10:00:00+01:00', state: 'completed' },
    { kind: 'redacted', repo: '', iteration: 'it-1' },
  ],
};

function issuesOf(data: unknown): readonly string[] {
  try {
    parseSprintExport(data, 'sprint.json');
  } catch (e) {
    if (e instanceof SprintExportError) return e.issues;
    throw e;
  }
  return [];
}

describe('the export format', () => {
  it('reads a valid export, with defaults for labels and closes', () => {
    const data = parseSprintExport(valid);
    expect(data.items[1]?.labels).toEqual([]);
    expect(data.items[1]?.closes).toEqual([]);
  });

  it('names the key at fault', () => {
    const bad = structuredClone(valid) as unknown as { items: Record<string, unknown>[] };
    bad.items[0]!['completedAt'] = 'yesterday';
    bad.items[1]!['number'] = undefined;
    bad.items[2]!['iteration'] = undefined;
    expect(issuesOf(bad)).toEqual([
      'items[0].completedAt: expected an ISO 8601 instant such as 2026-03-02T09:30:00Z',
      'items[1].number: an issue needs its number',
      'items[2].iteration: a redacted item needs its iteration or its completedAt, or no sprint can hold it',
    ]);
  });

  it('rejects another version, unknown keys and a window that ends before it starts', () => {
    expect(issuesOf({ ...valid, version: 3 })[0]).toMatch(/^version: unsupported export version \(this build reads versions 1 and 2\)/);
    expect(issuesOf({ ...valid, extra: true })[0]).toMatch(/^\(top level\): Unrecognized key/);
    const sprints = [{ ...valid.sprints[0], end: '2026-03-01T00:00:00Z' }];
    expect(issuesOf({ ...valid, sprints })).toEqual(['sprints[0].end: a sprint must start before it ends']);
  });

  it('the error message names the file', () => {
    expect(() => parseSprintExport({}, 'sprint.json')).toThrow(/^sprint\.json: not a valid sprint export:/);
  });

  it('round-trips through JSON', () => {
    const data = parseSprintExport(valid);
    expect(sprintExportSchema.parse(JSON.parse(JSON.stringify(data)))).toEqual(data);
  });
});
