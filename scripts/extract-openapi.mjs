#!/usr/bin/env node
// Extracts the few REST operations the action uses from GitHub's published
// OpenAPI description (package @octokit/openapi) into a small JSON file that the
// fake GitHub server (test/fake-github/) validates every request and response
// against.
//
// @octokit/openapi unpacks to ~400 MB, so it is never a dependency of this
// project: this script installs the pinned version into a temporary directory,
// reads it, writes the extract and deletes the directory.
//
//   node scripts/extract-openapi.mjs                 # install, extract, clean up
//   node scripts/extract-openapi.mjs --from DIR      # use an unpacked package in DIR
//   node scripts/extract-openapi.mjs --version X.Y.Z # another version of the package
//   node scripts/extract-openapi.mjs --out FILE      # write elsewhere
//
// Source file: generated/api.github.com.json — the plain (not dereferenced)
// description. Parameter, response and header references are inlined into each
// operation; schema references ("#/components/schemas/…") are kept as they are
// (schemas can be recursive), and every schema they reach, transitively, is
// copied into `components.schemas`. Examples are dropped.
//
// To extend the extract, add a [METHOD, PATH] pair to OPERATIONS below, exactly
// as the path is spelled in GitHub's REST docs, and run the script again.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The operations the fake server serves: [method, path template]. */
export const OPERATIONS = [
  ['GET', '/user'],
  ['GET', '/repos/{owner}/{repo}'],
  ['GET', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  ['GET', '/repos/{owner}/{repo}/issues'],
  ['POST', '/repos/{owner}/{repo}/issues'],
  ['GET', '/repos/{owner}/{repo}/issues/{issue_number}'],
  ['GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['GET', '/repos/{owner}/{repo}/contents/{path}'],
  ['POST', '/repos/{owner}/{repo}/check-runs'],
  ['PATCH', '/repos/{owner}/{repo}/check-runs/{check_run_id}'],
  ['GET', '/repos/{owner}/{repo}/milestones'],
  ['GET', '/repos/{owner}/{repo}/milestones/{milestone_number}'],
];

/** Pinned: the version @octokit/openapi-types (installed with @actions/github) was generated from. */
export const OPENAPI_PACKAGE = '@octokit/openapi';
export const OPENAPI_VERSION = '23.0.1';
const SOURCE_FILE = 'generated/api.github.com.json';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const args = { from: undefined, version: OPENAPI_VERSION, out: join(repoRoot, 'test/fake-github/openapi-extract.json') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--from') args.from = next();
    else if (a === '--version') args.version = next();
    else if (a === '--out') args.out = next();
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

/** Installs the package into a fresh temporary directory; returns [packageDir, cleanup]. */
function installPackage(version) {
  const dir = mkdtempSync(join(tmpdir(), 'octokit-openapi-'));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    process.stderr.write(`installing ${OPENAPI_PACKAGE}@${version} into a temporary directory…\n`);
    execFileSync(
      'npm',
      ['install', '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock', '--prefix', dir, `${OPENAPI_PACKAGE}@${version}`],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
  } catch (err) {
    cleanup();
    throw err;
  }
  return [join(dir, 'node_modules', ...OPENAPI_PACKAGE.split('/')), cleanup];
}

const DROP_SCHEMA_KEYS = new Set(['example', 'examples']);

function resolveRef(doc, ref) {
  if (!ref.startsWith('#/')) throw new Error(`external $ref not supported: ${ref}`);
  let node = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = node?.[key];
    if (node === undefined) throw new Error(`dangling $ref ${ref}`);
  }
  return node;
}

/** Follows non-schema refs (parameters, responses, headers) until a concrete object. */
function deref(doc, node) {
  let n = node;
  const seen = new Set();
  while (n && typeof n === 'object' && typeof n.$ref === 'string') {
    if (seen.has(n.$ref)) throw new Error(`circular $ref ${n.$ref}`);
    seen.add(n.$ref);
    n = resolveRef(doc, n.$ref);
  }
  return n;
}

function extract(doc, version) {
  const schemaNames = new Set();
  const queue = [];

  /** Copies a schema, drops examples, and notes the component schemas it refers to. */
  const copySchema = (node) => {
    if (Array.isArray(node)) return node.map(copySchema);
    if (!node || typeof node !== 'object') return node;
    const out = {};
    for (const [k, v] of Object.entries(node)) {
      if (DROP_SCHEMA_KEYS.has(k)) continue;
      if (k === '$ref') {
        const m = /^#\/components\/schemas\/(.+)$/.exec(v);
        if (!m) throw new Error(`unexpected $ref inside a schema: ${v}`);
        if (!schemaNames.has(m[1])) {
          schemaNames.add(m[1]);
          queue.push(m[1]);
        }
        out[k] = v;
        continue;
      }
      // properties/patternProperties/definitions hold names → schemas: copy the values
      if ((k === 'properties' || k === 'patternProperties') && v && typeof v === 'object') {
        out[k] = Object.fromEntries(Object.entries(v).map(([name, s]) => [name, copySchema(s)]));
        continue;
      }
      out[k] = copySchema(v);
    }
    return out;
  };

  const copyContent = (content) => {
    if (!content) return undefined;
    const out = {};
    for (const [type, media] of Object.entries(content)) {
      out[type] = { schema: media.schema ? copySchema(media.schema) : null };
    }
    return out;
  };

  const operations = [];
  for (const [method, path] of OPERATIONS) {
    const item = doc.paths[path];
    const op = item?.[method.toLowerCase()];
    if (!op) throw new Error(`${method} ${path} is not in ${SOURCE_FILE}`);
    const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => deref(doc, p));
    const parameters = params
      .filter((p) => p.in === 'path' || p.in === 'query')
      .map((p) => {
        const out = { name: p.name, in: p.in, required: p.required === true, schema: copySchema(p.schema ?? {}) };
        if (p['x-multi-segment']) out.multiSegment = true;
        if (p.deprecated) out.deprecated = true;
        return out;
      });
    let requestBody = null;
    if (op.requestBody) {
      const rb = deref(doc, op.requestBody);
      requestBody = { required: rb.required === true, content: copyContent(rb.content) ?? {} };
    }
    const responses = {};
    for (const [status, r0] of Object.entries(op.responses ?? {})) {
      const r = deref(doc, r0);
      const headers = r.headers
        ? Object.fromEntries(
            Object.entries(r.headers).map(([name, h]) => {
              const hh = deref(doc, h);
              return [name.toLowerCase(), { required: hh.required === true, schema: copySchema(hh.schema ?? {}) }];
            }),
          )
        : undefined;
      responses[status] = {
        description: r.description ?? '',
        ...(r.content ? { content: copyContent(r.content) } : {}),
        ...(headers ? { headers } : {}),
      };
    }
    operations.push({
      method,
      path,
      operationId: op.operationId,
      summary: op.summary ?? '',
      documentationUrl: op.externalDocs?.url ?? null,
      ...(op.deprecated ? { deprecated: true } : {}),
      parameters,
      requestBody,
      responses,
    });
  }

  const schemas = {};
  while (queue.length > 0) {
    const name = queue.shift();
    schemas[name] = copySchema(resolveRef(doc, `#/components/schemas/${name}`));
  }
  const sorted = Object.fromEntries(Object.keys(schemas).sort().map((k) => [k, schemas[k]]));

  return {
    $comment: 'Generated by scripts/extract-openapi.mjs from GitHub\'s OpenAPI description. Do not edit by hand: change OPERATIONS in the script and run it again.',
    source: {
      package: OPENAPI_PACKAGE,
      version,
      file: SOURCE_FILE,
      openapi: doc.openapi,
      infoVersion: doc.info?.version ?? null,
      servers: (doc.servers ?? []).map((s) => s.url),
    },
    operations,
    components: { schemas: sorted },
  };
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  let pkgDir = args.from;
  let cleanup = () => {};
  if (!pkgDir) [pkgDir, cleanup] = installPackage(args.version);
  try {
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    if (pkg.name !== OPENAPI_PACKAGE) throw new Error(`${pkgDir} holds ${pkg.name}, not ${OPENAPI_PACKAGE}`);
    const file = join(pkgDir, SOURCE_FILE);
    if (!existsSync(file)) throw new Error(`${SOURCE_FILE} missing from ${OPENAPI_PACKAGE}@${pkg.version}`);
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    const out = extract(doc, pkg.version);
    writeFileSync(args.out, JSON.stringify(out, null, 1) + '\n');
    process.stderr.write(
      `wrote ${relative(process.cwd(), args.out) || args.out}: ${out.operations.length} operations, ` +
        `${Object.keys(out.components.schemas).length} schemas, from ${OPENAPI_PACKAGE}@${pkg.version}\n`,
    );
  } finally {
    cleanup();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
