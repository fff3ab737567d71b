/**
 * `npm run bench`: prints what it measured, from one run, with the budgets from the
 * issues: the check of the 64 KiB golden body against a bare parse, the sprint report,
 * the audit, the PR check end to end (the built action: run `npm run build` first when
 * the sources changed) and the pathological bodies (about two minutes).
 */
import { fileURLToPath } from 'node:url';
import { benchBody } from './body.js';

const body = benchBody(fileURLToPath(new URL('../fixtures/bodies/large-64k-body/body.md', import.meta.url)));
const budget = 1.5;
console.log('alignment-check benchmarks (medians after warm-up)');
console.log('');
console.log(`body: ${(body.bytes / 1024).toFixed(1)} KiB, ${body.runs} runs each, interleaved`);
console.log(`  bare unified().use(remarkParse).use(remarkGfm).parse  ${body.parse.toFixed(2)} ms`);
console.log(`  full check (parse, sections, facts, rules, result)     ${body.check.toFixed(2)} ms`);
console.log(`  ratio check / bare parse                               ${body.ratio.toFixed(3)}×  (budget ≤ ${budget}×: ${body.ratio <= budget ? 'within' : 'OVER'})`);

try {
  const { benchSprint } = await import('./sprint.js');
  const sprint = await benchSprint();
  console.log('');
  console.log(`sprint report over ${sprint.items.toLocaleString('en')} exported items, ${sprint.runs} runs`);
  console.log(`  compute report  ${sprint.medianMs.toFixed(2)} ms  (budget ≤ ${sprint.budgetMs} ms: ${sprint.medianMs <= sprint.budgetMs ? 'within' : 'OVER'})`);
} catch (error) {
  console.log(`\nsprint benchmark unavailable: ${(error as Error).message}`);
}

try {
  const { benchUserPatterns, printUserPatterns } = await import('./user-patterns.js');
  console.log('');
  printUserPatterns(benchUserPatterns());
} catch (error) {
  console.log(`\nuser-pattern benchmark unavailable: ${(error as Error).message}`);
}

try {
  const { benchAudit, describeAuditBench } = await import('./audit.js');
  console.log('');
  console.log(describeAuditBench(benchAudit()));
} catch (error) {
  console.log(`\naudit benchmark unavailable: ${(error as Error).message}`);
}

try {
  const { benchEndToEnd, printEndToEnd } = await import('./end-to-end.js');
  console.log('');
  printEndToEnd(await benchEndToEnd());
} catch (error) {
  console.log(`\nend-to-end benchmark unavailable: ${(error as Error).message}`);
}

try {
  const { benchPathological, printPathological } = await import('./pathological.js');
  console.log('');
  printPathological(await benchPathological());
} catch (error) {
  console.log(`\npathological benchmark unavailable: ${(error as Error).message}`);
}
