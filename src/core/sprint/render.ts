/**
 * The sprint report as a comment body (Markdown with a Mermaid chart) and as
 * terminal text. Pure functions of the report.
 *
 * All user text (titles, labels, sprint names, impact lines) is quoted: it cannot
 * @mention anyone, inject HTML, break a table or start a block; references are code
 * spans by default, so the report does not add a cross-reference to every item's
 * timeline.
 */
import type { SprintReport, SprintSummary } from './model.js';
import { formatBand, formatPercent } from './report.js';
import { localDate } from './zone.js';

export interface RenderOptions {
  /** Link items to their URL (adds "mentioned in" cross-references to them). Default false. */
  readonly links?: boolean;
  /** The repository the comment lives in: its refs are shortened to `#123`. */
  readonly repo?: string;
  /** The most debt items listed (default 50). */
  readonly maxDebtItems?: number;
  /** The most unclassified items listed (default 30). */
  readonly maxUnclassified?: number;
}

export const MARKER_PREFIX = 'alignment-check:sprint:';

/** The hidden first line a sprint's comment is found by. */
export const sprintMarker = (key: string): string => `<!-- ${MARKER_PREFIX}${key.replace(/[^A-Za-z0-9._:-]/g, '_').replace(/-{2,}/g, '-')} -->`;

/** The sprint key of a report comment (its marker line), or undefined when it is not one. */
export function commentKey(body: string): string | undefined {
  const m = /^<!-- alignment-check:sprint:([A-Za-z0-9._:-]+) -->/.exec(body);
  return m?.[1];
}

// ---------------------------------------------------------------------------
// Quoting user text
// ---------------------------------------------------------------------------

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;

function truncate(s: string, max: number): string {
  const chars = Array.from(s);
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** One line of plain text: no control characters, collapsed spaces, at most `max` characters. */
export function oneLine(s: string, max = 120): string {
  return truncate(s.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim(), max);
}

/**
 * User text as inert inline Markdown, safe in a table cell: Markdown punctuation
 * escaped, `<`, `>` and `&` as entities, a zero-width joiner after every `@`.
 */
export function mdText(s: string, max = 120): string {
  return oneLine(s, max)
    .replace(/[\\`*_[\]~|]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '@\u200D');
}

/** User text as a code span (for labels and refs); `|` escaped for tables. */
export function mdCode(s: string, max = 60): string {
  const text = oneLine(s, max).replace(/\|/g, '\\|');
  if (text === '') return '` `';
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || longest > 0 ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A string that is safe as a quoted Mermaid label. */
export function mermaidLabel(s: string, max = 20): string {
  const cleaned = oneLine(s, 200)
    .replace(/[^\p{L}\p{N} ._()/-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return truncate(cleaned === '' ? '?' : cleaned, max);
}

// ---------------------------------------------------------------------------
// Pieces
// ---------------------------------------------------------------------------

const WEIGHT_UNIT = { count: 'items', points: 'points', changes: 'lines changed' } as const;

const fmtNumber = (n: number): string => (Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100));

const plural = (n: number, one: string, many: string): string => `${fmtNumber(n)} ${n === 1 ? one : many}`;

function refOf(ref: string, url: string | undefined, options: RenderOptions): string {
  const short = options.repo !== undefined && ref.toLowerCase().startsWith(`${options.repo.toLowerCase()}#`) ? ref.slice(options.repo.length) : ref;
  if (options.links === true && url !== undefined && /^https:\/\/[^\s<>()[\]"'`\\]+$/.test(url)) {
    return `[${mdText(short, 80)}](${url})`;
  }
  return mdCode(short, 80);
}

function ratioCell(s: Pick<SprintSummary, 'ratio' | 'status'>): string {
  if (s.ratio !== null) return formatPercent(s.ratio);
  return s.status === 'no-work' ? 'no work finished' : 'no ratio';
}

const VERDICT_ICON = { below: '⚠️', within: '✅', above: '❗', none: '➖' } as const;

/** The last day of a summary's window, local to the report's zone. */
const dayRange = (s: { start: string; end: string }, timeZone: string): string =>
  `${localDate(Date.parse(s.start), timeZone)} – ${localDate(Date.parse(s.end) - 1, timeZone)}`;

/**
 * Short, distinct x-axis labels for the chart, and the axis title: a first word all
 * titles share ("Sprint 12", "Sprint 13") becomes the title, the rest the labels.
 */
function chartLabels(trend: readonly SprintSummary[]): { title: string; labels: string[] } {
  // "Sprint 3 (2026-03-02 – 2026-03-15)" → "Sprint 3"
  const bases = trend.map((s) => mermaidLabel(s.title.replace(/\s*\(.*\)\s*$/, '') || s.title, 60));
  const firstWord = (b: string): string | undefined => /^(\p{L}+) \S/u.exec(b)?.[1];
  const shared = firstWord(bases[0] ?? '');
  const strip = shared !== undefined && bases.every((b) => firstWord(b) === shared);
  const seen = new Map<string, number>();
  const labels = trend.map((s, i) => {
    const base = mermaidLabel(strip && shared !== undefined ? (bases[i] ?? '').slice(shared.length + 1) : (bases[i] ?? ''), 14);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const label = count === 1 ? base : `${base} (${count})`;
    return s.ratio === null ? `${label} (none)` : label;
  });
  return { title: strip && shared !== undefined ? shared : 'Sprint', labels };
}

const pctValue = (r: number): number => Math.round(r * 1000) / 10;

/** The Mermaid xychart: bars = debt share per sprint, lines = the band's min and max. */
export function renderTrendChart(report: SprintReport): string {
  const trend = report.trend;
  const { title: axisTitle, labels } = chartLabels(trend);
  const bars = trend.map((s) => (s.ratio === null ? 0 : pctValue(s.ratio)));
  const top = Math.max(report.band.max * 100, ...bars);
  const yMax = Math.min(100, Math.max(10, Math.ceil((top + 5) / 10) * 10));
  const min = pctValue(report.band.min);
  const max = pctValue(report.band.max);
  return [
    '```mermaid',
    '---',
    'config:',
    '  xyChart:',
    '    height: 320',
    '  themeVariables:',
    '    xyChart:',
    '      plotColorPalette: "#4e79a7, #e15759, #59a14f"',
    '---',
    'xychart-beta',
    '  title "Debt share per sprint"',
    `  x-axis "${axisTitle}" [${labels.map((l) => `"${l}"`).join(', ')}]`,
    `  y-axis "Debt share (%)" 0 --> ${yMax}`,
    `  bar "Debt share" [${bars.join(', ')}]`,
    `  line "Target min ${formatPercent(report.band.min)}" [${trend.map(() => min).join(', ')}]`,
    `  line "Target max ${formatPercent(report.band.max)}" [${trend.map(() => max).join(', ')}]`,
    '```',
  ].join('\n');
}

function totalsTable(report: SprintReport): string[] {
  const t = report.totals;
  const withWeight = report.weight !== 'count';
  const unit = WEIGHT_UNIT[report.weight];
  const row = (name: string, items: number, weight: number | null): string =>
    withWeight ? `| ${name} | ${items} | ${weight === null ? '—' : fmtNumber(weight)} |` : `| ${name} | ${items} |`;
  const lines = withWeight ? ['| | items | ' + unit + ' |', '|---|---:|---:|'] : ['| | items |', '|---|---:|'];
  lines.push(row('Debt', t.debtItems, t.debtWeight));
  lines.push(row('Other work', t.otherItems, t.otherWeight));
  lines.push(row('**Total in the ratio**', t.debtItems + t.otherItems, t.weight));
  if (t.unclassifiedItems > 0) lines.push(row('Could not be classified (not in the ratio)', t.unclassifiedItems, t.unclassifiedWeight));
  if (t.unknownItems > 0) lines.push(row('Hidden from this token (not in the ratio)', t.unknownItems, null));
  return lines;
}

function verdictBlock(report: SprintReport): string[] {
  const message = mdText(report.message, 400);
  switch (report.verdict) {
    case 'below':
      return ['> [!WARNING]', `> ${message}`];
    case 'above':
      return ['> [!IMPORTANT]', `> ${message}`];
    case 'within':
      return [`${VERDICT_ICON.within} ${message}`];
    case 'none':
      return [`${VERDICT_ICON.none} ${message}`];
  }
}

// ---------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------

/** The sprint's comment body. Its first line is the hidden marker keyed by the sprint. */
export function renderSprintMarkdown(report: SprintReport, options: RenderOptions = {}): string {
  const maxDebt = options.maxDebtItems ?? 50;
  const maxUnclassified = options.maxUnclassified ?? 30;
  const t = report.totals;
  const unit = WEIGHT_UNIT[report.weight];
  const band = formatBand(report.band);
  const title = mdText(report.sprint.title, 100);
  const out: string[] = [sprintMarker(report.key)];

  const share = report.ratio === null ? 'no ratio' : `${formatPercent(report.ratio)} debt`;
  out.push(`### ${VERDICT_ICON[report.verdict]} ${title}: ${share} (target ${band})`);
  out.push('');
  const when = `${report.firstDay} – ${report.lastDay} (${mdText(report.timeZone, 60)})`;
  const weighed = report.weight === 'count' ? 'counted by item' : `weighed by ${unit}`;
  out.push(`<sub>${report.inProgress ? 'In progress — numbers so far · ' : ''}${when} · ${weighed} · ${plural(t.units, 'item', 'items')} finished</sub>`);
  out.push('');
  out.push(...verdictBlock(report));
  out.push('');
  out.push(...totalsTable(report));

  const notes: string[] = [];
  if (report.weight === 'points' && t.fallbackItems > 0) {
    const each = t.fallbackPoints / t.fallbackItems;
    notes.push(
      `${plural(t.fallbackItems, 'item has', 'items have')} no points and ${t.fallbackItems === 1 ? 'was' : 'were'} counted as ${plural(each, 'point', 'points')} each (\`sprints.points.fallback\`).`,
    );
  }
  if (report.weight === 'changes' && t.noChangesItems > 0) {
    notes.push(`${plural(t.noChangesItems, 'item has', 'items have')} no line counts (issues closed without a PR) and weigh 0.`);
  }
  if (t.unknownItems > 0) {
    notes.push(
      `${plural(t.unknownItems, 'item is', 'items are')} hidden from this token (redacted): counted as unknown, not in the ratio. A token that can read ${t.unknownItems === 1 ? 'it' : 'them'} would include ${t.unknownItems === 1 ? 'it' : 'them'}.`,
    );
  }
  if (notes.length > 0) {
    out.push('');
    for (const n of notes) out.push(`- ${n}`);
  }

  // Debt items with their business impact.
  out.push('');
  out.push(`#### Debt paid down (${report.debt.length})`);
  out.push('');
  if (report.debt.length === 0) {
    out.push('_None._');
  } else {
    const withWeight = report.weight !== 'count';
    out.push(withWeight ? `| Item | ${unit} | Why debt | Business impact |` : '| Item | Why debt | Business impact |');
    out.push(withWeight ? '|---|---:|---|---|' : '|---|---|---|');
    for (const d of report.debt.slice(0, maxDebt)) {
      const item = `${refOf(d.ref, d.url, options)}${d.title === undefined ? '' : ` ${mdText(d.title, 100)}`}`;
      const why =
        d.reason === 'label'
          ? `label ${d.evidence.slice(0, 3).map((l) => mdCode(l, 40)).join(', ')}`
          : `links ${d.evidence.slice(0, 3).map((r) => mdCode(r, 60)).join(', ')}`;
      const impact =
        d.impact === null ? '_not stated_' : `${mdText(d.impact.text, 160)}${d.impact.measurable ? '' : ' _(not quantified)_'}`;
      out.push(withWeight ? `| ${item} | ${fmtNumber(d.weight)} | ${why} | ${impact} |` : `| ${item} | ${why} | ${impact} |`);
    }
    if (report.debt.length > maxDebt) out.push('', `…and ${report.debt.length - maxDebt} more (see \`--format json\`).`);
  }

  if (report.unclassified.length > 0) {
    out.push('');
    out.push(`#### Could not be classified (${report.unclassified.length})`);
    out.push('');
    out.push('No labels and no description: label them (a debt label, or any other) or describe them to count them.');
    out.push('');
    for (const u of report.unclassified.slice(0, maxUnclassified)) {
      out.push(`- ${refOf(u.ref, u.url, options)}${u.title === undefined ? '' : ` ${mdText(u.title, 100)}`}`);
    }
    if (report.unclassified.length > maxUnclassified) out.push(`- …and ${report.unclassified.length - maxUnclassified} more`);
  }

  // Trend.
  out.push('');
  out.push(`#### Trend (last ${plural(report.trend.length, 'sprint', 'sprints')})`);
  out.push('');
  out.push(report.weight === 'count' ? '| Sprint | Dates | Debt | Total | Share | |' : `| Sprint | Dates | Debt (${unit}) | Total (${unit}) | Share | |`);
  out.push('|---|---|---:|---:|---:|---|');
  for (const s of report.trend) {
    const name = s.key === report.key ? `**${mdText(s.title, 60)}**` : mdText(s.title, 60);
    out.push(
      `| ${name} | ${dayRange(s, report.timeZone)} | ${fmtNumber(s.debtWeight)} | ${fmtNumber(s.weight)} | ${ratioCell(s)} | ${VERDICT_ICON[s.verdict]} |`,
    );
  }
  out.push('');
  out.push(renderTrendChart(report));
  out.push('');
  out.push(
    `<sub>Bars: the debt share of each sprint (a sprint marked “(none)” had no ratio). Lines: the target band, ${formatPercent(report.band.min)} and ${formatPercent(report.band.max)}. Debt: a debt label or a link to the debt register; ratio = debt ÷ classified work.</sub>`,
  );
  out.push('');
  return out.join('\n');
}

// ---------------------------------------------------------------------------
// Terminal text
// ---------------------------------------------------------------------------

/** The report for a terminal: plain lines, no Markdown, no escape sequences from user text. */
export function renderSprintText(report: SprintReport): string {
  const t = report.totals;
  const unit = WEIGHT_UNIT[report.weight];
  const out: string[] = [];
  out.push(`${oneLine(report.sprint.title, 100)}  ${report.firstDay} – ${report.lastDay} (${oneLine(report.timeZone, 60)})${report.inProgress ? '  [in progress]' : ''}`);
  out.push(
    `Debt share: ${report.ratio === null ? 'no ratio' : formatPercent(report.ratio)}  (target ${formatBand(report.band)}, ${report.weight === 'count' ? 'counted by item' : `weighed by ${unit}`})`,
  );
  out.push(`${report.verdict.toUpperCase()}: ${oneLine(report.message, 300)}`);
  out.push('');
  const w = (n: number): string => (report.weight === 'count' ? '' : `  (${fmtNumber(n)} ${unit})`);
  out.push(`  debt           ${String(t.debtItems).padStart(6)}${w(t.debtWeight)}`);
  out.push(`  other          ${String(t.otherItems).padStart(6)}${w(t.otherWeight)}`);
  out.push(`  in the ratio   ${String(t.debtItems + t.otherItems).padStart(6)}${w(t.weight)}`);
  if (t.unclassifiedItems > 0) out.push(`  unclassified   ${String(t.unclassifiedItems).padStart(6)}${w(t.unclassifiedWeight)}  (not in the ratio)`);
  if (t.unknownItems > 0) out.push(`  hidden         ${String(t.unknownItems).padStart(6)}  (redacted: not in the ratio)`);
  if (report.weight === 'points' && t.fallbackItems > 0) out.push(`  ${t.fallbackItems} without points were given the fallback`);
  if (report.weight === 'changes' && t.noChangesItems > 0) out.push(`  ${t.noChangesItems} without line counts weigh 0`);

  if (report.debt.length > 0) {
    out.push('');
    out.push('Debt paid down:');
    for (const d of report.debt) {
      out.push(`  ${oneLine(d.ref, 80)}  ${oneLine(d.title ?? '', 80)}${report.weight === 'count' ? '' : `  [${fmtNumber(d.weight)}]`}`);
      out.push(`      ${d.reason === 'label' ? 'label' : 'links'}: ${d.evidence.map((e) => oneLine(e, 40)).join(', ')}`);
      out.push(`      impact: ${d.impact === null ? '(not stated)' : `${oneLine(d.impact.text, 160)}${d.impact.measurable ? '' : ' (not quantified)'}`}`);
    }
  }
  if (report.unclassified.length > 0) {
    out.push('');
    out.push('Could not be classified (no labels, no description):');
    for (const u of report.unclassified) out.push(`  ${oneLine(u.ref, 80)}  ${oneLine(u.title ?? '', 80)}`);
  }
  out.push('');
  out.push('Trend:');
  const width = Math.max(6, ...report.trend.map((s) => oneLine(s.title, 40).length));
  for (const s of report.trend) {
    const bar = s.ratio === null ? '' : '█'.repeat(Math.round(s.ratio * 40));
    out.push(`  ${oneLine(s.title, 40).padEnd(width)}  ${ratioCell(s).padStart(16)}  ${bar}`);
  }
  return `${out.join('\n')}\n`;
}
