import { VALUE_EXAMPLE } from '../language/own-texts.js';
import type { Rule } from './rule.js';
import { statementOutcome } from './statement.js';

export const businessValue: Rule = {
  id: 'business-value',
  title: 'Business value',
  kinds: ['pr', 'issue'],
  why: 'Reviewers and product owners weigh the change by the value it brings; a stated, measurable value lets them prioritise it and check it landed.',
  check({ analysis, config }) {
    const options = config.rules['business-value'];
    return statementOutcome(analysis.businessValue, {
      name: 'Business Value',
      aliases: options.aliases,
      minWords: options['min-words'],
      measurable: options.measurable,
      example: VALUE_EXAMPLE,
    });
  },
  // The placeholder stays no content until someone writes the value in its place.
  snippet: () => '## Business Value\n\n<who benefits, how, and by how much: the metric and its expected change>\n',
};
