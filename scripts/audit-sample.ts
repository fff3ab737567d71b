/**
 * The sample audit the README shows (docs/audit-sample.md, and its screenshot
 * docs/audit-report.png from `npm run test:browser`): a made-up repository, acme/shop,
 * whose team adopted a PR and issue template during the quarter — 180 PRs and issues
 * opened from January to March 2026, their bodies drawn (seeded, so the same every
 * time) from a dozen shapes whose mix improves month by month, each checked by the
 * real engine under the embedded defaults.
 *
 *   npx tsx scripts/audit-sample.ts    # writes docs/audit-sample.md
 *
 * A test fails when the file is not what this script writes.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { defaultConfig } from '../src/config/schema.js';
import { checkItem, computeAudit, renderAuditMarkdown, type AuditReport } from '../src/core/audit/index.js';
import { parseSprintExport, type SprintExport, type WorkItemInput } from '../src/core/sprint/index.js';

export const AUDIT_SAMPLE_FILE = 'docs/audit-sample.md';

const VALUE = '## Business Value\nCuts checkout abandonment by 3% in the €1M EU segment for returning customers.\n';
const PERF = '- **Performance:** p95 of the cart API ≤ 300 ms at 150 req/s';
const SEC = '- **Security:** 0 high findings in the dependency scan';
const AC = (...lines: string[]): string => `\n## Acceptance Criteria\n${lines.join('\n')}\n`;

interface Shape {
  readonly kind: 'pr' | 'issue';
  readonly title: string;
  readonly body: string;
  readonly labels?: readonly string[];
}

/** The body shapes, by name; what each does to the rules is in its comment. */
const SHAPES: Readonly<Record<string, Shape>> = {
  // Passes every rule.
  full: { kind: 'pr', title: 'Cache shipping quotes', body: VALUE + AC(PERF, SEC) },
  reliable: { kind: 'issue', title: 'Retry failed payment webhooks', body: VALUE + AC(PERF, SEC, '- **Reliability:** 99.9 % of webhooks delivered within 5 min') },
  // A value without a quantity: a warning, not a failure.
  vague: { kind: 'issue', title: 'Faster search filters', body: '## Business Value\nCustomers will find products much faster and enjoy the shop more.\n' + AC(PERF, SEC) },
  // No acceptance criteria.
  noCriteria: { kind: 'pr', title: 'Add refund button for support', body: '## Business Value\nSaves the support team 10 hours a week of manual refunds for EU customers.\n' },
  // Security missing.
  noSecurity: { kind: 'issue', title: 'Lazy-load product images', body: VALUE + AC(PERF) },
  // Nothing at all.
  empty: { kind: 'pr', title: 'Fix typo in footer', body: '' },
  // The template, untouched.
  template: {
    kind: 'issue',
    title: 'Checkout sometimes slow',
    body: '## Business Value\n<!-- Who benefits, and by how much? -->\n\n## Acceptance Criteria\n- **Performance:** TBD\n- **Security:** TBD\n',
  },
  // No business value; accessibility waived with a reason.
  noValue: { kind: 'pr', title: 'Index the orders table', body: AC(PERF, SEC, '- **Accessibility:** N/A — a database change with no user interface') },
  // Debt work that links the register, and debt work that does not.
  debtLinked: { kind: 'pr', title: 'refactor: split the billing module', labels: ['tech-debt'], body: `${VALUE}${AC(PERF, SEC)}\n## Technical Debt\nTech debt ticket: DEBT-42\n` },
  debtUnlinked: { kind: 'pr', title: 'refactor: drop the legacy queue', labels: ['tech-debt'], body: VALUE + AC(PERF, SEC) },
  // A register issue: its business impact quantified, no criteria.
  register: { kind: 'issue', title: 'Legacy invoice job', labels: ['tech-debt'], body: '## Business Impact\nThe legacy invoice job costs the on-call team 6 hours a month in manual reruns.\n' },
};

/** Each month's mix (weights): the template arrives in February, the team fills it in by March. */
const MONTHS: readonly { readonly month: string; readonly items: number; readonly mix: Readonly<Record<string, number>> }[] = [
  { month: '2026-01', items: 60, mix: { empty: 30, noCriteria: 20, noValue: 15, noSecurity: 10, full: 10, debtUnlinked: 5, register: 5, vague: 5 } },
  { month: '2026-02', items: 60, mix: { empty: 10, template: 15, noCriteria: 15, noSecurity: 15, vague: 15, full: 15, debtLinked: 5, debtUnlinked: 5, register: 5 } },
  { month: '2026-03', items: 60, mix: { empty: 5, template: 5, noCriteria: 10, noSecurity: 10, vague: 15, full: 30, reliable: 15, debtLinked: 10 } },
];

/** mulberry32: a small seeded generator in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SINCE = '2026-01-01T00:00:00Z';
const UNTIL = '2026-03-31T23:59:59Z';

/** The sample as an audit export (`alignment-check audit --export` would write it so). */
export function sampleAuditExport(): SprintExport {
  const rnd = prng(2026_01_01);
  const config = defaultConfig();
  const items: WorkItemInput[] = [];
  let number = 100;
  for (const { month, items: count, mix } of MONTHS) {
    const names = Object.keys(mix);
    const total = names.reduce((sum, name) => sum + (mix[name] ?? 0), 0);
    const start = Date.parse(`${month}-01T00:00:00Z`);
    for (let i = 0; i < count; i += 1) {
      let pick = rnd() * total;
      const name = names.find((n) => (pick -= mix[n] ?? 0) < 0) ?? names[0] ?? 'empty';
      const shape = SHAPES[name];
      if (shape === undefined) throw new Error(`no shape ${name}`);
      number += 1;
      const createdAt = new Date(start + Math.floor(((i + rnd()) * 28 * 86_400_000) / count)).toISOString().replace(/\.\d{3}Z$/u, 'Z');
      const item = { kind: shape.kind, repo: 'acme/shop', number, title: shape.title, labels: [...(shape.labels ?? [])], body: shape.body };
      items.push({
        ...item,
        url: `https://github.com/acme/shop/${shape.kind === 'pr' ? 'pull' : 'issues'}/${number}`,
        body: undefined,
        createdAt,
        state: 'open',
        closes: [],
        author: `dev${number % 7}`,
        ...(shape.kind === 'pr' ? { draft: false } : {}),
        check: checkItem(item, config),
      });
    }
  }
  // Dependency bumps by a bot: the config skips them.
  for (let i = 0; i < 6; i += 1) {
    number += 1;
    items.push({
      kind: 'pr',
      repo: 'acme/shop',
      number,
      title: `Bump a dependency (${i + 1})`,
      labels: ['dependencies'],
      createdAt: new Date(Date.parse(SINCE) + (i + 1) * 13 * 86_400_000).toISOString(),
      state: 'open',
      closes: [],
      author: 'dependabot[bot]',
      draft: false,
      check: checkItem({ kind: 'pr', repo: 'acme/shop', labels: [], body: '' }, config),
    });
  }
  return parseSprintExport(
    { version: 1, repo: 'acme/shop', exportedAt: UNTIL, sprints: [], items, audit: { since: SINCE, until: UNTIL, kinds: ['pr', 'issue'], config } },
    'the sample',
  );
}

export function sampleAuditReport(): AuditReport {
  const data = sampleAuditExport();
  return computeAudit({
    repo: data.repo,
    items: data.items,
    since: Date.parse(SINCE),
    until: Date.parse(UNTIL),
    kinds: ['pr', 'issue'],
    config: defaultConfig(),
    source: 'stored',
    trend: { by: 'month' },
  });
}

/** docs/audit-sample.md: the sample's Markdown, as the job summary shows it. */
export function renderAuditSample(): string {
  return renderAuditMarkdown(sampleAuditReport());
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(new URL(`../${AUDIT_SAMPLE_FILE}`, import.meta.url), renderAuditSample());
  console.log(`wrote ${AUDIT_SAMPLE_FILE}`);
}
