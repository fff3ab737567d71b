/**
 * Everything the facts need from the config, compiled once per config object:
 * alias sets, the NFR categories with their vocabularies, placeholder texts.
 */
import { DEFAULT_CATEGORIES, type CategoryDefinition } from '../../config/categories.js';
import type { Config } from '../../config/schema.js';
import { AliasSet, variantsOf } from '../markdown/normalize.js';
import type { SectionContext } from '../markdown/sections.js';
import { Placeholders } from '../markdown/text.js';

export interface Category {
  readonly id: string;
  readonly aliases: AliasSet;
  /** Matches one vocabulary word as a whole word; undefined when the vocabulary is empty. */
  readonly vocabulary: RegExp | undefined;
}

export interface Matchers {
  readonly businessValue: AliasSet;
  readonly nfr: AliasSet;
  readonly impact: AliasSet;
  readonly categories: readonly Category[];
  readonly placeholders: Placeholders;
  readonly sections: SectionContext;
  categoriesNamedBy(title: string): string[];
  /** Titles of sections that are never part of a statement: acceptance criteria, categories, debt. */
  isOtherSection(title: string): boolean;
}

const cache = new WeakMap<Config, Matchers>();

export function matchersFor(config: Config): Matchers {
  const cached = cache.get(config);
  if (cached) return cached;
  const built = buildMatchers(config);
  cache.set(config, built);
  return built;
}

function buildMatchers(config: Config): Matchers {
  const rules = config.rules;
  const businessValue = new AliasSet(rules['business-value'].aliases);
  const nfr = new AliasSet(rules['nfr-criteria'].aliases);
  const impact = new AliasSet(rules['debt-impact'].aliases);
  const categories = resolveCategories(config).map(([id, definition]) => ({
    id,
    aliases: new AliasSet([id, ...definition.aliases]),
    vocabulary: wordPattern(definition.vocabulary),
  }));
  const placeholders = new Placeholders(config.placeholders);
  const categoriesNamedBy = (title: string): string[] =>
    categories.filter((category) => category.aliases.matches(title)).map((category) => category.id);
  const isCategory = (title: string): boolean => categoriesNamedBy(title).length > 0;
  const sections: SectionContext = {
    placeholders,
    isKnownTitle: (title) =>
      businessValue.matches(title) || nfr.matches(title) || impact.matches(title) || isCategory(title) || isDebtTitle(title),
    isContainer: (title) => nfr.matches(title),
    isChildLabel: isCategory,
  };
  const isOtherSection = (title: string): boolean => nfr.matches(title) || isCategory(title) || isDebtTitle(title);
  return { businessValue, nfr, impact, categories, placeholders, sections, categoriesNamedBy, isOtherSection };
}

/** Built-in categories, extended or replaced by config, narrowed by `only-categories`. */
export function resolveCategories(config: Config): Array<[string, CategoryDefinition]> {
  const options = config.rules['nfr-criteria'];
  const merged = new Map<string, CategoryDefinition>(Object.entries(DEFAULT_CATEGORIES));
  for (const [id, override] of Object.entries(options.categories)) {
    const base = merged.get(id);
    merged.set(
      id,
      base && !override.replace
        ? { aliases: [...base.aliases, ...override.aliases], vocabulary: [...base.vocabulary, ...override.vocabulary] }
        : { aliases: override.aliases, vocabulary: override.vocabulary },
    );
  }
  const only = options['only-categories'];
  const entries = [...merged.entries()];
  return only ? entries.filter(([id]) => only.includes(id)) : entries;
}

/** A title about debt: "Tech debt ticket", "Debt register", "Technical Debt". */
export function isDebtTitle(title: string): boolean {
  return /\bdebts?\b(?![-_]?\d)/u.test(variantsOf(title)[0] ?? '');
}

export function wordPattern(words: readonly string[]): RegExp | undefined {
  const escaped = words
    .map((word) => word.trim().toLowerCase())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  if (escaped.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}
