/**
 * What a unit of work weighs: 1 (count), its story points (points) or its lines
 * changed (changes).
 *
 * Points of an item: a label of a configured shape (`points: N`, `sp-N`, `N points`
 * — N marks the number; case, and spaces around punctuation, do not matter), else a
 * configured size label (`size: m` → 3), else its Projects number field. The largest
 * wins when an item carries several. A unit weighs the points of the issues it
 * carries the estimate of, else the sum of its PRs' points, else the fallback.
 */
import type { Config } from '../../config/schema.js';
import type { WorkUnit } from './items.js';
import type { WeightKind, WorkItem } from './model.js';

export interface PointsRules {
  readonly shapes: readonly RegExp[];
  readonly sizes: ReadonlyMap<string, number>;
  readonly fallback: number;
  /** What each label spelling says (labels repeat across a repository's items). */
  readonly labelCache: Map<string, LabelPoints>;
}

/** The points one label states: by a shape, by a size, or neither. */
interface LabelPoints {
  readonly shape: number | undefined;
  readonly size: number | undefined;
}

const LABEL_CACHE_LIMIT = 10_000;

/** Lower-case, single spaces, no spaces around punctuation. */
export function normalizeLabel(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/ ?([^\p{L}\p{N} ]) ?/gu, '$1');
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const NUMBER = String.raw`(\d{1,6}(?:\.\d{1,3})?)`;
const N_TOKEN = /(?<![A-Za-z])N(?![A-Za-z])/;

/** A label shape as an anchored RegExp over normalized labels; null without an N. */
export function compileShape(shape: string): RegExp | null {
  const m = N_TOKEN.exec(shape);
  if (m === null) return null;
  const prefix = normalizeLabel(shape.slice(0, m.index));
  const suffix = normalizeLabel(shape.slice(m.index + 1));
  return new RegExp(`^${escapeRe(prefix)} ?${NUMBER} ?${escapeRe(suffix)}$`);
}

const cache = new WeakMap<object, PointsRules>();

export function pointsRules(config: Config): PointsRules {
  const points = config.sprints.points;
  const hit = cache.get(points);
  if (hit !== undefined) return hit;
  const rules: PointsRules = {
    shapes: points.labels.map(compileShape).filter((r): r is RegExp => r !== null),
    sizes: new Map(Object.entries(points.sizes).map(([k, v]) => [normalizeLabel(k), v])),
    fallback: points.fallback,
    labelCache: new Map(),
  };
  cache.set(points, rules);
  return rules;
}

function labelPoints(raw: string, rules: PointsRules): LabelPoints {
  const hit = rules.labelCache.get(raw);
  if (hit !== undefined) return hit;
  const label = normalizeLabel(raw);
  let shape: number | undefined;
  for (const re of rules.shapes) {
    const n = re.exec(label)?.[1];
    if (n !== undefined) shape = Math.max(shape ?? 0, Number(n));
  }
  const info: LabelPoints = { shape, size: rules.sizes.get(label) };
  if (rules.labelCache.size >= LABEL_CACHE_LIMIT) rules.labelCache.clear();
  rules.labelCache.set(raw, info);
  return info;
}

/** The points an item states, or undefined. */
export function itemPoints(item: WorkItem, rules: PointsRules): number | undefined {
  let fromShape: number | undefined;
  let fromSize: number | undefined;
  for (const raw of item.labels) {
    const { shape, size } = labelPoints(raw, rules);
    if (shape !== undefined) fromShape = Math.max(fromShape ?? 0, shape);
    if (size !== undefined) fromSize = Math.max(fromSize ?? 0, size);
  }
  return fromShape ?? fromSize ?? item.points;
}

export interface UnitWeight {
  readonly weight: number;
  /** Weight `points`: the unit had no points and got the fallback. */
  readonly fallback: boolean;
  /** Weight `changes`: no PR of the unit carries line counts. */
  readonly noChanges: boolean;
}

function sumDefined(values: readonly (number | undefined)[]): number | undefined {
  let sum: number | undefined;
  for (const v of values) if (v !== undefined) sum = (sum ?? 0) + v;
  return sum;
}

export function weighUnit(unit: WorkUnit, kind: WeightKind, rules: PointsRules): UnitWeight {
  switch (kind) {
    case 'count':
      return { weight: 1, fallback: false, noChanges: false };
    case 'points': {
      const pts =
        sumDefined(unit.estimateIssues.map((i) => itemPoints(i, rules))) ?? sumDefined(unit.prs.map((p) => itemPoints(p, rules)));
      return pts === undefined
        ? { weight: rules.fallback, fallback: true, noChanges: false }
        : { weight: pts, fallback: false, noChanges: false };
    }
    case 'changes': {
      const lines = sumDefined(
        unit.prs.map((p) => (p.additions === undefined && p.deletions === undefined ? undefined : (p.additions ?? 0) + (p.deletions ?? 0))),
      );
      return { weight: lines ?? 0, fallback: false, noChanges: lines === undefined };
    }
  }
}
