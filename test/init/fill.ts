/**
 * Filling in what init writes, as people do: the PR template's sections get text under
 * their headings; an issue form is submitted as GitHub renders it — `### <label>`, a
 * blank line and the answer per field, `_No response_` for a field left empty (its
 * pre-filled value, if any, is submitted as it stands).
 */
import * as z from 'zod';
import { parse as parseYaml } from 'yaml';

/** A measurable criterion per built-in category, written as a reviewer would. */
export const SAMPLE_CRITERIA: Record<string, string> = {
  performance: 'p95 of the quote call stays under 300 ms at 50 requests per second',
  security: 'quotes are returned only to the signed-in buyer; a request without a valid session gets 401',
  reliability: '99.9 % of quote requests succeed over 30 days, with retries on a carrier timeout',
  scalability: 'the quote service scales from 2 to 10 pods with no error above 0.1 %',
  maintainability: 'the carrier adapters stay under 200 lines each, with 90 % line coverage',
  accessibility: 'every control is reachable by keyboard and meets WCAG 2.1 AA contrast (4.5:1)',
  observability: 'quote latency and error rate are exported as metrics, with an alert at 1 % errors for 5 minutes',
  compliance: 'no card data is stored; the flow stays within PCI DSS SAQ A scope',
  usability: '90 % of test buyers pick a shipping option in under 10 seconds',
};

export const SAMPLE_VALUE = 'Cuts checkout abandonment by 2 % for our 40k monthly buyers, about €30k a month in revenue.';
export const SAMPLE_IMPACT =
  'Every traffic peak needs a manual scale-up, about 6 engineer-hours a month, and the store caused one 40-minute outage in March.';

/**
 * The PR template with `answers[heading]` written under each heading (after its hint
 * comment), and the text after a label line replaced (`Debt register item:`).
 */
export function fillMarkdown(template: string, answers: Readonly<Record<string, string>>, edits: ReadonlyArray<readonly [string, string]> = []): string {
  const lines = template.split('\n');
  const out: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    out.push(line);
    const heading = /^#{1,6}\s+(.+?)\s*$/u.exec(line)?.[1];
    if (heading === undefined || answers[heading] === undefined) continue;
    if (lines[index + 1]?.startsWith('<!--')) out.push(lines[++index] ?? '');
    out.push(answers[heading]);
  }
  return edits.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`the template has no "${from}"`);
    return text.replace(from, to);
  }, out.join('\n'));
}

/** The shape of a GitHub issue form, as far as init writes it (GitHub's documented syntax; unknown keys refused). */
const attributes = z.strictObject({
  label: z.string().min(1),
  description: z.string().optional(),
  placeholder: z.string().optional(),
  value: z.string().optional(),
  options: z.array(z.string().min(1)).min(1).optional(),
});
const formSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().min(1),
  title: z.string().optional(),
  labels: z.array(z.string().min(1)).optional(),
  body: z
    .array(
      z.union([
        z.strictObject({ type: z.literal('markdown'), attributes: z.strictObject({ value: z.string().min(1) }) }),
        z.strictObject({
          type: z.enum(['textarea', 'input', 'dropdown']),
          id: z.string().regex(/^[a-z0-9_-]+$/u),
          attributes,
          validations: z.strictObject({ required: z.boolean() }).optional(),
        }),
      ]),
    )
    .min(1),
});
export type IssueFormFile = z.infer<typeof formSchema>;

/** Parses and checks an issue form: throws, naming the problem, when it is not one. */
export function readIssueForm(text: string): IssueFormFile {
  const form = formSchema.parse(parseYaml(text));
  const ids = form.body.flatMap((item) => ('id' in item ? [item.id] : []));
  if (new Set(ids).size !== ids.length) throw new Error(`duplicate field ids: ${ids.join(', ')}`);
  const labels = form.body.flatMap((item) => (item.type === 'markdown' ? [] : [item.attributes.label]));
  if (new Set(labels).size !== labels.length) throw new Error(`duplicate field labels: ${labels.join(', ')}`);
  return form;
}

/**
 * The body GitHub makes of a submitted form: each field's answer (`answers[id]`), else
 * its pre-filled value, else `_No response_`.
 */
export function submitForm(form: IssueFormFile, answers: Readonly<Record<string, string>>): string {
  return form.body
    .flatMap((item) => {
      if (item.type === 'markdown') return [];
      const answer = (answers[item.id] ?? item.attributes.value ?? '').trim();
      return [`### ${item.attributes.label}\n\n${answer === '' ? '_No response_' : answer}`];
    })
    .join('\n\n');
}

/** The pre-filled criteria field answered: a criterion after each `**Category:**` label. */
export function answerCriteria(prefilled: string): string {
  return prefilled.replace(/^- \*\*(.+?):\*\*\s*$/gmu, (_line, title: string) => {
    const criterion = SAMPLE_CRITERIA[title.toLowerCase()];
    if (criterion === undefined) throw new Error(`no sample criterion for "${title}"`);
    return `- **${title}:** ${criterion}`;
  });
}
