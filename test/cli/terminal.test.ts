/**
 * The text output as a terminal shows it: wrapped to its width (80 when output is not a
 * terminal), a blank line between files, the fix in the terminal's own colour, a
 * tally, colour by NO_COLOR / FORCE_COLOR / TERM — on the CLI's source, in process.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { displayWidth, wrap, wrapLines } from '../../src/core/render/width.js';
import { runCli, type CliOptions } from '../harness/run-cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'alignment-terminal-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cli = (args: string[], options: Partial<CliOptions> = {}) => runCli(args, { cwd: ROOT, ...options });
// eslint-disable-next-line no-control-regex
const plain = (text: string): string => text.replace(/\u001B\[[0-9;]*m/gu, '');
const lines = (text: string): string[] => plain(text).replace(/\n$/u, '').split('\n');
/** Columns by code point: what the examples hold (no wide characters) takes one each. */
const codePoints = (line: string): number => [...line].length;

describe('the text output of check', () => {
  it('fits every line of the examples in 80 columns when output is not a terminal, a blank line between files, and a tally', async () => {
    const run = await cli(['check', 'examples', '--exit-zero']);
    expect(run.code).toBe(0);
    const out = lines(run.stdout);
    expect(out.filter((line) => codePoints(line) > 80)).toEqual([]);
    expect(out.every((line) => codePoints(line) === displayWidth(line))).toBe(true);
    // One block per file, each after a blank line; then the tally.
    const heads = out.flatMap((line, i) => (/^examples\/\S+\.md: /u.test(line) ? [i] : []));
    expect(heads).toHaveLength(4);
    for (const i of heads.slice(1)) expect(out[i - 1]).toBe('');
    expect(out.at(-2)).toBe('');
    expect(out.at(-1)).toBe('1 passed, 3 failed (all 3 on purpose)');
    // Which examples are meant to fail, said where each verdict is.
    expect(out.filter((line) => line.includes('(meant to fail)'))).toHaveLength(3);
    expect(out[0]).toMatch(/^examples\/01-checkout-latency\.md: success \(meant to pass\)/u);
  });

  it('wraps to the terminal width on a terminal', async () => {
    for (const columns of [50, 120]) {
      const run = await cli(['check', 'examples', '--exit-zero'], { tty: true, columns, env: { NO_COLOR: '1' } });
      const out = lines(run.stdout);
      expect(Math.max(...out.map(displayWidth))).toBeLessThanOrEqual(columns);
      if (columns === 120) expect(Math.max(...out.map(displayWidth))).toBeGreaterThan(80);
    }
  });

  it('wraps user text with wide characters, emoji and a long URL, and never cuts a line past the width', async () => {
    const body = [
      '## Business Value',
      `客户结账放弃率降低百分之三，每年为欧洲业务带来约一百万欧元的收入增长 🚀🚀🚀 see https://example.com/${'a'.repeat(120)}`,
      '## Acceptance Criteria',
      `- **Performance:** 快速响应 ${'🔒'.repeat(30)}`,
      '- **Security:** good',
    ].join('\n');
    const run = await cli(['check', '-'], { input: body });
    expect(lines(run.stdout).filter((line) => displayWidth(line) > 80)).toEqual([]);
  });

  it('shows the fix in the terminal colour, labelled, and never in the faint style', async () => {
    const run = await cli(['check', 'examples/02-unfilled-template.md'], { tty: true, columns: 80 });
    expect(run.stdout).toContain('\u001B[31m✖ fail\u001B[39m');
    expect(run.stdout).toContain('\u001B[36mfix:\u001B[39m Replace the placeholder');
    expect(run.stdout).not.toContain('\u001B[2m');
  });

  it('colours on a terminal; NO_COLOR (any value) turns it off and wins; FORCE_COLOR turns it on, but 0 or false; TERM=dumb off', async () => {
    const coloured = async (options: Partial<CliOptions>): Promise<boolean> => (await cli(['check', 'examples/02-unfilled-template.md'], options)).stdout.includes('\u001B[');
    expect(await coloured({ tty: true })).toBe(true);
    expect(await coloured({})).toBe(false);
    expect(await coloured({ tty: true, env: { NO_COLOR: '1' } })).toBe(false);
    expect(await coloured({ tty: true, env: { NO_COLOR: '', TERM: 'xterm' } })).toBe(true);
    expect(await coloured({ env: { FORCE_COLOR: '1' } })).toBe(true);
    expect(await coloured({ env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).toBe(false);
    expect(await coloured({ tty: true, env: { FORCE_COLOR: '0' } })).toBe(false);
    expect(await coloured({ tty: true, env: { FORCE_COLOR: 'false' } })).toBe(false);
    expect(await coloured({ tty: true, env: { TERM: 'dumb' } })).toBe(false);
  });

  it('says when a file does not get the verdict it is meant to get', async () => {
    writeFileSync(join(work, 'wrong.md'), '---\nexpect: success\n---\n## Summary\nNothing else.\n');
    writeFileSync(join(work, 'right.md'), '---\nexpect: failure\n---\n## Summary\nNothing else.\n');
    const run = await cli(['check', 'right.md', 'wrong.md'], { cwd: work });
    expect(run.code).toBe(1);
    const out = lines(run.stdout);
    expect(out).toContain('wrong.md: failure (expected success) — 2 of 2 alignment rules failed');
    expect(plain(run.stdout).split('\n\n').at(-1)).toBe('0 passed, 2 failed (1 on purpose) — not as meant: wrong.md (failure, expected\n  success)\n');
    writeFileSync(join(work, 'bad.md'), '---\nexpect: fail\n---\nBody.\n');
    expect((await cli(['check', 'bad.md'], { cwd: work })).stderr).toBe('bad.md:2: front matter: `expect`: expected success, failure or neutral, found "fail"\n');
  });
});

/**
 * `config validate` is the exception: each error stays on one `FILE:LINE:COLUMN: KEY:
 * message` line, the form editors and problem matchers read.
 */
describe('every other text the CLI prints fits 80 columns', () => {
  it.each([
    ['--help'],
    ['check', '--help'],
    ['config', '--help'],
    ['sprint', '--help'],
    ['sprint', '--from', 'test/sprint-action/fixtures/export.json', '--last', '3'],
    ['check', '--formt', 'json'],
  ])('%s %s %s', async (...args) => {
    const run = await cli(args);
    const out = [...lines(run.stdout), ...lines(run.stderr)];
    expect(out.length).toBeGreaterThan(1);
    expect(out.filter((line) => displayWidth(line) > 80)).toEqual([]);
  });
});

describe('wrap and displayWidth', () => {
  it('counts wide characters twice and combining marks not at all', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('结账')).toBe(4);
    expect(displayWidth('🚀')).toBe(2);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('€ — ≤ ✔ ✖ ⚠ –')).toBe(13);
  });

  it('wraps only the lines too wide, under their own indent', () => {
    expect(wrapLines('short\n  a long line of words here\n  table   1', 14)).toBe('short\n  a long line\n    of words\n    here\n  table   1');
  });

  it('breaks at spaces with a hanging indent, and cuts a word longer than a line', () => {
    expect(wrap('aaa bbb ccc', 7)).toEqual(['aaa bbb', 'ccc']);
    expect(wrap('aaa bbb ccc', 9, '- ', '  ')).toEqual(['- aaa bbb', '  ccc']);
    expect(wrap('x'.repeat(12), 5)).toEqual(['xxxxx', 'xxxxx', 'xx']);
    expect(wrap('结账结账结', 4)).toEqual(['结账', '结账', '结']);
    expect(wrap('', 10, '  ')).toEqual(['']);
  });
});
