/**
 * What every reader of PRs and issues (the sprint report's, the register board's, the
 * audit's) reads the same way: how many labels, the labels' answer shape, and an
 * issue's state from GitHub's state and reason.
 */
import * as z from 'zod';
import type { FetchedItemFields, FetchedItemState } from './api.js';

/** Labels and closing references read per item (more are rare; the first ones decide). */
export const ITEM_LABELS = 50;

export const labelsSchema = z.object({ nodes: z.array(z.object({ name: z.string() }).nullable()).nullable() }).nullable();

/** The label names of an item's `labels` connection (a label the token cannot read comes back null). */
export const labelsOf = (labels: z.infer<typeof labelsSchema>): string[] => (labels?.nodes ?? []).flatMap((label) => (label ? [label.name] : []));

/** What every item reader takes from a PR or issue node as it is. */
export interface ItemNode {
  readonly repository: { readonly nameWithOwner: string };
  readonly number: number;
  readonly title: string;
  readonly url: string;
  readonly labels: z.infer<typeof labelsSchema>;
  readonly body: string;
}

/** The fields every reader of PRs and issues fills the same way, in the order they are written out. */
export function itemFieldsOf(kind: 'pr' | 'issue', node: ItemNode): Pick<FetchedItemFields, 'kind' | 'repo' | 'number' | 'title' | 'url' | 'labels' | 'body'> {
  return { kind, repo: node.repository.nameWithOwner, number: node.number, title: node.title, url: node.url, labels: labelsOf(node.labels), body: node.body };
}

/** A PR's state: merged (by its merge time or state), open, or closed unmerged. */
export function pullRequestStateOf(prState: string, mergedAt: string | null): FetchedItemState {
  if (mergedAt !== null || prState === 'MERGED') return 'merged';
  return prState === 'OPEN' ? 'open' : 'closed';
}

/**
 * An issue's state: open, or closed as completed, not planned or a duplicate.
 * `unexplained` is what a close without one of those reasons counts as: `closed` where
 * work is counted (the sprint report, the audit), `completed` for a register item (it
 * left the register).
 */
export function issueStateOf(issueState: string, stateReason: string | null, unexplained: 'closed' | 'completed' = 'closed'): FetchedItemState {
  if (issueState !== 'CLOSED') return 'open';
  if (stateReason === 'NOT_PLANNED') return 'not_planned';
  if (stateReason === 'DUPLICATE') return 'duplicate';
  if (stateReason === 'COMPLETED') return 'completed';
  return unexplained;
}
