/**
 * Title normalisation: section titles and aliases are compared after lower-casing and
 * trimming emoji, numbering ("3.", "AC-1", "(ii)"), Markdown punctuation and trailing
 * colons, so "## 💰 3. Business Value:" and "business value" are the same title.
 */

const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{FE0F}\u{200D}\u{20E3}\u{1F1E6}-\u{1F1FF}]/gu;
const NUMBERING = /^(?:(?:\d+(?:\.\d+)*|[a-z]|[ivx]{1,5})[.)]\s+|\d+(?:\.\d+)*\s+|\(?(?:[ivx]+|\d+)\)\s+|[a-z]{1,4}-\d+[.:)]?\s*|[-*•>#]+\s*)/u;
/** Words a title may add to what it names: "Security considerations", "Performance requirements". */
const GENERIC_TAIL = /\s+(?:considerations?|requirements?|criteria|concerns?|aspects?|notes?|constraints?|goals?|expectations?|impact)$/u;
const EDGE_PUNCTUATION = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;

export function normalizeTitle(title: string): string {
  let text = title.normalize('NFKC').toLowerCase().replace(EMOJI, ' ');
  text = text.replace(/[*_`~]/g, '').replace(EDGE_PUNCTUATION, '').replace(/\s+/g, ' ');
  // Strip numbering repeatedly ("AC-1. 3) Performance").
  for (let i = 0; i < 3; i += 1) {
    const next = text.replace(NUMBERING, '').replace(EDGE_PUNCTUATION, '');
    if (next === text) break;
    text = next;
  }
  // "Non-functional", "Non functional" and "Nonfunctional"-with-a-hyphen are one spelling.
  return text.replace(/\s*&\s*/g, ' and ').replace(/(?<=\p{L})-(?=\p{L})/gu, ' ').trim();
}

/** The ways a normalised title can name something: itself, without a parenthetical, and its parts. */
export function titleVariants(normalized: string): string[] {
  const variants = new Set<string>([normalized]);
  const bare = normalized.replace(/\s*\([^)]*(?:\)|$)\s*/g, ' ').replace(/\s+/g, ' ').trim();
  if (bare) variants.add(bare);
  for (const part of bare.split(/\s*(?:\/|,|;|\||\band\b|\s[-–—]\s)\s*/u)) {
    const trimmed = part.replace(EDGE_PUNCTUATION, '').trim();
    if (trimmed) variants.add(trimmed);
  }
  for (const variant of [...variants]) {
    const short = variant.replace(GENERIC_TAIL, '');
    if (short && short !== variant) variants.add(short);
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

  constructor(aliases: Iterable<string>) {
    this.#aliases = new Set([...aliases].map(normalizeTitle).filter(Boolean));
  }

  matches(title: string): boolean {
    return variantsOf(title).some((variant) => this.#aliases.has(variant));
  }

  get size(): number {
    return this.#aliases.size;
  }
}
