/**
 * The sprint report's, the register board's and the audit's Mermaid charts render: each
 * block from a rendered comment is parsed and rendered by the mermaid package's browser
 * bundle in headless Chromium, served from a loopback server; and each whole comment
 * renders as GitHub shows it (its Markdown as HTML, with GFM tables — micromark and its
 * GFM extension, the parser under remark — each chart drawn in place), the sample audit
 * (docs/audit-sample.md) too. Any parse or render error fails the test.
 *
 *   npm run test:browser   (vitest run --config vitest.browser.config.ts)
 *
 * Chromium: CHROMIUM_PATH, else /usr/bin/chromium (.ci/install-chromium installs it).
 * SCREENSHOT_DIR=dir writes a PNG of each chart and each whole comment there, and
 * audit-report.png of the whole sample audit (`SCREENSHOT_DIR=docs/screenshots npm run
 * test:browser` makes the README's pictures; the audit's is docs/audit-report.png).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleAuditReport, renderAuditSample } from '../../scripts/audit-sample.js';
import { configSchema } from '../../src/config/schema.js';
import { renderAuditChart } from '../../src/core/audit/index.js';
import { computeRegisterBoard, renderBoardChart, renderBoardMarkdown } from '../../src/core/register/index.js';
import {
  computeSprintReport,
  computeSprintReports,
  parseSprintExport,
  renderFlowChart,
  renderSprintMarkdown,
  renderTrendChart,
  type SprintReport,
} from '../../src/core/sprint/index.js';
import { testReader } from '../sprint/reader.js';

const require = createRequire(import.meta.url);
const MERMAID_JS = readFileSync(require.resolve('mermaid/dist/mermaid.min.js'));
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>chart</title>
<style>body { margin: 0; background: #fff; font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; font-size: 14px; color: #1f2328; line-height: 1.5; }
#out { width: 720px; padding: 8px; }
#report { width: 1040px; padding: 16px 24px; color: #1f2328; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
#report h3 { font-size: 1.25em; margin: 0 0 8px; } #report h4 { font-size: 1em; margin: 20px 0 8px; }
#report table { border-collapse: collapse; margin: 8px 0; } #report th, #report td { border: 1px solid #d1d9e0; padding: 4px 10px; }
#report tr:nth-child(2n) { background: #f6f8fa; } #report td[align], #report td:first-child { white-space: nowrap; } #report sub { color: #59636e; }
#report code { background: #eff1f3; border-radius: 4px; padding: 1px 4px; font-size: 85%; }
#report pre { background: #f6f8fa; border-radius: 6px; padding: 12px; white-space: pre-wrap; } #report pre code { background: none; padding: 0; }
#report a { color: #0969da; text-decoration: none; } #report .chart { max-width: 720px; }
#comment { width: 1000px; padding: 16px 24px; }
#comment table { border-collapse: collapse; margin: 8px 0; display: block; overflow: auto; }
#comment th, #comment td { border: 1px solid #d1d9e0; padding: 4px 10px; vertical-align: top; }
#comment tr:nth-child(2n) td { background: #f6f8fa; }
#comment blockquote { border-left: 4px solid #bf8700; margin: 8px 0; padding: 0 12px; color: #59636e; }
#comment code { background: #eff1f3; padding: 1px 4px; border-radius: 4px; font-size: 85%; }
#comment a { color: #0969da; text-decoration: none; }
#comment sub { color: #59636e; }
#comment .chart { max-width: 720px; }</style>
<script src="/mermaid.min.js"></script></head>
<body><div id="out"></div><div id="report"></div><div id="comment"></div></body></html>`;

function mermaidBlock(markdown: string): string {
  const m = /^```mermaid\n([\s\S]*?)\n```$/m.exec(markdown);
  if (m?.[1] === undefined) throw new Error('no mermaid block in the report');
  return m[1];
}

function reports(fixture: string): SprintReport[] {
  const url = new URL(`../../fixtures/sprints/${fixture}/export.json`, import.meta.url);
  const data = parseSprintExport(JSON.parse(readFileSync(url, 'utf8')));
  return computeSprintReports(data, { config: configSchema.parse({}), reader: testReader });
}

const trendReports = (): SprintReport[] => reports('trend');

function fixtureBoard(): ReturnType<typeof computeRegisterBoard> {
  const dir = new URL('../../fixtures/register/board/', import.meta.url);
  const data = parseSprintExport(JSON.parse(readFileSync(new URL('export.json', dir), 'utf8')));
  const config = configSchema.parse(JSON.parse(readFileSync(new URL('config.json', dir), 'utf8')));
  return computeRegisterBoard({ data, config });
}

/** Every Mermaid block of a comment. */
function mermaidBlocks(markdown: string): string[] {
  return Array.from(markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm), (m) => m[1] ?? '');
}

interface Rendered {
  readonly svg: string;
  readonly bars: { height: number }[];
  readonly lines: number;
  readonly xLabels: string[];
  readonly errorText: boolean;
}

let server: Server;
let origin: string;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/mermaid.min.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(MERMAID_JS);
    } else if (req.url === '/' || req.url === '/index.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // launch() gives the browser a fresh temporary profile (user-data dir) and removes it on close.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  page = await browser.newPage({ viewport: { width: 760, height: 480 } });
  // Nothing leaves the loopback server.
  await page.route('**/*', (route) => (route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort()));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => 'mermaid' in globalThis);
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

async function render(code: string, shot?: string): Promise<Rendered> {
  problems.length = 0;
  const result = await page.evaluate(async (src) => {
    // Runs in the page. Typed structurally: the project's TypeScript has no DOM lib.
    const g = globalThis as unknown as { mermaid: MermaidApi; document: { getElementById(id: string): Elem | null } };
    g.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    await g.mermaid.parse(src); // throws on a syntax error
    const { svg } = await g.mermaid.render(`chart${Date.now()}`, src);
    const out = g.document.getElementById('out');
    if (out === null) throw new Error('no #out');
    out.innerHTML = svg;
    const el = out.querySelector('svg');
    if (el === null) throw new Error('no svg');
    const all = (sel: string): Elem[] => Array.from(el.querySelectorAll(sel));
    const bars = all('g[class^="bar-plot-"] rect').map((r) => ({ height: Number(r.getAttribute('height')) }));
    const lines = all('g[class^="line-plot-"] path').length;
    const xLabels = all('g.bottom-axis g.label text').map((t) => t.textContent ?? '');
    const errorText = /syntax error|parse error/i.test(el.textContent ?? '');
    return { svg, bars, lines, xLabels, errorText };

    interface MermaidApi {
      initialize(config: Record<string, unknown>): void;
      parse(text: string): Promise<unknown>;
      render(id: string, text: string): Promise<{ svg: string }>;
    }
    interface Elem {
      innerHTML: string;
      readonly textContent: string | null;
      querySelector(selector: string): Elem | null;
      querySelectorAll(selector: string): ArrayLike<Elem>;
      getAttribute(name: string): string | null;
    }
  }, code);
  if (shot !== undefined && process.env['SCREENSHOT_DIR'] !== undefined) {
    await page.locator('#out svg').screenshot({ path: join(process.env['SCREENSHOT_DIR'], shot) });
  }
  return result;
}

/**
 * A whole comment as GitHub shows it: its Markdown as HTML (CommonMark with GFM, raw HTML
 * kept as GitHub keeps <sub> and comments), each Mermaid block drawn in place. Returns
 * how many charts were drawn.
 */
async function renderComment(markdown: string, shot?: string): Promise<{ charts: number; tables: number; links: number }> {
  problems.length = 0;
  // GitHub draws an alert ("> [!WARNING]") as a titled box; micromark knows no alerts: a bold title stands in.
  const html = micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] }).replace(
    /<blockquote>\n<p>\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\n?/gu,
    (_, kind: string) => `<blockquote><p><strong>${kind.charAt(0)}${kind.slice(1).toLowerCase()}</strong><br>`,
  );
  const result = await page.evaluate(async (source) => {
    const g = globalThis as unknown as { mermaid: MermaidApi; document: { getElementById(id: string): Elem | null } };
    g.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    const out = g.document.getElementById('comment');
    if (out === null) throw new Error('no #comment');
    out.innerHTML = source;
    const blocks = Array.from(out.querySelectorAll('pre > code.language-mermaid'));
    let n = 0;
    for (const code of blocks) {
      const src = code.textContent ?? '';
      await g.mermaid.parse(src);
      const { svg } = await g.mermaid.render(`comment${Date.now()}${n}`, src);
      const pre = code.parentElement;
      if (pre === null) throw new Error('no pre');
      pre.outerHTML = `<div class="chart">${svg}</div>`;
      n += 1;
    }
    return { charts: out.querySelectorAll('.chart svg').length, tables: out.querySelectorAll('table').length, links: out.querySelectorAll('a[href^="https://"]').length };

    interface MermaidApi {
      initialize(config: Record<string, unknown>): void;
      parse(text: string): Promise<unknown>;
      render(id: string, text: string): Promise<{ svg: string }>;
    }
    interface Elem {
      innerHTML: string;
      outerHTML: string;
      readonly textContent: string | null;
      readonly parentElement: Elem | null;
      querySelectorAll(selector: string): ArrayLike<Elem>;
    }
  }, html);
  if (shot !== undefined && process.env['SCREENSHOT_DIR'] !== undefined) {
    await page.setViewportSize({ width: 1060, height: 800 });
    await page.locator('#comment').screenshot({ path: join(process.env['SCREENSHOT_DIR'], shot) });
    await page.setViewportSize({ width: 760, height: 480 });
  }
  await page.evaluate(() => {
    const g = globalThis as unknown as { document: { getElementById(id: string): { innerHTML: string } | null } };
    const out = g.document.getElementById('comment');
    if (out !== null) out.innerHTML = '';
  });
  return result;
}

describe('the sprint report chart renders in Chromium', () => {
  it('six sprints, one at 0 % and one with no work: six bars and the two band lines', async () => {
    const reports = trendReports();
    const last = reports.at(-1);
    if (last === undefined) throw new Error('no report');
    expect(last.trend.map((t) => t.ratio)).toEqual([0, null, 0.15, 0.4, 0.25, 2 / 12]);
    const code = mermaidBlock(renderSprintMarkdown(last));
    const r = await render(code, 'sprint-chart.png');
    expect(problems).toEqual([]);
    expect(r.errorText).toBe(false);
    expect(r.bars).toHaveLength(6);
    // Bar heights follow the shares 0, none (drawn as 0), 15, 40, 25, 16.7 — affinely: the
    // axis keeps a few pixels under 0, so a 0 bar is a thin sliver of the same height.
    const h = r.bars.map((b) => b.height);
    const zero = h[0] ?? Number.NaN;
    expect(h[1]).toBeCloseTo(zero, 5);
    const scaled = h.map((x) => x - zero);
    expect(scaled[3]).toBeGreaterThan(scaled[4] ?? Infinity);
    expect(scaled[4]).toBeGreaterThan(scaled[5] ?? Infinity);
    expect(scaled[5]).toBeGreaterThan(scaled[2] ?? Infinity);
    expect((scaled[3] ?? 0) / (scaled[2] ?? 1)).toBeCloseTo(40 / 15, 2);
    expect((scaled[4] ?? 0) / (scaled[2] ?? 1)).toBeCloseTo(25 / 15, 2);
    expect(r.lines).toBeGreaterThanOrEqual(2);
    expect(r.xLabels).toEqual(['2', '3 (none)', '4', '5 Hardening b…', '6', '7']);
  });

  it('a first sprint alone, and an empty first sprint, still render', async () => {
    const cfg = configSchema.parse({});
    const sprint = { id: '1', title: 'Sprint 1', start: '2026-03-02T00:00:00Z', end: '2026-03-16T00:00:00Z', source: 'milestone' as const };
    for (const items of [[], [{ kind: 'pr' as const, repo: 'acme/app', number: 1, labels: ['tech-debt'], closes: [], completedAt: '2026-03-03T00:00:00Z' }]]) {
      const report = computeSprintReport({ sprint, items, config: cfg, reader: testReader });
      const r = await render(mermaidBlock(renderSprintMarkdown(report)));
      expect(problems).toEqual([]);
      // The sprint between two blank categories, so the band's lines have a length.
      expect(r.bars).toHaveLength(3);
      expect(r.lines).toBe(2);
    }
  });

  it('a broken block would fail (the harness catches errors)', async () => {
    await expect(render('xychart-beta\n  bar [1, 2\n')).rejects.toThrow();
  });
});

describe('the audit renders in Chromium', () => {
  it('the sample\'s chart: a bar per month, following the share passing every rule, and the measurable-value line', async () => {
    const report = sampleAuditReport();
    expect(report.trend.buckets.map((b) => Math.round((b.passingShare ?? 0) * 1000) / 10)).toEqual([15, 36.7, 70]);
    const r = await render(mermaidBlock(renderAuditChart(report)), 'audit-chart.png');
    expect(problems).toEqual([]);
    expect(r.errorText).toBe(false);
    expect(r.xLabels).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(r.lines).toBeGreaterThanOrEqual(1);
    const h = r.bars.map((b) => b.height);
    expect(h).toHaveLength(3);
    // Heights follow the shares affinely (the axis keeps a few pixels under 0).
    expect(h[0]).toBeLessThan(h[1] ?? 0);
    expect(((h[2] ?? 0) - (h[0] ?? 0)) / ((h[1] ?? 0) - (h[0] ?? 0))).toBeCloseTo((70 - 15) / (36.7 - 15), 1);
  });

  it('the whole sample report, as GitHub renders its Markdown, with the chart in place', async () => {
    const markdown = renderAuditSample();
    // GitHub's flavour of Markdown; the sample is our own output, so its <sub> lines are kept as HTML.
    const html = micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
    problems.length = 0;
    await page.setViewportSize({ width: 1100, height: 1600 });
    const drawn = await page.evaluate(async (content) => {
      const g = globalThis as unknown as { mermaid: MermaidApi; document: { getElementById(id: string): Elem | null; createElement(tag: string): Elem } };
      g.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
      const root = g.document.getElementById('report');
      if (root === null) throw new Error('no #report');
      root.innerHTML = content;
      const blocks = Array.from(root.querySelectorAll('pre > code.language-mermaid'));
      for (const [i, code] of blocks.entries()) {
        const { svg } = await g.mermaid.render(`report${i}`, code.textContent ?? '');
        const chart = g.document.createElement('div');
        chart.className = 'chart';
        chart.innerHTML = svg;
        code.parentElement?.replaceWith(chart);
      }
      return {
        charts: root.querySelectorAll('div.chart svg').length,
        tables: root.querySelectorAll('table').length,
        links: root.querySelectorAll('td a[href^="https://github.com/acme/shop/"]').length,
        yaml: root.querySelector('pre > code.language-yaml')?.textContent ?? '',
        text: root.textContent ?? '',
      };

      interface MermaidApi {
        initialize(config: Record<string, unknown>): void;
        render(id: string, text: string): Promise<{ svg: string }>;
      }
      interface Elem {
        innerHTML: string;
        className: string;
        readonly textContent: string | null;
        readonly parentElement: Elem | null;
        replaceWith(node: Elem): void;
        querySelector(selector: string): Elem | null;
        querySelectorAll(selector: string): ArrayLike<Elem>;
      }
    }, html);
    expect(problems).toEqual([]);
    expect(drawn.charts).toBe(1);
    // The rules, the categories, the trend, the reasons.
    expect(drawn.tables).toBe(4);
    expect(drawn.links).toBe(sampleAuditReport().reasons.length);
    expect(drawn.yaml).toBe(sampleAuditReport().recommendation.yaml);
    expect(drawn.text).toContain('Alignment audit of acme/shop: 40.6 % of 180 items pass every rule');
    expect(drawn.text).not.toMatch(/syntax error|parse error/iu);
    if (process.env['SCREENSHOT_DIR'] !== undefined) {
      await page.locator('#report').screenshot({ path: join(process.env['SCREENSHOT_DIR'], 'audit-report.png') });
    }
  });
});

describe('the debt flow chart, and the band with a single sprint', () => {
  it('four sprints: bars for the debt paid down, lines for what came in and the net change (below 0 too)', async () => {
    const last = reports('flow-trend').at(-1);
    if (last === undefined) throw new Error('no report');
    const chart = renderFlowChart(last);
    if (chart === undefined) throw new Error('no flow chart');
    const r = await render(mermaidBlock(chart), 'flow-chart.png');
    expect(problems).toEqual([]);
    expect(r.errorText).toBe(false);
    expect(r.bars).toHaveLength(4);
    expect(r.lines).toBe(2);
    expect(r.xLabels).toEqual(['1', '2', '3', '4']);
    // Paid down 2, 3, 1, 4: the heights follow.
    const h = r.bars.map((b) => b.height);
    expect(h[3]).toBeGreaterThan(h[1] ?? Infinity);
    expect(h[1]).toBeGreaterThan(h[0] ?? Infinity);
    expect(h[0]).toBeGreaterThan(h[2] ?? Infinity);
  });

  it('one sprint: the band lines are drawn across it, not as single points', async () => {
    const [report] = reports('signals-and-flow');
    if (report === undefined) throw new Error('no report');
    for (const chart of [renderTrendChart(report), renderFlowChart(report) ?? '']) {
      const r = await render(mermaidBlock(chart));
      expect(problems).toEqual([]);
      expect(r.lines).toBe(2);
      const paths = await page.evaluate(() => {
        const g = globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<{ getAttribute(n: string): string | null }> } };
        return Array.from(g.document.querySelectorAll('#out g[class^="line-plot-"] path'), (p) => p.getAttribute('d') ?? '');
      });
      // A line of one point is "M x,y" alone; across the sprint it runs through three points.
      for (const d of paths) expect(d.match(/L/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('the register board renders in Chromium', () => {
  it('its chart: the ten costliest items, highest first', async () => {
    const chart = renderBoardChart(fixtureBoard(), 'acme/app');
    if (chart === undefined) throw new Error('no board chart');
    const r = await render(mermaidBlock(chart), 'register-chart.png');
    expect(problems).toEqual([]);
    expect(r.errorText).toBe(false);
    expect(r.bars).toHaveLength(10);
    expect(r.xLabels.slice(0, 3)).toEqual(['132', '110', '111']);
    const h = r.bars.map((b) => b.height);
    for (let i = 1; i < h.length; i += 1) expect(h[i]).toBeLessThanOrEqual(h[i - 1] ?? 0);
  });
});

describe('whole comments, as GitHub shows them', () => {
  it('the sprint report: its tables, its links and both charts', async () => {
    const last = reports('flow-trend').at(-1);
    if (last === undefined) throw new Error('no report');
    const markdown = renderSprintMarkdown(last, { repo: 'acme/app' });
    expect(mermaidBlocks(markdown)).toHaveLength(2);
    const r = await renderComment(markdown, 'sprint-report.png');
    expect(problems).toEqual([]);
    expect(r.charts).toBe(2);
    expect(r.tables).toBe(3);
    expect(r.links).toBeGreaterThan(0);
  });

  it('the register board: its table, its links and its chart', async () => {
    const markdown = renderBoardMarkdown(fixtureBoard(), { repo: 'acme/app', maxItems: 12 });
    expect(mermaidBlocks(markdown)).toHaveLength(1);
    const r = await renderComment(markdown, 'register-board.png');
    expect(problems).toEqual([]);
    expect(r.charts).toBe(1);
    expect(r.tables).toBe(1);
    expect(r.links).toBeGreaterThan(12);
  });
});
