/**
 * Everything the facts need from the config, compiled once per config object:
 * alias sets, the NFR categories with their vocabularies, placeholder texts.
 */
import { DEFAULT_CATEGORIES, type CategoryDefinition } from '../../config/categories.js';
import type { Config } from '../../config/schema.js';
import { notAcross, travels } from '../language/across-labels.js';
import { namesContainer } from '../language/containers.js';
import { namesValue } from '../language/value-titles.js';
import { inSense } from '../language/word-sense.js';
import { AliasSet, variantsOf } from '../markdown/normalize.js';
import type { SectionContext } from '../markdown/sections.js';
import { Placeholders } from '../markdown/text.js';
import { wordRegExp } from '../text/letters.js';

export interface Category {
  readonly id: string;
  readonly aliases: AliasSet;
  /** Finds the first vocabulary word in its sense; undefined when the vocabulary is empty. */
  readonly vocabulary: Vocabulary | undefined;
  /** Whether a criterion under another category's label can count for this one too, and the words that do not carry it (language/across-labels.ts). */
  readonly across: { readonly travels: boolean; readonly notAcross: ReadonlySet<string> };
}

/** A category's vocabulary: whole words, case-insensitively, each occurrence read in its sense. */
export interface Vocabulary {
  /** The index of the first word of the vocabulary used in its sense (and not among `skip`: lower case, single spaces), or -1. */
  find(text: string, skip?: ReadonlySet<string>): number;
}

/** Answers whether a section title names something. */
export interface TitleSet {
  matches(title: string): boolean;
}

export interface Matchers {
  readonly businessValue: TitleSet;
  /** Criteria containers: the configured aliases, and any title that names one in words (see language/containers.ts). */
  readonly nfr: TitleSet;
  readonly impact: TitleSet;
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
  const valueAliases = new AliasSet(rules['business-value'].aliases);
  const businessValue: TitleSet = { matches: (title) => valueAliases.matches(title) || variantsOf(title).some(namesValue) };
  const nfrAliases = new AliasSet(rules['nfr-criteria'].aliases);
  const nfr: TitleSet = { matches: (title) => nfrAliases.matches(title) || namesContainer(variantsOf(title)[0] ?? '') };
  const impact = new AliasSet(rules['debt-impact'].aliases);
  const categories = resolveCategories(config).map(([id, definition]) => ({
    id,
    aliases: new AliasSet([id, ...definition.aliases]),
    vocabulary: vocabularyOf(definition.vocabulary),
    across: { travels: travels(id), notAcross: notAcross(id) },
  }));
  const placeholders = new Placeholders(config.placeholders);
  // In the order the title names them: "Usability & Accessibility" names usability first.
  const categoriesNamedBy = (title: string): string[] => {
    const named: string[] = [];
    for (const variant of variantsOf(title)) {
      for (const category of categories) if (!named.includes(category.id) && category.aliases.has(variant)) named.push(category.id);
    }
    return named;
  };
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

function vocabularyOf(words: readonly string[]): Vocabulary | undefined {
  // The words are lower case (wordPattern lowers them) and so is the text they are matched
  // in: a case-insensitive Unicode pattern of hundreds of words costs V8 several times
  // as much to compile, and each vocabulary is compiled once per run.
  const pattern = wordPattern(words, 'gu');
  if (pattern === undefined) return undefined;
  return {
    find(text, skip) {
      const lower = lowerInPlace(withoutAddresses(text));
      for (const match of lower.matchAll(pattern)) {
        if (skip !== undefined && skip.size > 0 && skip.has(match[0].replace(/[\s-]+/gu, ' '))) continue;
        const word = text.slice(match.index, match.index + match[0].length);
        if (inSense(word, text, match.index)) return match.index;
      }
      return -1;
    },
  };
}

/** Web addresses blanked, each character in its place: "https://fix-a11y.example.com" states no quality. */
function withoutAddresses(text: string): string {
  return text.includes('://') || text.includes('www.') ? text.replace(ADDRESS, (address) => ' '.repeat(address.length)) : text;
}
// Fixed schemes keep the scan linear (a scheme of any letters would be tried from each letter of a long word).
const ADDRESS = /\b(?:https?|ftps?|wss?|ssh|git|file):\/\/[^\s<>()[\]{}"'`]*|\bwww\.[^\s<>()[\]{}"'`]*/giu;

/** The text in lower case, each character in its place (a character whose lower case is longer stays as it is). */
function lowerInPlace(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return text.replace(/\p{Lu}|\p{Lt}/gu, (char) => {
    const down = char.toLowerCase();
    return down.length === char.length ? down : char;
  });
}

/** Words written without spaces between them (Han, kana, Hangul) match anywhere; the rest as whole words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export function wordPattern(words: readonly string[], flags = 'iu'): RegExp | undefined {
  // A space in a vocabulary word matches spaces or a hyphen: "audit log" is "Audit-Log" too.
  const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]+');
  const cleaned = [...new Set(words.map((word) => word.trim().toLowerCase()).filter(Boolean))].sort((a, b) => b.length - a.length);
  const spaced = cleaned.filter((word) => !UNSPACED.test(word)).map(escape);
  const unspaced = cleaned.filter((word) => UNSPACED.test(word)).map(escape);
  if (spaced.length === 0 && unspaced.length === 0) return undefined;
  const parts = [
    // A word glued to others by "_" is part of an identifier (block_content_permissions), not a word of the text.
    ...(spaced.length > 0 ? [`(?<![\\p{L}\\p{N}_])(?:${spaced.join('|')})(?![\\p{L}\\p{N}_])`] : []),
    ...(unspaced.length > 0 ? [`(?:${unspaced.join('|')})`] : []),
  ];
  return wordRegExp(parts.join('|'), flags);
}
