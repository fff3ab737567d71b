/** What each event asks for: the issue check stays as it was; with register-board: true, the board. */
import { describe, expect, it } from 'vitest';
import { planEvent } from '../../src/action/event.js';
import { issuesEvent, pullRequestEvent, scheduleEvent } from '../fake-github/events.js';

const plan = (event: { name: string; payload: unknown }, registerBoard?: boolean) =>
  planEvent({ eventName: event.name, payload: event.payload as Record<string, unknown>, owner: 'acme', repo: 'widgets', ...(registerBoard === undefined ? {} : { registerBoard }) });

describe('planEvent', () => {
  it('issues events go to the issue check, and closed ones are ignored, without register-board', () => {
    expect(plan(issuesEvent('labeled', { number: 5, labels: ['tech-debt'] }))).toMatchObject({ type: 'check', ref: { kind: 'issue', number: 5 } });
    expect(plan(issuesEvent('closed', { number: 5 }))).toMatchObject({ type: 'ignore' });
    expect(plan(scheduleEvent())).toEqual({ type: 'sprint', trigger: 'schedule' });
  });

  it('with register-board: true, an issues event plans the board with the issue’s labels and the label just removed', () => {
    expect(plan(issuesEvent('unlabeled', { number: 5, labels: ['bug'], label: 'tech-debt' }), true)).toEqual({
      type: 'register',
      event: 'issues',
      issue: { number: 5, action: 'unlabeled', labels: ['bug'], label: 'tech-debt' },
    });
    expect(plan(issuesEvent('closed', { number: 6, labels: ['tech-debt'] }), true)).toMatchObject({ type: 'register', issue: { number: 6, action: 'closed', labels: ['tech-debt'] } });
    expect(plan(issuesEvent('milestoned', { number: 6, milestone: { number: 2, title: 'Sprint 2' } }), true)).toMatchObject({ type: 'ignore', reason: 'issues.milestoned does not change the debt register' });
    expect(plan(scheduleEvent(), true)).toEqual({ type: 'register', event: 'schedule' });
    expect(plan(pullRequestEvent('closed', { number: 7 }), true)).toEqual({ type: 'register', event: 'pull_request' });
  });
});
