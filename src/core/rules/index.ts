/**
 * The rule registry: every rule, in the order results are reported (the order of
 * `rules` in the config schema), run with the on/off and applicability its options in
 * the config give it. Adding a rule: its file here, its options in the config schema,
 * and its line below.
 */
import type { Config, RuleId } from '../../config/schema.js';
import type { Finding } from '../result.js';
import { businessValue } from './business-value.js';
import { debtImpact } from './debt-impact.js';
import { debtLink } from './debt-link.js';
import { nfrCriteria } from './nfr-criteria.js';
import type { Rule, RuleContext } from './rule.js';

const registry: Readonly<Record<RuleId, Rule>> = {
  'business-value': businessValue,
  'nfr-criteria': nfrCriteria,
  'debt-link': debtLink,
  'debt-impact': debtImpact,
};

/** Every rule, in the order of the config schema's `rules`. */
export const rules: readonly Rule[] = Object.values(registry);

/** A rule by id. */
export const ruleById = (id: RuleId): Rule => registry[id];

/** Whether the config turns the rule on. */
export function isEnabled(rule: Rule, config: Config): boolean {
  return config.rules[rule.id].enabled;
}

/** The subjects the rule checks under this config: its kinds, narrowed by `applies-to` where the rule has one. */
export function appliesTo(rule: Rule, config: Config): ReadonlyArray<'pr' | 'issue'> {
  const options = config.rules[rule.id];
  return 'applies-to' in options ? options['applies-to'].filter((kind) => rule.kinds.includes(kind)) : rule.kinds;
}

/** What to do about a body the engine would not read (markdown/parse.ts `unreadable`). */
export const UNREADABLE_HINT =
  'Shorten the body, or move long logs, tables and generated text into an attachment or a linked file, then edit the body to check again.';

/** Runs every rule; a body too complex to read fails every rule that runs, with the reason. */
export function runRules(context: RuleContext): Finding[] {
  const kind = context.analysis.subject.kind;
  return rules.map((rule): Finding => {
    if (!isEnabled(rule, context.config)) {
      return { id: rule.id, status: 'skip', message: 'disabled in the config', hint: '' };
    }
    const kinds = appliesTo(rule, context.config);
    if (!kinds.includes(kind)) {
      const names = kinds.map((candidate) => (candidate === 'pr' ? 'pull requests' : 'issues')).join(' and ');
      return { id: rule.id, status: 'skip', message: `applies to ${names || 'nothing'} only`, hint: '' };
    }
    const tooComplex = context.analysis.unreadable;
    if (tooComplex !== undefined) return { id: rule.id, status: 'fail', message: tooComplex, hint: UNREADABLE_HINT };
    const outcome = rule.check(context);
    return outcome.position
      ? { id: rule.id, status: outcome.status, message: outcome.message, hint: outcome.hint, position: outcome.position }
      : { id: rule.id, status: outcome.status, message: outcome.message, hint: outcome.hint };
  });
}
