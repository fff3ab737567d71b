/**
 * The sprint report as a comment body (Markdown with Mermaid charts) and as
 * terminal text. Pure functions of the report.
 *
 * All user text (titles, labels, sprint names, impact lines) is quoted: it cannot
 * @mention anyone, inject HTML, break a table or start a block. References are links
 * to the issue or PR (https only); a link adds a "mentioned in" reference to the
 * item's timeline once, as any link in a comment does — `links: false` renders code
 * spans instead.
 */
import type { DebtReportItem, SprintReport, SprintSummary, UnitSignal } from './model.js';
import { formatBand, formatPercent } from './report.js';
import { localDate } from './zone.js';

export interface RenderOptions {
  /** Link items to their issue or PR (adds a "mentioned in" reference to their timeline, once). Default true. */
  readonly links?: boolean;
  /** The repository the comment lives in: its refs are shortened to `#123`. */
  readonly repo?: string;
  /** The web base of refs that carry no URL (GitHub Enterprise Server differs). Default https://github.com. */
  readonly serverUrl?: string;
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

const SAFE_URL = /^https:\/\/[^\s<>()[\]"'`\\]+$/;
const GITHUB_REF = /^([\w.-]+\/[\w.-]+)#(\d+)$/;

/** The link a reference shows: its own URL when it is https, else (owner/repo#123) the issue on the server. */
function urlOf(ref: string, url: string | undefined, options: Pick<RenderOptions, 'serverUrl'>): string | undefined {
  if (url !== undefined) return SAFE_URL.test(url) ? url : undefined;
  const m = GITHUB_REF.exec(ref);
  if (m === null) return undefined;
  const base = (options.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
  const built = `${base}/${m[1] ?? ''}/issues/${m[2] ?? ''}`;
  return SAFE_URL.test(built) ? built : undefined;
}

/** A PR or issue reference: a link (`[#123](…)`, shortened in the comment's own repository), or a code span. */
export function refLink(ref: string, url: string | undefined, options: Pick<RenderOptions, 'links' | 'repo' | 'serverUrl'>): string {
  const short = options.repo !== undefined && ref.toLowerCase().startsWith(`${options.repo.toLowerCase()}#`) ? ref.slice(options.repo.length) : ref;
  const target = options.links === false ? undefined : urlOf(ref, url, options);
  return target === undefined ? mdCode(short, 80) : `[${mdText(short, 80)}](${target})`;
}

const refOf = refLink;

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
function chartLabels(trend: readonly SprintSummary[], markNone = true): { title: string; labels: string[] } {
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
    return markNone && s.ratio === null ? `${label} (none)` : label;
  });
  return { title: strip && shared !== undefined ? shared : 'Sprint', labels };
}

const pctValue = (r: number): number => Math.round(r * 1000) / 10;

/** The chart's front matter: its height and the palette (bars blue, first line red, second green). */
/** The opening lines of every Mermaid xychart the reports draw: 320 px high, its series in the colours given. */
export function xychartHead(palette: readonly string[]): string[] {
  return ['```mermaid', '---', 'config:', '  xyChart:', '    height: 320', '  themeVariables:', '    xyChart:', `      plotColorPalette: "${palette.join(', ')}"`, '---', 'xychart-beta'];
}

const CHART_HEAD = xychartHead(['#4e79a7', '#e15759', '#59a14f']);

/**
 * A line of one point draws nothing: with a single sprint, the x-axis gets a blank
 * category on each side (zero-width labels, distinct so Mermaid keeps them apart) and
 * the lines run through all three; the bars there are 0.
 */
function padSingle(labels: string[], bars: number[], lines: number[][]): { labels: string[]; bars: number[]; lines: number[][] } {
  if (labels.length !== 1) return { labels, bars, lines };
  return {
    labels: ['\u200B', labels[0] ?? '', '\u200B\u200B'],
    bars: [0, bars[0] ?? 0, 0],
    lines: lines.map((l) => [l[0] ?? 0, l[0] ?? 0, l[0] ?? 0]),
  };
}

/** The Mermaid xychart: bars = debt share per sprint, lines = the band's min and max (visible with one sprint too). */
export function renderTrendChart(report: SprintReport): string {
  const trend = report.trend;
  const { title: axisTitle, labels } = chartLabels(trend);
  const shares = trend.map((s) => (s.ratio === null ? 0 : pctValue(s.ratio)));
  const top = Math.max(report.band.max * 100, ...shares);
  const yMax = Math.min(100, Math.max(10, Math.ceil((top + 5) / 10) * 10));
  const min = pctValue(report.band.min);
  const max = pctValue(report.band.max);
  const padded = padSingle(labels, shares, [trend.map(() => min), trend.map(() => max)]);
  return [
    ...CHART_HEAD,
    '  title "Debt share per sprint"',
    `  x-axis "${axisTitle}" [${padded.labels.map((l) => `"${l}"`).join(', ')}]`,
    `  y-axis "Debt share (%)" 0 --> ${yMax}`,
    `  bar "Debt share" [${padded.bars.join(', ')}]`,
    `  line "Target min ${formatPercent(report.band.min)}" [${(padded.lines[0] ?? []).join(', ')}]`,
    `  line "Target max ${formatPercent(report.band.max)}" [${(padded.lines[1] ?? []).join(', ')}]`,
    '```',
  ].join('\n');
}

/** A round step for an axis: 1, 2, 5, 10, 20, 50 … */
function niceCeil(n: number): number {
  if (n <= 0) return 0;
  const p = 10 ** Math.floor(Math.log10(n));
  const m = n / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

/**
 * The debt flow per sprint, as a Mermaid xychart: bars = debt paid down, lines = debt
 * that came in and the net change (in − out; below 0 the register shrank). Sprints
 * whose data cannot tell what came in are left out; none: no chart.
 */
export function renderFlowChart(report: SprintReport): string | undefined {
  const known = report.trend.filter((s) => s.inWeight !== undefined && s.inWeight !== null);
  if (known.length === 0) return undefined;
  const { title: axisTitle, labels } = chartLabels(known, false);
  const out = known.map((s) => roundChart(s.debtWeight));
  const cameIn = known.map((s) => roundChart(s.inWeight ?? 0));
  const net = known.map((_, i) => roundChart((cameIn[i] ?? 0) - (out[i] ?? 0)));
  const padded = padSingle(labels, out, [cameIn, net]);
  const low = Math.min(0, ...net);
  const high = Math.max(1, ...out, ...cameIn, ...net);
  const unit = WEIGHT_UNIT[report.weight];
  return [
    ...CHART_HEAD,
    '  title "Debt paid down and debt that came in"',
    `  x-axis "${axisTitle}" [${padded.labels.map((l) => `"${l}"`).join(', ')}]`,
    `  y-axis "${unit === 'items' ? 'Items' : unit === 'points' ? 'Points' : 'Lines changed'}" ${low < 0 ? -niceCeil(-low) : 0} --> ${niceCeil(high)}`,
    `  bar "Paid down" [${padded.bars.join(', ')}]`,
    `  line "Came in" [${(padded.lines[0] ?? []).join(', ')}]`,
    `  line "Net change" [${(padded.lines[1] ?? []).join(', ')}]`,
    '```',
  ].join('\n');
}

const roundChart = (n: number): number => Math.round(n * 100) / 100;

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

const signed = (n: number): string => (n > 0 ? `+${fmtNumber(n)}` : n < 0 ? `−${fmtNumber(-n)}` : '0');

/** How the signals read, grouped by the item they came from: "label `tech-debt` via #123 it closes". */
export function whyDebt(d: Pick<DebtReportItem, 'signals' | 'reason' | 'evidence'>, options: RenderOptions = {}): string {
  const signals: UnitSignal[] = d.signals.length > 0 ? d.signals : d.evidence.map((evidence) => ({ kind: d.reason, evidence }));
  const groups = new Map<string, UnitSignal[]>();
  for (const s of signals) {
    const key = `${s.kind}\u0000${s.via ?? ''}`;
    const g = groups.get(key);
    if (g === undefined) groups.set(key, [s]);
    else g.push(s);
  }
  const parts: string[] = [];
  for (const g of [...groups.values()].slice(0, 3)) {
    const first = g[0];
    if (first === undefined) continue;
    const shown = g.slice(0, 3);
    let text: string;
    switch (first.kind) {
      case 'label':
        text = `label ${shown.map((s) => mdCode(s.evidence, 40)).join(', ')}`;
        break;
      case 'title-type':
        text = `title type ${mdCode(first.evidence, 40)}`;
        break;
      case 'stated-purpose':
        text = first.evidence === 'title' ? 'the title states a debt purpose' : 'the description states a debt purpose';
        break;
      case 'ticked-box':
        text = 'ticked “pays down debt” box';
        break;
      case 'register-link':
        text = `links ${shown.map((s) => (GITHUB_REF.test(s.evidence) ? refLink(s.evidence, undefined, options) : mdCode(s.evidence, 60))).join(', ')}`;
        break;
    }
    if (first.via !== undefined) text += ` via ${refLink(first.via, undefined, options)}${first.viaKind === 'issue' ? ' it closes' : ''}`;
    parts.push(text);
  }
  if (groups.size > 3) parts.push('…');
  return parts.join('; ');
}

/** The debt that came in against the debt paid down, in one line. */
function flowLine(report: SprintReport): string {
  const unit = WEIGHT_UNIT[report.weight];
  const amount = (p: { items: number; weight: number }): string =>
    report.weight === 'count' ? plural(p.items, 'item', 'items') : `${plural(p.items, 'item', 'items')} (${fmtNumber(p.weight)} ${unit})`;
  const { flow } = report;
  const soFar = report.inProgress ? ' so far' : '';
  const paid = `${amount(flow.out)} paid down`;
  if (flow.in === null || flow.net === null) {
    return `**Debt in and out${soFar}:** ${paid}; what came in is not known (the data has no creation dates — an export of version 1).`;
  }
  const registerItems = report.debtIn?.filter((d) => d.reason === 'register-item').length ?? 0;
  const prs = (report.debtIn?.length ?? 0) - registerItems;
  const parts = [registerItems > 0 ? plural(registerItems, 'register item opened', 'register items opened') : '', prs > 0 ? plural(prs, 'PR declaring new debt', 'PRs declaring new debt') : ''].filter(Boolean);
  const cameIn = `${amount(flow.in)} came in${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
  const net = report.weight === 'count' ? flow.net.items : flow.net.weight;
  const verdict = net > 0 ? 'the register grew' : net < 0 ? 'the register shrank' : 'the register held steady';
  return `**Debt in and out${soFar}:** ${cameIn}, ${paid} — net ${signed(net)}${report.weight === 'count' ? '' : ` ${unit}`}: ${verdict}.`;
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

  out.push('');
  out.push(flowLine(report));

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
      const why = whyDebt(d, options);
      const impact =
        d.impact === null ? '_not stated_' : `${mdText(d.impact.text, 160)}${d.impact.measurable ? '' : ' _(not quantified)_'}`;
      out.push(withWeight ? `| ${item} | ${fmtNumber(d.weight)} | ${why} | ${impact} |` : `| ${item} | ${why} | ${impact} |`);
    }
    if (report.debt.length > maxDebt) out.push('', `…and ${report.debt.length - maxDebt} more (see \`--format json\`).`);
  }

  if (report.debtIn !== null && report.debtIn.length > 0) {
    out.push('');
    out.push(`#### Debt that came in (${report.debtIn.length})`);
    out.push('');
    for (const d of report.debtIn.slice(0, maxDebt)) {
      const why = d.reason === 'register-item' ? 'register item opened' : 'declares new debt';
      out.push(`- ${refOf(d.ref, d.url, options)}${d.title === undefined ? '' : ` ${mdText(d.title, 100)}`} — ${why}${report.weight === 'count' ? '' : ` (${plural(d.weight, unit.replace(/s$/, ''), unit)})`}`);
    }
    if (report.debtIn.length > maxDebt) out.push(`- …and ${report.debtIn.length - maxDebt} more`);
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
  const per = report.weight === 'count' ? '' : ` (${unit})`;
  out.push(`| Sprint | Dates | Debt paid down${per} | Debt in${per} | Net | Total${per} | Share | |`);
  out.push('|---|---|---:|---:|---:|---:|---:|---|');
  for (const s of report.trend) {
    const name = s.key === report.key ? `**${mdText(s.title, 60)}**` : mdText(s.title, 60);
    const cameIn = s.inWeight === undefined || s.inWeight === null ? undefined : s.inWeight;
    out.push(
      `| ${name} | ${dayRange(s, report.timeZone)} | ${fmtNumber(s.debtWeight)} | ${cameIn === undefined ? '—' : fmtNumber(cameIn)} | ${cameIn === undefined ? '—' : signed(cameIn - s.debtWeight)} | ${fmtNumber(s.weight)} | ${ratioCell(s)} | ${VERDICT_ICON[s.verdict]} |`,
    );
  }
  out.push('');
  out.push(renderTrendChart(report));
  out.push('');
  out.push(
    `<sub>Bars: the debt share of each sprint (a sprint marked “(none)” had no ratio). Lines: the target band, ${formatPercent(report.band.min)} and ${formatPercent(report.band.max)}. Debt work: a debt label, a debt title type, a ticked “pays down debt” box, a stated purpose or a link to the debt register — the PR check’s notion; ratio = debt ÷ classified work.</sub>`,
  );
  const flowChart = renderFlowChart(report);
  if (flowChart !== undefined) {
    out.push('');
    out.push(flowChart);
    out.push('');
    out.push(
      `<sub>Bars: the debt paid down in each sprint. Lines: the debt that came in (register items opened, PRs merged that declare new debt) and the net change of the register (in − out: above 0 it grew).${report.trend.some((s) => s.inWeight === undefined || s.inWeight === null) ? ' Sprints whose data cannot tell what came in are left out.' : ''}</sub>`,
    );
  }
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

  const flow = report.flow;
  out.push(
    `  debt in        ${flow.in === null ? '     ?  (not known: the data has no creation dates)' : `${String(flow.in.items).padStart(6)}${w(flow.in.weight)}`}`,
  );
  if (flow.net !== null) out.push(`  net            ${signed(report.weight === 'count' ? flow.net.items : flow.net.weight).padStart(6)}  (in − paid down)`);

  if (report.debt.length > 0) {
    out.push('');
    out.push('Debt paid down:');
    for (const d of report.debt) {
      out.push(`  ${oneLine(d.ref, 80)}  ${oneLine(d.title ?? '', 80)}${report.weight === 'count' ? '' : `  [${fmtNumber(d.weight)}]`}`);
      out.push(`      why: ${oneLine(whyDebt(d, { links: false }).replace(/`/g, ''), 160)}`);
      out.push(`      impact: ${d.impact === null ? '(not stated)' : `${oneLine(d.impact.text, 160)}${d.impact.measurable ? '' : ' (not quantified)'}`}`);
    }
  }
  if (report.debtIn !== null && report.debtIn.length > 0) {
    out.push('');
    out.push('Debt that came in:');
    for (const d of report.debtIn) out.push(`  ${oneLine(d.ref, 80)}  ${oneLine(d.title ?? '', 80)}  (${d.reason === 'register-item' ? 'register item opened' : 'declares new debt'})`);
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
    const flowCell = s.inWeight === undefined || s.inWeight === null ? '' : `  in ${fmtNumber(s.inWeight)} / out ${fmtNumber(s.debtWeight)}`;
    out.push(`  ${oneLine(s.title, 40).padEnd(width)}  ${ratioCell(s).padStart(16)}  ${bar}${flowCell}`);
  }
  return `${out.join('\n')}\n`;
}
