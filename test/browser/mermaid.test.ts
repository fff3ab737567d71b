/**
 * The sprint report's Mermaid chart renders: the block from a rendered report is
 * parsed and rendered by the mermaid package's browser bundle in headless Chromium,
 * served from a loopback server. Any parse or render error fails the test.
 *
 *   npm run test:browser   (vitest run --config vitest.browser.config.ts)
 *
 * Chromium: CHROMIUM_PATH, else /usr/bin/chromium (.ci/install-chromium installs it).
 * SCREENSHOT_DIR=dir writes a PNG of each chart there.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import {
  computeSprintReport,
  computeSprintReports,
  parseSprintExport,
  renderSprintMarkdown,
  type SprintReport,
} from '../../src/core/sprint/index.js';
import { testReader } from '../sprint/reader.js';

const require = createRequire(import.meta.url);
const MERMAID_JS = readFileSync(require.resolve('mermaid/dist/mermaid.min.js'));
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>chart</title>
<style>body { margin: 0; background: #fff; font-family: sans-serif; } #out { width: 720px; padding: 8px; }</style>
<script src="/mermaid.min.js"></script></head>
<body><div id="out"></div></body></html>`;

function mermaidBlock(markdown: string): string {
  const m = /^```mermaid\n([\s\S]*?)\n```$/m.exec(markdown);
  if (m?.[1] === undefined) throw new Error('no mermaid block in the report');
  return m[1];
}

function trendReports(): SprintReport[] {
  const url = new URL('../../fixtures/sprints/trend/export.json', import.meta.url);
  const data = parseSprintExport(JSON.parse(readFileSync(url, 'utf8')));
  return computeSprintReports(data, { config: configSchema.parse({}), reader: testReader });
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
      expect(r.bars).toHaveLength(1);
    }
  });

  it('a broken block would fail (the harness catches errors)', async () => {
    await expect(render('xychart-beta\n  bar [1, 2\n')).rejects.toThrow();
  });
});
