/**
 * Milestones for the sprint windows, through GraphQL: they ride in the sprint
 * context call (see sprint-context.ts) instead of costing a REST call of their own.
 * The latest 100 by creation are enough: the report looks at recent sprints, and
 * the oldest one's start falls back to its description or creation time.
 */
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

export interface MilestoneNode {
  number: number;
  title: string;
  description: string | null;
  dueOn: string | null;
  closedAt: string | null;
  createdAt: string;
  state: 'OPEN' | 'CLOSED';
}

export interface MilestoneConnection {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Array<MilestoneNode | null> | null;
}

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
