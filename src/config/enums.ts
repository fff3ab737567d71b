/**
 * The config's small vocabularies — rule ids, modes, comment policies, sprint sources,
 * weights — apart from the schema (schema.ts uses and re-exports them), so the PR
 * check, which reads no config file unless there is one, does not build the whole
 * config schema to know them.
 */
import * as z from 'zod';

/** The rule ids, in the order results are reported (schema.ts's `rules` holds one entry per id, a type check says so). */
export const ruleIds = ['business-value', 'nfr-criteria', 'debt-link', 'debt-impact'] as const satisfies readonly [string, ...string[]];
export type RuleId = (typeof ruleIds)[number];

/** enforce: a failing rule fails the check; advisory: the check is neutral. */
export const modeSchema = z.enum(['enforce', 'advisory']);
/**
 * on-failure: no comment until a rule fails, then one, edited in place, minimized once
 * resolved; sticky: also a one-line comment on a subject that never failed; off: none.
 */
export const commentPolicySchema = z.enum(['sticky', 'on-failure', 'off']);

/** The sources of sprints. */
export const sprintSourceSchema = z.enum(['milestone', 'iteration', 'cadence']);
export type SprintSource = z.infer<typeof sprintSourceSchema>;
/** What a unit of work weighs: 1, its story points, or its lines changed. */
export const weightKindSchema = z.enum(['count', 'points', 'changes']);
export type WeightKind = z.infer<typeof weightKindSchema>;
