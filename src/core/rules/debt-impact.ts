import { IMPACT_EXAMPLE } from '../language/own-texts.js';
import { outcome, type Rule } from './rule.js';
import { statementOutcome } from './statement.js';

export const debtImpact: Rule = {
  id: 'debt-impact',
  title: 'Debt business impact',
  kinds: ['issue'],
  why: 'A debt register is prioritised by business impact; debt stated in business terms ("slows delivery by 3 days") competes fairly with features.',
  check({ analysis, config }) {
    const options = config.rules['debt-impact'];
    const wanted = new Set(options.labels.map((label) => label.toLowerCase()));
    if (!analysis.labels.some((label) => wanted.has(label.toLowerCase()))) {
      return outcome('skip', `not a debt register issue (no ${options.labels.join(' or ')} label)`, '');
    }
    return statementOutcome(analysis.impact, {
      name: 'Business Impact',
      aliases: options.aliases,
      minWords: options['min-words'],
      measurable: options.measurable,
      example: IMPACT_EXAMPLE,
    });
  },
  snippet: () => '## Business Impact\n\n<what this debt costs the business, in numbers: hours a month, incidents, days of delay>\n',
};
