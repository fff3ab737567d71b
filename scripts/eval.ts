/**
 * `npm run eval [-- --verbose] [-- --field NAME]`: runs the engine over the real-body
 * corpus (fixtures/corpus/) with the default config, as the CLI would, and prints
 * per field its precision, recall or agreement with the readers' labels, the counts,
 * and the floor the test holds it to. `--verbose` lists every miss with its case id
 * (`--field` keeps the misses of one field); `--corpus DIR` reads another corpus folder.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CORPUS_DIR, loadCorpus } from './eval/corpus.js';
import { figureKey, meetsFloor, score } from './eval/score.js';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', short: 'v' }, field: { type: 'string' }, corpus: { type: 'string' } } });
const floors = JSON.parse(readFileSync(new URL('floors.json', CORPUS_DIR), 'utf8')) as Record<string, number>;
const cases = loadCorpus(values.corpus === undefined ? CORPUS_DIR : pathToFileURL(`${resolve(values.corpus)}/`));
const started = performance.now();
const scores = score(cases);
const ms = performance.now() - started;

const pct = (v: number | null): string => (v === null ? '—' : `${(v * 100).toFixed(1)} %`);
const rows = scores.figures.map((f) => {
  const floor = floors[figureKey(f)];
  const verdict = floor === undefined ? '' : meetsFloor(f, floor) ? 'ok' : 'BELOW FLOOR';
  const bound = floor === undefined ? '' : `${f.measure === 'bodies with a false reference' ? '≤' : '≥'} ${pct(floor)}`;
  return [f.field, f.measure, pct(f.value), `${f.hits}/${f.of}`, bound, verdict];
});
const header = ['field', 'measure', 'value', 'count', 'floor', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
const line = (r: readonly string[]): string => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
console.log(`alignment-check eval: ${scores.cases} real bodies (fixtures/corpus), default config, ${ms.toFixed(0)} ms`);
console.log('');
console.log(line(header));
for (const r of rows) console.log(line(r));
if (values.verbose) {
  const misses = values.field === undefined ? scores.misses : scores.misses.filter((m) => m.field === values.field);
  console.log('');
  console.log(`misses (${misses.length}):`);
  for (const m of misses) console.log(`  ${m.field.padEnd(18)} ${m.id.padEnd(48)} ${m.detail}`);
}
const below = scores.figures.filter((f) => floors[figureKey(f)] !== undefined && !meetsFloor(f, floors[figureKey(f)] as number));
if (below.length > 0) process.exitCode = 1;
