/**
 * GraphQL calls that may answer with data AND errors (GitHub does: a node the token
 * cannot read comes back null beside an error for its path). The caller says which
 * errors it can live with; any other error fails the call with a GitHubApiError
 * that names the operation and what GitHub said. The data is checked against the
 * caller's schema (answers.ts): a malformed answer fails the same way.
 */
import type { z } from 'zod';
import { checkAnswer } from './answers.js';
import type { Octokit } from './client.js';
import { GitHubApiError, missingPermission, neededPermission, toApiError } from './errors.js';

export interface GraphQLErrorInfo {
  readonly type: string | undefined;
  readonly message: string;
  readonly path: readonly (string | number)[];
}

export interface GraphQLAnswer<T> {
  readonly data: T;
  /** The errors the caller tolerated. */
  readonly errors: readonly GraphQLErrorInfo[];
}

const STATUS_OF_TYPE: Readonly<Record<string, number>> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  INSUFFICIENT_SCOPES: 403,
  UNAUTHORIZED: 401,
  RATE_LIMITED: 403,
};

function errorsOf(error: unknown): { errors: GraphQLErrorInfo[]; data: unknown } | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const errors: unknown = Reflect.get(error, 'errors');
  if (Reflect.get(error, 'name') !== 'GraphqlResponseError' || !Array.isArray(errors)) return undefined;
  return {
    data: Reflect.get(error, 'data'),
    errors: errors.map((e: unknown) => {
      const r = (typeof e === 'object' && e !== null ? e : {}) as { type?: unknown; message?: unknown; path?: unknown };
      return {
        type: typeof r.type === 'string' ? r.type : undefined,
        message: typeof r.message === 'string' ? r.message : String(e),
        path: Array.isArray(r.path) ? (r.path as (string | number)[]) : [],
      };
    }),
  };
}

/**
 * Runs a query and checks its data against `schema`. `tolerate` decides, error by
 * error, which ones leave usable data (e.g. an unreadable node inside a list: the
 * schema lets it be null); the answer lists them.
 */
export async function graphqlQuery<T>(
  octokit: Octokit,
  operation: string,
  document: string,
  variables: Record<string, unknown>,
  schema: z.ZodType<T>,
  tolerate: (error: GraphQLErrorInfo) => boolean = () => false,
): Promise<GraphQLAnswer<T>> {
  let data: unknown;
  let errors: readonly GraphQLErrorInfo[] = [];
  try {
    data = await octokit.graphql<unknown>(document, variables);
  } catch (error) {
    const answer = errorsOf(error);
    if (answer === undefined) throw toApiError(operation, error);
    const fatal = answer.errors.filter((e) => !tolerate(e));
    if (fatal.length > 0 || answer.data === undefined || answer.data === null) {
      const first = fatal[0] ?? answer.errors[0];
      const status = first?.type === undefined ? undefined : STATUS_OF_TYPE[first.type];
      const detail = (fatal.length > 0 ? fatal : answer.errors)
        .slice(0, 3)
        .map((e) => `${e.type ? `${e.type}: ` : ''}${e.message}${e.path.length > 0 ? ` (at ${e.path.join('.')})` : ''}`)
        .join('; ');
      const forbidden = first?.type === 'FORBIDDEN';
      const hint = forbidden ? ` — ${missingPermission(operation)}` : '';
      throw new GitHubApiError(operation, status, `${detail}${hint}`, { cause: error, permission: forbidden ? neededPermission(operation) : undefined });
    }
    data = answer.data;
    errors = answer.errors;
  }
  // octokit reads an answer without `data` (and without `errors`) as undefined.
  if (data === undefined) throw new GitHubApiError(operation, undefined, 'returned an answer without `data`');
  if (data === null) throw new GitHubApiError(operation, undefined, 'returned an answer whose `data` is null');
  return { data: checkAnswer(operation, schema, data), errors };
}

/** Whether an error is about the node at `prefix` or inside it. */
export const isAt = (error: GraphQLErrorInfo, prefix: readonly (string | number)[]): boolean =>
  prefix.every((key, i) => error.path[i] === key);
