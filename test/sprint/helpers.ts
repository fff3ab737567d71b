/** Test data builders for the sprint core. */
import { configSchema, type Config, type ConfigInput } from '../../src/config/schema.js';
import { workItemSchema, type SprintWindow, type WorkItem, type WorkItemInput } from '../../src/core/sprint/index.js';

export const REPO = 'acme/app';

export function config(sprints: NonNullable<ConfigInput['sprints']> = {}): Config {
  return configSchema.parse({ sprints });
}

export function pr(number: number, completedAt: string | undefined, labels: string[] = [], extra: Partial<WorkItemInput> = {}): WorkItem {
  return workItemSchema.parse({
    kind: 'pr',
    repo: REPO,
    number,
    title: `PR ${number}`,
    labels,
    state: completedAt === undefined ? 'open' : 'merged',
    ...(completedAt === undefined ? {} : { completedAt }),
    ...extra,
  });
}

export function issue(number: number, completedAt: string | undefined, labels: string[] = [], extra: Partial<WorkItemInput> = {}): WorkItem {
  return workItemSchema.parse({
    kind: 'issue',
    repo: REPO,
    number,
    title: `Issue ${number}`,
    labels,
    state: completedAt === undefined ? 'open' : 'completed',
    ...(completedAt === undefined ? {} : { completedAt }),
    ...extra,
  });
}

export const sprint = (id: string, start: string, end: string, title = `Sprint ${id}`): SprintWindow => ({
  id,
  title,
  start,
  end,
  source: 'milestone',
});

export const S = sprint('12', '2026-03-02T00:00:00.000Z', '2026-03-16T00:00:00.000Z', 'Sprint 12');
