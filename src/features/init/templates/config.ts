/** `.github/alignment.yml`: the policy, with the modeline that gives editors completion. */
import { CONFIG_DOCS_URL, NPX, SCHEMA_MODELINE } from '../../../config/project-home.js';
import { registerEntry, type InitChoices } from '../choices.js';
import { yamlValue } from '../values.js';

function register(choices: InitChoices): string {
  const entry = registerEntry(choices.register, choices.debtLabel);
  if ('github' in entry) return `- github: { label: ${yamlValue(choices.debtLabel)} }   # issues of this repository labelled ${choices.debtLabel}`;
  if ('key' in entry) return `- key: ${yamlValue(entry.key)}   # an external tracker's keys`;
  if ('url' in entry) return `- url: ${yamlValue(entry.url)}   # an external tracker's URLs`;
  return `- file: ${yamlValue(entry.file)}   # a register file in this repository`;
}

function sprints(choices: InitChoices): string {
  if (choices.sprints === 'none') return '';
  const source =
    choices.sprints === 'cadence'
      ? `  source: cadence             # sprints of a fixed length
  cadence: { start: ${yamlValue(choices.sprintStart ?? '')}, days: ${choices.sprintDays} }`
      : `  source: milestone           # one milestone per sprint; the report runs when it closes`;
  return `
# The sprint debt report: the share of each sprint's finished work that paid down debt.
sprints:
${source}
  debt: { labels: ${yamlValue([choices.debtLabel])} }
  target: { min: 0.15, max: 0.25 }   # the healthy band; 0 % is always flagged
`;
}

export function configTemplate(choices: InitChoices): string {
  return `${SCHEMA_MODELINE}
# alignment-check: what every pull request and issue must state.
# Every key is optional; all of them, with their defaults: ${CONFIG_DOCS_URL}
# Check this file with: ${NPX} config validate

# enforce: a failing rule fails the check; advisory: the check is neutral.
mode: ${choices.mode}

# Not checked: bots, and PRs or issues labelled skip-alignment.
skip:
  authors: ${yamlValue(['dependabot[bot]', 'renovate[bot]'])}
  labels: [skip-alignment]

rules:
  # A "Business Value" section: who benefits, and by how much.
  business-value:
    min-words: 8
    measurable: warn
  # Non-functional acceptance criteria: a criterion for each required category
  # (or "N/A — reason").
  nfr-criteria:
    required: ${yamlValue(choices.required)}
    min-categories: ${choices.required.length}
  # Debt work (the ${choices.debtLabel} label, a refactor: or debt: title, a ticked debt box)
  # links to the debt register.
  debt-link:
    labels: ${yamlValue([choices.debtLabel])}
    registers:
      ${register(choices)}
  # Issues in the register state what the debt costs, in business terms.
  debt-impact:
    labels: ${yamlValue([choices.debtLabel])}
${sprints(choices)}`;
}
