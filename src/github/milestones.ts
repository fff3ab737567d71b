/**
 * Milestones for the sprint windows, through GraphQL: they ride in the sprint
 * context call (see sprint-context.ts) instead of costing a REST call of their own.
 * The latest 100 by creation are enough: the report looks at recent sprints, and
 * the oldest one's start falls back to its description or creation time.
 */
import * as z from 'zod';
import { connectionOf } from './answers.js';
import type { SprintMilestone } from './api.js';

export const MILESTONE_FRAGMENT = /* GraphQL */ `
  fragment SprintMilestone on Milestone {
    number
    title
    description
    dueOn
    closedAt
    createdAt
    state
  }
`;

const milestoneNodeSchema = z.object({
  number: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  dueOn: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  /** OPEN or CLOSED (enums are read as strings: a value GitHub adds reads as closed). */
  state: z.string(),
});
export const milestoneConnectionSchema = connectionOf(milestoneNodeSchema);

type MilestoneNode = z.infer<typeof milestoneNodeSchema>;
type MilestoneConnection = z.infer<typeof milestoneConnectionSchema>;

export function toMilestone(node: MilestoneNode): SprintMilestone {
  return {
    number: node.number,
    title: node.title,
    description: node.description,
    due_on: node.dueOn,
    closed_at: node.closedAt,
    created_at: node.createdAt,
    state: node.state === 'OPEN' ? 'open' : 'closed',
  };
}

export function toMilestones(connection: MilestoneConnection): { nodes: SprintMilestone[]; more: boolean } {
  return {
    nodes: (connection.nodes ?? []).flatMap((node) => (node ? [toMilestone(node)] : [])),
    more: connection.pageInfo.hasNextPage,
  };
}
