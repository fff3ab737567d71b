/**
 * Shapes found in review that a careful reader reads one way and a naive parser
 * another: each case pins the careful reading.
 */
import { describe, expect, it } from 'vitest';
import { GOOD_NFR, GOOD_VALUE, rule, run } from './helpers.js';

const VALUE = GOOD_VALUE;

describe('labels on consecutive lines', () => {
  it('reads each line that starts with a label as its own section', () => {
    const result = run(`${VALUE}## Acceptance Criteria\nPerformance: p95 export under 5 s\nSecurity: only the owner can download, 0 public links\n`);
    expect(result.facts.nfr.categories).toEqual(['performance', 'security']);
    expect(rule(result, 'nfr-criteria').status).toBe('pass');
  });

  it('splits top-level label lines too, so the criteria are not read as business value', () => {
    const result = run('Business value: reduces checkout abandonment by 3% in the EU segment, worth €30k a month.\nAcceptance criteria: p95 under 400 ms; 0 public URLs, all endpoints require authentication.\n');
    expect(result.facts.businessValue.text).not.toContain('p95');
    expect(result.facts.nfr.categories).toEqual(['performance', 'security']);
  });
});

describe('business value', () => {
  it("reads the Kubernetes template's bold label \"What this PR does / why we need it\" as the value section (eight words: the slash is none)", () => {
    const body = '**What this PR does / why we need it**:\n\nCuts 7% of execution time and 12% of allocated space on the correctness suite.\n';
    expect(run(body).facts.businessValue).toMatchObject({ present: true, measurable: true });
    expect(run('**What this change does for the payments team / why the payments team needs it now**:\n\nCuts 7% of execution time.\n').facts.businessValue.present).toBe(false);
  });

  it('prefers the Business Value heading over an earlier "Value:" list label', () => {
    const body = `## Summary\nAdds a session timeout.\n\n- Setting: \`session.timeout\`\n- Value: 30 minutes by default\n\n${VALUE}${GOOD_NFR}`;
    expect(rule(run(body), 'business-value').status).toBe('pass');
  });

  it('keeps "Impact:" and "Cost:" labels inside the Business Value section', () => {
    const body = `## Business Value\n**Impact:** reduces checkout abandonment by 3% in the EU segment, worth about €30k a month.\n${GOOD_NFR}`;
    expect(rule(run(body), 'business-value').status).toBe('pass');
  });

  it('reads a label inside a block quote and a <details> summary as titles', () => {
    expect(rule(run(`> **Business Value:** Cuts support tickets about failed exports by 30% (120 a month).\n\n${GOOD_NFR}`), 'business-value').status).toBe('pass');
    const details = `<details><summary>Business Value</summary>\n\nCuts support tickets about failed exports by 30% (about 120 tickets a month).\n\n</details>\n\n${GOOD_NFR}`;
    expect(rule(run(details), 'business-value').status).toBe('pass');
  });
});

describe('acceptance criteria', () => {
  it('reads a subject titled as a task about criteria as work on them, not as the requirements', () => {
    const body = 'Every form can be completed with keyboard navigation alone and is announced by screen readers.\n';
    expect(run(body, { title: 'Add accessibility criteria to the user story template' }).facts.nfr.categories).toEqual([]);
    expect(run(body, { kind: 'issue', title: 'Accessibility acceptance criteria' }).facts.nfr.categories).toEqual(['accessibility']);
  });

  it('reads a to-do in any form of its verb as a task, not a criterion', () => {
    for (const line of ['Define keyboard/focus behaviour and colour contrast', 'Updating the screen reader labels', 'Documents the monitoring dashboards']) {
      expect(run(`${VALUE}## Acceptance Criteria\n- ${line}\n`).facts.nfr.categories, line).toEqual([]);
    }
    expect(run(`${VALUE}## Acceptance Criteria\n- Defined alerts page the on-call within 5 minutes of an outage\n`).facts.nfr.categories).not.toEqual([]);
  });

  it('an unfilled checklist of category names has no criteria', () => {
    const result = run(`${VALUE}## Acceptance Criteria\n- [ ] Performance\n- [ ] Security\n`);
    expect(rule(result, 'nfr-criteria').status).toBe('fail');
    expect(result.facts.nfr.criteria).toEqual([]);
  });

  it('a category item with its criteria nested below counts them under that category', () => {
    const body = `${VALUE}## Acceptance Criteria\n- Performance\n  - p95 of the export under 5 s\n  - memory stays below 512 MB\n- Security\n  - exports only available to the owner\n  - 0 public URLs\n`;
    const result = run(body);
    expect(result.facts.nfr.criteria.map((criterion) => `${criterion.category}: ${criterion.text}`)).toEqual([
      'performance: p95 of the export under 5 s',
      'performance: memory stays below 512 MB',
      'security: exports only available to the owner',
      'security: 0 public URLs',
    ]);
  });

  it('a table whose header row names the categories holds one criterion per cell', () => {
    const body = `${VALUE}## Acceptance Criteria\n| Performance | Security |\n| --- | --- |\n| export of 10k rows in under 5 s | only the owner can download; 0 public URLs |\n`;
    expect(run(body).facts.nfr.categories).toEqual(['performance', 'security']);
  });

  it('matches heading variants: "Non Functional Requirements", "Security considerations"', () => {
    const body = `${VALUE}## Non Functional Requirements\n### Performance\n- export in under 5 s\n### Security considerations\n- links expire after 15 minutes\n`;
    expect(rule(run(body), 'nfr-criteria').status).toBe('pass');
  });

  it.each([
    ['| Accessibility | N/A | backend only change |', 'backend only change'],
    ['- Accessibility: Not relevant for this change', 'for this change'],
    ['- Accessibility: n.a. (docs only)', 'docs only'],
    ['- Accessibility: No accessibility impact — no UI in this change', 'no UI in this change'],
    ['- Accessibility: N/A (docs)', 'docs'],
  ])('waiver %s', (line, reason) => {
    const table = line.startsWith('|') ? '\n| Category | Applies | Why |\n| --- | --- | --- |\n' : '';
    const result = run(`${VALUE}${GOOD_NFR}${table}${line}\n`);
    expect(result.facts.nfr.waived).toEqual([{ category: 'accessibility', reason }]);
  });

  it('"No" in an applies column leaves the category unaddressed; "no change … (±5%)" is a criterion', () => {
    const table = `${VALUE}## Acceptance Criteria\n| Category | Applies |\n| --- | --- |\n| Performance | p95 < 1 s |\n| Security | No |\n`;
    expect(rule(run(table), 'nfr-criteria').message).toContain('found none for security');
    const criterion = run(`${VALUE}## Acceptance Criteria\n- Performance: no change to p95 of the 3 hottest callers (±5%)\n- Security: 0 new findings\n`);
    expect(criterion.facts.nfr.categories).toEqual(['performance', 'security']);
  });
});
