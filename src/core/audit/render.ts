/**
 * The audit report as Markdown (for the job summary, a comment or an issue: tables, a
 * Mermaid chart of the trend, the top reasons with a linked example each, and the
 * recommended config) and as terminal text. Pure functions of the report.
 *
 * User text (titles, skip values, sprint names) is quoted as the sprint report quotes
 * it: it cannot @mention anyone, inject HTML or break a table.
 */
import { ruleTitle } from '../render/labels.js';
import type { RuleId } from '../result.js';
import { mdCode, mdText, mermaidLabel, oneLine, xychartHead } from '../sprint/render.js';
import { formatPercent } from '../sprint/report.js';
import { localDate } from '../sprint/zone.js';
import type { AuditReport, ItemRef, TrendBucket } from './model.js';
import { ENFORCE_AT, MOST } from './recommend.js';

/** The hidden first line of the Markdown: finds the report again in a comment or an issue. */
export const AUDIT_MARKER = '<!-- alignment-check:audit -->';

const pct = (share: number | null): string => (share === null ? '—' : formatPercent(share));
const countShare = (n: number, share: number | null): string => (share === null ? String(n) : `${n} (${formatPercent(share)})`);
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function period(report: AuditReport): string {
  return `${localDate(Date.parse(report.since), report.timeZone)} – ${localDate(Date.parse(report.until), report.timeZone)}`;
}

function subjects(report: AuditReport): string {
  return report.kinds.length === 2 ? 'PRs and issues' : report.kinds[0] === 'pr' ? 'PRs' : 'issues';
}

function skipWords(entry: AuditReport['skipped'][number]): string {
  switch (entry.setting) {
    case 'authors':
      return `by author ${entry.value} (skip.authors)`;
    case 'drafts':
      return `${entry.count === 1 ? 'draft' : 'drafts'} (skip.drafts)`;
    case 'labels':
      return `by label ${entry.value} (skip.labels)`;
  }
}

/** The rules that checked at least one item (the others were off or applied to nothing audited). */
const activeRules = (report: AuditReport): RuleId[] => report.rules.filter((r) => r.applied > 0).map((r) => r.id);

// ---------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------

function linkTo(item: ItemRef, repo: string): string {
  const short = item.ref.toLowerCase().startsWith(`${repo.toLowerCase()}#`) ? item.ref.slice(repo.length) : item.ref;
  const ref = item.url !== undefined && /^https:\/\/[^\s<>()[\]"'`\\]+$/u.test(item.url) ? `[${mdText(short, 80)}](${item.url})` : mdCode(short, 80);
  return item.title === '' ? ref : `${ref} ${mdText(item.title, 80)}`;
}

/** The x-axis labels: short, distinct, safe in Mermaid. */
function chartLabels(buckets: readonly TrendBucket[]): string[] {
  const seen = new Map<string, number>();
  return buckets.map((b) => {
    const base = mermaidLabel(b.title, 14);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const label = count === 1 ? base : `${base} (${count})`;
    return b.items === 0 ? `${label} (none)` : label;
  });
}

const pctValue = (share: number | null): number => (share === null ? 0 : Math.round(share * 1000) / 10);

/** The Mermaid xychart of the trend: bars = share passing every rule, line = share with a measurable business value. */
export function renderAuditChart(report: AuditReport): string {
  const buckets = report.trend.buckets;
  const by = report.trend.by === 'month' ? 'Month' : 'Sprint';
  return [
    ...xychartHead(['#4e79a7', '#e15759']),
    `  title "Items passing every rule, by ${by.toLowerCase()}"`,
    `  x-axis "${by}" [${chartLabels(buckets).map((l) => `"${l}"`).join(', ')}]`,
    '  y-axis "Share of items (%)" 0 --> 100',
    `  bar "Passing every rule" [${buckets.map((b) => pctValue(b.passingShare)).join(', ')}]`,
    `  line "Measurable business value" [${buckets.map((b) => pctValue(b.measurableValue)).join(', ')}]`,
    '```',
  ].join('\n');
}

export function renderAuditMarkdown(report: AuditReport): string {
  const t = report.totals;
  const out: string[] = [AUDIT_MARKER];
  const headline =
    t.audited === 0 ? 'no items to audit' : `${formatPercent(t.passingShare ?? 0)} of ${plural(t.audited, 'item passes', 'items pass')} every rule`;
  out.push(`### 📋 Alignment audit of ${mdCode(report.repo, 100)}: ${headline}`);
  out.push('');
  const notes = [`${subjects(report)} opened ${period(report)} (${mdText(report.timeZone, 60)})`, `${t.prs} PRs and ${t.issues} issues audited`, `mode ${report.mode}`];
  if (t.skipped > 0) notes.push(`${t.skipped} skipped by the config`);
  if (t.unreadable > 0) notes.push(`${t.unreadable} hidden from this token`);
  out.push(`<sub>${notes.join(' · ')}</sub>`);
  out.push('');
  if (t.audited === 0) {
    out.push(`No ${subjects(report)} were opened in the window${t.skipped > 0 ? ' that the config does not skip' : ''}: nothing to measure yet.`);
    out.push('');
    return out.join('\n');
  }

  // Rules.
  out.push('| Rule | Checked | ✅ Pass | ⚠️ Warn | ❌ Fail | Passing |');
  out.push('|---|---:|---:|---:|---:|---:|');
  for (const r of report.rules) {
    out.push(`| ${ruleTitle(r.id)} | ${r.applied} | ${r.pass} | ${r.warn} | ${r.fail} | ${r.applied === 0 ? 'not applied' : pct(r.passing)} |`);
  }
  out.push(`| **Every rule** | ${t.audited} | | | ${t.audited - t.passing} | **${pct(t.passingShare)}** |`);
  out.push('');
  if (report.skipped.length > 0) {
    out.push(`Skipped: ${report.skipped.map((s) => `${s.count} ${mdText(skipWords(s), 100)}`).join(', ')}.`);
    out.push('');
  }

  const bv = report.businessValue;
  out.push(`**Business value**: stated in ${countShare(bv.stated, bv.statedShare)} of ${bv.items} items, measurable in ${countShare(bv.measurable, bv.measurableShare)}.`);
  out.push('');

  // NFR coverage.
  const nfr = report.nfr;
  out.push('#### Non-functional criteria by category');
  out.push('');
  out.push('| Category | Required | Criteria | Waived | Addressed |');
  out.push('|---|:-:|---:|---:|---:|');
  for (const c of nfr.categories) {
    out.push(`| ${mdText(c.id, 40)} | ${c.required ? '✔' : ''} | ${countShare(c.criteria, c.coverage)} | ${c.waived} | ${pct(c.addressed)} |`);
  }
  out.push('');
  out.push(
    `${countShare(nfr.withCriteria, nfr.items === 0 ? null : nfr.withCriteria / nfr.items)} items state at least one criterion; ` +
      `${plural(nfr.withWaiver, 'item waives', 'items waive')} a category with a reason (${plural(nfr.waivers, 'waiver', 'waivers')}). ` +
      'Addressed: a criterion or a waiver, what `required` counts.',
  );
  out.push('');

  // Debt.
  const d = report.debt;
  out.push('#### Debt work');
  out.push('');
  out.push(
    d.debtWork === 0
      ? `None of the ${plural(d.prs, 'PR', 'PRs')} is debt work or declares new debt.`
      : `${d.debtWork} of ${plural(d.prs, 'PR is', 'PRs are')} debt work or declare new debt: ${countShare(d.linked, d.linkedShare)} link the debt register, ${d.unlinked} do not.`,
  );
  out.push('');

  // Trend.
  const by = report.trend.by === 'month' ? 'Month' : 'Sprint';
  out.push(`#### Trend by ${by.toLowerCase()}`);
  out.push('');
  const rules = activeRules(report);
  if (report.trend.buckets.length === 0) {
    out.push('No sprint overlaps the window (see `sprints.source` in the config), so there is no trend by sprint.');
  } else {
    out.push(`| ${by} | Items | Passing every rule | Measurable value | ${rules.map(ruleTitle).join(' | ')} |`);
    out.push(`|---|---:|---:|---:|${rules.map(() => '---:|').join('')}`);
    for (const b of report.trend.buckets) {
      out.push(`| ${mdText(b.title, 60)} | ${b.items} | ${pct(b.passingShare)} | ${pct(b.measurableValue)} | ${rules.map((id) => pct(b.rules[id] ?? null)).join(' | ')} |`);
    }
    if (report.trend.outside > 0) out.push('', `${plural(report.trend.outside, 'item was', 'items were')} opened outside every sprint.`);
    out.push('');
    out.push(renderAuditChart(report));
    out.push('');
    out.push(`<sub>Bars: the share of each ${by.toLowerCase()}'s items that pass every rule. Line: the share stating a measurable business value.</sub>`);
  }
  out.push('');

  // Reasons.
  out.push('#### Most common reasons for failing');
  out.push('');
  if (report.reasons.length === 0) {
    out.push('_No item fails a rule._');
  } else {
    out.push('| # | Rule | Reason | Items | Example |');
    out.push('|---:|---|---|---:|---|');
    report.reasons.forEach((r, i) => {
      out.push(`| ${i + 1} | ${ruleTitle(r.rule)} | ${mdText(r.reason, 200)} | ${countShare(r.count, r.share)} | ${linkTo(r.example, report.repo)} |`);
    });
  }
  out.push('');

  // Recommendation.
  out.push('#### Recommended config');
  out.push('');
  out.push('Given these figures, start here (merge into `.github/alignment.yml`):');
  out.push('');
  out.push('```yaml');
  out.push(report.recommendation.yaml.trimEnd());
  out.push('```');
  out.push('');
  out.push(
    `<sub>Require first what most items already do (from ${formatPercent(MOST)}); enforce once ${formatPercent(ENFORCE_AT)} of the items pass every rule. Run the audit again to see the effect.</sub>`,
  );
  out.push('');
  return out.join('\n');
}

// ---------------------------------------------------------------------------
// Terminal text
// ---------------------------------------------------------------------------

const pad = (s: string, n: number): string => s.padEnd(n);
const num = (s: string | number, n: number): string => String(s).padStart(n);

/** The report for a terminal: aligned plain columns, no Markdown, no escape sequences from user text. */
export function renderAuditText(report: AuditReport): string {
  const t = report.totals;
  const out: string[] = [];
  out.push(`Alignment audit of ${oneLine(report.repo, 100)} — ${subjects(report)} opened ${period(report)} (${oneLine(report.timeZone, 60)})`);
  const skipped = t.skipped > 0 ? `, ${t.skipped} skipped by the config` : '';
  const hidden = t.unreadable > 0 ? `, ${t.unreadable} hidden from this token` : '';
  out.push(`${t.audited} audited (${t.prs} PRs, ${t.issues} issues)${skipped}${hidden}; ${t.passing} pass every rule (${pct(t.passingShare)}), mode ${report.mode}`);
  if (t.audited === 0) return `${out.join('\n')}\n`;
  out.push('');
  const w = Math.max(12, ...report.rules.map((r) => ruleTitle(r.id).length));
  out.push(`${pad('Rule', w)}  ${num('Checked', 7)}  ${num('Pass', 6)}  ${num('Warn', 6)}  ${num('Fail', 6)}  ${num('Passing', 8)}`);
  for (const r of report.rules) {
    out.push(`${pad(ruleTitle(r.id), w)}  ${num(r.applied, 7)}  ${num(r.pass, 6)}  ${num(r.warn, 6)}  ${num(r.fail, 6)}  ${num(r.applied === 0 ? '—' : pct(r.passing), 8)}`);
  }
  out.push(`${pad('Every rule', w)}  ${num(t.audited, 7)}  ${num('', 6)}  ${num('', 6)}  ${num(t.audited - t.passing, 6)}  ${num(pct(t.passingShare), 8)}`);
  if (report.skipped.length > 0) out.push(`Skipped: ${report.skipped.map((s) => `${s.count} ${oneLine(skipWords(s), 100)}`).join(', ')}`);
  out.push('');
  const bv = report.businessValue;
  out.push(`Business value: stated ${countShare(bv.stated, bv.statedShare)}, measurable ${countShare(bv.measurable, bv.measurableShare)}`);
  out.push('');
  const cw = Math.max(12, ...report.nfr.categories.map((c) => oneLine(c.id, 40).length));
  out.push(`${pad('NFR category', cw)}  ${pad('Required', 8)}  ${num('Criteria', 14)}  ${num('Waived', 6)}  ${num('Addressed', 9)}`);
  for (const c of report.nfr.categories) {
    out.push(`${pad(oneLine(c.id, 40), cw)}  ${pad(c.required ? 'yes' : '', 8)}  ${num(countShare(c.criteria, c.coverage), 14)}  ${num(c.waived, 6)}  ${num(pct(c.addressed), 9)}`);
  }
  out.push(
    `${report.nfr.withCriteria} items state at least one criterion; ${plural(report.nfr.withWaiver, 'item waives', 'items waive')} a category (${plural(report.nfr.waivers, 'waiver', 'waivers')})`,
  );
  out.push('');
  const d = report.debt;
  out.push(`Debt work (PRs): ${d.debtWork} of ${d.prs}; linked to the register ${countShare(d.linked, d.linkedShare)}, not linked ${d.unlinked}`);
  out.push('');
  const by = report.trend.by === 'month' ? 'Month' : 'Sprint';
  if (report.trend.buckets.length === 0) out.push(`Trend by sprint: no sprint overlaps the window`);
  else {
    const bw = Math.max(8, ...report.trend.buckets.map((b) => oneLine(b.title, 30).length));
    out.push(`${pad(by, bw)}  ${num('Items', 6)}  ${num('Passing', 8)}  ${num('Measurable value', 16)}`);
    for (const b of report.trend.buckets) {
      const blocks = b.passingShare === null ? 0 : Math.round(b.passingShare * 30);
      const bar = blocks === 0 ? '' : `  ${'█'.repeat(blocks)}`;
      out.push(`${pad(oneLine(b.title, 30), bw)}  ${num(b.items, 6)}  ${num(pct(b.passingShare), 8)}  ${num(pct(b.measurableValue), 16)}${bar}`);
    }
    if (report.trend.outside > 0) out.push(`${report.trend.outside} opened outside every sprint`);
  }
  out.push('');
  out.push('Most common reasons for failing:');
  if (report.reasons.length === 0) out.push('  none');
  report.reasons.forEach((r, i) => {
    out.push(`${num(i + 1, 3)}. ${countShare(r.count, r.share)}  ${ruleTitle(r.rule)}: ${oneLine(r.reason, 200)}`);
    out.push(`      e.g. ${oneLine(r.example.ref, 80)} ${oneLine(r.example.title, 80)}${r.example.url === undefined ? '' : `  ${oneLine(r.example.url, 200)}`}`);
  });
  out.push('');
  out.push('Recommended config (merge into .github/alignment.yml):');
  for (const line of report.recommendation.yaml.trimEnd().split('\n')) out.push(`  ${line}`);
  return `${out.join('\n')}\n`;
}
