/**
 * The result contract (PRODUCT.md "Result contract"): what `--format json` and the
 * action's `result` output print. The zod schema here is the contract; the types are
 * inferred from it, and tests hold every result to it.
 */
import * as z from 'zod';
import { ruleIds, type RuleId } from '../config/enums.js';

export { ruleIds, type RuleId };

export const statusSchema = z.enum(['pass', 'fail', 'warn', 'skip']);
export type Status = z.infer<typeof statusSchema>;

export const positionSchema = z.strictObject({
  line: z.int().min(1),
  column: z.int().min(1),
});
export type Position = z.infer<typeof positionSchema>;

export const findingSchema = z.strictObject({
  id: z.enum(ruleIds),
  status: statusSchema,
  message: z.string().min(1),
  hint: z.string(),
  position: positionSchema.optional(),
});
export type Finding = z.infer<typeof findingSchema>;

export const criterionSourceSchema = z
  .enum(['label', 'vocabulary'])
  .describe('label: a title names the category (heading, label, table cell); vocabulary: inferred from the words of the criterion.');
export type CriterionSource = z.infer<typeof criterionSourceSchema>;

export const criterionSchema = z.strictObject({
  category: z.string(),
  text: z.string(),
  measurable: z.boolean(),
  checked: z.boolean(),
  source: criterionSourceSchema,
});
export type Criterion = z.infer<typeof criterionSchema>;

export const waiverSchema = z.strictObject({ category: z.string(), reason: z.string() });
export type Waiver = z.infer<typeof waiverSchema>;

export const debtLinkFactSchema = z.strictObject({
  register: z.enum(['github', 'key', 'url', 'file']),
  ref: z.string(),
  url: z.string().optional(),
});
export type DebtLinkFact = z.infer<typeof debtLinkFactSchema>;

export const factsSchema = z.strictObject({
  businessValue: z.strictObject({ present: z.boolean(), text: z.string(), measurable: z.boolean() }),
  nfr: z.strictObject({
    categories: z.array(z.string()),
    criteria: z.array(criterionSchema),
    waived: z.array(waiverSchema),
  }),
  debt: z.strictObject({
    isDebtWork: z.boolean(),
    declaresNewDebt: z.boolean(),
    links: z.array(debtLinkFactSchema),
    impact: z.strictObject({ present: z.boolean(), text: z.string(), measurable: z.boolean() }).optional(),
  }),
});
export type Facts = z.infer<typeof factsSchema>;

export const subjectSchema = z.strictObject({
  kind: z.enum(['pr', 'issue']),
  number: z.int().min(0).optional(),
  title: z.string(),
});
export type Subject = z.infer<typeof subjectSchema>;

export const conclusionSchema = z.enum(['success', 'failure', 'neutral']);
export type Conclusion = z.infer<typeof conclusionSchema>;

export const resultSchema = z.strictObject({
  subject: subjectSchema,
  conclusion: conclusionSchema,
  rules: z.array(findingSchema),
  facts: factsSchema,
});
export type Result = z.infer<typeof resultSchema>;

/**
 * A result as an audit export stores it beside its item: the conclusion, each rule's
 * status and message (no hint or position: the audit shows neither), and the facts.
 * The item carries the subject (kind, number, title).
 */
export const storedCheckSchema = z.strictObject({
  conclusion: conclusionSchema,
  rules: z.array(findingSchema.pick({ id: true, status: true, message: true })),
  facts: factsSchema,
});
export type StoredCheck = z.infer<typeof storedCheckSchema>;

/** The stored form of a result. */
export function storeCheck(result: Result): StoredCheck {
  return {
    conclusion: result.conclusion,
    rules: result.rules.map(({ id, status, message }) => ({ id, status, message })),
    facts: result.facts,
  };
}
