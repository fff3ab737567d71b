/**
 * The audit report: what `computeAudit` returns, what `alignment-check audit --format
 * json` prints and the action's `audit` output holds, and what the renderers turn into
 * Markdown or terminal text. The zod schema is the contract (docs/audit.md describes
 * it); the types are inferred from it.
 *
 * Shares are numbers from 0 to 1, `null` when their denominator is 0 (never a division
 * by zero).
 */
import * as z from 'zod';
import { modeSchema, ruleIds } from '../../config/schema.js';
import { auditKindSchema } from '../sprint/model.js';

export const AUDIT_REPORT_VERSION = 1;

const share = z.number().min(0).max(1).nullable();

export const auditRuleSchema = z.strictObject({
  id: z.enum(ruleIds),
  applied: z.int().describe('Audited items the rule applied to (its status was not skip).'),
  pass: z.int(),
  warn: z.int(),
  fail: z.int(),
  passing: share.describe('(pass + warn) ÷ applied: the share the rule would not fail.'),
});
export type AuditRule = z.infer<typeof auditRuleSchema>;

export const auditCategorySchema = z.strictObject({
  id: z.string(),
  required: z.boolean().describe('The config audited under requires it.'),
  criteria: z.int().describe('Items with at least one criterion of this category.'),
  waived: z.int().describe('Items that waive it with a reason.'),
  coverage: share.describe('criteria ÷ audited items.'),
  addressed: share.describe('(criteria + waived) ÷ audited items: what `required` counts.'),
});
export type AuditCategory = z.infer<typeof auditCategorySchema>;

export const itemRefSchema = z.strictObject({
  ref: z.string().describe('owner/repo#123'),
  kind: auditKindSchema,
  title: z.string(),
  url: z.string().optional(),
});
export type ItemRef = z.infer<typeof itemRefSchema>;

export const auditReasonSchema = z.strictObject({
  rule: z.enum(ruleIds),
  reason: z.string().describe('The rule\'s message with the details of one item taken out (quoted text, parentheses, counts found).'),
  count: z.int(),
  share: share.describe('count ÷ audited items.'),
  example: itemRefSchema.describe('The most recently opened item that failed for this reason.'),
});
export type AuditReason = z.infer<typeof auditReasonSchema>;

export const trendBucketSchema = z.strictObject({
  key: z.string().describe('YYYY-MM for a month; the sprint key (milestone-12) for a sprint.'),
  title: z.string(),
  start: z.string(),
  end: z.string().describe('Exclusive.'),
  items: z.int(),
  passing: z.int().describe('Items no rule fails.'),
  passingShare: share,
  measurableValue: share.describe('Share stating a measurable business value.'),
  rules: z.record(z.string(), share).describe('Per rule id: its passing share among the bucket\'s items it applied to.'),
});
export type TrendBucket = z.infer<typeof trendBucketSchema>;

export const recommendationSchema = z.strictObject({
  mode: modeSchema,
  businessValueMeasurable: z.enum(['warn', 'require']),
  required: z.array(z.string()).describe('Categories to require first: addressed by at least half of the items today.'),
  next: z.array(z.string()).describe('The other categories that appear, most addressed first: candidates for later.'),
  minCategories: z.int().min(0),
  current: z
    .strictObject({
      mode: modeSchema,
      businessValueMeasurable: z.enum(['off', 'warn', 'require']),
      required: z.array(z.string()),
      minCategories: z.int().min(0),
    })
    .describe('The same settings in the config audited under.'),
  yaml: z.string().describe('The change as a fragment of .github/alignment.yml, each line with the figure behind it.'),
});
export type Recommendation = z.infer<typeof recommendationSchema>;

export const auditReportSchema = z.strictObject({
  version: z.literal(AUDIT_REPORT_VERSION),
  repo: z.string(),
  since: z.string(),
  until: z.string(),
  kinds: z.array(auditKindSchema),
  timeZone: z.string(),
  mode: modeSchema.describe('The mode of the config audited under.'),
  totals: z.strictObject({
    read: z.int().describe('PRs and issues opened in the window, of the kinds asked for.'),
    audited: z.int().describe('read − skipped: the denominator of every share below.'),
    skipped: z.int().describe('Items the config skips (skip.authors, skip.drafts, skip.labels).'),
    unreadable: z.int().describe('Items of the window the token could not read.'),
    prs: z.int(),
    issues: z.int(),
    passing: z.int().describe('Audited items no rule fails.'),
    passingShare: share,
  }),
  skipped: z.array(z.strictObject({ setting: z.enum(['authors', 'drafts', 'labels']), value: z.string(), count: z.int() })),
  rules: z.array(auditRuleSchema),
  businessValue: z.strictObject({
    items: z.int(),
    stated: z.int().describe('Items with a business value section that has content.'),
    measurable: z.int().describe('Items whose business value states a quantity.'),
    statedShare: share,
    measurableShare: share,
  }),
  nfr: z.strictObject({
    items: z.int(),
    withCriteria: z.int().describe('Items with at least one criterion.'),
    withWaiver: z.int().describe('Items that waive at least one category with a reason.'),
    waivers: z.int().describe('Waivers in all.'),
    categories: z.array(auditCategorySchema).describe('Every category of the config, most addressed first.'),
    atLeast: z.array(z.int()).describe('[k]: items that address at least k categories (criteria or waiver), k = 0, 1, 2, …'),
  }),
  debt: z.strictObject({
    prs: z.int().describe('Audited PRs.'),
    debtWork: z.int().describe('PRs that are debt work or declare new debt.'),
    linked: z.int().describe('Of those, the ones that link the debt register.'),
    unlinked: z.int(),
    linkedShare: share,
  }),
  trend: z.strictObject({
    by: z.enum(['month', 'sprint']),
    buckets: z.array(trendBucketSchema),
    outside: z.int().describe('Audited items in no bucket (by sprint: opened between or outside the sprints).'),
  }),
  reasons: z.array(auditReasonSchema).describe('The ten most common reasons for failing, most common first.'),
  recommendation: recommendationSchema,
});
export type AuditReport = z.infer<typeof auditReportSchema>;
