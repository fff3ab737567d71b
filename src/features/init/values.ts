/**
 * What the templates fill in, read from the config init writes (parsed by the one
 * loader): section titles are the config's own aliases, the categories its required
 * ones, the debt boxes its box texts. A template never spells a title the config
 * would not recognise, and a change of defaults that drops one fails here, loudly.
 */
import type { Config } from '../../config/schema.js';
import type { InitChoices, RegisterChoice } from './choices.js';

export interface TemplateValues {
  readonly choices: InitChoices;
  /** "Business Value": the first business-value alias. */
  readonly valueTitle: string;
  /** "Acceptance Criteria": the PR template's criteria container. */
  readonly criteriaTitle: string;
  /** "Non-functional Requirements": the issue forms' criteria field. */
  readonly formCriteriaTitle: string;
  /** The required categories as titles ("Performance"). */
  readonly categoryTitles: readonly string[];
  /** "Business Impact" and "Cost of Delay": the debt item's impact fields. */
  readonly impactTitle: string;
  readonly costOfDelayTitle: string;
  /** The PR template's debt boxes, as the config spells them. */
  readonly paysDownBox: string;
  readonly introducesBox: string;
  /** How a reference to the register looks ("#123", "DEBT-123", …), for hints. */
  readonly registerExample: string;
  /** Whether the register is this repository's issues (then init writes the debt item form). */
  readonly registerIsIssues: boolean;
}

/** `wanted` as the config lists it, or an error: templates only use titles the rules read. */
function alias(list: readonly string[], wanted: string, key: string): string {
  const found = list.find((entry) => entry.toLowerCase() === wanted.toLowerCase());
  if (found === undefined) throw new Error(`init templates: the config's ${key} no longer lists "${wanted}"`);
  return found;
}

const capitalise = (id: string): string => id.charAt(0).toUpperCase() + id.slice(1).replace(/-/gu, ' ');

/** A sentence-case box text ("Pays down technical debt"). */
const box = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function registerExample(register: RegisterChoice): string {
  switch (register.kind) {
    case 'issues':
      return '#123';
    case 'key':
      return 'the tracker key, e.g. DEBT-123';
    case 'url':
      return `${register.prefix}123`;
    case 'file':
      return `${register.path}#the-item`;
  }
}

export function templateValues(choices: InitChoices, config: Config): TemplateValues {
  const rules = config.rules;
  return {
    choices,
    valueTitle: alias(rules['business-value'].aliases, 'Business Value', 'rules.business-value.aliases'),
    criteriaTitle: alias(rules['nfr-criteria'].aliases, 'Acceptance Criteria', 'rules.nfr-criteria.aliases'),
    formCriteriaTitle: alias(rules['nfr-criteria'].aliases, 'Non-functional Requirements', 'rules.nfr-criteria.aliases'),
    categoryTitles: rules['nfr-criteria'].required.map(capitalise),
    impactTitle: alias(rules['debt-impact'].aliases, 'Business Impact', 'rules.debt-impact.aliases'),
    costOfDelayTitle: alias(rules['debt-impact'].aliases, 'Cost of Delay', 'rules.debt-impact.aliases'),
    paysDownBox: box(alias(rules['debt-link']['pays-down-box'], 'pays down technical debt', 'rules.debt-link.pays-down-box')),
    introducesBox: box(alias(rules['debt-link']['introduces-box'], 'introduces technical debt', 'rules.debt-link.introduces-box')),
    registerExample: registerExample(choices.register),
    registerIsIssues: choices.register.kind === 'issues',
  };
}

/** A value as YAML: a plain scalar when that reads unambiguously, else JSON (which YAML reads as a flow scalar or sequence). */
export function yamlValue(value: string | number | boolean | readonly string[]): string {
  if (Array.isArray(value)) return `[${value.map((item: string) => yamlValue(item)).join(', ')}]`;
  if (typeof value !== 'string') return String(value);
  return /^[a-z][a-z0-9-]*$/u.test(value) && !/^(?:true|false|yes|no|on|off|null|y|n)$/u.test(value) ? value : JSON.stringify(value);
}
