import { describe, expect, it } from 'vitest';
import { resultSchema } from '../../src/core/index.js';
import { GOOD_NFR, GOOD_VALUE, rule, run } from './helpers.js';

describe('business-value', () => {
  it('passes with enough words and a quantity', () => {
    const result = run(GOOD_VALUE + GOOD_NFR);
    expect(rule(result, 'business-value')).toMatchObject({ status: 'pass', position: { line: 1, column: 1 } });
    expect(result.facts.businessValue).toMatchObject({ present: true, measurable: true });
  });

  it('fails when the section is missing, naming what it expected', () => {
    const finding = rule(run(GOOD_NFR), 'business-value');
    expect(finding.status).toBe('fail');
    expect(finding.message).toMatch(/^expected a Business Value section .*found none$/u);
    expect(finding.hint).not.toBe('');
  });

  it('fails on a placeholder-only section and points at it', () => {
    const finding = rule(run(`# PR\n\n## Business Value\n<!-- why? -->\nTBD\n\n${GOOD_NFR}`), 'business-value');
    expect(finding).toMatchObject({ status: 'fail', position: { line: 3, column: 1 } });
    expect(finding.message).toContain('found an empty "Business Value" section');
  });

  it('fails below min-words', () => {
    const finding = rule(run(`## Value\nMakes things better.\n${GOOD_NFR}`), 'business-value');
    expect(finding.message).toBe('expected at least 8 words of business value, found 3');
  });

  it('warns when not measurable by default and fails with measurable: require', () => {
    const body = `## Business Value\nCustomers asked for this for a long time and it will make them happier.\n${GOOD_NFR}`;
    expect(rule(run(body), 'business-value').status).toBe('warn');
    expect(rule(run(body, { config: { rules: { 'business-value': { measurable: 'require' } } } }), 'business-value').status).toBe('fail');
    expect(rule(run(body, { config: { rules: { 'business-value': { measurable: 'off' } } } }), 'business-value').status).toBe('pass');
  });

  it('honours min-words, custom aliases, enabled and applies-to', () => {
    const body = `## Motivation\nFaster.\n${GOOD_NFR}`;
    const options = { rules: { 'business-value': { aliases: ['Motivation'], 'min-words': 1, measurable: 'off' as const } } };
    expect(rule(run(body, { config: options }), 'business-value').status).toBe('pass');
    expect(rule(run(body, { config: { rules: { 'business-value': { enabled: false } } } }), 'business-value')).toMatchObject({ status: 'skip', message: 'disabled in the config' });
    expect(rule(run(body, { kind: 'issue', config: { rules: { 'business-value': { 'applies-to': ['pr'] } } } }), 'business-value').status).toBe('skip');
  });
});

describe('nfr-criteria', () => {
  it('passes with the required categories and thresholds', () => {
    const result = run(GOOD_VALUE + GOOD_NFR);
    expect(rule(result, 'nfr-criteria').status).toBe('pass');
    expect(result.facts.nfr.categories).toEqual(['performance', 'security']);
  });

  it('fails without an acceptance-criteria section and mentions stray category sections', () => {
    const finding = rule(run(`${GOOD_VALUE}## Performance\np95 < 1 s\n`), 'nfr-criteria');
    expect(finding.status).toBe('fail');
    expect(finding.hint).toContain('Found performance outside it');
  });

  it('fails when a required category is missing, and says an N/A needs a reason', () => {
    const body = `${GOOD_VALUE}## Acceptance Criteria\n- Performance: p95 < 1 s\n- Security: N/A\n- Reliability: 99.9% uptime\n`;
    const finding = rule(run(body), 'nfr-criteria');
    expect(finding.message).toBe('expected criteria for performance and security, found none for security (security marked N/A without a reason)');
  });

  it('accepts a waiver with a real reason', () => {
    const body = `${GOOD_VALUE}## Acceptance Criteria\n- Performance: p95 < 1 s\n- Security: N/A — no change to auth, data or inputs\n`;
    const result = run(body);
    expect(rule(result, 'nfr-criteria').status).toBe('pass');
    expect(result.facts.nfr.waived).toEqual([{ category: 'security', reason: 'no change to auth, data or inputs' }]);
  });

  it('falls back to vocabularies for unlabelled criteria', () => {
    const body = `${GOOD_VALUE}## Acceptance Criteria\n- The endpoint answers with a p95 latency under 300 ms\n- Tokens are encrypted at rest with AES-256\n- Users can export a CSV\n`;
    const result = run(body);
    expect(result.facts.nfr.categories).toEqual(['performance', 'security']);
    expect(result.facts.nfr.criteria).toHaveLength(2);
  });

  it('enforces min-categories and required from config, and extends vocabularies', () => {
    const body = `${GOOD_VALUE}## NFRs\n- Ledger entries are reconciled nightly within 5 min\n`;
    const options = { rules: { 'nfr-criteria': { required: [], 'min-categories': 1, categories: { finance: { vocabulary: ['reconciled'] } } } } };
    const result = run(body, { config: options });
    expect(rule(result, 'nfr-criteria').status).toBe('pass');
    expect(result.facts.nfr.categories).toEqual(['finance']);
    expect(rule(run(body, { config: { rules: { 'nfr-criteria': { required: [], 'min-categories': 2 } } } }), 'nfr-criteria').message).toBe(
      'expected criteria in at least 2 categories, found 0',
    );
  });

  it('warns about criteria without a threshold, fails with measurable: require', () => {
    const body = `${GOOD_VALUE}## Acceptance Criteria\n- **Performance:** fast\n- **Security:** inputs sanitised\n`;
    expect(rule(run(body), 'nfr-criteria')).toMatchObject({ status: 'warn', position: { line: 4, column: 1 } });
    expect(rule(run(body, { config: { rules: { 'nfr-criteria': { measurable: 'require' } } } }), 'nfr-criteria').status).toBe('fail');
  });

  it('replaces a built-in category and narrows to only-categories', () => {
    const body = `${GOOD_VALUE}## Acceptance Criteria\n- **Speed:** p95 < 200 ms\n- **Security:** 0 critical findings\n- **Accessibility:** WCAG 2.1 AA\n`;
    const options = {
      rules: { 'nfr-criteria': { 'only-categories': ['performance', 'security'], categories: { performance: { aliases: ['Speed'], vocabulary: [], replace: true } } } },
    };
    const result = run(body, { config: options });
    expect(result.facts.nfr.categories).toEqual(['performance', 'security']);
  });
});

describe('debt-link', () => {
  const value = GOOD_VALUE + GOOD_NFR;

  it('skips a PR that is not debt work', () => {
    expect(rule(run(value), 'debt-link').status).toBe('skip');
  });

  it('detects debt work by label, title type and ticked box, and new debt by its box', () => {
    expect(run(value, { labels: ['Tech-Debt'] }).facts.debt.isDebtWork).toBe(true);
    expect(run(value, { title: 'refactor(api)!: split handlers' }).facts.debt.isDebtWork).toBe(true);
    expect(run(`${value}- [x] This PR pays down technical debt\n`).facts.debt.isDebtWork).toBe(true);
    expect(run(`${value}- [ ] This PR pays down technical debt\n`).facts.debt.isDebtWork).toBe(false);
    expect(run(`${value}- [x] This PR introduces technical debt\n`).facts.debt.declaresNewDebt).toBe(true);
  });

  it('fails debt work without a register link', () => {
    const finding = rule(run(value, { labels: ['tech-debt'] }), 'debt-link');
    expect(finding.status).toBe('fail');
    expect(finding.message).toContain('because this PR is debt work (label "tech-debt")');
  });

  it('without registers, counts a reference in a debt line but not an encyclopedia link', () => {
    const ticket = run(`${value}Tech debt ticket: PM-4128\n`, { labels: ['tech-debt'] });
    expect(rule(ticket, 'debt-link').status).toBe('pass');
    expect(ticket.facts.debt.links).toEqual([{ register: 'key', ref: 'PM-4128' }]);
    const lazy = run(`${value}- [x] This PR pays down technical debt\nTech debt ticket: PM-4128\n`);
    expect(lazy.facts.debt.links).toEqual([{ register: 'key', ref: 'PM-4128' }]);
    // The encyclopedia page is never the register; the issue the sentence ties to the debt is.
    const wiki = run(`${value}This pays down [technical debt](https://en.wikipedia.org/wiki/Technical_debt) in #12.\n`, { labels: ['tech-debt'] });
    expect(wiki.facts.debt.links).toEqual([{ register: 'github', ref: '#12' }]);
    const wikiOnly = run(`${value}This pays down [technical debt](https://en.wikipedia.org/wiki/Technical_debt).\n`, { labels: ['tech-debt'] });
    expect(rule(wikiOnly, 'debt-link').status).toBe('fail');
    expect(wikiOnly.facts.debt.links).toEqual([]);
  });

  it('matches configured registers: GitHub repo, key pattern, URL prefix and file with anchor', () => {
    const registers = [
      { github: { repo: 'acme/debt-register' } },
      { key: 'DEBT-\\d+' },
      { url: 'https://acme.atlassian.net/browse/TD-' },
      { file: 'docs/DEBT.md' },
    ];
    const body = `${value}Pays down acme/debt-register#12, DEBT-42, [TD-7](https://acme.atlassian.net/browse/TD-7) and [the entry](../docs/DEBT.md#td-8). Fixes #3, OTHER-1.\n`;
    const result = run(body, { labels: ['tech-debt'], repo: 'acme/shop', config: { rules: { 'debt-link': { registers } } } });
    expect(result.facts.debt.links.map((link) => link.ref)).toEqual([
      'acme/debt-register#12',
      'DEBT-42',
      'https://acme.atlassian.net/browse/TD-7',
      'docs/DEBT.md#td-8',
    ]);
  });

  it('resolves #123 against the repository when it is known', () => {
    const result = run(`${value}\nTech debt: #12\n`, { labels: ['tech-debt'], repo: 'acme/shop' });
    expect(result.facts.debt.links).toEqual([{ register: 'github', ref: 'acme/shop#12', url: 'https://github.com/acme/shop/issues/12' }]);
  });
});

describe('debt-impact', () => {
  it('skips issues without a debt label and PRs', () => {
    expect(rule(run(GOOD_VALUE, { kind: 'issue' }), 'debt-impact').status).toBe('skip');
    expect(rule(run(GOOD_VALUE, { labels: ['tech-debt'] }), 'debt-impact').status).toBe('skip');
  });

  it('passes a quantified business impact and warns on a vague one', () => {
    const good = run('## Business Impact\nSlows every billing feature by about 3 days and caused 2 incidents last quarter.\n', { kind: 'issue', labels: ['tech-debt'] });
    expect(rule(good, 'debt-impact').status).toBe('pass');
    expect(good.facts.debt.impact).toMatchObject({ present: true, measurable: true });
    const vague = run('## Business Impact\nThe code is messy and everyone on the team dislikes working in it.\n', { kind: 'issue', labels: ['tech-debt'] });
    expect(rule(vague, 'debt-impact').status).toBe('warn');
    expect(rule(run('## Notes\nold code\n', { kind: 'issue', labels: ['tech-debt'] }), 'debt-impact').status).toBe('fail');
  });
});

describe('result', () => {
  it('concludes failure in enforce mode and neutral in advisory mode', () => {
    expect(run('nothing here').conclusion).toBe('failure');
    expect(run('nothing here', { config: { mode: 'advisory' } }).conclusion).toBe('neutral');
    expect(run(GOOD_VALUE + GOOD_NFR).conclusion).toBe('success');
  });

  it('always satisfies the result contract', () => {
    expect(() => resultSchema.parse(run(GOOD_VALUE + GOOD_NFR, { labels: ['tech-debt'] }))).not.toThrow();
  });
});
