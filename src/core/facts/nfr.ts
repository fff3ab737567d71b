/**
 * Non-functional acceptance criteria: inside the acceptance-criteria sections, an
 * explicit category label (subheading, bold label, list label, table first column,
 * "Security:" prefix) is authoritative; elsewhere a criterion's category comes from
 * the vocabularies. "N/A — reason" waives a category when the reason is real.
 */
import { unitsOf, type Section, type Unit } from '../markdown/sections.js';
import { countWords } from '../markdown/text.js';
import type { Criterion, CriterionSource, Position, Waiver } from '../result.js';
import { isMetadataLine, isMetadataTitle, isOutline, isProcessStep, statesNoImpact, isTask, isTooThin, isTopicList, isTopicName } from '../language/criteria.js';
import { acrossText, vetoedAcross } from '../language/across-labels.js';
import { hasThreshold } from '../text/measurable.js';
import type { Matchers } from './matchers.js';
import { wordRegExp } from '../text/letters.js';

export interface NfrFacts {
  /** The acceptance-criteria sections found (their titles and positions). */
  readonly sections: ReadonlyArray<{ title: string; position: Position | undefined }>;
  readonly criteria: readonly (Criterion & { position: Position | undefined })[];
  readonly waived: readonly Waiver[];
  /** Categories marked "N/A" with no real reason. */
  readonly waivedWithoutReason: readonly string[];
  /** Category sections found outside any acceptance-criteria section. */
  readonly strayCategories: readonly string[];
  readonly categories: readonly string[];
}

/**
 * Waivers: "N/A — reason", "Not applicable: backend only", "n.a. (docs only)", a
 * table's "N/A | reason" cells; and, when no threshold is stated, "None — …", "No
 * security impact — no user input", "No". ("No change to p95 (±5%)" is a criterion.)
 */
const NOT_APPLICABLE =
  /^(?:n\s*\/\s*a|n\.\s?a\.?|na|not applicable|not relevant|not needed)(?:\s*$|\s*[.:;,(|—–-]+\s*(.*)$|\s+((?:because|since|as|due to|for|to|in)\s.*)$)/isu;
const NOTHING =
  wordRegExp(String.raw`^(?:none|no|nothing|unaffected|no(?:\s+[\p{L}-]+){0,2}\s+(?:impact|changes?))(?:\s*$|\s*[.:;,(|—–-]+\s*(.*)$|\s+((?:because|since|as|due to)\s.*)$)`, 'isu');
/**
 * Deferrals and scope-outs under a category label: "Deferred to a future cycle", "Out
 * of scope for v1", "High availability is not planned — cost and time", "The system is
 * not mission-critical; limited budget".
 */
const NOT_NOW =
  wordRegExp(String.raw`^(?:(?:since|as|because)\s+)?(?:[\p{L}\p{N}\s.'’-]{0,60}?\b(?:is|are|will\s+be|was)\s+(?:a\s+)?)?(?:out\s+of\s+scope|not\s+in\s+scope|deferred|postponed|not\s+(?:planned|required|needed|necessary|a\s+(?:priority|requirement|concern|mission[\s-]critical)|mission[\s-]critical|in\s+scope\s+for)|no\s+need|won['’]?t\s+be\s+(?:addressed|covered|done|needed)|will\s+not\s+be\s+(?:addressed|covered|done|needed))(?![\p{L}])[\s,.:;()—–-]*(.*)$`, 'isu');
const MIN_REASON_WORDS = 1;
const NO_REASON = /^(?:tbd|todo|tba|n\/a|na|none|-+|\.+|…|\?+)$/iu;

export function findNfr(root: Section, matchers: Matchers, subjectTitle = ''): NfrFacts {
  const collector = new Collector(matchers);
  const sections: Array<{ title: string; position: Position | undefined }> = [];
  let containers = topmost(root, (section) => matchers.nfr.matches(section.title));
  // An issue titled as the requirements ("Quality attributes", "NFRs for the portal") whose
  // body holds no container of its own: the body is the container.
  // A title that is a task about criteria ("Add accessibility criteria to the template",
  // "Define acceptance criteria") names work on them, not the requirements.
  if (containers.length === 0 && subjectTitle.trim() !== '' && matchers.nfr.matches(subjectTitle) && !isTask(subjectTitle)) {
    containers = [{ ...root, title: subjectTitle }];
  }
  for (const section of containers) {
    sections.push({ title: section.title, position: section.position });
    // "Performance requirements", "Exigences de sécurité": a container that names its category.
    const named = matchers.categoriesNamedBy(section.title);
    if (named.length > 0) collector.explicit(section, named);
    else collector.container(section);
  }
  // Category sections outside every acceptance-criteria section: "## Security" beside it.
  const stray = new Set<string>();
  const walk = (section: Section): void => {
    for (const entry of section.entries) {
      if (entry.type !== 'section' || containers.includes(entry)) continue;
      for (const id of matchers.categoriesNamedBy(entry.title)) stray.add(id);
      walk(entry);
    }
  };
  if (!containers.some((c) => c.kind === 'root')) walk(root);
  return collector.facts(sections, [...stray]);
}

class Collector {
  readonly #matchers: Matchers;
  readonly #criteria: Array<Criterion & { position: Position | undefined }> = [];
  readonly #waived = new Map<string, string>();
  readonly #unreasoned = new Set<string>();

  constructor(matchers: Matchers) {
    this.#matchers = matchers;
  }

  container(section: Section): void {
    for (const entry of section.entries) {
      if (entry.type === 'unit') this.#unlabelled(entry, '');
      else this.#child(entry);
    }
  }

  #child(section: Section): void {
    const named = this.#matchers.categoriesNamedBy(section.title);
    if (named.length > 0) {
      this.explicit(section, named);
      return;
    }
    if (section.kind === 'heading' || this.#matchers.nfr.matches(section.title)) {
      this.container(section);
      return;
    }
    // A label, list label or table row whose title names no category: "Response time: < 200 ms".
    for (const unit of unitsOf(section)) this.#unlabelled(unit, section.title);
  }

  /**
   * A section a label names the categories of: its criteria count for them. A label
   * inside it that names other categories is the more specific one ("Scalability
   * target:" under "### Performance"): the criteria under it count for those.
   */
  explicit(section: Section, categories: readonly string[]): void {
    const units = [...titledUnits(section, '', categories, this.#matchers)];
    const real = units.filter(
      ({ unit, title }) =>
        waiverOf(unit.text) !== undefined ||
        (!unit.placeholder && !isProcessStep(unit.text) && !this.#isTopic(unit.text) && !isMetadataTitle(title) && !isOutline(unit.text)),
    );
    const first = real[0];
    const firstWaiver = first ? waiverOf(first.unit.text) : undefined;
    for (const item of real) {
      // A waiver opens a label ("Security: N/A — no new inputs"); what follows it under that label explains it.
      if (firstWaiver !== undefined && item !== first && item.categories === first?.categories) continue;
      this.#criterion(item);
    }
  }

  #criterion({ unit, title, categories, outer }: TitledUnit): void {
    const reason = waiverOf(unit.text);
    if (reason !== undefined) {
      for (const category of categories) {
        if (reason) this.#waived.set(category, reason);
        else this.#unreasoned.add(category);
      }
      return;
    }
    // Under a title naming several categories ("Scalability and Maintainability"), or a
    // label inside another category's section ("Data protection:" under "### Compliance"),
    // a criterion counts for the ones its words are about; for the closest label's first
    // category when unclear.
    // The title names every candidate already: the criterion's own words decide.
    const candidates = [...new Set([...categories, ...outer])];
    const about = candidates.length > 1 ? this.#about(unit.text, candidates) : candidates;
    for (const category of about) this.#add(category, unit, 'label', title);
    // A criterion filed under one category that is plainly about another too counts for
    // that one as well, read from its own words (language/across-labels.ts).
    for (const category of this.#alsoAbout(unit.text, candidates)) this.#add(category, unit, 'vocabulary', title);
  }

  #alsoAbout(text: string, besides: readonly string[]): readonly string[] {
    const read = acrossText(text);
    return this.#matchers.categories
      .filter(
        (category) =>
          category.across.travels && !besides.includes(category.id) && (category.vocabulary?.find(read, category.across.notAcross) ?? -1) >= 0 && !vetoedAcross(category.id, read),
      )
      .map((category) => category.id);
  }

  /** A line that only names a category ("Data security", "Performance"): a topic, not a criterion. */
  #isTopic(text: string): boolean {
    // The trailing marks are matched from the start of their run only: `[.:;!]+$` tried at every
    // position of a long run of colons inside the text takes quadratic time.
    return isTopicName(text) || (text.split(/\s+/u).length <= 3 && this.#matchers.categoriesNamedBy(text.replace(/(?<![.:;!])[.:;!]+$/u, '')).length > 0);
  }

  #about(text: string, categories: readonly string[]): readonly string[] {
    const matched = this.#matchers.categories.filter(
      (category) => categories.includes(category.id) && category.vocabulary !== undefined && category.vocabulary.find(text) >= 0,
    );
    // Unclear: the category the closest label names first ("Usability & Accessibility: macOS, Linux, Windows").
    return matched.length > 0 ? matched.map((category) => category.id) : categories.slice(0, 1);
  }

  /** A criterion with no category label: its words decide; "a; b" may hold one per category. */
  #unlabelled(unit: Unit, title: string): void {
    if (unit.placeholder || waiverOf(unit.text) !== undefined || isProcessStep(unit.text) || isTask(unit.text) || isTopicList(unit.text) || this.#isTopic(unit.text)) return;
    if (isTooThin(unit.text) || isMetadataTitle(title) || isMetadataLine(unit.text) || statesNoImpact(unit.text)) return;
    const clauses = unit.text.split(/;\s+/u).filter((clause) => clause.trim());
    const seen = new Set<string>();
    for (const clause of clauses.length > 1 ? clauses : [unit.text]) {
      const category = this.#classify(title ? `${title}: ${clause}` : clause);
      if (!category || seen.has(category)) continue;
      seen.add(category);
      this.#add(category, clauses.length > 1 ? { ...unit, text: clause.trim() } : unit, 'vocabulary', title);
    }
  }

  #classify(text: string): string | undefined {
    let best: string | undefined;
    let bestIndex = Number.POSITIVE_INFINITY;
    for (const category of this.#matchers.categories) {
      const index = category.vocabulary ? category.vocabulary.find(text) : -1;
      if (index >= 0 && index < bestIndex) {
        best = category.id;
        bestIndex = index;
      }
    }
    return best;
  }

  #add(category: string, unit: Unit, source: CriterionSource, title = ''): void {
    const text = title ? `${title}: ${unit.text}` : unit.text;
    this.#criteria.push({
      category,
      text,
      measurable: hasThreshold(text),
      checked: unit.checked === true,
      source,
      position: unit.position,
    });
  }

  facts(sections: NfrFacts['sections'], strayCategories: readonly string[]): NfrFacts {
    const order = this.#matchers.categories.map((category) => category.id);
    const rank = (id: string): number => order.indexOf(id);
    const categories = [...new Set(this.#criteria.map((criterion) => criterion.category))].sort((a, b) => rank(a) - rank(b));
    const waived = [...this.#waived]
      .filter(([category]) => !categories.includes(category))
      .map(([category, reason]) => ({ category, reason }))
      .sort((a, b) => rank(a.category) - rank(b.category));
    const unreasoned = [...this.#unreasoned].filter((id) => !categories.includes(id) && !this.#waived.has(id));
    return { sections, criteria: this.#criteria, waived, waivedWithoutReason: unreasoned, strayCategories, categories };
  }
}

/** The reason of an "N/A — reason" waiver: "" when it has none, undefined when the text is no waiver. */
export function waiverOf(text: string): string | undefined {
  // One criterion is asked about up to three times in a row: the last answer is kept.
  if (text !== waiverText) {
    waiverText = text;
    waiverAnswer = readWaiver(text);
  }
  return waiverAnswer;
}

let waiverText: string | undefined;
let waiverAnswer: string | undefined;

function readWaiver(text: string): string | undefined {
  const trimmed = text.trim();
  const match = NOT_APPLICABLE.exec(trimmed) ?? (hasThreshold(trimmed) ? null : (NOTHING.exec(trimmed) ?? NOT_NOW.exec(trimmed)));
  if (!match) return undefined;
  // The edges in two steps, the trailing run matched from its start only: `[)|\s.]+$` tried at
  // every position of a long run of dots or spaces inside the reason takes quadratic time.
  const reason = (match[1] ?? match[2] ?? '').replace(/^[(|\s]+/u, '').replace(/(?<![)|\s.])[)|\s.]+$/u, '').trim();
  return countWords(reason) >= MIN_REASON_WORDS && !NO_REASON.test(reason) ? reason : '';
}

interface TitledUnit {
  readonly unit: Unit;
  /** The label, list label or row the unit sits under ("" under a heading). */
  readonly title: string;
  /** The categories the closest label naming categories gives it. */
  readonly categories: readonly string[];
  /** The categories of the label around that one (the same when there is none). */
  readonly outer: readonly string[];
}

/** The units of a section with the title they sit under and the categories the closest category label names. */
function* titledUnits(section: Section, title: string, categories: readonly string[], matchers: Matchers, outer = categories): Generator<TitledUnit> {
  for (const entry of section.entries) {
    if (entry.type === 'unit') {
      yield { unit: entry, title, categories, outer };
      continue;
    }
    const named = matchers.categoriesNamedBy(entry.title);
    const inner = named.length > 0 ? named : categories;
    yield* titledUnits(entry, entry.kind === 'heading' ? title : entry.title, inner, matchers, named.length > 0 ? categories : outer);
  }
}

/** Sections that satisfy the predicate and have no ancestor that does. */
function topmost(root: Section, predicate: (section: Section) => boolean): Section[] {
  const found: Section[] = [];
  const walk = (section: Section): void => {
    for (const entry of section.entries) {
      if (entry.type !== 'section') continue;
      if (predicate(entry)) found.push(entry);
      else walk(entry);
    }
  };
  walk(root);
  return found;
}
