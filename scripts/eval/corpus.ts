/**
 * The real-body corpus (fixtures/corpus/): each case's body, where it comes from,
 * and what a careful reader saw in it, written before the engine ran on it. The
 * label files are held to a schema so a malformed label cannot score silently.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_CATEGORIES } from '../../src/config/categories.js';

export const CORPUS_DIR = new URL('../../fixtures/corpus/', import.meta.url);

const category = z.enum(Object.keys(DEFAULT_CATEGORIES) as [keyof typeof DEFAULT_CATEGORIES, ...(keyof typeof DEFAULT_CATEGORIES)[]]);
const UNFILLED = ['business-value', 'nfr', 'debt', 'other'] as const;
const TRAPS = [
  'money-debt',
  'debt-article',
  'debt-metric',
  'debt-word-no-ref',
  'closes-non-debt',
  'word-sense',
  'category-outside-container',
  'example',
  'placeholder-value',
  'compound-label',
  'process-step',
  'category-in-container-title',
] as const;

export const metaSchema = z.strictObject({
  source: z.string().min(1),
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/u).optional(),
  kind: z.enum(['pr', 'issue']),
  title: z.string(),
  labels: z.array(z.string()),
  cut: z.string().optional(),
  license: z.string().optional(),
});
export type CaseMeta = z.infer<typeof metaSchema>;

export const labelsSchema = z.strictObject({
  reader: z.string().min(1),
  businessValue: z.strictObject({ present: z.boolean(), measurable: z.boolean(), title: z.string() }),
  nfr: z.strictObject({
    explicit: z.array(category),
    implied: z.array(category),
    waived: z.array(category),
    outside: z.array(category),
    other: z.array(z.string()),
  }),
  debt: z.strictObject({ isDebtWork: z.boolean(), declaresNewDebt: z.boolean(), references: z.array(z.string().min(1)) }),
  unfilled: z.array(z.enum(UNFILLED)),
  traps: z.array(z.enum(TRAPS)),
  shapes: z.array(z.string()),
  notes: z.string(),
});
export type CaseLabels = z.infer<typeof labelsSchema>;

export interface CorpusCase {
  readonly id: string;
  readonly body: string;
  readonly meta: CaseMeta;
  readonly labels: CaseLabels;
}

/** A case whose files do not fit the format: the message names the file and the key. */
export class CorpusError extends Error {
  override readonly name = 'CorpusError';
}

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CorpusError(`${file}: not JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CorpusError(`${file}: ${issue?.path.join('.') || '(top level)'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** Every case of the corpus, in id order. */
export function loadCorpus(dir: URL = CORPUS_DIR): CorpusCase[] {
  const root = dir.pathname;
  return readdirSync(root)
    .filter((name) => statSync(join(root, name)).isDirectory())
    .sort()
    .map((id) => {
      const folder = join(root, id);
      return {
        id,
        body: readFileSync(join(folder, 'body.md'), 'utf8'),
        meta: readJson(join(folder, 'meta.json'), metaSchema),
        labels: readJson(join(folder, 'labels.json'), labelsSchema),
      };
    });
}
