/**
 * A local body file may start with YAML front matter giving what GitHub would know
 * about the subject: `title`, `kind` (pr | issue), `labels`, `number`, `repo` — and
 * `expect`, the verdict the file is meant to get (an example that fails on purpose
 * says so; the text output shows whether it did). Command-line flags win over it.
 *
 * Only a leading `---` block whose YAML is a mapping is front matter. Anything else —
 * a body that opens with a horizontal rule, a paragraph, then another rule — is body
 * text and is left untouched. Problems name the file's line and the key at fault.
 */
import { LineCounter, isMap, isNode, isScalar, parseDocument } from 'yaml';
import * as z from 'zod';
import { suggest } from '../config/suggest.js';
import { InputError } from './errors.js';

const fields = {
  title: z.string(),
  kind: z.enum(['pr', 'issue']),
  labels: z.array(z.string()),
  number: z.int().min(0),
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/u),
  expect: z.enum(['success', 'failure', 'neutral']),
};
type Key = keyof typeof fields;
export type FrontMatter = { [K in Key]?: z.infer<(typeof fields)[K]> };

const KEYS = Object.keys(fields) as Key[];
const EXPECTED: Record<Key, string> = {
  title: 'text',
  kind: 'pr or issue',
  labels: 'a list of label names',
  number: 'a whole number (0 or more)',
  repo: 'OWNER/NAME',
  expect: 'success, failure or neutral',
};

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/u;

export function splitFrontMatter(text: string, file: string): { meta: FrontMatter; body: string } {
  const match = FENCE.exec(text);
  if (!match) return { meta: {}, body: text };
  const yaml = match[1] ?? '';
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false });
  if (!isMap(doc.contents)) return { meta: {}, body: text };

  // The YAML starts on the file's second line.
  const lineAt = (offset: number | undefined): number => lineCounter.linePos(Math.max(0, Math.min(offset ?? 0, yaml.length))).line + 1;
  const syntax = doc.errors[0];
  if (syntax) {
    throw new InputError(`${file}:${lineAt(syntax.pos[0])}: front matter is not valid YAML: ${syntax.message.split('\n')[0] ?? ''}`);
  }

  const problems: Array<{ line: number; message: string }> = [];
  const meta: Record<string, unknown> = {};
  for (const pair of doc.contents.items) {
    const keyNode = isNode(pair.key) ? pair.key : undefined;
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key ?? '');
    if (!isKnown(key)) {
      const named = key.trim() === '' ? 'an empty key' : `unknown key \`${inert(key)}\``;
      const close = suggest(key, KEYS);
      const message = close === undefined ? `${named}; expected ${KEYS.slice(0, -1).join(', ')} or ${KEYS.at(-1) ?? ''}` : `${named}; did you mean \`${close}\`?`;
      problems.push({ line: lineAt(keyNode?.range?.[0]), message });
      continue;
    }
    const valueNode = isNode(pair.value) ? pair.value : undefined;
    let value: unknown;
    try {
      value = valueNode?.toJS(doc);
    } catch (error) {
      problems.push({ line: lineAt(valueNode?.range?.[0]), message: `\`${key}\`: ${(error as Error).message.split('\n')[0] ?? ''}` });
      continue;
    }
    if (value === null || value === undefined) continue; // `key:` with no value: as if absent
    const parsed = fields[key].safeParse(value);
    if (!parsed.success) {
      problems.push({ line: lineAt((valueNode ?? keyNode)?.range?.[0]), message: `\`${key}\`: expected ${EXPECTED[key]}, found ${show(value)}` });
      continue;
    }
    meta[key] = parsed.data;
  }
  if (problems.length > 0) {
    throw new InputError(problems.map((problem) => `${file}:${problem.line}: front matter: ${problem.message}`).join('\n'));
  }
  // Keep line numbers: replace the front matter with blank lines.
  const blank = '\n'.repeat(match[0].split('\n').length - 1);
  return { meta: meta as FrontMatter, body: blank + text.slice(match[0].length) };
}

function isKnown(key: string): key is Key {
  return Object.hasOwn(fields, key);
}

/** A value as the user wrote it, short, on one line. */
function show(value: unknown): string {
  return inert(JSON.stringify(value) ?? String(value));
}

/** User text for an error message: one line, no control characters, at most 60 characters. */
function inert(text: string): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f]+/gu, ' ');
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}
