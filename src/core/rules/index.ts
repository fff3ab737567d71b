import type { Finding } from '../result.js';
import { businessValue } from './business-value.js';
import { debtImpact } from './debt-impact.js';
import { debtLink } from './debt-link.js';
import { nfrCriteria } from './nfr-criteria.js';
import type { Rule, RuleContext } from './rule.js';

/** Every rule, in the order results are reported. */
export const rules: readonly Rule[] = [businessValue, nfrCriteria, debtLink, debtImpact];

export function runRules(context: RuleContext): Finding[] {
  const kind = context.analysis.subject.kind;
  return rules.map((rule): Finding => {
    if (!rule.enabled(context.config)) {
      return { id: rule.id, status: 'skip', message: 'disabled in the config', hint: '' };
    }
    if (!rule.kinds.includes(kind) || !rule.appliesTo(context.config).includes(kind)) {
      const kinds = rule.appliesTo(context.config).filter((candidate) => rule.kinds.includes(candidate));
      const names = kinds.map((candidate) => (candidate === 'pr' ? 'pull requests' : 'issues')).join(' and ');
      return { id: rule.id, status: 'skip', message: `applies to ${names || 'nothing'} only`, hint: '' };
    }
    const outcome = rule.check(context);
    return outcome.position
      ? { id: rule.id, status: outcome.status, message: outcome.message, hint: outcome.hint, position: outcome.position }
      : { id: rule.id, status: outcome.status, message: outcome.message, hint: outcome.hint };
  });
}
