/**
 * The issue forms: a feature request, a debt-register item (when the register is this
 * repository's issues) and a bug report. Each asks for what the rules read — the
 * business value, the non-functional criteria (pre-filled with the required
 * categories' labels, which count as nothing until answered) and, for a debt item, its
 * business impact and cost of delay — under the titles the config knows.
 */
import type { TemplateValues } from '../values.js';
import type { FormField, IssueForm } from './issue-form.js';

/** The criteria field every form ends with: one labelled line per required category. */
function criteriaField(values: TemplateValues, bar: string): FormField {
  return {
    type: 'textarea',
    id: 'non-functional-requirements',
    label: values.formCriteriaTitle,
    description: `${bar} A measurable criterion after each label, or "N/A — <why it does not apply>".`,
    value: values.categoryTitles.map((title) => `- **${title}:**`).join('\n'),
    required: true,
  };
}

export function featureRequestForm(values: TemplateValues): IssueForm {
  return {
    file: '.github/ISSUE_TEMPLATE/feature-request.yml',
    name: 'Feature request',
    description: 'Propose a change, with the value it brings and the bar it must meet.',
    title: '[Feature]: ',
    labels: ['enhancement'],
    intro: 'Each section below is checked by alignment-check: say why this matters to the business and how well it must work.',
    fields: [
      {
        type: 'textarea',
        id: 'business-value',
        label: values.valueTitle,
        description: 'Who benefits, and by how much? A number makes it measurable.',
        placeholder: 'Cuts checkout abandonment by 2 % for 40k monthly buyers, about €30k a month in revenue.',
        required: true,
      },
      {
        type: 'textarea',
        id: 'proposal',
        label: 'Proposal',
        description: 'What should change, for whom?',
        required: true,
      },
      criteriaField(values, 'The non-functional bar the feature must meet.'),
    ],
  };
}

export function debtItemForm(values: TemplateValues): IssueForm {
  const label = values.choices.debtLabel;
  return {
    file: '.github/ISSUE_TEMPLATE/debt-register-item.yml',
    name: 'Debt register item',
    description: `Record technical debt in the register (labelled ${label}), with what it costs the business.`,
    title: '[Debt]: ',
    labels: [label],
    intro: 'A debt item states its cost in business terms, so it can be ranked against features. Each section below is checked by alignment-check.',
    fields: [
      {
        type: 'textarea',
        id: 'business-impact',
        label: values.impactTitle,
        description: 'What does this debt cost today, in numbers: hours lost, incidents, slower delivery, money?',
        placeholder: 'Every traffic peak needs a manual scale-up, about 6 engineer-hours a month, and it caused one 40-minute outage in March.',
        required: true,
      },
      {
        type: 'textarea',
        id: 'cost-of-delay',
        label: values.costOfDelayTitle,
        description: 'What does waiting cost: per month, per release, or the risk that grows?',
        placeholder: 'About €2,000 a month in on-call time and over-provisioned capacity until it is fixed.',
        required: true,
      },
      {
        type: 'input',
        id: 'affected-area',
        label: 'Affected area',
        description: 'The component, service or module that carries the debt.',
        placeholder: 'session store (web tier)',
        required: true,
      },
      {
        type: 'textarea',
        id: 'proposed-fix',
        label: 'Proposed fix',
        description: 'How the debt could be paid down, if you know.',
        required: false,
      },
      criteriaField(values, 'The bar the fix must meet.'),
    ],
  };
}

export function bugReportForm(values: TemplateValues): IssueForm {
  return {
    file: '.github/ISSUE_TEMPLATE/bug-report.yml',
    name: 'Bug report',
    description: 'Report something that does not work, with who it hurts and how much.',
    title: '[Bug]: ',
    labels: ['bug'],
    intro: 'Each section below is checked by alignment-check: say who the bug hurts and what the fix must meet.',
    fields: [
      {
        type: 'textarea',
        id: 'what-happened',
        label: 'What happened',
        description: 'What did you see, and what did you expect?',
        required: true,
      },
      {
        type: 'textarea',
        id: 'steps',
        label: 'Steps to reproduce',
        description: 'The steps that show the bug.',
        placeholder: '1. Open …\n2. Click …\n3. See …',
        required: false,
      },
      {
        type: 'textarea',
        id: 'business-impact',
        label: values.impactTitle,
        description: 'Who is affected, and how much does it cost them or us? A number makes it measurable.',
        placeholder: 'About 300 buyers a day cannot pay by card, roughly €9,000 a day in lost orders.',
        required: true,
      },
      criteriaField(values, 'The bar the fix must meet.'),
      {
        type: 'input',
        id: 'version',
        label: 'Version',
        description: 'The version or commit where you saw it.',
        required: false,
      },
    ],
  };
}
