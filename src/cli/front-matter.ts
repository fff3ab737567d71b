/**
 * A local body file may start with YAML front matter giving what GitHub would know
 * about the subject: `title`, `kind` (pr | issue), `labels`, `number`, `repo`.
 * Command-line flags win over it.
 */
import { parse } from 'yaml';
import { z } from 'zod';
import { InputError } from './errors.js';

const frontMatterSchema = z.strictObject({
  title: z.string().optional(),
  kind: z.enum(['pr', 'issue']).optional(),
  labels: z.array(z.string()).optional(),
  number: z.int().min(0).optional(),
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/).optional(),
});
export type FrontMatter = z.infer<typeof frontMatterSchema>;

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/u;

export function splitFrontMatter(text: string, file: string): { meta: FrontMatter; body: string } {
  const match = FENCE.exec(text);
  if (!match) return { meta: {}, body: text };
  let data: unknown;
  try {
    data = parse(match[1] ?? '');
  } catch (error) {
    throw new InputError(`${file}:1: front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = frontMatterSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`${file}:1: front matter ${issue?.path.join('.') || ''}: ${issue?.message ?? 'invalid'}`);
  }
  // Keep line numbers: replace the front matter with blank lines.
  const blank = '\n'.repeat(match[0].split('\n').length - 1);
  return { meta: parsed.data, body: blank + text.slice(match[0].length) };
}
