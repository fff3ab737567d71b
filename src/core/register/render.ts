/**
 * The register board as a comment (Markdown with a Mermaid chart of the costliest
 * items) and as terminal text. Pure functions of the board; all user text quoted as the
 * sprint report quotes it (no @mention, no HTML, no broken table), references are links.
 */
import { mdText, mermaidLabel, oneLine, refLink, xychartHead, type RenderOptions } from '../sprint/render.js';
import type { BoardItem, Figure, RegisterBoard } from './model.js';

export const REGISTER_MARKER = '<!-- alignment-check:register -->';

/** Whether a comment is the board (its first line is the marker). */
export const isBoardComment = (body: string): boolean => body.startsWith(REGISTER_MARKER);

export interface BoardRenderOptions extends Pick<RenderOptions, 'links' | 'repo' | 'serverUrl'> {
  /** Items listed (the totals count them all); default the board's config, else 100. */
  readonly maxItems?: number;
}

const SYMBOLS: Readonly<Record<string, string>> = { EUR: '€', USD: '$', GBP: '£', JPY: '¥', INR: '₹', CAD: 'C$', AUD: 'A$' };

const group = (n: number, digits = 0): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** An amount of money for people: "€4,000", "€43.3k", "€1.2m". */
export function formatMoney(amount: number, currency: string): string {
  const sign = SYMBOLS[currency];
  const abs = Math.abs(amount);
  let text: string;
  if (abs >= 1e6) text = `${group(amount / 1e6, 1)}m`;
  else if (abs >= 1e4) text = `${group(amount / 1e3, 1)}k`;
  else text = group(amount);
  text = text.replace(/\.0(?=[km]$)/u, '');
  return sign === undefined ? `${currency} ${text}` : `${sign}${text}`;
}

const hours = (h: number): string => (h >= 10 ? group(h) : group(h, 1).replace(/\.0$/u, ''));
const incidents = (n: number): string => (n >= 10 ? group(n, 1) : n >= 0.1 ? group(n, 2) : group(n, 3)).replace(/(\.\d*?)0+$/u, '$1').replace(/\.$/u, '');
const days = (d: number): string => group(d, 1).replace(/\.0$/u, '');

/** A figure per month, short: "26 h", "€4,000", "0.33 incidents", "9 days of delay". */
export function figureText(f: Figure): string {
  switch (f.kind) {
    case 'time':
      return `${hours(f.perMonth)} h`;
    case 'money':
      return formatMoney(f.perMonth, f.unit);
    case 'incidents':
      return `${incidents(f.perMonth)} incident${f.perMonth === 1 ? '' : 's'}`;
    case 'delay':
      return `${days(f.perMonth)} day${f.perMonth === 1 ? '' : 's'} of delay`;
  }
}

/** The totals in a sentence: "≈ 338 engineer-hours, €9,000, $4,800, 11.7 incidents and 16.8 days of delivery delay a month". */
export function totalsSentence(board: RegisterBoard): string {
  const t = board.totals;
  const parts: string[] = [];
  if (t.hoursPerMonth > 0) parts.push(`${hours(t.hoursPerMonth)} engineer-hours`);
  const currencies = Object.keys(t.money).sort((a, b) => (a === board.currency ? -1 : b === board.currency ? 1 : a.localeCompare(b)));
  for (const c of currencies) parts.push(formatMoney(t.money[c] ?? 0, c));
  if (t.incidentsPerMonth > 0) parts.push(`${incidents(t.incidentsPerMonth)} incidents`);
  if (t.delayDaysPerMonth > 0) parts.push(`${days(t.delayDaysPerMonth)} days of delivery delay`);
  const list = parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
  const none = t.unquantified === 0 ? 'every item states one' : `${t.unquantified} ${t.unquantified === 1 ? 'item states' : 'items state'} no cost`;
  if (t.quantified === 0) return t.items === 0 ? 'The register is empty.' : `No item states a cost the board can read: ${none}.`;
  return `≈ ${list} a month, stated across ${t.quantified} ${t.quantified === 1 ? 'item' : 'items'}; ${none}.`;
}

/** Why an item is not ranked. */
export function whyNoCost(item: BoardItem): string {
  return item.impact === null ? 'no Business Impact' : 'no figure the board reads';
}

/** The one line that says what to do about the items that state no cost. */
export const NO_COST_NUDGE =
  'Say what each costs in its Business Impact — hours a week, money a month, an incident risk or days of delay, e.g. “Costs 6 engineer-hours a week in manual deploys” — so it can be weighed against the rest.';

/** The Mermaid xychart of the costliest items (at most 10), in the board's currency per month. */
export function renderBoardChart(board: RegisterBoard, repo?: string): string | undefined {
  const top = board.items.filter((i) => i.rank !== null && (i.costPerMonth ?? 0) > 0).slice(0, 10);
  if (top.length === 0) return undefined;
  const seen = new Map<string, number>();
  const labels = top.map((i) => {
    const short = repo !== undefined && i.ref.toLowerCase().startsWith(`${repo.toLowerCase()}#`) ? i.ref.slice(repo.length + 1) : i.ref.replace('#', ' ');
    const base = mermaidLabel(short, 18);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
  const values = top.map((i) => Math.round(i.costPerMonth ?? 0));
  const max = Math.max(...values);
  const p = 10 ** Math.floor(Math.log10(Math.max(1, max)));
  const yMax = Math.ceil(max / p) * p;
  const currency = mermaidLabel(board.currency, 3);
  return [
    ...xychartHead(['#e15759']),
    `  title "The costliest debt, per month (${currency})"`,
    `  x-axis "Item" [${labels.map((l) => `"${l}"`).join(', ')}]`,
    `  y-axis "${currency} a month" 0 --> ${yMax}`,
    `  bar "Stated cost" [${values.join(', ')}]`,
    '```',
  ].join('\n');
}

function row(item: BoardItem, board: RegisterBoard, options: BoardRenderOptions): string {
  const link = `${refLink(item.ref, item.url, options)}${item.title === undefined ? '' : ` ${mdText(item.title, 80)}`}`;
  const impact = item.impact === null ? '_not stated_' : mdText(item.impact, 140);
  const perMonth = mdText(item.counted.map(figureText).join(' · '), 200) + (item.uncosted.length > 0 ? ` _(no rate for ${mdText(item.uncosted.join(', '), 40)})_` : '');
  const cost = item.costPerMonth === null ? '—' : formatMoney(item.costPerMonth, board.currency);
  const age = item.ageDays === null ? '—' : `${item.ageDays}\u00A0d`;
  const entered = item.entered === null ? '—' : mdText(item.entered.title, 40);
  const prs = item.prs.length === 0 ? '—' : `${item.prs.slice(0, 3).map((r) => refLink(r, undefined, options)).join(', ')}${item.prs.length > 3 ? ` +${item.prs.length - 3}` : ''}`;
  return `| ${item.rank ?? ''} | ${link} | ${impact} | ${perMonth} | ${cost} | ${age} | ${entered} | ${prs} |`;
}

/** The board's comment body. Its first line is the hidden marker it is found by. */
export function renderBoardMarkdown(board: RegisterBoard, options: BoardRenderOptions = {}): string {
  const max = options.maxItems ?? 100;
  const t = board.totals;
  const ranked = board.items.filter((i) => i.rank !== null);
  const rest = board.items.filter((i) => i.rank === null);
  const out: string[] = [REGISTER_MARKER];
  const total = t.quantified > 0 ? `, ≈ ${formatMoney(t.costPerMonth, board.currency)} a month stated` : '';
  out.push(`### 📒 Debt register: ${t.items} open ${t.items === 1 ? 'item' : 'items'}${total}`);
  out.push('');
  out.push(mdText(totalsSentence(board), 600));
  if (ranked.length > 0) {
    out.push('');
    out.push(`| # | Item | Stated impact | Per month | ≈ ${mdText(SYMBOLS[board.currency] ?? board.currency, 3)} a month | Age | Entered | PRs |`);
    out.push('|---:|---|---|---|---:|---:|---|---|');
    for (const item of ranked.slice(0, max)) out.push(row(item, board, options));
    if (ranked.length > max) out.push('', `…and ${ranked.length - max} more (see \`alignment-check register --format json\`).`);
    const chart = renderBoardChart(board, options.repo);
    if (chart !== undefined) {
      out.push('');
      out.push(chart);
    }
  }
  if (rest.length > 0) {
    out.push('');
    out.push(`#### No cost stated (${rest.length})`);
    out.push('');
    out.push(NO_COST_NUDGE);
    out.push('');
    for (const item of rest.slice(0, max)) {
      const age = item.ageDays === null ? '' : ` · ${item.ageDays} days old`;
      out.push(`- ${refLink(item.ref, item.url, options)}${item.title === undefined ? '' : ` ${mdText(item.title, 80)}`} — ${whyNoCost(item)}${age}`);
    }
    if (rest.length > max) out.push(`- …and ${rest.length - max} more`);
  }
  out.push('');
  const c = board.costs;
  const money = (n: number): string => formatMoney(n, board.currency);
  out.push(
    `<sub>Ranked by the cost each item states per month in its Business Impact, at ${money(c.engineerHour)} an engineer-hour, ${money(c.incident)} an incident and ${money(c.delayDay)} a day of delivery delay (\`register.costs\`); other currencies at \`register.rates\`. A figure with no period counts once a year; a sprint is ${board.sprintDays} days. As of ${board.at.slice(0, 10)}.</sub>`,
  );
  out.push('');
  return out.join('\n');
}

/** The board for a terminal: plain lines, no Markdown, no escape sequences from user text. */
export function renderBoardText(board: RegisterBoard): string {
  const out: string[] = [];
  out.push(`Debt register of ${oneLine(board.repo, 100)}: ${board.totals.items} open items (as of ${board.at.slice(0, 10)})`);
  out.push(oneLine(totalsSentence(board), 400));
  if (board.totals.quantified > 0) out.push(`In all ≈ ${formatMoney(board.totals.costPerMonth, board.currency)} a month.`);
  const ranked = board.items.filter((i) => i.rank !== null);
  if (ranked.length > 0) {
    out.push('');
    for (const item of ranked) {
      const cost = item.costPerMonth === null ? '—' : formatMoney(item.costPerMonth, board.currency);
      out.push(`${String(item.rank).padStart(4)}. ${oneLine(item.ref, 60)}  ${oneLine(item.title ?? '', 70)}`);
      out.push(`      ${cost} a month: ${item.counted.map(figureText).join(', ')}${item.ageDays === null ? '' : `  · ${item.ageDays} days old`}${item.entered === null ? '' : `  · entered ${oneLine(item.entered.title, 40)}`}`);
      out.push(`      "${oneLine(item.impact ?? '', 160)}"`);
    }
  }
  const rest = board.items.filter((i) => i.rank === null);
  if (rest.length > 0) {
    out.push('');
    out.push('No cost stated:');
    for (const item of rest) out.push(`  ${oneLine(item.ref, 60)}  ${oneLine(item.title ?? '', 70)} — ${whyNoCost(item)}`);
    out.push(`  ${NO_COST_NUDGE}`);
  }
  return `${out.join('\n')}\n`;
}

