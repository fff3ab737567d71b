import type { Rule } from './rule.js';
import { statementOutcome } from './statement.js';

const EXAMPLE = 'cuts checkout abandonment by 3% in the €1M EU segment';

export const businessValue: Rule = {
  id: 'business-value',
  kinds: ['pr', 'issue'],
  why: 'Reviewers and product owners weigh the change by the value it brings; a stated, measurable value lets them prioritise it and check it landed.',
  enabled: (config) => config.rules['business-value'].enabled,
  appliesTo: (config) => config.rules['business-value']['applies-to'],
  check({ analysis, config }) {
    const options = config.rules['business-value'];
    return statementOutcome(analysis.businessValue, {
      name: 'Business Value',
      aliases: options.aliases,
      minWords: options['min-words'],
      measurable: options.measurable,
      example: EXAMPLE,
    });
  },
  snippet: () => `## Business Value\n\n<!-- Who benefits, how, and by how much? -->\n${EXAMPLE[0]?.toUpperCase()}${EXAMPLE.slice(1)}.\n`,
};
