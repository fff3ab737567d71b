/**
 * The real-body corpus (fixtures/corpus/, issue 7): every case is well formed, the
 * corpus covers the shapes it must, and the engine's reading of it stays at or above
 * the floors recorded in fixtures/corpus/floors.json — a change that reads real bodies
 * worse cannot land. `npm run eval` prints the same figures and every miss.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, loadCorpus } from '../../scripts/eval/corpus.js';
import { figureKey, meetsFloor, score } from '../../scripts/eval/score.js';

const cases = loadCorpus();
const floors = JSON.parse(readFileSync(new URL('floors.json', CORPUS_DIR), 'utf8')) as Record<string, number>;

describe('the real-body corpus', () => {
  it('holds at least 200 real bodies, each with its source, kind and labels', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    for (const item of cases) {
      expect(item.meta.source, item.id).toMatch(/github\.com|^[\w.-]+\/[\w.-]+ /u);
      expect(item.body.trim().length, item.id).toBeGreaterThan(0);
    }
    expect(new Set(cases.map((c) => c.meta.source)).size).toBe(cases.length);
  });

  it('covers the shapes it must: explicit NFR categories, debt references, traps', () => {
    expect(cases.filter((c) => c.labels.nfr.explicit.length > 0).length).toBeGreaterThanOrEqual(60);
    expect(cases.filter((c) => c.labels.debt.references.length > 0).length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => c.labels.traps.length > 0).length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => c.labels.unfilled.length > 0).length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => c.labels.shapes.includes('non-english-container')).length).toBeGreaterThanOrEqual(10);
  });

  it('is read at or above every floor recorded in floors.json', () => {
    const scores = score(cases);
    const below = scores.figures
      .filter((f) => floors[figureKey(f)] !== undefined && !meetsFloor(f, floors[figureKey(f)] as number))
      .map((f) => `${figureKey(f)}: ${((f.value ?? 0) * 100).toFixed(1)} % (floor ${((floors[figureKey(f)] as number) * 100).toFixed(1)} %)`);
    expect(below).toEqual([]);
    // Every floor names a figure the evaluation prints.
    expect(Object.keys(floors).filter((key) => !scores.figures.some((f) => figureKey(f) === key))).toEqual([]);
  });
});
