/**
 * Scores the engine's reading of the corpus against the readers' labels: per field,
 * precision, recall (or agreement) and counts, and every miss with its case id.
 * The engine runs as the CLI runs it on a file: the default config, the case's kind,
 * title, labels and repository.
 */
import { check, type Result } from '../../src/core/index.js';
import { defaultConfig, type Config } from '../../src/config/schema.js';
import type { CorpusCase } from './corpus.js';

export interface Figure {
  readonly field: string;
  /** What the figure is: precision, recall, agreement, or a rate of bodies. */
  readonly measure: 'precision' | 'recall' | 'agreement' | 'bodies with a false reference';
  /** 0..1, or null when nothing was there to count. */
  readonly value: number | null;
  readonly hits: number;
  readonly of: number;
}

export interface Miss {
  readonly field: string;
  readonly id: string;
  readonly detail: string;
}

export interface Scores {
  readonly cases: number;
  readonly figures: readonly Figure[];
  readonly misses: readonly Miss[];
}

const ratio = (hits: number, of: number): number | null => (of === 0 ? null : hits / of);

/** A reference as written by a reader or the engine, in one spelling: `#12` in owner/repo → owner/repo#12. */
export function normalizeRef(ref: string, repo: string | undefined): string {
  let r = ref.trim();
  if (/^#\d+$/u.test(r) && repo !== undefined) r = `${repo}${r}`;
  const issueUrl = /^https?:\/\/github\.com\/([\w.-]+\/[\w.-]+)\/(?:issues|pull)\/(\d+)\/?(?:[#?].*)?$/iu.exec(r);
  if (issueUrl) r = `${issueUrl[1]}#${issueUrl[2]}`;
  // A tracker link to a key is the key: ".../browse/CIV-1805" and "CIV-1805" name one item.
  const trackerKey = /^https?:\/\/[^/]+\/(?:[\w/-]*\/)?browse\/([A-Za-z][A-Za-z0-9]*-\d+)\/?$/u.exec(r);
  if (trackerKey?.[1]) r = trackerKey[1];
  r = r.replace(/^\.{0,2}\//u, '').replace(/\/+$/u, '');
  return r.toLowerCase();
}

export function runEngine(item: CorpusCase, config: Config = defaultConfig()): Result {
  return check(
    {
      kind: item.meta.kind,
      title: item.meta.title,
      body: item.body,
      labels: item.meta.labels,
      ...(item.meta.repo === undefined ? {} : { repo: item.meta.repo }),
    },
    config,
  );
}

class Tally {
  hits = 0;
  of = 0;
  add(hit: boolean): void {
    this.of += 1;
    if (hit) this.hits += 1;
  }
}

export function score(cases: readonly CorpusCase[], config: Config = defaultConfig()): Scores {
  const misses: Miss[] = [];
  const miss = (field: string, id: string, detail: string): void => {
    misses.push({ field, id, detail });
  };
  const t = {
    bvAgree: new Tally(),
    bvPrecision: new Tally(),
    bvRecall: new Tally(),
    measurable: new Tally(),
    explicitRecall: new Tally(),
    impliedRecall: new Tally(),
    categoryPrecision: new Tally(),
    labelPrecision: new Tally(),
    waivedRecall: new Tally(),
    waivedPrecision: new Tally(),
    refRecall: new Tally(),
    refPrecision: new Tally(),
    falseRefBodies: new Tally(),
    debtWork: new Tally(),
    newDebt: new Tally(),
  };

  for (const item of cases) {
    const { id, labels } = item;
    const result = runEngine(item, config);
    const facts = result.facts;

    // Business value.
    const present = facts.businessValue.present;
    t.bvAgree.add(present === labels.businessValue.present);
    if (present) t.bvPrecision.add(labels.businessValue.present);
    if (labels.businessValue.present) t.bvRecall.add(present);
    if (present !== labels.businessValue.present) {
      miss('business value', id, `reader: ${labels.businessValue.present ? `present ("${labels.businessValue.title}")` : 'absent'}; engine: ${present ? `present: "${facts.businessValue.text.slice(0, 80)}"` : 'absent'}`);
    }
    if (labels.businessValue.present) {
      const measurable = facts.businessValue.measurable;
      t.measurable.add(measurable === labels.businessValue.measurable);
      if (measurable !== labels.businessValue.measurable) {
        miss('measurable', id, `reader: ${labels.businessValue.measurable}; engine: ${measurable} ("${facts.businessValue.text.slice(0, 100)}")`);
      }
    }

    // NFR categories.
    const engine = new Set(facts.nfr.categories);
    const bySource = new Map<string, Set<string>>();
    for (const c of facts.nfr.criteria) {
      const s = bySource.get(c.category) ?? new Set<string>();
      s.add(c.source);
      bySource.set(c.category, s);
    }
    const explicit = new Set<string>(labels.nfr.explicit);
    const implied = new Set<string>(labels.nfr.implied);
    const waivedLabel = new Set<string>(labels.nfr.waived);
    for (const c of explicit) {
      t.explicitRecall.add(engine.has(c));
      if (!engine.has(c)) miss('nfr explicit', id, `missed ${c}`);
    }
    for (const c of implied) {
      t.impliedRecall.add(engine.has(c));
      if (!engine.has(c)) miss('nfr implied', id, `missed ${c}`);
    }
    for (const c of engine) {
      const there = explicit.has(c) || implied.has(c);
      t.categoryPrecision.add(there);
      const fromLabel = bySource.get(c)?.has('label') === true;
      if (fromLabel) t.labelPrecision.add(there);
      if (!there) {
        const example = facts.nfr.criteria.find((x) => x.category === c);
        miss('nfr reported', id, `${c} (${fromLabel ? 'label' : 'vocabulary'}) not there: "${example?.text.slice(0, 90) ?? ''}"`);
      }
    }
    const waivedEngine = new Set(facts.nfr.waived.map((w) => w.category));
    for (const c of waivedLabel) {
      t.waivedRecall.add(waivedEngine.has(c));
      if (!waivedEngine.has(c)) miss('nfr waived', id, `missed waiver of ${c}`);
    }
    for (const c of waivedEngine) {
      t.waivedPrecision.add(waivedLabel.has(c));
      if (!waivedLabel.has(c)) miss('nfr waived', id, `waiver of ${c} not there`);
    }

    // Debt references.
    const repo = item.meta.repo;
    const wanted = new Set(labels.debt.references.map((r) => normalizeRef(r, repo)));
    const found = new Set(facts.debt.links.map((l) => normalizeRef(l.ref, repo)));
    for (const ref of wanted) {
      t.refRecall.add(found.has(ref));
      if (!found.has(ref)) miss('debt references', id, `missed ${ref}`);
    }
    let falseRef = false;
    for (const ref of found) {
      t.refPrecision.add(wanted.has(ref));
      if (!wanted.has(ref)) {
        falseRef = true;
        miss('debt references', id, `not a debt reference: ${ref}`);
      }
    }
    t.falseRefBodies.add(falseRef);

    // Debt work.
    t.debtWork.add(facts.debt.isDebtWork === labels.debt.isDebtWork);
    if (facts.debt.isDebtWork !== labels.debt.isDebtWork) miss('debt work', id, `reader: ${labels.debt.isDebtWork}; engine: ${facts.debt.isDebtWork}`);
    t.newDebt.add(facts.debt.declaresNewDebt === labels.debt.declaresNewDebt);
    if (facts.debt.declaresNewDebt !== labels.debt.declaresNewDebt) miss('new debt', id, `reader: ${labels.debt.declaresNewDebt}; engine: ${facts.debt.declaresNewDebt}`);
  }

  const fig = (field: string, measure: Figure['measure'], tally: Tally): Figure => ({ field, measure, value: ratio(tally.hits, tally.of), hits: tally.hits, of: tally.of });
  return {
    cases: cases.length,
    figures: [
      fig('business value present', 'agreement', t.bvAgree),
      fig('business value present', 'precision', t.bvPrecision),
      fig('business value present', 'recall', t.bvRecall),
      fig('business value measurable', 'agreement', t.measurable),
      fig('nfr explicit categories', 'recall', t.explicitRecall),
      fig('nfr implied categories', 'recall', t.impliedRecall),
      fig('nfr categories reported', 'precision', t.categoryPrecision),
      fig('nfr categories from a label', 'precision', t.labelPrecision),
      fig('nfr waivers', 'recall', t.waivedRecall),
      fig('nfr waivers', 'precision', t.waivedPrecision),
      fig('debt references', 'recall', t.refRecall),
      fig('debt references', 'precision', t.refPrecision),
      fig('debt references', 'bodies with a false reference', t.falseRefBodies),
      fig('debt work', 'agreement', t.debtWork),
      fig('new debt declared', 'agreement', t.newDebt),
    ],
    misses,
  };
}

/** The key a floor is recorded under: "field / measure". */
export const figureKey = (f: Pick<Figure, 'field' | 'measure'>): string => `${f.field} / ${f.measure}`;

/** Whether a figure meets its floor (a rate of false references has a ceiling instead). */
export function meetsFloor(f: Figure, floor: number): boolean {
  if (f.value === null) return true;
  return f.measure === 'bodies with a false reference' ? f.value <= floor + 1e-9 : f.value >= floor - 1e-9;
}
