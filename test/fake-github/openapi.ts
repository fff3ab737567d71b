// GitHub's REST contract, as extracted by scripts/extract-openapi.mjs: routing, and
// validation of requests and responses with ajv.
//
// The extract holds OpenAPI 3.0 schemas. They are turned into JSON Schema for ajv:
//   - `nullable: true` becomes `type: [T, "null"]` (plus `null` in an `enum`), or
//     `anyOf: [{type: "null"}, …]` where there is no `type` (oneOf/anyOf/allOf);
//   - `discriminator`, `example(s)`, `externalDocs`, `xml`, `deprecated`,
//     `readOnly`, `writeOnly` and every `x-*` keyword are dropped;
//   - `$ref: "#/components/schemas/X"` is made absolute against the extract.
import { readFileSync } from 'node:fs';
import type { Ajv, ValidateFunction } from 'ajv';
import { createAjv, formatErrors } from './ajv.js';

export interface ExtractParameter {
  readonly name: string;
  readonly in: 'path' | 'query';
  readonly required: boolean;
  readonly schema: unknown;
  readonly multiSegment?: boolean;
  readonly deprecated?: boolean;
}

export interface ExtractMedia {
  readonly schema: unknown;
}

export interface ExtractResponse {
  readonly description: string;
  readonly content?: Readonly<Record<string, ExtractMedia>>;
  readonly headers?: Readonly<Record<string, { readonly required: boolean; readonly schema: unknown }>>;
}

export interface ExtractOperation {
  readonly method: string;
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly documentationUrl: string | null;
  readonly parameters: readonly ExtractParameter[];
  readonly requestBody: { readonly required: boolean; readonly content: Readonly<Record<string, ExtractMedia>> } | null;
  readonly responses: Readonly<Record<string, ExtractResponse>>;
}

export interface OpenApiExtract {
  readonly source: { readonly package: string; readonly version: string; readonly file: string; readonly openapi: string };
  readonly operations: readonly ExtractOperation[];
  readonly components: { readonly schemas: Readonly<Record<string, unknown>> };
}

const EXTRACT_ID = 'https://fake-github.invalid/openapi-extract.json';
const DROP = new Set(['discriminator', 'example', 'examples', 'externalDocs', 'xml', 'deprecated', 'readOnly', 'writeOnly']);
/** Keywords whose value is a map from names to schemas (the names are data, not keywords). */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs']);

/** OpenAPI 3.0 schema → JSON Schema (draft-07 as ajv reads it). */
export function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const src = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(src)) {
    if (DROP.has(k) || k.startsWith('x-') || k === 'nullable') continue;
    if (k === '$ref' && typeof v === 'string') {
      out[k] = v.startsWith('#/') ? `${EXTRACT_ID}${v}` : v;
    } else if (SCHEMA_MAPS.has(k) && v !== null && typeof v === 'object' && !Array.isArray(v)) {
      out[k] = Object.fromEntries(Object.entries(v).map(([name, s]) => [name, toJsonSchema(s)]));
    } else if (k === 'enum' || k === 'required' || k === 'const' || k === 'default') {
      out[k] = v;
    } else {
      out[k] = toJsonSchema(v);
    }
  }
  if (src['nullable'] !== true) return out;
  if (typeof out['type'] === 'string') {
    out['type'] = [out['type'], 'null'];
    if (Array.isArray(out['enum']) && !out['enum'].includes(null)) out['enum'] = [...out['enum'], null];
    return out;
  }
  if (Array.isArray(out['type'])) {
    if (!out['type'].includes('null')) out['type'] = [...out['type'], 'null'];
    return out;
  }
  const { title, description, ...rest } = out;
  return {
    ...(title !== undefined ? { title } : {}),
    ...(description !== undefined ? { description } : {}),
    anyOf: [{ type: 'null' }, rest],
  };
}

let cachedExtract: OpenApiExtract | undefined;
export function loadExtract(): OpenApiExtract {
  cachedExtract ??= JSON.parse(readFileSync(new URL('./openapi-extract.json', import.meta.url), 'utf8')) as OpenApiExtract;
  return cachedExtract;
}

/** A path template split into segments, with the rules to match a request path. */
interface CompiledRoute {
  readonly op: ExtractOperation;
  readonly segments: readonly ({ literal: string } | { param: string; multi: boolean })[];
  readonly literalCount: number;
}

export type RouteMatch =
  | { readonly kind: 'ok'; readonly op: ExtractOperation; readonly pathParams: Readonly<Record<string, string>> }
  | { readonly kind: 'no-route' }
  | { readonly kind: 'wrong-method'; readonly allowed: readonly string[] };

export interface RequestCheck {
  readonly violations: string[];
  /** Query parameters coerced to their schema types (integers, booleans). */
  readonly query: Record<string, unknown>;
  readonly pathParams: Record<string, unknown>;
}

export interface ContractOptions {
  /** Unknown top-level properties of a JSON body are violations (GitHub ignores them; they are usually typos). Default true. */
  readonly strictBodies?: boolean;
}

/** The compiled contract: one per process (compiling GitHub's big schemas is not free). */
export class OpenApiContract {
  readonly extract: OpenApiExtract;
  private readonly ajv: Ajv;
  private readonly coercing: Ajv;
  private readonly routes: CompiledRoute[];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(extract: OpenApiExtract = loadExtract()) {
    this.extract = extract;
    const components = { $id: EXTRACT_ID, components: { schemas: toJsonSchema(extract.components.schemas) } };
    this.ajv = createAjv();
    this.ajv.addSchema(components);
    this.coercing = createAjv({ coerceTypes: 'array', useDefaults: false });
    this.coercing.addSchema(structuredClone(components));
    this.routes = extract.operations
      .map((op): CompiledRoute => {
        const multi = new Set(op.parameters.filter((p) => p.multiSegment).map((p) => p.name));
        const segments = op.path
          .split('/')
          .slice(1)
          .map((s) => {
            const m = /^\{(.+)\}$/.exec(s);
            return m?.[1] !== undefined ? { param: m[1], multi: multi.has(m[1]) } : { literal: s };
          });
        return { op, segments, literalCount: segments.filter((s) => 'literal' in s).length };
      })
      .sort((a, b) => b.literalCount - a.literalCount);
  }

  operation(operationId: string): ExtractOperation {
    const op = this.extract.operations.find((o) => o.operationId === operationId);
    if (!op) throw new Error(`operation ${operationId} is not in the OpenAPI extract`);
    return op;
  }

  /** Matches a raw (still percent-encoded) request path. */
  match(method: string, rawPath: string): RouteMatch {
    const parts = rawPath.split('/').slice(1);
    const allowed: string[] = [];
    for (const route of this.routes) {
      const params = matchSegments(route.segments, parts);
      if (!params) continue;
      if (route.op.method === method.toUpperCase()) return { kind: 'ok', op: route.op, pathParams: params };
      allowed.push(route.op.method);
    }
    return allowed.length > 0 ? { kind: 'wrong-method', allowed } : { kind: 'no-route' };
  }

  /** Validates path and query parameters and the JSON body; returns violations (empty when the request fits). */
  checkRequest(
    op: ExtractOperation,
    pathParams: Readonly<Record<string, string>>,
    search: URLSearchParams,
    body: { readonly present: boolean; readonly json?: unknown; readonly parseError?: string },
    options: ContractOptions = {},
  ): RequestCheck {
    const where = `${op.method} ${op.path} (${op.operationId})`;
    const violations: string[] = [];
    const query: Record<string, unknown> = {};
    const coercedPath: Record<string, unknown> = {};

    for (const p of op.parameters.filter((x) => x.in === 'path')) {
      const holder = { v: pathParams[p.name] as unknown };
      const validate = this.compile(`param:${op.operationId}:path:${p.name}`, p.schema, true);
      if (!validate(holder)) {
        violations.push(`${where}: path parameter ${p.name}=${JSON.stringify(pathParams[p.name])}: ${formatErrors(validate.errors, 8, '/v')}`);
      }
      coercedPath[p.name] = holder.v;
    }

    const declared = new Map(op.parameters.filter((x) => x.in === 'query').map((p) => [p.name, p]));
    const seen = new Set<string>();
    for (const [name, value] of search) {
      const p = declared.get(name);
      if (!p) {
        violations.push(`${where}: unknown query parameter ${name}=${JSON.stringify(value)}`);
        continue;
      }
      if (seen.has(name)) violations.push(`${where}: query parameter ${name} given more than once`);
      seen.add(name);
      const validate = this.compile(`param:${op.operationId}:query:${name}`, p.schema, true);
      const holder = { v: value as unknown };
      if (!validate(holder)) {
        violations.push(`${where}: query parameter ${name}=${JSON.stringify(value)}: ${formatErrors(validate.errors, 8, '/v')}`);
      } else {
        query[name] = holder.v;
      }
    }
    for (const p of declared.values()) {
      if (p.required && !seen.has(p.name)) violations.push(`${where}: missing required query parameter ${p.name}`);
    }
    // GitHub caps per_page at 100 and counts pages from 1; the description does not say so.
    const perPage = query['per_page'];
    if (typeof perPage === 'number' && (perPage < 1 || perPage > 100)) {
      violations.push(`${where}: per_page=${perPage} is outside 1..100 (GitHub silently caps it at 100)`);
    }
    const page = query['page'];
    if (typeof page === 'number' && page < 1) violations.push(`${where}: page=${page} must be ≥ 1`);

    const rb = op.requestBody;
    if (body.parseError !== undefined) {
      violations.push(`${where}: request body is not JSON: ${body.parseError}`);
    } else if (!rb) {
      if (body.present) violations.push(`${where}: takes no request body, got ${truncate(JSON.stringify(body.json))}`);
    } else if (!body.present) {
      if (rb.required) violations.push(`${where}: request body is required`);
    } else {
      const media = rb.content['application/json'];
      if (media?.schema) {
        const validate = this.compile(`body:${op.operationId}`, media.schema, false);
        if (!validate(body.json)) violations.push(`${where}: request body: ${formatErrors(validate.errors)}`);
        if (options.strictBodies !== false) {
          const props = (media.schema as { properties?: Record<string, unknown> }).properties;
          if (props && body.json !== null && typeof body.json === 'object' && !Array.isArray(body.json)) {
            for (const key of Object.keys(body.json)) {
              if (!(key in props)) violations.push(`${where}: request body has unknown property '${key}' (GitHub ignores it)`);
            }
          }
        }
      }
    }
    return { violations, query, pathParams: coercedPath };
  }

  /**
   * Validates a response body against the operation's schema for that status and
   * media type. An error status the description does not list (GitHub documents
   * few of them) is checked against `basic-error`; an undocumented success is a
   * violation.
   */
  checkResponse(op: ExtractOperation, status: number, mediaType: string, body: unknown): string[] {
    const where = `${op.method} ${op.path} (${op.operationId}) → ${status}`;
    const response = op.responses[String(status)];
    if (!response) {
      if (status >= 400) {
        const validate = this.compile('basic-error', { $ref: '#/components/schemas/basic-error' }, false);
        return validate(body) ? [] : [`${where}: error body does not fit basic-error: ${formatErrors(validate.errors)}`];
      }
      return [`${where}: status ${status} is not documented for this operation (${Object.keys(op.responses).join(', ')})`];
    }
    if (!response.content) {
      return body === undefined ? [] : [`${where}: documented without a body, but one was sent`];
    }
    const media = response.content[mediaType] ?? response.content['application/json'];
    if (!media) return [`${where}: media type ${mediaType} is not documented (${Object.keys(response.content).join(', ')})`];
    if (!media.schema) return [];
    const key = `response:${op.operationId}:${status}:${response.content[mediaType] ? mediaType : 'application/json'}`;
    const validate = this.compile(key, media.schema, false);
    return validate(body) ? [] : [`${where}: response body does not fit the schema: ${formatErrors(validate.errors)}`];
  }

  /** Parameters are validated wrapped as {v: …} so that ajv can coerce the string in place. */
  private compile(key: string, schema: unknown, parameter: boolean): ValidateFunction {
    let v = this.validators.get(key);
    if (!v) {
      const js = toJsonSchema(schema);
      v = parameter
        ? this.coercing.compile({ type: 'object', properties: { v: js } })
        : this.ajv.compile(js as object);
      this.validators.set(key, v);
    }
    return v;
  }
}

function matchSegments(
  segments: CompiledRoute['segments'],
  parts: readonly string[],
): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  let i = 0;
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s];
    if (!seg) return undefined;
    if ('literal' in seg) {
      if (parts[i] !== seg.literal) return undefined;
      i++;
      continue;
    }
    if (seg.multi) {
      const rest = segments.length - s - 1;
      const take = parts.length - i - rest;
      if (take < 1) return undefined;
      const value = parts.slice(i, i + take).map(safeDecode);
      if (value.some((v) => v === undefined || v === '')) return undefined;
      params[seg.param] = value.join('/');
      i += take;
      continue;
    }
    const part = parts[i];
    const decoded = part === undefined ? undefined : safeDecode(part);
    if (decoded === undefined || decoded === '') return undefined;
    params[seg.param] = decoded;
    i++;
  }
  return i === parts.length ? params : undefined;
}

function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

function truncate(s: string | undefined, n = 200): string {
  if (s === undefined) return 'undefined';
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

let sharedContract: OpenApiContract | undefined;
/** The process-wide compiled contract. */
export function contract(): OpenApiContract {
  sharedContract ??= new OpenApiContract();
  return sharedContract;
}
