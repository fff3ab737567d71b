import { describe, expect, it } from 'vitest';
import type { RootContent } from 'mdast';
import { escapeMarkdown, renderMarkdown, renderVerdictLine } from '../../src/core/index.js';
import { parseMarkdown } from '../../src/core/markdown/parse.js';
import { PASSING_PREFIX } from '../../src/features/check/comment.js';
import { config, GOOD_NFR, GOOD_VALUE, run } from './helpers.js';

describe('escaping user text for comments', () => {
  it('cannot mention, inject HTML, link, or break a table', () => {
    const escaped = escapeMarkdown('@octocat <img src=x onerror=alert(1)> | [x](javascript:alert(1)) https://evil.example www.evil.example\nnext');
    expect(escaped).not.toMatch(/@\w/u);
    expect(escaped).not.toContain('<img');
    expect(escaped).not.toMatch(/(?<!\\)\|/u);
    expect(escaped).not.toMatch(/(?<!\\)\]\(/u);
    expect(escaped).not.toContain('https://');
    expect(escaped).not.toMatch(/www\./u);
    expect(escaped).not.toContain('\n');
  });

  it('renders a hostile title harmlessly and omits an empty one', () => {
    const hostile = '@team <script>x</script> | pwn ~~gone~~ **bold** [x](javascript:alert(1)) https://evil.example &amp; `code`';
    const markdown = renderMarkdown(run('', { title: hostile }), config());
    // Read back the way GitHub reads it: the subject line is one paragraph of plain text.
    const subject = parseMarkdown(markdown).children[1];
    expect(subject?.type).toBe('paragraph');
    const children = subject?.type === 'paragraph' ? subject.children : [];
    expect(children.map((node) => node.type)).toEqual(['text']);
    expect(children[0]?.type === 'text' ? children[0].value : '').toBe(`Pull request: ${hostile.replace('@', '@\u200B').replace('://', ':\u200B//')}`);
    expect(renderMarkdown(run('', { title: '' }), config())).toMatch(/\nPull request\n/u);
  });

  it('never cuts an emoji in half when quoting', () => {
    const body = `## Acceptance Criteria\n- **Security:** ${'x'.repeat(58)}🔒 rest\n- **Performance:** fast\n`;
    const message = run(body).rules[1]?.message ?? '';
    expect(message).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
  });
});

describe('nfr-criteria messages', () => {
  it('points at category sections outside the acceptance criteria', () => {
    const body = '## Acceptance Criteria\n- **Performance:** p95 < 1 s\n\n## Security\n- tokens rotate every 24 h\n';
    const finding = run(body).rules[1];
    expect(finding?.hint).toContain('The security section outside it does not count');
  });

  it('says so when the config requires no category', () => {
    const result = run('## Acceptance Criteria\n- Users can export a CSV\n', { config: { rules: { 'nfr-criteria': { required: [], 'min-categories': 0 } } } });
    expect(result.rules[1]?.message).toBe('found "Acceptance Criteria", and the config requires no category');
  });
});

describe('the comment and summary Markdown', () => {
  const flat = (nodes: readonly RootContent[]): RootContent[] => nodes.flatMap((node) => [node, ...('children' in node ? flat(node.children as RootContent[]) : [])]);

  it('shows each finding once, with its fix; the skipped rules folded away', () => {
    const result = run('## Summary\nAdds a cache.\n');
    const markdown = renderMarkdown(result, config());
    for (const finding of result.rules.filter((f) => f.status === 'fail')) {
      expect(markdown.split(finding.message.slice(0, 40)).length - 1, finding.id).toBe(1);
    }
    expect(markdown.match(/How to fix:/gu)).toHaveLength(2);
    expect(markdown).not.toContain('| Rule |');
    // Skipped rules only inside the folded details.
    const details = markdown.slice(markdown.indexOf('<details><summary>Skipped: Debt register link, Debt business impact</summary>'));
    expect(details).toContain('applies to issues only');
    expect(markdown.indexOf('applies to issues only')).toBeGreaterThan(markdown.indexOf('<details><summary>Skipped'));
  });

  it('shows code in hints as code, not as escaped backticks', () => {
    const result = run('## Business Value\nCuts checkout abandonment by 3% in the €1M EU segment for returning customers.\n', { labels: ['tech-debt'] });
    const markdown = renderMarkdown(result, config());
    expect(markdown).toContain('`rules.debt-link.registers`');
    expect(markdown).not.toContain('\\`');
    const code = flat(parseMarkdown(markdown).children).filter((node) => node.type === 'inlineCode');
    expect(code.map((node) => (node.type === 'inlineCode' ? node.value : ''))).toContain('rules.debt-link.registers');
  });

  it('serialises with GFM rules: user text cannot strike through, link or open HTML', () => {
    const markdown = renderMarkdown(run('', { title: '~~x~~ www.example.com <b>' }), config());
    const types = flat(parseMarkdown(markdown).children.slice(1, 2)).map((node) => node.type);
    expect(types).toEqual(['paragraph', 'text']);
  });

  it('the one-line verdicts: "resolved" for a comment that failed before, the plain verdict for one that never did', () => {
    const passing = run(`${GOOD_VALUE}${GOOD_NFR}`);
    expect(renderVerdictLine(passing, 'resolved')).toBe('**✅ Resolved:** all alignment rules pass now.\n');
    expect(renderVerdictLine(passing, 'passing')).toBe('✅ All alignment rules pass.\n');
    expect(renderVerdictLine(passing, 'passing').startsWith(PASSING_PREFIX)).toBe(true);
    const warned = run(`${GOOD_VALUE}## Acceptance Criteria\n- **Performance:** fast\n- **Security:** 0 high findings in the scan\n`);
    expect(renderVerdictLine(warned, 'resolved')).toBe('**✅ Resolved:** all alignment rules pass now, 1 with a warning (see the job summary).\n');
    expect(renderVerdictLine(warned, 'passing').startsWith(PASSING_PREFIX)).toBe(true);
  });
});
