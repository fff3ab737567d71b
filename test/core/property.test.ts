/**
 * Any body, however malformed, gives a result that satisfies the result contract —
 * random Markdown-ish text, mutations of the golden bodies, up to 64 KiB.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { check, resultSchema } from '../../src/core/index.js';

const MAX = 64 * 1024;
const fixtures = fileURLToPath(new URL('../../fixtures/bodies/', import.meta.url));
const seeds = readdirSync(fixtures, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => readFileSync(`${fixtures}${entry.name}/body.md`, 'utf8'));

const configs = [
  configSchema.parse({}),
  configSchema.parse({ mode: 'advisory', rules: { 'debt-link': { registers: [{ key: 'DEBT-\\d+' }, { github: {} }, { file: 'docs/DEBT.md' }, { url: 'https://t.example/browse/' }] } } }),
];

const fragments = [
  '# ', '## ', '### ', '#### ', '**', '__', '*', '_', '`', '```', '~~~', '\n', '\r\n', '\n\n', '- ', '* ', '1. ', '- [ ] ', '- [x] ',
  '| ', ' |', '|---|', '> ', '<!--', '-->', '<details>', '</details>', '<', '>', '[', ']', '(', ')', 'http://x.example/a#b', '#12',
  'acme/debt#3', 'DEBT-42', 'docs/DEBT.md#td-1', 'Business Value:', 'Acceptance Criteria', 'Performance:', 'Security', 'N/A — no UI',
  'N/A', 'TBD', '...', 'p95 ≤ 400 ms', '3%', '€1M', 'Tech debt ticket:', '💰', '\u0000', '\uFFFD', '\t', '    ', '\\', '&amp;', '日本語',
];

const markdownish = fc
  .array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 400 })
  .map((parts) => parts.join(''));

const mutated = fc
  .tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 64 }), fc.constantFrom(...fragments)), { maxLength: 30 }))
  .map(([seed, edits]) => {
    let text = seed;
    for (const [at, remove, insert] of edits) {
      const index = text.length ? at % text.length : 0;
      text = text.slice(0, index) + insert + text.slice(index + remove);
    }
    return text.slice(0, MAX);
  });

/** Repetition is where the parser is slowest (seconds at 64 KiB for some shapes), so these stay at 16 KiB. */
const repeated = fc
  .tuple(fc.constantFrom(...fragments), fc.integer({ min: 1, max: 4000 }))
  .map(([fragment, times]) => fragment.repeat(times).slice(0, 16 * 1024));

function holdsContract(body: string, kind: 'pr' | 'issue', title: string, labels: string[], which: number): void {
  const config = configs[which % configs.length] ?? configs[0];
  if (!config) throw new Error('no config');
  const result = check({ kind, title, body, labels, repo: 'acme/shop' }, config);
  expect(resultSchema.safeParse(result).success).toBe(true);
}

describe('any body', () => {
  const subject = fc.tuple(fc.constantFrom('pr' as const, 'issue' as const), fc.string({ maxLength: 80 }), fc.array(fc.constantFrom('tech-debt', 'bug', 'debt', ''), { maxLength: 3 }), fc.nat());

  it('random Markdown-ish text never throws and satisfies the result contract', () => {
    fc.assert(fc.property(markdownish, subject, (body, [kind, title, labels, which]) => holdsContract(body, kind, title, labels, which)), { numRuns: 300 });
  });

  it('mutated golden bodies never throw and satisfy the result contract', () => {
    fc.assert(fc.property(mutated, subject, (body, [kind, title, labels, which]) => holdsContract(body, kind, title, labels, which)), { numRuns: 200 });
  });

  it('pathological repetition never throws', () => {
    fc.assert(fc.property(repeated, subject, (body, [kind, title, labels, which]) => holdsContract(body, kind, title, labels, which)), { numRuns: 40 });
  });

  it.each(['> ', '1. ', '- ', '> - ', '* > '])('64 KiB of nested %j containers does not exhaust the stack', (fragment) => {
    holdsContract(fragment.repeat(Math.ceil(MAX / fragment.length)).slice(0, MAX), 'pr', 'deep', [], 0);
  });
});
