import type { TitleSet } from './matchers.js';
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
 * The section named by an alias that holds the statement: a heading before a label,
 * a label before a list item or table row ("- Value: 30 minutes" in a settings list
 * is not the business value when a "## Business Value" section exists), the first
 * with content at that rank (else the first found). Subsections that are sections of
 * another kind — acceptance criteria nested under the value, say — are not part of it.
 */
export function findStatement(root: Section, aliases: TitleSet, isOtherSection: (title: string) => boolean): Statement {
  const skip = (section: Section): boolean => !aliases.matches(section.title) && isOtherSection(section.title);
  let best: { statement: Statement; rank: number } | undefined;
  let first: Statement | undefined;
  for (const section of descendants(root)) {
    if (!aliases.matches(section.title)) continue;
    const statement = statementOf(section, skip);
    first ??= statement;
    const rank = RANK[section.kind];
    if (statement.words > 0 && (!best || rank < best.rank)) best = { statement, rank };
  }
  return best?.statement ?? first ?? { present: false, title: undefined, text: '', words: 0, quantity: undefined, position: undefined };
}

const RANK: Record<Section['kind'], number> = { root: 3, heading: 0, label: 1, item: 2, row: 2 };

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
