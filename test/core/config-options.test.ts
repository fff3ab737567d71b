/** Every engine option of the config changes what the engine finds. */
import { describe, expect, it } from 'vitest';
import { GOOD_NFR, GOOD_VALUE, rule, run } from './helpers.js';

const VALUE_AND_NFR = GOOD_VALUE + GOOD_NFR;

describe('config options', () => {
  it('placeholders: texts of your own template count as no content', () => {
    const body = `## Business Value\nOur team ships value to customers in every sprint and records it in this part of the form.\n${GOOD_NFR}`;
    expect(rule(run(body), 'business-value').status).not.toBe('fail');
    const result = run(body, { config: { placeholders: ['Our team ships value to customers in every sprint and records it in this part of the form.'] } });
    expect(rule(result, 'business-value').message).toContain('found an empty "Business Value" section');
  });

  it('debt-link.labels, title-types, pays-down-box and introduces-box', () => {
    const options = { rules: { 'debt-link': { labels: ['kaizen'], 'title-types': ['cleanup'], 'pays-down-box': ['Cleans up'], 'introduces-box': ['Takes a shortcut'] } } };
    expect(run(VALUE_AND_NFR, { labels: ['kaizen'], config: options }).facts.debt.isDebtWork).toBe(true);
    expect(run(VALUE_AND_NFR, { labels: ['tech-debt'], config: options }).facts.debt.isDebtWork).toBe(false);
    expect(run(VALUE_AND_NFR, { title: 'cleanup: old jobs', config: options }).facts.debt.isDebtWork).toBe(true);
    expect(run(VALUE_AND_NFR, { title: 'refactor: old jobs', config: options }).facts.debt.isDebtWork).toBe(false);
    expect(run(`${VALUE_AND_NFR}\n- [x] Cleans up the cron module\n`, { config: options }).facts.debt.isDebtWork).toBe(true);
    expect(run(`${VALUE_AND_NFR}\n- [x] Takes a shortcut on retries\n`, { config: options }).facts.debt.declaresNewDebt).toBe(true);
  });

  it('debt-link.enabled: false skips the rule', () => {
    expect(rule(run(VALUE_AND_NFR, { labels: ['tech-debt'], config: { rules: { 'debt-link': { enabled: false } } } }), 'debt-link').status).toBe('skip');
  });

  it('debt-impact.labels, aliases, min-words and measurable', () => {
    const body = '## Cost to us\nThree days lost.\n';
    const base = { kind: 'issue' as const, labels: ['legacy'] };
    expect(rule(run(body, base), 'debt-impact').status).toBe('skip');
    const options = { rules: { 'debt-impact': { labels: ['legacy'], aliases: ['Cost to us'], 'min-words': 3 } } };
    expect(rule(run(body, { ...base, config: options }), 'debt-impact').status).toBe('warn');
    expect(rule(run(body, { ...base, config: { rules: { 'debt-impact': { ...options.rules['debt-impact'], measurable: 'require' as const } } } }), 'debt-impact').status).toBe('fail');
    expect(rule(run(body, { ...base, config: { rules: { 'debt-impact': { ...options.rules['debt-impact'], 'min-words': 4 } } } }), 'debt-impact').message).toBe(
      'expected at least 4 words of business impact, found 3',
    );
    expect(rule(run('## Cost to us\nCosts 3 days per release.\n', { ...base, config: options }), 'debt-impact').status).toBe('pass');
  });

  it('nfr-criteria.aliases, applies-to and enabled', () => {
    const body = `${GOOD_VALUE}## Guarantees\n- **Performance:** p95 < 1 s\n- **Security:** 0 critical findings\n`;
    expect(rule(run(body), 'nfr-criteria').status).toBe('fail');
    expect(rule(run(body, { config: { rules: { 'nfr-criteria': { aliases: ['Guarantees'] } } } }), 'nfr-criteria').status).toBe('pass');
    expect(rule(run(body, { kind: 'issue', config: { rules: { 'nfr-criteria': { 'applies-to': ['pr'] } } } }), 'nfr-criteria')).toMatchObject({ status: 'skip', message: 'applies to pull requests only' });
    expect(rule(run(body, { config: { rules: { 'nfr-criteria': { enabled: false } } } }), 'nfr-criteria').status).toBe('skip');
  });

  it('nfr-criteria.categories adds a category with its own aliases', () => {
    const body = `${GOOD_VALUE}## Acceptance Criteria\n- **Cost:** under $200 a month\n`;
    const result = run(body, { config: { rules: { 'nfr-criteria': { required: ['finops'], 'min-categories': 1, categories: { finops: { aliases: ['Cost'] } } } } } });
    expect(rule(result, 'nfr-criteria').status).toBe('pass');
    expect(result.facts.nfr.categories).toEqual(['finops']);
  });

  it('mode decides between failure and neutral', () => {
    expect(run('', { config: { mode: 'enforce' } }).conclusion).toBe('failure');
    expect(run('', { config: { mode: 'advisory' } }).conclusion).toBe('neutral');
  });
});
