/** Refused calls name the permission they need, in a workflow's `permissions:` words. */
import { describe, expect, it } from 'vitest';
import { toApiError } from '../../src/github/errors.js';
import { describeAccepted, permissionFor } from '../../src/github/permissions.js';

const refused = (headers: Record<string, string>, message = 'Resource not accessible by integration') =>
  Object.assign(new Error(message), { status: 403, response: { headers } });

describe('describeAccepted', () => {
  it('reads GitHub\'s header: sets joined by "or", scopes within a set by "and"', () => {
    expect(describeAccepted('checks=write')).toBe('`checks: write`');
    expect(describeAccepted('issues=write; pull_requests=write')).toBe('`issues: write`, or `pull-requests: write`');
    expect(describeAccepted('contents=read,pull_requests=write')).toBe('`contents: read` and `pull-requests: write`');
    expect(describeAccepted('')).toBeUndefined();
    expect(describeAccepted('<script>=x')).toBeUndefined();
  });
});

describe('a 403 as a user reads it', () => {
  it('names the permission from the header, else from the call', () => {
    const withHeader = toApiError('POST /repos/acme/shop/check-runs', refused({ 'x-accepted-github-permissions': 'checks=write' }));
    expect(withHeader.message).toBe(
      "POST /repos/acme/shop/check-runs failed (HTTP 403): Resource not accessible by integration — the token lacks `checks: write`: add it to the workflow's `permissions:` block",
    );
    expect(withHeader.permission).toBe('`checks: write`');
    expect(toApiError('GET /repos/acme/shop/contents/.github/alignment.yml', refused({})).permission).toBe('`contents: read`');
    expect(permissionFor('GraphQL mutation AlignmentAddComment (issue acme/shop#3)')).toBe('`issues: write`');
  });

  it('tells a used-up rate limit from a missing permission', () => {
    const limit = toApiError('GET /repos/acme/shop/issues/1', refused({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1767225600' }, 'API rate limit exceeded for installation ID 1.'));
    expect(limit.message).toContain("the token's API rate limit is used up (it resets at 00:00 UTC)");
    expect(limit.permission).toBeUndefined();
  });
});
