/**
 * Issue forms (`.github/ISSUE_TEMPLATE/*.yml`) are built from fields; this renders one
 * form as YAML. GitHub turns a submitted form into a body of `### <label>` sections,
 * which is what the rules read, so each field's label is a title the config knows.
 */
export interface FormField {
  readonly type: 'textarea' | 'input' | 'dropdown';
  readonly id: string;
  readonly label: string;
  readonly description: string;
  /** Shown greyed in an empty field; never submitted. */
  readonly placeholder?: string;
  /** Pre-filled text, submitted unless the author changes it (labels with nothing after them count as no content). */
  readonly value?: string;
  readonly options?: readonly string[];
  readonly required: boolean;
}

export interface IssueForm {
  readonly file: string;
  readonly name: string;
  readonly description: string;
  readonly title: string;
  readonly labels: readonly string[];
  readonly intro: string;
  readonly fields: readonly FormField[];
}

const quote = (text: string): string => JSON.stringify(text);

/** `text` as a YAML scalar: quoted on one line, else a block scalar (`|`) indented to `indent` spaces. */
function scalar(text: string, indent: number): string {
  if (!text.includes('\n')) return quote(text);
  const pad = ' '.repeat(indent);
  return `|\n${text
    .trimEnd()
    .split('\n')
    .map((line) => (line === '' ? '' : `${pad}${line}`))
    .join('\n')}`;
}

function field(f: FormField): string {
  const attributes = [
    `      label: ${quote(f.label)}`,
    `      description: ${quote(f.description)}`,
    ...(f.placeholder === undefined ? [] : [`      placeholder: ${scalar(f.placeholder, 8)}`]),
    ...(f.value === undefined ? [] : [`      value: ${scalar(f.value, 8)}`]),
    ...(f.options === undefined ? [] : ['      options:', ...f.options.map((option) => `        - ${quote(option)}`)]),
  ];
  return `  - type: ${f.type}
    id: ${f.id}
    attributes:
${attributes.join('\n')}
    validations:
      required: ${f.required}`;
}

export function renderIssueForm(form: IssueForm): string {
  return `# Checked by alignment-check: each field below is a section the rules read.
name: ${quote(form.name)}
description: ${quote(form.description)}
title: ${quote(form.title)}
labels: [${form.labels.map(quote).join(', ')}]
body:
  - type: markdown
    attributes:
      value: ${scalar(form.intro, 8)}
${form.fields.map(field).join('\n')}
`;
}
