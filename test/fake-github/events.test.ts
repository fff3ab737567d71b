import { describe, expect, it } from 'vitest';
import {
  issuesEvent,
  milestoneEvent,
  pullRequestEvent,
  pullRequestTargetEvent,
  scheduleEvent,
  validateWebhook,
  workflowDispatchEvent,
  type WebhookEvent,
} from './events.js';

const PR_ACTIONS = ['opened', 'edited', 'reopened', 'synchronize', 'ready_for_review', 'labeled', 'unlabeled', 'closed'] as const;
const ISSUE_ACTIONS = ['opened', 'edited', 'reopened', 'labeled', 'unlabeled', 'closed'] as const;

function pr(e: WebhookEvent): Record<string, unknown> {
  return e.payload['pull_request'] as Record<string, unknown>;
}

describe('pull request events', () => {
  it.each(PR_ACTIONS)('pull_request.%s fits @octokit/webhooks-schemas', (action) => {
    const e = pullRequestEvent(action, { number: 42, title: 'Cache prices', body: '## Business Value\n…', labels: ['tech-debt'], user: 'alice' });
    expect(e.name).toBe('pull_request');
    expect(e.payload['action']).toBe(action);
    expect(e.payload['number']).toBe(42);
    expect(pr(e)).toMatchObject({ number: 42, title: 'Cache prices', user: { login: 'alice' } });
    expect(validateWebhook(`pull_request$${action}`, e.payload)).toEqual([]);
  });

  it('fills the fields each action needs', () => {
    expect(pullRequestEvent('edited').payload['changes']).toEqual({ body: { from: '' } });
    expect(pullRequestEvent('edited', { changes: { title: { from: 'old' } } }).payload['changes']).toEqual({ title: { from: 'old' } });
    expect(pullRequestEvent('labeled', { labels: ['bug', 'tech-debt'] }).payload['label']).toMatchObject({ name: 'tech-debt' });
    expect(pullRequestEvent('unlabeled', { label: 'debt' }).payload['label']).toMatchObject({ name: 'debt' });
    const sync = pullRequestEvent('synchronize', { headSha: 'b'.repeat(40) });
    expect(sync.payload['after']).toBe('b'.repeat(40));
    expect(pr(pullRequestEvent('closed', { merged: true }))).toMatchObject({ merged: true, state: 'closed' });
  });

  it('retargets the repository and builds draft, milestone and fork heads', () => {
    const e = pullRequestEvent('opened', { repo: 'octo/shop', draft: true, milestone: { number: 5, title: 'Sprint 5' }, headRepo: 'alice/shop' });
    expect(e.payload['repository']).toMatchObject({ full_name: 'octo/shop', name: 'shop', owner: { login: 'octo' } });
    expect(JSON.stringify(e.payload)).not.toContain('Codertocat/Hello-World');
    expect(pr(e)).toMatchObject({ draft: true, milestone: { number: 5, title: 'Sprint 5' } });
    expect(pr(e)['head']).toMatchObject({ label: 'alice:feature-1', repo: { full_name: 'alice/shop', fork: true } });
    expect(pr(e)['base']).toMatchObject({ ref: 'main', repo: { full_name: 'octo/shop' } });
  });

  it('pull_request_target carries the pull_request payload', () => {
    const target = pullRequestTargetEvent('opened', { number: 3, headRepo: 'contributor/widgets' });
    expect(target.name).toBe('pull_request_target');
    expect(target.payload).toEqual(pullRequestEvent('opened', { number: 3, headRepo: 'contributor/widgets' }).payload);
  });

  it('throws when the options make a payload GitHub never sends', () => {
    // ready_for_review means the PR is no longer a draft
    expect(() => pullRequestEvent('ready_for_review', { draft: true })).toThrow(/does not fit @octokit\/webhooks-schemas pull_request\$ready_for_review/);
    expect(() => pullRequestEvent('opened', { state: 'closed' })).toThrow(/webhooks-schemas/);
  });
});

describe('issue events', () => {
  it.each(ISSUE_ACTIONS)('issues.%s fits @octokit/webhooks-schemas', (action) => {
    const e = issuesEvent(action, { number: 9, title: 'Checkout is slow', labels: ['tech-debt'], milestone: { number: 2 } });
    expect(e.name).toBe('issues');
    expect(e.payload['issue']).toMatchObject({ number: 9, title: 'Checkout is slow', milestone: { number: 2 } });
    expect(validateWebhook(`issues$${action}`, e.payload)).toEqual([]);
  });

  it('a closed issue carries its state reason', () => {
    expect(issuesEvent('closed', { stateReason: 'not_planned' }).payload['issue']).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
  });
});

describe('sprint events', () => {
  it('milestone.closed fits its schema', () => {
    const e = milestoneEvent('closed', { number: 4, title: 'Sprint 4', dueOn: '2024-05-17T00:00:00Z' });
    expect(e.payload['milestone']).toMatchObject({ number: 4, title: 'Sprint 4', state: 'closed' });
    expect(validateWebhook('milestone$closed', e.payload)).toEqual([]);
  });

  it('workflow_dispatch fits its schema', () => {
    const e = workflowDispatchEvent({ sprint: 'Sprint 4' });
    expect(e.payload).toMatchObject({ inputs: { sprint: 'Sprint 4' }, ref: 'refs/heads/main' });
    expect(validateWebhook('workflow_dispatch$event', e.payload)).toEqual([]);
  });

  it('schedule carries the cron, and the repository and sender a runner adds', () => {
    const e = scheduleEvent({ cron: '0 6 * * 1' });
    expect(e.name).toBe('schedule');
    expect(e.payload).toMatchObject({ schedule: '0 6 * * 1', repository: { full_name: 'acme/widgets' } });
    expect(validateWebhook('repository', e.payload['repository'])).toEqual([]);
    expect(validateWebhook('user', e.payload['sender'])).toEqual([]);
    expect(scheduleEvent({ minimal: true }).payload).toEqual({ schedule: '0 9 * * 1' });
  });

  it('user-owned repositories have no organization', () => {
    const e = issuesEvent('opened', { repo: 'alice/tool', ownerType: 'User' });
    expect(e.payload['organization']).toBeUndefined();
    expect(issuesEvent('opened').payload['organization']).toMatchObject({ login: 'acme' });
  });
});
