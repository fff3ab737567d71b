import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUDIT_SAMPLE_FILE, renderAuditSample } from '../../scripts/audit-sample.js';

describe('docs/audit-sample.md', () => {
  it('is what scripts/audit-sample.ts writes (run `npx tsx scripts/audit-sample.ts` when this fails)', () => {
    expect(readFileSync(new URL(`../../${AUDIT_SAMPLE_FILE}`, import.meta.url), 'utf8')).toBe(renderAuditSample());
  });

  it('the README quotes its figures', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const sample = renderAuditSample();
    const headline = sample.split('\n')[1] ?? '';
    expect(headline).toContain('40.6 % of 180 items pass every rule');
    expect(readme).toContain(headline);
    expect(readme).toContain('docs/audit-report.png');
    // The recommended config, verbatim.
    const yaml = /```yaml\n([\s\S]*?)```/u.exec(sample)?.[1] ?? '';
    expect(yaml).not.toBe('');
    expect(readme).toContain(yaml);
  });
});
