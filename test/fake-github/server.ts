// A fake api.github.com on 127.0.0.1, held to GitHub's published contract: every
// request and every response is validated against the OpenAPI extract
// (openapi-extract.json) and every GraphQL document against GitHub's GraphQL
// schema; whatever does not fit is recorded in `violations`, which tests assert is
// empty.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contract, type ContractOptions, type ExtractOperation } from './openapi.js';
import { executeGraphQL, isMutation, type GraphQLRequest, type GraphQLRoot } from './graphql.js';
import { stateGraphQLRoot } from './graphql-root.js';
import { errorBody, HANDLERS, type RouteResult } from './routes.js';
import type { Urls } from './objects.js';
import {
  FakeState,
  GITHUB_ACTIONS_BOT,
  type AppInfo,
  type CheckRunRecord,
  type CommentRecord,
  type CommentSeed,
  type FileSeed,
  type Identity,
  type IssueRecord,
  type IssueSeed,
  type MilestoneRecord,
  type MilestoneSeed,
  type ProjectRecord,
  type ProjectSeed,
  type PullSeed,
  type RepoRecord,
  type RepoSeed,
  type UserSeed,
  type UserType,
} from './state.js';

export { GITHUB_ACTIONS_BOT, FakeState } from './state.js';
export { GraphQLMockError, validateGraphQL } from './graphql.js';
export { connection } from './graphql-root.js';

/** The token the fake hands out as the workflow's GITHUB_TOKEN (its identity: github-actions[bot]). */
export const WORKFLOW_TOKEN = 'ghs_fakeWorkflowToken0000000000000000000';

export interface TokenSeed {
  readonly login: string;
  readonly type?: UserType;
  readonly id?: number;
  /** a GitHub App the token acts for (installation tokens); users' tokens have none */
  readonly app?: AppInfo;
  /** every write with this token answers 403, as for a fork PR's GITHUB_TOKEN */
  readonly readOnly?: boolean;
}

export interface FakeGitHubOptions {
  /** The default repository ("owner/name" or a seed); seeds without owner/repo go there. Default acme/widgets. */
  readonly repo?: string | (RepoSeed & { readonly owner: string; readonly name: string });
  /** Extra tokens → identities. WORKFLOW_TOKEN (github-actions[bot]) is always known. */
  readonly tokens?: Readonly<Record<string, TokenSeed>>;
  /** Every write answers 403 "Resource not accessible by integration". */
  readonly readOnly?: boolean;
  /** Web URL for html_url fields. Default https://github.com. */
  readonly serverUrl?: string;
  /** Unknown top-level body properties are violations. Default true. */
  readonly strictBodies?: boolean;
  /** A GraphQL mock that lacks a field the query asks for is a violation. Default true. */
  readonly strictGraphQLMocks?: boolean;
  /** Clock for created_at/updated_at. */
  readonly now?: () => Date;
}

export interface CallRecord {
  readonly method: string;
  /** the request path, without the query */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly status: number;
  /** the parsed JSON request body, when there is one */
  readonly body?: unknown;
  /** the matched operation (e.g. "issues/create-comment"), or "graphql" */
  readonly operationId?: string;
  /** login of the token's identity; absent for anonymous requests */
  readonly login?: string;
  /** GraphQL only: the operation's name ("AlignmentCheck"), from `operationName` or the document */
  readonly graphqlOperation?: string;
  /** When the request arrived and when its answer was sent (performance.now() of the server's process). */
  readonly startedMs: number;
  readonly endedMs: number;
}

/**
 * The sequential round trips in a list of calls: the longest chain of calls each of
 * which started after the one before it had been answered (calls made side by side
 * count once).
 */
export function roundTrips(calls: readonly CallRecord[]): number {
  const sorted = [...calls].sort((a, b) => a.startedMs - b.startedMs);
  const depth: number[] = [];
  sorted.forEach((call, i) => {
    let best = 0;
    for (let j = 0; j < i; j += 1) if ((sorted[j]?.endedMs ?? Infinity) <= call.startedMs) best = Math.max(best, depth[j] ?? 0);
    depth.push(best + 1);
  });
  return Math.max(0, ...depth);
}

/** How a response goes out beyond its status and JSON body. */
interface SendExtra {
  readonly headers?: Readonly<Record<string, string>>;
  readonly raw?: Buffer;
  readonly mediaType?: string;
  readonly graphqlOperation?: string;
}

export interface InterceptSpec {
  /** The GraphQL operation name ("AlignmentAddComment"). */
  readonly operation: string;
  /** Run before the request is served (once, for the first matching request). */
  readonly before?: () => void;
  /** Hold the first `hold` matching requests until all of them have arrived. */
  readonly hold?: number;
}

export interface FaultSpec {
  readonly method?: string;
  /**
   * The request path: a RegExp tested against it, a path such as
   * "/repos/acme/widgets/issues/1", or an operation's template such as
   * "/repos/{owner}/{repo}/issues/{issue_number}/comments" (or "/graphql").
   */
  readonly path: string | RegExp;
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** JSON body; default: GitHub's error object for the status */
  readonly body?: unknown;
  /** A body sent as is instead (an HTML error page, cut-off JSON), with `rawType` as its content type (default text/html). */
  readonly raw?: string;
  readonly rawType?: string;
  /** GraphQL only: the operation this fault hits ("AlignmentAddComment"); default any. */
  readonly operation?: string;
  /** how many matching requests fail; default 1 */
  readonly times?: number;
}

/** Fault presets with GitHub's real headers and messages: `server.failNext({ path, ...faults.secondaryRateLimit() })`. */
export const faults = {
  serverError: (): Pick<FaultSpec, 'status' | 'body'> => ({ status: 500, body: { message: 'Server Error' } }),
  badGateway: (): Pick<FaultSpec, 'status' | 'body'> => ({ status: 502, body: { message: 'Server Error' } }),
  secondaryRateLimit: (retryAfterSeconds = 1): Pick<FaultSpec, 'status' | 'body' | 'headers'> => ({
    status: 403,
    headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-remaining': '4990' },
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
        'If you reach out to GitHub Support for help, please include the request ID 8D3E:3C6B:1F1A4B5:3E6C5A1:65A1B2C3.',
      documentation_url:
        'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: '403',
    },
  }),
  primaryRateLimit: (resetInSeconds = 1): Pick<FaultSpec, 'status' | 'body' | 'headers'> => ({
    status: 403,
    headers: {
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': '1000',
      'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + resetInSeconds),
      'x-ratelimit-resource': 'core',
    },
    body: {
      message: 'API rate limit exceeded for installation ID 12345678.',
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit',
      status: '403',
    },
  }),
} as const;

const READ_ONLY_MESSAGE = 'Resource not accessible by integration';

interface ActiveFault extends FaultSpec {
  remaining: number;
}

interface TokenEntry {
  readonly identity: Identity;
  readonly readOnly: boolean;
  /** What a GitHub App installation token may do; undefined: everything. */
  permissions?: TokenPermissions;
}

/** A workflow's `permissions:` block as the token carries it (scope names as GitHub's API spells them). */
export type TokenPermissions = Partial<Record<'checks' | 'contents' | 'issues' | 'pull_requests' | 'metadata', 'read' | 'write' | 'none'>>;

/**
 * What each REST operation the fake serves needs, as GitHub's "permissions required for
 * GitHub Apps" pages list it: any one of the sets, each set all of its scopes.
 */
const NEEDED: Readonly<Record<string, ReadonlyArray<TokenPermissions>>> = {
  'checks/create': [{ checks: 'write' }],
  'checks/update': [{ checks: 'write' }],
  'issues/create': [{ issues: 'write' }],
  'issues/create-comment': [{ issues: 'write' }, { pull_requests: 'write' }],
  'issues/update-comment': [{ issues: 'write' }, { pull_requests: 'write' }],
  'issues/list-comments': [{ issues: 'read' }, { pull_requests: 'read' }],
  'issues/get': [{ issues: 'read' }, { pull_requests: 'read' }],
  'repos/get-content': [{ contents: 'read' }],
};

const LEVEL = { none: 0, read: 1, write: 2 } as const;

/** Whether the token's permissions meet one of the sets; and GitHub's x-accepted-github-permissions value. */
function permitted(held: TokenPermissions | undefined, sets: ReadonlyArray<TokenPermissions>): { ok: boolean; header: string } {
  const header = sets.map((set) => Object.entries(set).map(([scope, level]) => `${scope}=${level}`).join(',')).join('; ');
  if (held === undefined) return { ok: true, header };
  const ok = sets.some((set) => Object.entries(set).every(([scope, level]) => LEVEL[held[scope as keyof TokenPermissions] ?? 'none'] >= LEVEL[level ?? 'none']));
  return { ok, header };
}

export interface FakeGitHub {
  /** API base URL, http://127.0.0.1:PORT (GITHUB_API_URL) */
  readonly url: string;
  /** url + "/graphql" (GITHUB_GRAPHQL_URL) */
  readonly graphqlUrl: string;
  /** web base (GITHUB_SERVER_URL), default https://github.com */
  readonly serverUrl: string;
  /** the workflow token (identity github-actions[bot]) */
  readonly token: string;
  readonly violations: string[];
  readonly calls: CallRecord[];
  readonly state: FakeState;
  stop(): Promise<void>;
  resetCalls(): void;
  failNext(spec: FaultSpec): void;
  clearFaults(): void;
  /**
   * Races, made deterministic: the next GraphQL request of `operation` runs `before`
   * first (e.g. another run's comment lands between a read and a write); with `hold`,
   * the first `hold` such requests wait for each other and are then answered together.
   */
  intercept(spec: InterceptSpec): void;
  setReadOnly(on: boolean): void;
  /** Every answer waits this long first, as a distant server's would (the benchmark counts round trips with it). */
  setLatency(ms: number): void;
  /**
   * The token's permissions (default: the workflow token's); a call they do not cover
   * answers 403 "Resource not accessible by integration" with GitHub's
   * x-accepted-github-permissions header (REST) or a FORBIDDEN error (GraphQL mutations).
   */
  setTokenPermissions(permissions: TokenPermissions | undefined, token?: string): void;
  addToken(token: string, seed: TokenSeed): void;
  /** The root value POST /graphql executes against; by default the state-backed one (see graphql-root.ts). */
  setGraphQLRoot(root: GraphQLRoot): void;
  resetGraphQLRoot(): void;
  /** The state-backed root as a token sees it (default: the workflow token), to spread into a custom root. */
  stateGraphQLRoot(token?: string): Record<string, unknown>;
  addRepo(seed: RepoSeed): RepoRecord;
  addIssue(seed: IssueSeed): IssueRecord;
  addPull(seed: PullSeed): IssueRecord;
  addMilestone(seed: MilestoneSeed): MilestoneRecord;
  /** A Projects (v2) project with an iteration field; the workflow token cannot read it (as on GitHub), other tokens can. */
  addProject(seed: ProjectSeed): ProjectRecord;
  addComment(seed: CommentSeed): CommentRecord;
  setFile(seed: FileSeed): void;
  /** comments on an issue or PR, oldest first */
  comments(number: number): CommentRecord[];
  comments(owner: string, repo: string, number: number): CommentRecord[];
  /** check runs created in a repository (default: the default repository), oldest first */
  checkRuns(owner?: string, repo?: string): CheckRunRecord[];
  issue(number: number, owner?: string, repo?: string): IssueRecord | undefined;
}

class FakeGitHubServer implements FakeGitHub {
  readonly violations: string[] = [];
  readonly calls: CallRecord[] = [];
  readonly state: FakeState;
  readonly serverUrl: string;
  readonly token = WORKFLOW_TOKEN;
  url = '';
  private readonly server: Server;
  private readonly tokens = new Map<string, TokenEntry>();
  private readonly faults: ActiveFault[] = [];
  private readOnly: boolean;
  private graphQLRoot: { readonly root: GraphQLRoot } | undefined;
  private readonly contractOptions: ContractOptions;
  private readonly strictGraphQL: boolean;

  constructor(options: FakeGitHubOptions) {
    const repo =
      typeof options.repo === 'string' || options.repo === undefined
        ? splitRepo(options.repo ?? 'acme/widgets')
        : options.repo;
    this.state = new FakeState(repo, options.now);
    this.serverUrl = (options.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
    this.readOnly = options.readOnly ?? false;
    this.contractOptions = { strictBodies: options.strictBodies ?? true };
    this.strictGraphQL = options.strictGraphQLMocks ?? true;
    this.tokens.set(WORKFLOW_TOKEN, { identity: GITHUB_ACTIONS_BOT, readOnly: false });
    for (const [token, seed] of Object.entries(options.tokens ?? {})) this.addToken(token, seed);
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        this.violations.push(`fake server crashed on ${req.method ?? '?'} ${req.url ?? '?'}: ${String(err)}`);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ message: 'Server Error' }));
      });
    });
    this.server.keepAliveTimeout = 1000;
  }

  get graphqlUrl(): string {
    return `${this.url}/graphql`;
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    const address = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${address.port}`;
  }

  async stop(): Promise<void> {
    if (!this.server.listening) return;
    await new Promise<void>((resolve, reject) => {
      this.server.close((err) => (err ? reject(err) : resolve()));
      this.server.closeAllConnections();
    });
  }

  resetCalls(): void {
    this.calls.length = 0;
  }

  failNext(spec: FaultSpec): void {
    this.faults.push({ ...spec, remaining: spec.times ?? 1 });
  }

  private readonly intercepts: { spec: InterceptSpec; waiting: (() => void)[]; beforeDone: boolean }[] = [];

  intercept(spec: InterceptSpec): void {
    this.intercepts.push({ spec, waiting: [], beforeDone: false });
  }

  /** Applies the intercepts for a GraphQL operation: runs `before`, and waits at a hold. */
  private async intercepted(operation: string | undefined): Promise<void> {
    for (const entry of this.intercepts) {
      if (entry.spec.operation !== operation) continue;
      if (entry.spec.before !== undefined && !entry.beforeDone) {
        entry.beforeDone = true;
        entry.spec.before();
      }
      const hold = entry.spec.hold ?? 0;
      if (entry.waiting.length < hold) {
        await new Promise<void>((release) => {
          entry.waiting.push(release);
          if (entry.waiting.length === hold) for (const go of entry.waiting) go();
        });
      }
    }
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  setReadOnly(on: boolean): void {
    this.readOnly = on;
  }

  private latencyMs = 0;

  setLatency(ms: number): void {
    this.latencyMs = ms;
  }

  setTokenPermissions(permissions: TokenPermissions | undefined, token: string = WORKFLOW_TOKEN): void {
    const entry = this.tokens.get(token);
    if (!entry) throw new Error('setTokenPermissions: unknown token');
    if (permissions === undefined) delete entry.permissions;
    else entry.permissions = permissions;
  }

  addToken(token: string, seed: TokenSeed): void {
    const identity = this.state.user({ login: seed.login, ...(seed.type ? { type: seed.type } : {}), ...(seed.id !== undefined ? { id: seed.id } : {}) });
    this.tokens.set(token, { identity: seed.app ? { ...identity, app: seed.app } : identity, readOnly: seed.readOnly ?? false });
  }

  setGraphQLRoot(root: GraphQLRoot): void {
    this.graphQLRoot = { root };
  }

  resetGraphQLRoot(): void {
    this.graphQLRoot = undefined;
  }

  stateGraphQLRoot(token: string = WORKFLOW_TOKEN): Record<string, unknown> {
    const entry = this.tokens.get(token);
    if (!entry) throw new Error('stateGraphQLRoot: unknown token');
    return stateGraphQLRoot(this.state, entry.identity, this.serverUrl);
  }

  addRepo(seed: RepoSeed): RepoRecord {
    return this.state.addRepo(seed);
  }
  addIssue(seed: IssueSeed): IssueRecord {
    return this.state.addIssue(seed);
  }
  addPull(seed: PullSeed): IssueRecord {
    return this.state.addPull(seed);
  }
  addMilestone(seed: MilestoneSeed): MilestoneRecord {
    return this.state.addMilestone(seed);
  }
  addProject(seed: ProjectSeed): ProjectRecord {
    return this.state.addProject(seed);
  }
  addComment(seed: CommentSeed): CommentRecord {
    return this.state.addComment({ ...seed, user: seed.user ?? ('octocat' as UserSeed) });
  }
  setFile(seed: FileSeed): void {
    this.state.setFile(seed);
  }

  comments(a: number | string, b?: string, c?: number): CommentRecord[] {
    const [owner, name, number] = typeof a === 'number' ? [undefined, undefined, a] : [a, b, c];
    const repo = this.state.repo(owner, name);
    return this.state.commentsOn(`${repo.owner.login}/${repo.name}`, number ?? 0).map((x) => ({ ...x }));
  }

  checkRuns(owner?: string, repo?: string): CheckRunRecord[] {
    const r = this.state.repo(owner, repo);
    const key = `${r.owner.login}/${r.name}`;
    return [...this.state.checkRuns.values()].filter((x) => x.repo === key).sort((x, y) => x.id - y.id).map((x) => structuredClone(x));
  }

  issue(number: number, owner?: string, repo?: string): IssueRecord | undefined {
    return this.state.repo(owner, repo).issues.get(number);
  }

  // ---------------------------------------------------------------- requests

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const startedMs = performance.now();
    const raw = await readBody(req);
    if (this.latencyMs > 0) await new Promise((done) => setTimeout(done, this.latencyMs));
    const method = (req.method ?? 'GET').toUpperCase();
    const target = new URL(req.url ?? '/', 'http://placeholder');
    const rawPath = target.pathname;
    const urls: Urls = { api: `http://${req.headers.host ?? '127.0.0.1'}`, html: this.serverUrl };
    const queryRecord = Object.fromEntries(target.searchParams);

    let json: unknown;
    let parseError: string | undefined;
    if (raw.length > 0) {
      try {
        json = JSON.parse(raw.toString('utf8'));
      } catch (err) {
        parseError = String(err);
      }
    }
    const bodyPresent = raw.length > 0;

    const send = (
      status: number,
      body: unknown,
      extra: SendExtra & { operationId?: string; login?: string } = {},
    ): void => {
      // JSON media types (application/vnd.github.object…) travel as application/json, as on GitHub.
      const headers: Record<string, string> = {
        ...standardHeaders(extra.raw !== undefined ? 'raw' : extra.mediaType?.replace(/^application\/vnd\.github\./, '') ?? ''),
        'content-type': `${extra.raw !== undefined ? (extra.mediaType ?? 'application/octet-stream') : 'application/json'}; charset=utf-8`,
        ...(extra.headers ?? {}),
      };
      const payload = extra.raw ?? (body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(body)));
      headers['content-length'] = String(payload.length);
      res.writeHead(status, headers);
      res.end(payload);
      this.calls.push({
        method,
        path: rawPath,
        query: queryRecord,
        status,
        ...(bodyPresent ? { body: parseError === undefined ? json : raw.toString('utf8') } : {}),
        ...(extra.operationId !== undefined ? { operationId: extra.operationId } : {}),
        ...(extra.login !== undefined ? { login: extra.login } : {}),
        ...(extra.graphqlOperation !== undefined ? { graphqlOperation: extra.graphqlOperation } : {}),
        startedMs,
        endedMs: performance.now(),
      });
    };

    /** A fault: its JSON body (or GitHub's error object), or its raw body as is. */
    const sendFault = (fault: FaultSpec, fallback: unknown, extra: SendExtra & { operationId?: string; login?: string }): void => {
      const headers = fault.headers ? { headers: fault.headers } : {};
      if (fault.raw !== undefined) send(fault.status, undefined, { ...extra, ...headers, raw: Buffer.from(fault.raw, 'utf8'), mediaType: fault.rawType ?? 'text/html' });
      else send(fault.status, fault.body ?? fallback, { ...extra, ...headers });
    };

    if (!req.headers['user-agent']) {
      this.violations.push(`${method} ${rawPath}: no User-Agent header (GitHub answers 403)`);
      send(403, {
        message: 'Request forbidden by administrative rules. Please make sure your request has a User-Agent header',
        documentation_url: 'https://docs.github.com/overview/resources-in-the-rest-api#user-agent-required',
        status: '403',
      });
      return;
    }

    // identity
    const auth = req.headers.authorization;
    let entry: TokenEntry | null = null;
    if (auth !== undefined) {
      const m = /^(?:token|bearer)\s+(\S+)$/i.exec(auth.trim());
      const found = m?.[1] !== undefined ? this.tokens.get(m[1]) : undefined;
      if (!found) {
        send(401, errorBody(401, 'Bad credentials', 'https://docs.github.com/rest'));
        return;
      }
      entry = found;
    }
    const login = entry?.identity.login;
    const who = login !== undefined ? { login } : {};

    if (rawPath === '/graphql') {
      await this.handleGraphQL(method, json, parseError, entry, (status, body, extra = {}) => send(status, body, { ...extra, operationId: 'graphql', ...who }));
      return;
    }

    const c = contract();
    const matched = c.match(method, rawPath);
    if (matched.kind !== 'ok') {
      this.violations.push(
        matched.kind === 'no-route'
          ? `${method} ${rawPath}: no such operation in the OpenAPI extract`
          : `${method} ${rawPath}: method not in the extract for this path (has ${matched.allowed.join(', ')})`,
      );
      send(404, errorBody(404, 'Not Found', 'https://docs.github.com/rest'), who);
      return;
    }
    const op = matched.op;
    const ids = { operationId: op.operationId, ...who };
    const check = c.checkRequest(op, matched.pathParams, target.searchParams, { present: bodyPresent, json, ...(parseError !== undefined ? { parseError } : {}) }, this.contractOptions);
    if (check.violations.length > 0) {
      this.violations.push(...check.violations);
      const status = parseError !== undefined ? 400 : 422;
      const message = parseError !== undefined ? 'Problems parsing JSON' : `Invalid request.\n\n${check.violations.join('\n')}`;
      this.respond(op, send, { status, body: errorBody(status, message, op.documentationUrl) }, ids);
      return;
    }

    const fault = this.takeFault(method, rawPath, op.path);
    if (fault) {
      sendFault(fault, errorBody(fault.status, defaultMessage(fault.status), op.documentationUrl), ids);
      return;
    }

    const write = method !== 'GET' && method !== 'HEAD';
    if (write && entry === null) {
      this.respond(op, send, { status: 401, body: errorBody(401, 'Requires authentication', op.documentationUrl) }, ids);
      return;
    }
    if (write && (this.readOnly || entry?.readOnly === true)) {
      this.respond(op, send, { status: 403, body: errorBody(403, READ_ONLY_MESSAGE, op.documentationUrl) }, ids);
      return;
    }
    const needed = NEEDED[op.operationId];
    if (needed !== undefined && entry !== null) {
      const { ok, header } = permitted(entry.permissions, needed);
      if (!ok) {
        send(403, errorBody(403, READ_ONLY_MESSAGE, op.documentationUrl), { ...ids, headers: { 'x-accepted-github-permissions': header } });
        return;
      }
    }

    const handler = HANDLERS[op.operationId];
    if (!handler) {
      this.violations.push(`${op.operationId} is in the extract but the fake has no handler for it`);
      send(501, errorBody(501, 'Not Implemented', op.documentationUrl), ids);
      return;
    }
    const result = handler({
      state: this.state,
      urls,
      identity: entry?.identity ?? null,
      op,
      pathParams: check.pathParams,
      query: check.query,
      body: json,
      accept: req.headers.accept ?? '',
      rawPath,
      rawQuery: target.searchParams,
      violation: (m) => this.violations.push(m),
    });
    this.respond(op, send, result, ids);
  }

  /** Validates a response against the operation's schema for its status, then sends it. */
  private respond(
    op: ExtractOperation,
    send: (status: number, body: unknown, extra: { headers?: Readonly<Record<string, string>>; operationId?: string; login?: string; raw?: Buffer; mediaType?: string }) => void,
    result: RouteResult,
    ids: { operationId: string; login?: string },
  ): void {
    if (result.raw === undefined) {
      this.violations.push(...contract().checkResponse(op, result.status, result.mediaType ?? 'application/json', result.body));
    }
    send(result.status, result.body, {
      ...ids,
      ...(result.headers ? { headers: result.headers } : {}),
      ...(result.raw !== undefined ? { raw: result.raw } : {}),
      ...(result.mediaType !== undefined ? { mediaType: result.mediaType } : {}),
    });
  }

  private async handleGraphQL(
    method: string,
    json: unknown,
    parseError: string | undefined,
    entry: TokenEntry | null,
    send: (status: number, body: unknown, extra?: SendExtra) => void,
  ): Promise<void> {
    if (method !== 'POST') {
      this.violations.push(`${method} /graphql: GraphQL takes POST only`);
      send(404, errorBody(404, 'Not Found', 'https://docs.github.com/graphql'));
      return;
    }
    if (parseError !== undefined || json === null || typeof json !== 'object' || typeof (json as { query?: unknown }).query !== 'string') {
      this.violations.push(`POST /graphql: the body must be JSON with a "query" string`);
      send(400, { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/graphql' });
      return;
    }
    const body = json as { query: string; variables?: unknown; operationName?: unknown };
    const extraKeys = Object.keys(body).filter((k) => !['query', 'variables', 'operationName'].includes(k));
    if (extraKeys.length > 0) this.violations.push(`POST /graphql: unknown body properties ${extraKeys.join(', ')}`);
    if (body.variables !== undefined && body.variables !== null && (typeof body.variables !== 'object' || Array.isArray(body.variables))) {
      this.violations.push('POST /graphql: "variables" must be an object');
    }
    if (entry === null) {
      send(401, { message: 'This endpoint requires you to be authenticated.', documentation_url: 'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql' });
      return;
    }
    const request: GraphQLRequest = {
      query: body.query,
      ...(body.variables && typeof body.variables === 'object' ? { variables: body.variables as Record<string, unknown> } : {}),
      ...(typeof body.operationName === 'string' ? { operationName: body.operationName } : {}),
    };
    const operation = request.operationName ?? /^\s*(?:query|mutation)\s+(\w+)/u.exec(request.query)?.[1];
    const named = operation === undefined ? {} : { graphqlOperation: operation };
    const reply = (status: number, body: unknown): void => send(status, body, named);
    await this.intercepted(operation);
    const fault = this.takeFault('POST', '/graphql', '/graphql', operation);
    if (fault) {
      const headers = fault.headers ? { headers: fault.headers } : {};
      if (fault.raw !== undefined) send(fault.status, undefined, { ...named, ...headers, raw: Buffer.from(fault.raw, 'utf8'), mediaType: fault.rawType ?? 'text/html' });
      else send(fault.status, fault.body ?? errorBody(fault.status, defaultMessage(fault.status), 'https://docs.github.com/graphql'), { ...named, ...headers });
      return;
    }
    const mayWrite = permitted(entry.permissions, [{ issues: 'write' }, { pull_requests: 'write' }]).ok;
    if ((this.readOnly || entry.readOnly || !mayWrite) && isMutation(request.query, request.operationName) === true) {
      // GitHub answers 200 with a FORBIDDEN error per mutation field.
      const outcome = await executeGraphQL(request, {}, false);
      if (outcome.violations.some((v) => v.startsWith('GraphQL document'))) {
        this.violations.push(...outcome.violations);
        reply(200, outcome.response);
        return;
      }
      const data = (outcome.response.data ?? {}) as Record<string, unknown>;
      reply(200, {
        data: Object.fromEntries(Object.keys(data).map((k) => [k, null])),
        errors: Object.keys(data).map((k) => ({ type: 'FORBIDDEN', path: [k], locations: [], message: READ_ONLY_MESSAGE })),
      });
      return;
    }
    const root = this.graphQLRoot ? this.graphQLRoot.root : stateGraphQLRoot(this.state, entry.identity, this.serverUrl);
    const outcome = await executeGraphQL(request, root, this.strictGraphQL);
    this.violations.push(...outcome.violations);
    reply(200, outcome.response);
  }

  private takeFault(method: string, rawPath: string, template: string, operation?: string): ActiveFault | undefined {
    const i = this.faults.findIndex((f) => {
      if (f.method !== undefined && f.method.toUpperCase() !== method) return false;
      if (f.operation !== undefined && f.operation !== operation) return false;
      if (f.path instanceof RegExp) return f.path.test(rawPath);
      return f.path === rawPath || f.path === template || safeDecode(rawPath) === f.path;
    });
    const fault = this.faults[i];
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults.splice(i, 1);
    return fault;
  }
}

/** Starts a fake GitHub API on 127.0.0.1 (a free port). Stop it with `stop()`. */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  contract(); // compile the contract before the first request
  const server = new FakeGitHubServer(options);
  await server.listen();
  return server;
}

function splitRepo(full: string): { owner: string; name: string } {
  const [owner, name, extra] = full.split('/');
  if (!owner || !name || extra !== undefined) throw new Error(`repo must be "owner/name", got ${full}`);
  return { owner, name };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function defaultMessage(status: number): string {
  const messages: Record<number, string> = {
    400: 'Bad Request',
    401: 'Bad credentials',
    403: 'Forbidden',
    404: 'Not Found',
    409: 'Conflict',
    410: 'Gone',
    422: 'Validation Failed',
    429: 'Too Many Requests',
    500: 'Server Error',
    502: 'Server Error',
    503: 'Service Unavailable',
  };
  return messages[status] ?? `HTTP ${status}`;
}

let remaining = 5000;
function standardHeaders(param: string): Record<string, string> {
  remaining = remaining <= 1 ? 5000 : remaining - 1;
  return {
    'x-github-api-version-selected': '2022-11-28',
    'x-github-media-type': param === '' ? 'github.v3; format=json' : param === 'raw' ? 'github.v3; param=raw' : `github.v3; param=${param}; format=json`,
    'x-github-request-id': randomUUID().toUpperCase().slice(0, 23).replace(/-/g, ':'),
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 3600),
    'x-ratelimit-used': String(5000 - remaining),
    'x-ratelimit-resource': 'core',
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
