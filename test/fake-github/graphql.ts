// GitHub's GraphQL API, faked: every document is validated against GitHub's public
// schema (@octokit/graphql-schema's introspection JSON, built with
// buildClientSchema; its SDL file does not parse), then executed with graphql-js
// against a root value the test provides, so every mock answer is proven to fit the
// query.
//
// Writing mocks: plain objects and functions (a function field is called with
// (args, context, info)). Objects in a union or interface position need a
// `__typename`. In strict mode (the default) a field the query asks for that the
// mock does not define at all is a violation: say `null` explicitly.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type IntrospectionQuery,
  buildClientSchema,
  defaultFieldResolver,
  execute,
  getOperationAST,
  parse,
  validate,
  type DocumentNode,
} from 'graphql';

let cachedSchema: GraphQLSchema | undefined;

/** A file inside an installed package (the package's `exports` do not expose schema.json). */
function packageFile(pkg: string, file: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'node_modules', pkg, file);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find ${pkg}/${file} in any node_modules above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

/** GitHub's GraphQL schema, built once per process. */
export function githubSchema(): GraphQLSchema {
  if (!cachedSchema) {
    const file = packageFile('@octokit/graphql-schema', 'schema.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as IntrospectionQuery | { data: IntrospectionQuery };
    cachedSchema = buildClientSchema('data' in json ? json.data : json);
  }
  return cachedSchema;
}

function parseAndValidate(document: string): { doc?: DocumentNode; errors: readonly string[] } {
  let doc: DocumentNode;
  try {
    doc = parse(document);
  } catch (err) {
    return { errors: [err instanceof GraphQLError ? `syntax: ${err.message}` : String(err)] };
  }
  const errors = validate(githubSchema(), doc).map((e) => {
    const at = e.locations?.[0];
    return at ? `${e.message} (line ${at.line}, column ${at.column})` : e.message;
  });
  return { doc, errors };
}

/** Validates a GraphQL document against GitHub's schema; returns the errors (empty when valid). */
export function validateGraphQL(document: string): readonly string[] {
  return parseAndValidate(document).errors;
}

/**
 * An error a mock means to return, as GitHub does (e.g. NOT_FOUND for a missing
 * issue, FORBIDDEN for a missing permission). Throw it from a resolver function;
 * it is not a violation.
 */
export class GraphQLMockError extends Error {
  readonly type: string;
  constructor(message: string, type = 'NOT_FOUND') {
    super(message);
    this.name = 'GraphQLMockError';
    this.type = type;
  }
}

export interface GraphQLRequest {
  readonly query: string;
  readonly variables?: Readonly<Record<string, unknown>>;
  readonly operationName?: string;
}

export interface GraphQLOutcome {
  readonly response: { data?: unknown; errors?: unknown[] };
  readonly violations: readonly string[];
  readonly isMutation: boolean;
}

export type GraphQLRoot = unknown | ((request: GraphQLRequest) => unknown);

interface ExecContext {
  readonly strict: boolean;
  readonly missing: string[];
}

const strictResolver: GraphQLFieldResolver<unknown, ExecContext> = (source, args, context, info) => {
  if (
    context.strict &&
    source !== null &&
    typeof source === 'object' &&
    !(info.fieldName in source) &&
    !info.fieldName.startsWith('__')
  ) {
    context.missing.push(
      `GraphQL mock defines no value for ${info.parentType.name}.${info.fieldName} at ${pathOf(info.path)} (give null explicitly)`,
    );
  }
  return defaultFieldResolver(source, args, context, info);
};

function pathOf(path: { prev: unknown; key: string | number } | undefined): string {
  const keys: (string | number)[] = [];
  let p: { prev: unknown; key: string | number } | undefined = path;
  while (p) {
    keys.unshift(p.key);
    p = p.prev as typeof p;
  }
  return keys.join('.');
}

/** Whether the document's selected operation is a mutation (undefined when it cannot tell). */
export function isMutation(document: string, operationName?: string): boolean | undefined {
  try {
    return getOperationAST(parse(document), operationName)?.operation === 'mutation';
  } catch {
    return undefined;
  }
}

export async function executeGraphQL(request: GraphQLRequest, root: GraphQLRoot, strict = true): Promise<GraphQLOutcome> {
  const { doc, errors } = parseAndValidate(request.query);
  if (!doc || errors.length > 0) {
    return {
      response: { errors: errors.map((message) => ({ message })) },
      violations: errors.map((e) => `GraphQL document does not fit GitHub's schema: ${e}`),
      isMutation: false,
    };
  }
  const mutation = getOperationAST(doc, request.operationName)?.operation === 'mutation';
  const context: ExecContext = { strict, missing: [] };
  const rootValue = typeof root === 'function' ? (root as (r: GraphQLRequest) => unknown)(request) : root;
  const result = await execute({
    schema: githubSchema(),
    document: doc,
    rootValue,
    contextValue: context,
    variableValues: request.variables ?? {},
    operationName: request.operationName ?? null,
    fieldResolver: strictResolver,
  });
  const violations = [...context.missing];
  const outErrors: unknown[] = [];
  for (const e of result.errors ?? []) {
    const original = e.originalError;
    if (original instanceof GraphQLMockError) {
      outErrors.push({
        type: original.type,
        path: e.path,
        locations: e.locations,
        message: original.message,
      });
      continue;
    }
    violations.push(`GraphQL execution: ${e.message}${e.path ? ` at ${e.path.join('.')}` : ''}`);
    outErrors.push({ message: e.message, ...(e.path ? { path: e.path } : {}), ...(e.locations ? { locations: e.locations } : {}) });
  }
  return {
    response: {
      ...(result.data !== undefined ? { data: result.data } : {}),
      ...(outErrors.length > 0 ? { errors: outErrors } : {}),
    },
    violations,
    isMutation: mutation,
  };
}
