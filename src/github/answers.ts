/**
 * Every answer the adapter reads is checked for the shape the code reads, with zod: a
 * malformed answer — a body that is not JSON, a missing field, a wrong type, not an
 * object at all — ends in the same named failure as an HTTP error ("GraphQL query
 * AlignmentCheck (pull request acme/shop#32) failed: returned an answer without
 * `repository`"), never in a TypeError deep in the code.
 */
import * as z from 'zod';
import type { Octokit } from './client.js';
import { GitHubApiError } from './errors.js';

function describePath(path: readonly PropertyKey[]): string {
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`)).join('');
}

/** What was expected, in zod's words without its "Invalid input: " prefix. */
const expectation = (issue: z.core.$ZodIssue | undefined): string => (issue?.message ?? 'invalid').replace(/^Invalid input: /u, '');

/** The answer, typed — or a GitHubApiError naming the operation and the first field at fault. */
export function checkAnswer<T>(operation: string, schema: z.ZodType<T>, data: unknown): T {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = describePath(issue?.path ?? []);
  let what: string;
  if (data === undefined || typeof data === 'string' || data instanceof ArrayBuffer) what = 'that is not JSON';
  else if (path === '') what = `that is not what GitHub documents (${expectation(issue)})`;
  else if (issue?.code === 'invalid_type' && /received undefined$/u.test(issue.message)) what = `without \`${path}\``;
  else what = `whose \`${path}\` is not what GitHub documents (${expectation(issue)})`;
  throw new GitHubApiError(operation, undefined, `returned an answer ${what}`);
}

/** A GraphQL connection of nullable nodes (a node the token cannot read comes back null), with its page info. */
export function connectionOf<T extends z.ZodType>(node: T) {
  return z.object({
    pageInfo: z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() }),
    nodes: z.array(node.nullable()).nullable(),
  });
}

export type Connection<T> = z.infer<ReturnType<typeof connectionOf<z.ZodType<T>>>>;

/** A part of a query under `@include(if: …)`: there when asked for, absent otherwise. */
export function included<T extends z.ZodType>(schema: T, asked: boolean): T | z.ZodOptional<T> {
  return asked ? schema : schema.optional();
}

/** An answer that is no JSON value although JSON was asked for (an HTML error page from a proxy, JSON cut off), or JSON `null`. */
class UnreadableAnswerError extends Error {
  override readonly name = 'UnreadableAnswerError';
}

function excerpt(text: string): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}

/**
 * Every request that asks for JSON (all of the adapter's) must get JSON back: octokit
 * hands over a body it cannot parse as text, which GraphQL reads as no data and REST as
 * a string. The call fails instead, and the caller names it ("… failed: returned an
 * answer that is not JSON (text/html: <html>…)").
 */
export function requireJsonAnswers(octokit: Octokit): void {
  octokit.hook.after('request', (response, options) => {
    const accept = String(options.headers['accept'] ?? '');
    if (!/json/iu.test(accept) || response.status === 204) return;
    const data: unknown = response.data;
    // JSON `null` (GraphQL's client would fail on it with a TypeError).
    if (data === null) throw new UnreadableAnswerError('returned an answer that is `null`');
    if (typeof data !== 'string' && !(data instanceof ArrayBuffer)) return;
    const type = String(response.headers['content-type'] ?? 'no content type').split(';')[0] ?? '';
    const text = typeof data === 'string' ? data : '';
    const detail = /json/iu.test(type) ? 'is not valid JSON (cut off?)' : `is not JSON (${type}${text === '' ? '' : `: ${excerpt(text)}`})`;
    throw new UnreadableAnswerError(`returned an answer that ${detail}`);
  });
}
