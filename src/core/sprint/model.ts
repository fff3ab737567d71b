/**
 * The sprint data formats.
 *
 * - The export format (version 2; version 1 is still read): what `alignment-check
 *   sprint --export FILE` and `alignment-check register --export FILE` write and
 *   `--from FILE` reads — the sprint windows and the work items of a repository, and
 *   what the export holds (`holds`). Documented for humans in docs/export-format.md.
 * - The sprint report: what `computeSprintReport` returns, what `--format json`
 *   prints, and what the renderers turn into a comment or terminal text.
 *
 * The zod schemas are the contract; the types are inferred from them.
 */
import { UserError } from '../errors.js';
import * as z from 'zod';
import { formatPath } from '../../config/paths.js';
import { configSchema, sprintSourceSchema, weightKindSchema, type SprintSource, type WeightKind } from '../../config/schema.js';
import { DEBT_SIGNALS } from '../facts/debt-signals.js';
import { debtLinkFactSchema, storedCheckSchema } from '../result.js';

/** An instant: ISO 8601 with `Z` or an offset, e.g. 2026-03-02T09:30:00Z. */
const instant = z.iso.datetime({ offset: true, message: 'expected an ISO 8601 instant such as 2026-03-02T09:30:00Z' });
const repoName = z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'expected owner/name');
const itemRefSchema = z.string().regex(/^[\w.-]+\/[\w.-]+#\d+$/, 'expected owner/repo#123');

// The sprint sources and weight kinds are the config's (one definition each).
export { sprintSourceSchema, weightKindSchema, type SprintSource, type WeightKind };

/** One sprint: [start, end) — the end is exclusive. */
export const sprintWindowSchema = z
  .strictObject({
    id: z.string().min(1).max(200).describe('Milestone number, iteration id, or the first day (cadence).'),
    title: z.string().max(1000),
    start: instant,
    end: instant.describe('Exclusive.'),
    source: sprintSourceSchema,
  })
  .refine((s) => Date.parse(s.start) < Date.parse(s.end), { message: 'a sprint must start before it ends', path: ['end'] });
export type SprintWindow = z.infer<typeof sprintWindowSchema>;

export const itemStateSchema = z.enum(['merged', 'completed', 'closed', 'not_planned', 'duplicate', 'open']);
export type ItemState = z.infer<typeof itemStateSchema>;

export const workItemSchema = z
  .strictObject({
    kind: z.enum(['pr', 'issue', 'redacted']),
    repo: z.string().max(300).describe('owner/name; may be empty for a redacted item.'),
    number: z.int().min(1).optional(),
    title: z.string().optional(),
    url: z.string().optional(),
    labels: z.array(z.string()).default([]),
    body: z
      .string()
      .optional()
      .describe('The description. The exporter leaves it out unless asked (`--with-bodies`): `links` and `impact` carry what the report reads from it.'),
    links: z
      .array(debtLinkFactSchema)
      .optional()
      .describe(
        'The debt-register references found in the (non-blank) body at export time; when present, classification uses them and does not read `body`.',
      ),
    completedAt: instant.optional().describe('mergedAt for a PR, closedAt for an issue.'),
    state: itemStateSchema.optional(),
    closes: z
      .array(z.string().regex(/^(?:[\w.-]+\/[\w.-]+)?#\d+$/, 'expected owner/repo#123 (or #123 for the same repository)'))
      .default([])
      .describe('Issues a PR closes.'),
    additions: z.int().min(0).optional(),
    deletions: z.int().min(0).optional(),
    points: z.number().min(0).optional().describe('Story points from a Projects number field.'),
    iteration: z.string().optional().describe('The Projects iteration id of the item.'),
    impact: z
      .union([z.string(), z.strictObject({ text: z.string(), measurable: z.boolean() })])
      .optional()
      .describe('The business-impact line of the register issue the item pays down (text, or text and whether it is measurable).'),
    createdAt: instant
      .optional()
      .describe('When the PR or issue was opened: when a register item came in (version 2), and the window an audit export reads.'),
    // Audit exports (`alignment-check audit --export`): by whom the item was opened, and the check's result.
    author: z.string().max(100).optional().describe('The author\'s login; ghost for a deleted account (audit exports).'),
    draft: z.boolean().optional().describe('A draft PR (audit exports).'),
    check: storedCheckSchema
      .optional()
      .describe('The check\'s result under the export\'s config (audit exports): the audit reads it instead of the body.'),
    debt: z
      .strictObject({
        tickedBox: z.boolean().describe('A ticked "pays down debt" box.'),
        statedPurpose: z.boolean().describe('The body says the work pays down technical debt.'),
        declaresNewDebt: z.boolean().describe('A ticked "introduces debt" box, or a sentence that records new debt.'),
      })
      .optional()
      .describe('What the (non-blank) body says of debt work, read at export time (version 2); with it, classification reads no body.'),
    workedOnBy: z
      .array(itemRefSchema)
      .optional()
      .describe('For an open register item: the PRs that referenced it or are linked to it (owner/repo#123), latest last.'),
  })
  .superRefine((item, ctx) => {
    if (item.kind !== 'redacted') {
      if (!repoName.safeParse(item.repo).success) ctx.addIssue({ code: 'custom', message: 'expected owner/name', path: ['repo'] });
      if (item.number === undefined) ctx.addIssue({ code: 'custom', message: `${item.kind === 'pr' ? 'a PR' : 'an issue'} needs its number`, path: ['number'] });
    } else if (item.iteration === undefined && item.completedAt === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'a redacted item needs its iteration or its completedAt, or no sprint can hold it',
        path: ['iteration'],
      });
    }
  });
export type WorkItem = z.output<typeof workItemSchema>;
export type WorkItemInput = z.input<typeof workItemSchema>;

/** The version this build writes; it reads 1 and 2. */
export const EXPORT_VERSION = 2;

/**
 * What an export holds: `sprint-work` — the work finished in its sprints and its
 * partners (what a sprint report needs); `debt-in` — the register items opened in its
 * sprints and the PRs' new-debt facts (what the report's debt flow needs);
 * `register` — every open item of the debt register at `exportedAt` (the board).
 */
export const exportContentSchema = z.enum(['sprint-work', 'debt-in', 'register']);
export type ExportContent = z.infer<typeof exportContentSchema>;

export const auditKindSchema = z.enum(['pr', 'issue']);
export type AuditKind = z.infer<typeof auditKindSchema>;

/**
 * What an audit export covers (`alignment-check audit --export`): the PRs and issues
 * opened in [since, until], of these kinds, each checked under `config` (the config
 * the export was made with, whole: an audit of the file uses it unless told otherwise).
 */
export const auditScopeSchema = z
  .strictObject({
    since: instant.describe('The first instant of the window (inclusive).'),
    until: instant.describe('The last instant of the window (inclusive): the moment of the export.'),
    kinds: z.array(auditKindSchema).min(1),
    config: configSchema.describe('The config every item\'s `check` was computed under.'),
    unreadable: z.int().min(0).default(0).describe('Items of the window the token could not read (not in `items`).'),
  })
  .refine((s) => Date.parse(s.since) <= Date.parse(s.until), { message: 'the window must start before it ends', path: ['until'] });
export type AuditScope = z.output<typeof auditScopeSchema>;

export const sprintExportSchema = z.strictObject({
  version: z.union([z.literal(1), z.literal(2)], { message: `unsupported export version (this build reads versions 1 and ${EXPORT_VERSION})` }),
  repo: repoName,
  exportedAt: instant,
  holds: z
    .array(exportContentSchema)
    .optional()
    .describe('What the export holds (version 2); absent: the work of its sprints only (what version 1 held).'),
  sprints: z.array(sprintWindowSchema),
  items: z.array(workItemSchema),
  audit: auditScopeSchema.optional().describe('Audit exports only: the window read and the config of the checks.'),
});
export type SprintExport = z.output<typeof sprintExportSchema>;
export type SprintExportInput = z.input<typeof sprintExportSchema>;

/** What an export holds: its `holds`, or (version 1, or no `holds`) the work of its sprints only. */
export const exportHolds = (data: Pick<SprintExport, 'holds'>): readonly ExportContent[] => data.holds ?? ['sprint-work'];

/** A bad export file: `issues` name the key, e.g. `items[3].completedAt: expected …`. */
export class SprintExportError extends UserError {
  override readonly name = 'SprintExportError';
  readonly issues: readonly string[];
  constructor(source: string, issues: readonly string[]) {
    super(`${source}: not a valid sprint export:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.issues = issues;
  }
}

/** Validate parsed JSON as a sprint export; throws SprintExportError naming the keys at fault. */
export function parseSprintExport(data: unknown, source = 'export'): SprintExport {
  const parsed = sprintExportSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.slice(0, 20).map((i) => `${formatPath(i.path) || '(top level)'}: ${i.message}`);
  if (parsed.error.issues.length > 20) issues.push(`… and ${parsed.error.issues.length - 20} more`);
  throw new SprintExportError(source, issues);
}

// ---------------------------------------------------------------------------
// The sprint report
// ---------------------------------------------------------------------------


/** below: under the band (0 % always is); within; above; none: no ratio (nothing weighed). */
export const verdictSchema = z.enum(['below', 'within', 'above', 'none']);
export type Verdict = z.infer<typeof verdictSchema>;

/**
 * ok: a ratio; no-work: nothing finished in the sprint; nothing-classified: items
 * finished but none could be classified (unclassified or redacted); no-weight: the
 * classified work weighs nothing (e.g. weight `changes` and only issues).
 */
export const reportStatusSchema = z.enum(['ok', 'no-work', 'nothing-classified', 'no-weight']);
export type ReportStatus = z.infer<typeof reportStatusSchema>;

const impactSchema = z.strictObject({
  text: z.string(),
  measurable: z.boolean(),
  source: z.enum(['item', 'body']).describe('item: the export carried it; body: read from a body.'),
});

export const reportItemSchema = z.strictObject({
  ref: z.string().describe('owner/repo#123'),
  kind: z.enum(['pr', 'issue']),
  title: z.string().optional(),
  url: z.string().optional(),
  labels: z.array(z.string()),
  weight: z.number(),
  /** Refs of the PRs and issues merged into this unit of work (beyond `ref`). */
  merged: z.array(z.string()),
});
export type ReportItem = z.infer<typeof reportItemSchema>;

export const debtSignalSchema = z.enum(DEBT_SIGNALS);

/** One signal that makes a unit debt work, and the item of the unit it came from. */
export const unitSignalSchema = z.strictObject({
  kind: debtSignalSchema,
  /** The label, the title type, `title` or `body` (a stated purpose), the box, or the register reference. */
  evidence: z.string(),
  via: z.string().optional().describe('owner/repo#123 of the item that carries the signal, when it is not the unit\'s own (e.g. the issue a PR closes).'),
  viaKind: z.enum(['pr', 'issue']).optional(),
});
export type UnitSignal = z.infer<typeof unitSignalSchema>;

export const debtReportItemSchema = reportItemSchema.extend({
  /** The first signal's kind. */
  reason: debtSignalSchema,
  /** The evidence of every signal, first signal first (labels, title types, register references …). */
  evidence: z.array(z.string()),
  signals: z.array(unitSignalSchema),
  impact: impactSchema.nullable(),
});
export type DebtReportItem = z.infer<typeof debtReportItemSchema>;

/** Debt that came in: a register item opened in the sprint, or a PR merged in it that declares new debt. */
export const debtInItemSchema = z.strictObject({
  ref: z.string(),
  kind: z.enum(['pr', 'issue']),
  title: z.string().optional(),
  url: z.string().optional(),
  labels: z.array(z.string()),
  weight: z.number(),
  reason: z.enum(['register-item', 'declares-new-debt']),
});
export type DebtInItem = z.infer<typeof debtInItemSchema>;

const flowPart = z.strictObject({ items: z.int(), weight: z.number() });
export type FlowPart = z.infer<typeof flowPart>;

export const unknownItemSchema = z.strictObject({
  repo: z.string().optional(),
  iteration: z.string().optional(),
  completedAt: z.string().optional(),
});
export type UnknownItem = z.infer<typeof unknownItemSchema>;

export const sprintSummarySchema = z.strictObject({
  key: z.string(),
  title: z.string(),
  start: z.string(),
  end: z.string(),
  ratio: z.number().nullable(),
  debtWeight: z.number(),
  weight: z.number().describe('The classified weight: the denominator of the ratio.'),
  verdict: verdictSchema,
  status: reportStatusSchema,
  // Version 2 of the report; earlier reports' summaries lack them.
  debtItems: z.int().optional(),
  inItems: z.int().nullable().optional().describe('Debt that came in (count); null: unknown (the data has no creation dates).'),
  inWeight: z.number().nullable().optional(),
});
export type SprintSummary = z.infer<typeof sprintSummarySchema>;

export const REPORT_VERSION = 2;

export const sprintReportSchema = z.strictObject({
  version: z.literal(REPORT_VERSION),
  key: z.string().describe('Stable key of the sprint: the comment marker is keyed by it.'),
  sprint: z.strictObject({
    id: z.string(),
    title: z.string(),
    start: z.string(),
    end: z.string(),
    source: sprintSourceSchema,
  }),
  timeZone: z.string(),
  firstDay: z.iso.date(),
  lastDay: z.iso.date().describe('The last day inside the sprint (the end is exclusive).'),
  inProgress: z.boolean().describe('The sprint had not ended at `now`: the numbers are "so far".'),
  weight: weightKindSchema,
  band: z.strictObject({ min: z.number(), max: z.number() }),
  totals: z.strictObject({
    units: z.int().describe('Finished units of work (a PR and the issues it closes are one unit).'),
    debtItems: z.int(),
    otherItems: z.int(),
    unclassifiedItems: z.int(),
    unknownItems: z.int().describe('Redacted items: the token cannot see them.'),
    weight: z.number().describe('Classified weight = debtWeight + otherWeight: the denominator.'),
    debtWeight: z.number(),
    otherWeight: z.number(),
    unclassifiedWeight: z.number(),
    fallbackItems: z.int().describe('Units in the ratio that had no points and were given the fallback (weight `points`).'),
    fallbackPoints: z.number(),
    noChangesItems: z.int().describe('Units in the ratio without line counts, weighed 0 (weight `changes`).'),
  }),
  flow: z
    .strictObject({
      in: flowPart.nullable().describe('Debt that came in: register items opened and PRs merged that declare new debt; null when the data cannot tell (no creation dates).'),
      out: flowPart.describe('Debt paid down: the debt work finished (= totals.debtItems, totals.debtWeight).'),
      net: flowPart.nullable().describe('in − out: positive when the register grew.'),
    })
    .describe('The debt that came in against the debt paid down.'),
  ratio: z.number().nullable().describe('debtWeight ÷ weight; null when nothing was weighed.'),
  status: reportStatusSchema,
  verdict: verdictSchema,
  zero: z.boolean().describe('No debt work at all: always flagged.'),
  flagged: z.boolean().describe('Outside the band: below (0 % always is) or above.'),
  message: z.string(),
  debt: z.array(debtReportItemSchema),
  debtIn: z.array(debtInItemSchema).nullable(),
  unclassified: z.array(reportItemSchema),
  unknown: z.array(unknownItemSchema),
  trend: z.array(sprintSummarySchema).describe('The last N sprints, oldest first, this one last.'),
});
export type SprintReport = z.infer<typeof sprintReportSchema>;
