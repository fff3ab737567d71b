/**
 * The engine's front door: a subject and a config in, the result contract out.
 * `analyze` derives the facts; `evaluate` runs the rules and decides the conclusion,
 * so the action can verify debt links through the API between the two.
 */
import type { Config } from '../config/schema.js';
import { analyze, type Analysis, type CheckInput } from './analyze.js';
import { oneLine } from './markdown/text.js';
import type { Conclusion, Facts, Finding, Result } from './result.js';
import { runRules } from './rules/index.js';
import type { LinkVerification } from './rules/rule.js';

export interface EvaluateOptions {
  readonly verification?: ReadonlyMap<string, LinkVerification>;
}

export function check(input: CheckInput, config: Config, options: EvaluateOptions = {}): Result {
  return evaluate(analyze(input, config), config, options);
}

export function evaluate(analysis: Analysis, config: Config, options: EvaluateOptions = {}): Result {
  const rules = runRules(
    options.verification ? { analysis, config, verification: options.verification } : { analysis, config },
  );
  return { subject: analysis.subject, conclusion: conclude(rules, config.mode), rules, facts: factsOf(analysis) };
}

export function conclude(rules: readonly Finding[], mode: Config['mode']): Conclusion {
  if (!rules.some((rule) => rule.status === 'fail')) return 'success';
  return mode === 'enforce' ? 'failure' : 'neutral';
}

const MAX_TEXT = 500;

function factsOf(analysis: Analysis): Facts {
  const { businessValue, nfr, debtWork, links, impact } = analysis;
  const facts: Facts = {
    businessValue: {
      present: businessValue.present,
      text: oneLine(businessValue.text, MAX_TEXT),
      measurable: businessValue.quantity !== undefined,
    },
    nfr: {
      categories: [...nfr.categories],
      criteria: nfr.criteria.map(({ category, text, measurable, checked, source }) => ({
        category,
        text: oneLine(text, MAX_TEXT),
        measurable,
        checked,
        source,
      })),
      waived: nfr.waived.map(({ category, reason }) => ({ category, reason: oneLine(reason, MAX_TEXT) })),
    },
    debt: {
      isDebtWork: debtWork.isDebtWork,
      declaresNewDebt: debtWork.declaresNewDebt,
      links: links.map((link) => ({ ...link })),
    },
  };
  if (analysis.subject.kind === 'issue' && impact.title !== undefined) {
    facts.debt.impact = { present: impact.present, text: oneLine(impact.text, MAX_TEXT), measurable: impact.quantity !== undefined };
  }
  return facts;
}
