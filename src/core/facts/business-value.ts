import type { AliasSet } from '../markdown/normalize.js';
import { contentOf, descendants, type Section } from '../markdown/sections.js';
import { countWords } from '../markdown/text.js';
import type { Position } from '../result.js';
import { measuredSentence } from '../text/measurable.js';

/** A statement section found by its aliases: Business Value, or a debt's Business Impact. */
export interface Statement {
  readonly present: boolean;
  readonly title: string | undefined;
  readonly text: string;
  readonly words: number;
  readonly quantity: string | undefined;
  readonly position: Position | undefined;
}

/**
 * The first section named by an alias that has content (else the first one found).
 * Subsections that are sections of another kind (acceptance criteria nested under
 * the value, say) are not part of the statement.
 */
export function findStatement(root: Section, aliases: AliasSet, isOtherSection: (title: string) => boolean): Statement {
  let first: Statement | undefined;
  const skip = (section: Section): boolean => !aliases.matches(section.title) && isOtherSection(section.title);
  for (const section of descendants(root)) {
    if (!aliases.matches(section.title)) continue;
    const statement = statementOf(section, skip);
    if (statement.words > 0) return statement;
    first ??= statement;
  }
  return first ?? { present: false, title: undefined, text: '', words: 0, quantity: undefined, position: undefined };
}

function statementOf(section: Section, skip: (section: Section) => boolean): Statement {
  const text = contentOf(section, skip);
  const words = countWords(text);
  return {
    present: words > 0,
    title: section.title,
    text,
    words,
    quantity: measuredSentence(text),
    position: section.position,
  };
}
