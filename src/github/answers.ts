/**
 * Every answer the adapter reads is checked for the shape the code reads, with zod: a
 * malformed answer — a missing field, a wrong type, not an object at all — ends in the
 * same named failure as an HTTP error ("GraphQL query AlignmentCheck (pull request
 * acme/shop#32) returned an answer without `repository`"), never in a TypeError deep in
 * the code.
 */
import type { z } from 'zod';
import { GitHubApiError } from './errors.js';

function describePath(path: readonly PropertyKey[]): string {
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`)).join('');
}

/** The answer, typed — or a GitHubApiError naming the operation and the first field at fault. */
export function checkAnswer<T>(operation: string, schema: z.ZodType<T>, data: unknown): T {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = describePath(issue?.path ?? []);
  if (data === null || typeof data !== 'object') {
    throw new GitHubApiError(operation, undefined, `returned an answer that is not a JSON object (${data === null ? 'null' : typeof data})`);
  }
  const what = issue?.code === 'invalid_type' && /received undefined/iu.test(issue.message) ? `without \`${path}\`` : `whose \`${path || '(answer)'}\` is not what GitHub documents (${issue?.message ?? 'invalid'})`;
  throw new GitHubApiError(operation, undefined, `returned an answer ${what}`);
}
