/**
 * Title normalisation: section titles and aliases are compared after lower-casing and
 * trimming emoji, numbering ("3.", "AC-1", "(ii)", requirement ids such as "RNF-001:"
 * or "NFR-PER-02 –"), Markdown punctuation and trailing colons, with every Unicode
 * hyphen and dash read alike, so "## 💰 3. Business Value:" and "business value" are
 * the same title, and so are "Non‑functional" (U+2011) and "Non-functional".
 */
import { wordRegExp } from '../text/letters.js';

const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{FE0F}\u{200D}\u{20E3}\u{1F1E6}-\u{1F1FF}]/gu;
/** Every hyphen and dash (U+2010–2015, minus, small and full-width hyphen-minus) → "-". */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u2E3A\u2E3B]/gu;
/** A character lost to an encoding fault between two letters ("Non?Functional", "Non�Functional") reads as a hyphen. */
const LOST_CHARACTER = wordRegExp(String.raw`(?<=\p{L})[?\uFFFD](?=\p{L})`, 'gu');
const NUMBERING =
  wordRegExp(String.raw`^(?:(?:\d+(?:\.\d+)*|[a-z]|[ivx]{1,5})[.)]\s+|\d+(?:\.\d+)*\s+|\(?(?:[ivx]+|\d+)\)\s+|(?:[a-z]{1,5}(?:-[a-z]{1,5}){0,2}-\d+|[a-z]{2,5}\d+)[a-z]?(?:\.\d+)*(?![\p{L}\p{N}])\s*(?:[.:)]|-\s)?\s*|[-*•>#]+\s*)`, 'u');
/**
 * Words a title may add to what it names, before or after it: "Security considerations",
 * "Performance requirements", "Exigences de performance", "Requisitos de seguridad",
 * "Sicherheitsanforderungen", "性能需求".
 */
const GENERIC =
  'considerations?|requirements?|criteria|concerns?|aspects?|notes?|constraints?|goals?|expectations?|impact|targets?|acceptance|attributes?|' +
  'anforderungen|anforderung|kriterien|requisitos?|requerimientos?|exigences?|critères|critère|criterios|critérios|requisiti|criteri|eisen|' +
  'wymagania|требования|вимоги|gereksinimleri|gereksinimler';
const GENERIC_TAIL = new RegExp(`\\s+(?:${GENERIC})$`, 'u');
const GENERIC_HEAD = new RegExp(`^(?:non functional |nicht funktionale |nfrs? )?(?:${GENERIC})(?:\\s+(?:de|d'|di|do|da|dos|das|des|du|of|for|on|an|a|à|zur|zum|der|die|voor|van|dla|к|до|по|için))?\\s+`, 'u');
/** German compounds: "Sicherheitsanforderungen" → "sicherheit". */
const HYPHEN_IN_WORD = wordRegExp(String.raw`(?<=\p{L})-(?=\p{L})`, 'gu');
const GERMAN_COMPOUND = wordRegExp(String.raw`^(\p{L}{4,}?)s?(?:anforderungen|anforderung|kriterien|ziele|aspekte)$`, 'u');
/** CJK titles glue the generic word on: "性能需求", "安全性要件". */
const CJK_TAIL = /^(\p{Script=Han}{1,6}|\p{Script=Katakana}{2,12})(?:需求|要求|要件|要求事項|指标|指標|基準|基准|标准)$/u;
const EDGE = /^[\s\p{P}\p{S}]$/u;

/**
 * The text without white space, punctuation and symbols at either edge. Read from both
 * ends, one code point at a time: the pattern `[\s\p{P}\p{S}]+$`, tried at every
 * position of a long run of punctuation inside a title, takes quadratic time.
 */
function trimEdges(text: string): string {
  let start = 0;
  while (start < text.length) {
    const point = String.fromCodePoint(text.codePointAt(start) ?? 0);
    if (!EDGE.test(point)) break;
    start += point.length;
  }
  let end = text.length;
  while (end > start) {
    const low = text.charCodeAt(end - 1);
    const high = text.charCodeAt(end - 2);
    const size = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff && end - 2 >= start ? 2 : 1;
    if (!EDGE.test(text.slice(end - size, end))) break;
    end -= size;
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

export function normalizeTitle(title: string): string {
  let text = title.normalize('NFKC').toLowerCase().replace(EMOJI, ' ').replace(DASHES, '-').replace(LOST_CHARACTER, '-');
  text = trimEdges(text.replace(/[*_`~]/g, '')).replace(/\s+/g, ' ');
  // Strip numbering repeatedly ("AC-1. 3) Performance").
  for (let i = 0; i < 3; i += 1) {
    const next = trimEdges(text.replace(NUMBERING, ''));
    if (next === text) break;
    text = next;
  }
  // "Non-functional", "Non functional" and "Nonfunctional"-with-a-hyphen are one spelling.
  return text.replace(/\s*&\s*/g, ' and ').replace(HYPHEN_IN_WORD, ' ').trim();
}

/** The ways a normalised title can name something: itself, without a parenthetical, and its parts. */
export function titleVariants(normalized: string): string[] {
  const variants = new Set<string>([normalized]);
  const bare = normalized.replace(/\s*[(（][^)）]*(?:[)）]|$)\s*/gu, ' ').replace(/\s+/g, ' ').trim();
  if (bare) variants.add(bare);
  const parts = bare.split(/\s*(?:\/|,|;|:|\?|&|\||\band\b|\bund\b|\bet\b|\by\b|\be\b|\s[-–—]\s|·|•|、|・|和|与)\s*/u).map((part) => trimEdges(part).trim());
  for (const part of parts) if (part) variants.add(part);
  // One head noun for all: "Business & User Impact" is a business impact too.
  const head = /\s(\S+)$/u.exec(parts.at(-1) ?? '')?.[1];
  if (head !== undefined && parts.length > 1) for (const part of parts.slice(0, -1)) if (part && !/\s/u.test(part)) variants.add(`${part} ${head}`);
  // What a title says in parentheses: "Background & Motivation (Why)".
  for (const [, inner] of normalized.matchAll(/[(（]([^()（）]{1,40})(?:[)）]|$)/gu)) {
    const trimmed = trimEdges(inner ?? '').trim();
    if (trimmed) variants.add(trimmed);
  }
  for (const variant of [...variants]) {
    for (const short of [
      variant.replace(GENERIC_TAIL, ''),
      variant.replace(GENERIC_HEAD, ''),
      variant.replace(GENERIC_HEAD, '').replace(GENERIC_TAIL, ''),
      GERMAN_COMPOUND.exec(variant)?.[1] ?? '',
      CJK_TAIL.exec(variant)?.[1] ?? '',
    ]) {
      if (short && short !== variant) variants.add(short);
    }
  }
  return [...variants];
}

/**
 * The variants of a raw title, memoised: one title is asked about by every alias set
 * (business value, acceptance criteria, impact, each category), so it is normalised
 * once. The memo is bounded; it is cleared when full.
 */
const MEMO_LIMIT = 4096;
const memo = new Map<string, readonly string[]>();

export function variantsOf(title: string): readonly string[] {
  let variants = memo.get(title);
  if (variants === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    variants = titleVariants(normalizeTitle(title));
    memo.set(title, variants);
  }
  return variants;
}

/** A set of normalised aliases that answers whether a title names one of them. */
export class AliasSet {
  readonly #aliases: Set<string>;
  /** Aliases long enough to name a category at the end of a compound word ("Datensicherheit", "cybersecurity"). */
  readonly #tails: string[];

  constructor(aliases: Iterable<string>) {
    this.#aliases = new Set([...aliases].map(normalizeTitle).filter(Boolean));
    this.#tails = [...this.#aliases].filter((alias) => alias.length >= MIN_TAIL && !/\s/u.test(alias));
  }

  matches(title: string): boolean {
    return variantsOf(title).some((variant) => this.has(variant));
  }

  /** Whether one normalised variant is an alias, or a compound word that ends with one. */
  has(variant: string): boolean {
    if (this.#aliases.has(variant)) return true;
    return !/\s/u.test(variant) && this.#tails.some((tail) => variant.length > tail.length + 2 && variant.endsWith(tail));
  }

  get size(): number {
    return this.#aliases.size;
  }
}

/** The shortest alias read at the end of a compound word. */
const MIN_TAIL = 8;
