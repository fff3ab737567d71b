/**
 * `npm run docs:config` writes docs/config.md: every key of .github/alignment.yml with
 * its type, default and description, generated from the one zod schema (through its
 * JSON Schema). A test fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateJsonSchema } from '../src/config/json-schema.js';
import { NPX, SCHEMA_MODELINE } from '../src/config/project-home.js';

interface Node {
  type?: string | string[];
  description?: string;
  default?: unknown;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Node>;
  additionalProperties?: Node | boolean;
  items?: Node;
  anyOf?: Node[];
  minimum?: number;
  maximum?: number;
}

export const CONFIG_DOCS_FILE = 'docs/config.md';

export function renderConfigDocs(): string {
  const schema = generateJsonSchema() as Node;
  const rows: string[] = [];
  walk(schema, '', rows);
  return [
    '# Configuration reference',
    '',
    '<!-- Generated from src/config/schema.ts by `npm run docs:config`; do not edit by hand. -->',
    '',
    'Every key of `.github/alignment.yml` is optional; an empty or missing file means these defaults.',
    `Unknown keys are errors. Check a file with \`${NPX} config validate\`. Editors complete and`,
    'validate it with the JSON Schema in `schema/alignment.schema.json` when its first line is',
    '',
    '```yaml',
    SCHEMA_MODELINE,
    '```',
    '',
    '| key | type | default | description |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

function walk(node: Node, path: string, rows: string[]): void {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    if (key === '$schema') continue;
    const at = path ? `${path}.${key}` : key;
    const nested = child.properties && Object.keys(child.properties).length > 0;
    if (!nested || child.description) rows.push(row(at, child, nested === true));
    if (nested) walk(child, at, rows);
    else if (child.additionalProperties && typeof child.additionalProperties === 'object' && child.additionalProperties.properties) {
      walk(child.additionalProperties, `${at}.<name>`, rows);
    }
  }
}

function row(path: string, node: Node, isSection: boolean): string {
  const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const type = isSection ? 'section' : typeOf(node);
  const fallback = isSection || node.default === undefined ? '' : `\`${JSON.stringify(node.default)}\``;
  return `| \`${path}\` | ${cell(type)} | ${cell(fallback)} | ${cell(node.description ?? '')} |`;
}

function typeOf(node: Node): string {
  if (node.enum) return node.enum.map((value) => `\`${String(value)}\``).join(' or ');
  if (node.const !== undefined) return `\`${String(node.const)}\``;
  if (node.anyOf) return node.anyOf.map(typeOf).join(' or ');
  if (node.type === 'array') return `list of ${node.items ? typeOf(node.items) : 'values'}`;
  if (node.type === 'object') {
    if (node.properties) return `{ ${Object.keys(node.properties).join(', ')} }`;
    if (node.additionalProperties && typeof node.additionalProperties === 'object') return `map of ${typeOf(node.additionalProperties)}`;
    return 'object';
  }
  const range = node.minimum !== undefined && node.maximum !== undefined && node.maximum < 1e9 ? ` (${node.minimum}–${node.maximum})` : '';
  return `${Array.isArray(node.type) ? node.type.join(' or ') : (node.type ?? 'any')}${range}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(new URL(`../${CONFIG_DOCS_FILE}`, import.meta.url), renderConfigDocs());
  console.log(`wrote ${CONFIG_DOCS_FILE}`);
}
