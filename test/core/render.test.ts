import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderMarkdown } from '../../src/core/index.js';
import { config, run } from './helpers.js';

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
    const markdown = renderMarkdown(run('', { title: '@team <script>x</script> | pwn' }), config());
    expect(markdown).toContain('Pull request: @\u200Bteam &lt;script&gt;x&lt;/script&gt; \\| pwn');
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
