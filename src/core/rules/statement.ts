/** Shared by business-value and debt-impact: a titled statement of enough real words, ideally measurable. */
import type { MeasurableMode } from '../../config/schema.js';
import type { Statement } from '../facts/business-value.js';
import { outcome, quote, type Outcome } from './rule.js';

export interface StatementOptions {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly minWords: number;
  readonly measurable: MeasurableMode;
  readonly example: string;
}

export function statementOutcome(statement: Statement, options: StatementOptions): Outcome {
  const { name, minWords } = options;
  const titles = options.aliases.slice(0, 4).join(', ');
  if (statement.title === undefined) {
    return outcome(
      'fail',
      `expected a ${name} section (${titles}), found none`,
      `Add a "## ${name}" section in business terms, e.g. "${options.example}".`,
    );
  }
  if (statement.words === 0) {
    return outcome(
      'fail',
      `expected at least ${minWords} words of ${name.toLowerCase()}, found an empty ${quote(statement.title)} section`,
      `Replace the placeholder under "${statement.title}" with who benefits and by how much, e.g. "${options.example}".`,
      statement.position,
    );
  }
  if (statement.words < minWords) {
    return outcome(
      'fail',
      `expected at least ${minWords} words of ${name.toLowerCase()}, found ${statement.words}`,
      `Say who benefits, how, and by how much, e.g. "${options.example}".`,
      statement.position,
    );
  }
  if (!statement.quantity && options.measurable !== 'off') {
    return outcome(
      options.measurable === 'require' ? 'fail' : 'warn',
      `expected a measurable ${name.toLowerCase()} (a number with a unit tied to a metric), found none in ${statement.words} words`,
      `State the effect as a quantity, e.g. "${options.example}".`,
      statement.position,
    );
  }
  const measured = statement.quantity ? `, states ${quote(statement.quantity)}` : '';
  return outcome('pass', `found ${quote(statement.title)}: ${statement.words} words${measured}`, '', statement.position);
}
