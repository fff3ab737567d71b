/** The reading model's language, piece by piece (docs/reading.md has the same examples). */
import { describe, expect, it } from 'vitest';
import { isProcessStep, isTopicList } from '../../src/core/language/criteria.js';
import { namesContainer } from '../../src/core/language/containers.js';
import { debtBox, declaresDebt, isDebtLabelSpelling, statesDebtPurpose, titleStatesBareDebtPurpose, titleStatesDebtPurpose } from '../../src/core/language/debt.js';
import { isNoContent } from '../../src/core/language/no-content.js';
import { isOwnText } from '../../src/core/language/own-texts.js';
import { namesValue } from '../../src/core/language/value-titles.js';
import { normalizeTitle, variantsOf } from '../../src/core/markdown/normalize.js';
import { GOOD_VALUE, rule, run } from './helpers.js';

const container = (title: string): boolean => namesContainer(normalizeTitle(title));
const value = (title: string): boolean => variantsOf(title).some(namesValue);

describe('criteria containers', () => {
  it.each([
    'Acceptance Criteria', 'Definition of Done (DoD)', '🔒 Requisitos Não-Funcionais', 'Nichtfunktionale Anforderungen', 'Critères d’acceptation',
    'Criterios de aceptación', '受け入れ基準', '非功能需求', 'Done when', 'Terminé quand', 'Non‑functional requirements', 'Non?Functional Requirements', 'System Characteristics', '품질속성',
  ])('%s is a container', (title) => expect(container(title)).toBe(true));

  it('a longer title is a container when it opens with the container word', () => {
    expect(container('Restricciones que vienen del enunciado y condicionan el diseño')).toBe(true);
    const body = '## Restricciones que vienen del enunciado y condicionan el diseño\n- Latencia: respuesta de triage < 3 segundos\n- Auditoría: cada decisión registrada e inmutable por 5 años\n';
    expect(run(body).facts.nfr.categories).toEqual(['performance', 'compliance']);
  });

  it.each(['Summary', 'Motivation', 'The acceptance criteria we agreed with the product owner last week are below'])('%s is not', (title) =>
    expect(container(title)).toBe(false),
  );
});

describe('business-value titles', () => {
  it.each(['Why is this needed?', 'Why this matters', 'What? Why?', 'Value proposition', 'Customer value', 'What is the value of this and can you measure success?', 'Warum?', 'Geschäftswert', 'Valor de negocio', '🤔 Background & Motivation (Why)'])(
    '%s names the value',
    (title) => expect(value(title)).toBe(true),
  );
  it.each(['Motivation', 'Context', 'Default value', 'Value of the field', 'Values'])('%s does not', (title) => expect(value(title)).toBe(false));

  it('a title of several heads with one noun names each ("Business & User Impact" is a business impact)', () => {
    expect(run('## Business & User Impact\nAdmins answer churn questions in one place instead of four exports.\n').facts.businessValue.present).toBe(true);
    expect(run('## Security & Privacy\nAdmins answer churn questions in one place instead of four exports.\n').facts.businessValue.present).toBe(false);
  });
});

describe('no content', () => {
  it.each([
    'TBD (e.g. p95 < 400 ms)', '[TBD] – waiting for design', 'e.g. reduces load time by 30%', 'Describe the business value of this change.',
    'Explain why this is needed', 'Add screenshots here', 'What problem does this solve?', 'As a …, I want …, so that …',
    'WHEN [trigger] THEN the system SHALL [response]', 'Response time: [specify]', 'Response must be under X seconds.', 'Response time targets:',
    'See the parent epic for the value.', 'This section documents the review process.', '<e.g., p95 < 300ms>',
  ])('%s', (text) => expect(isNoContent(text)).toBe(true));

  it.each([
    'Support agents re-key 40 orders a day; this removes that work.', 'p95 under 300 ms at 150 req/s', 'Provides a CSV export of the monthly report to finance.',
    'We see about 30 failed uploads [per week] in the logs.',
  ])('%s is content', (text) => expect(isNoContent(text)).toBe(false));

  it('reads alignment-check’s own examples as copied, not written', () => {
    expect(isOwnText('It cuts checkout abandonment by 3% in the €1M EU segment.')).toBe(true);
    expect(isOwnText('p95 ≤ 400 ms at 200 req/s')).toBe(true);
    expect(isOwnText('Cuts checkout abandonment by 3% in the €1M EU segment for returning customers on mobile.')).toBe(false);
    expect(rule(run(GOOD_VALUE), 'business-value').status).toBe('pass');
  });
});

describe('criteria and word sense', () => {
  it('process steps and topic lists are not criteria, unless they state a threshold', () => {
    for (const step of ['Security scans passed', 'Unit tests written and passing', 'Documentation updated', 'Accessibility tested', 'Code review completed', 'UI testing owned by the UI team'])
      expect(isProcessStep(step), step).toBe(true);
    expect(isProcessStep('Load time verified under 2 s')).toBe(false);
    expect(isProcessStep('Comprehensive unit tests for the parser')).toBe(false);
    expect(isTopicList('Meets the NFRs for performance, scalability and reliability')).toBe(true);
    expect(isTopicList('p95 latency ≤ 300 ms and 99.9% availability')).toBe(false);
  });

  const categoriesOf = (line: string): string[] => run(`## Acceptance Criteria\n- ${line}\n`).facts.nfr.categories;

  it.each([
    ['Users can log in with their email', []],
    ['The report is accessible via the dashboard', []],
    ['Shows the stock availability of each product', []],
    ['Lets customers secure a booking for next week', []],
    ['Managers can track the performance of their team members', []],
    ['The dashboard refreshes every 2 seconds', []],
    ['The API responds within 2 seconds for 95% of requests', ['performance']],
    ['Errors are logged with a request id', ['observability']],
    ['Keyboard navigable, with a visible focus outline', ['accessibility']],
    ['Backups are restored in under 1 hour', ['reliability']],
    // Words that are not the text's own: an address, an identifier.
    ['Preview: https://fix-collapsible-a11y.surge.sh', []],
    ['The block_content_permissions module is removed from composer', []],
    // A log that must keep secrets out is a security requirement, not one of logging.
    ['Logs, exports and history contain no secrets or tokens', ['security']],
    ['API secrets are never logged', ['security']],
    ['Errors are logged with a request id and no PII in logs', ['observability']],
    // Speed, not a responsive layout.
    ['Large rule sets remain responsive', []],
    ['The layout is responsive on phones', ['usability']],
    // Tasks and deliverables, not qualities.
    ['Identify the security practices the service needs', []],
    ['Audit the current checks against the accessibility guide', []],
    ['Generate the compliance matrix for the auditors', []],
    ['Documentation: a compliance guide for enterprise teams', []],
    ['Performance guidelines have been followed', []],
    ['Pages « Démarche » et « Accessibilité » rédigées', []],
    ['By submitting this pull request, I confirm that my contribution is made under the terms of the Apache 2.0 license', []],
    ['Labels: infrastructure, security, release', []],
    ['Task: Apply security best practices to protect user data', []],
    ['Take into consideration accessibility needs as well as product requirements', []],
    ['Only authorized access to the database', ['security']],
    ['Anzeige-Latenz ≤ 1 s (Median) im Feldtest', ['performance']],
    ['El sistema debe mostrar el resumen sin demora perceptible', ['performance']],
    ['O tempo médio de resposta da API deve ser inferior a 500ms', ['performance']],
    ['Crear cuentas cifrando la contraseña', ['security']],
    ['The reset link expires after 60 minutes and is single use', ['security']],
    ['Responses do not reveal whether an email exists (no account enumeration)', ['security']],
    ['The service is available 24/7 with failover to the second region', ['reliability']],
    ['Provide 24/7 support for customer inquiries', []],
    ['429 Too Many Requests with a Retry-After header when the limit is exceeded', []],
    ['Bugs spotted during capture logged as follow-up tickets', []],
    ['SLA monitoring and reporting in the ops dashboard', ['observability']],
    ['Each endpoint has its own set of SLO metrics', []],
    ['99.9% monthly availability as the SLO', ['reliability']],
    ['This change will not affect the user experience', []],
    ['The CI build time stays under 10 minutes', ['performance']],
    ['Performance targets are stated in measurable terms', []],
    ['Known rollback risks are listed.', []],
    ['Written accessibility acceptance criteria for our components', []],
    ['Published the accessibility acceptance criteria for components', []],
    ['Security considerations are addressed (if applicable)', []],
    ['Verify the login flow against the accessibility guide', []],
    ['El 100% de las contraseñas se almacenan con un hash criptográfico con salt', ['security']],
  ])('%s → %j', (line, expected) => expect(categoriesOf(line)).toEqual(expected));

  it('reads an outline (section numbers and titles) as no criteria, even under a label', () => {
    const body = '## Non-functional requirements\n### Maintainability\n3.6.4 Maintainability\n\n3.6.5 Portability\n\n### Compliance\n3.5.1 Standards Compliance 3.6 Software System Attributes\n';
    expect(run(body).facts.nfr.categories).toEqual([]);
    expect(run('## Acceptance Criteria\n- 1.2 The API responds within 200 ms at peak load\n').facts.nfr.categories).toEqual(['performance']);
  });

  it('does not take an issue titled as a task on its requirements for the requirements', () => {
    const body = '- [ ] Search renders under 2 seconds\n- [ ] HTTPS enforced everywhere\n';
    expect(run(body, { kind: 'issue', title: 'Verify the non-functional requirements' }).facts.nfr.categories).toEqual([]);
    expect(run(body, { kind: 'issue', title: 'Non-functional requirements' }).facts.nfr.categories).toEqual(['performance', 'security']);
  });

  it('reads a table column headed "Example …" as examples, not criteria', () => {
    const table = '| Quality Attribute | Example Quantification |\n| --- | --- |\n| **Performance** | Respond to 95% of requests within 2 seconds |\n| **Security** | Encrypt all sensitive data with AES-256 |\n';
    expect(run(`## Non-functional requirements\n${table}`).facts.nfr.categories).toEqual([]);
    const filled = table.replace('Example Quantification', 'Quantification');
    expect(run(`## Non-functional requirements\n${filled}`).facts.nfr.categories).toEqual(['performance', 'security']);
  });

  it('labels in other languages, ids and tables with the category in any column', () => {
    const body = '# Requisitos Não-Funcionais\n### RNF-001: Desempenho\n- Tempo de resposta < 500 ms (p95)\n### RNF-002: Segurança\n- Senhas com bcrypt\n\n| ID | Atributo | Requisito |\n| --- | --- | --- |\n| NFR-3 | Disponibilidad | 99,5 % mensual |\n';
    expect(run(body).facts.nfr.categories).toEqual(['performance', 'security', 'reliability']);
    expect(run(body).facts.nfr.criteria.every((c) => c.source === 'label')).toBe(true);
  });

  it('a label inside another category’s section counts for the one its words are about', () => {
    const body = '## Non-functional requirements\n### Security\n**Privacy & Compliance:**\n- Deletion requests completed within 30 days per GDPR\n';
    expect(run(body).facts.nfr.categories).toEqual(['compliance']);
  });

  it('waives a category deferred or out of scope with a reason', () => {
    const body = '## NFRs\n- **Performance:** deferred to a future cycle\n- **Security:** only admins can export\n';
    const result = run(body);
    expect(result.facts.nfr.waived).toEqual([{ category: 'performance', reason: 'to a future cycle' }]);
  });
});

describe('debt language', () => {
  it('debt labels in any spelling, but a one-word label only whole', () => {
    const configured = ['tech-debt', 'technical-debt', 'debt'];
    for (const label of ['tech debt', 'tech_debt', 'techdebt', 'Technical Debt', 'kind/tech-debt', 'Reduce Technical Debt', 'type: debt', '[type] debt']) expect(isDebtLabelSpelling(label, configured), label).toBe(true);
    for (const label of ['vsa-debt', 'debtor', 'customer debt']) expect(isDebtLabelSpelling(label, configured), label).toBe(false);
  });

  it('titles that state a debt purpose', () => {
    for (const title of ['[Tech debt] Removes commented out code', 'Pay down technical debt', 'Tech debt cleanup in billing', 'fix some debt', 'Tech Debt 1: Removed unused code and libs', 'Tech debt #12 – drop the v1 importer']) {
      expect(titleStatesDebtPurpose(title) || titleStatesBareDebtPurpose(title), title).toBe(true);
    }
    for (const title of ['Technical Debt', 'Technical Debt lower with v0.9.5?', 'Fixes #3547 - Remove Technical Debt badge', 'Fix customer debt balance', 'Debt payoff calculator']) {
      expect(titleStatesDebtPurpose(title) || titleStatesBareDebtPurpose(title), title).toBe(false);
    }
  });

  it('sentences that pay debt down or declare it', () => {
    expect(statesDebtPurpose('This PR removes the tech debt in the importer.')).toBe(true);
    expect(statesDebtPurpose('It is good to regularly pay down tech debt.')).toBe(false);
    expect(statesDebtPurpose('Additionally address a lot of technical debt built up over time in the data tier:')).toBe(true);
    expect(statesDebtPurpose('Also removes tech debt in the importer.')).toBe(true);
    expect(statesDebtPurpose('Usually teams remove tech debt in a later sprint.')).toBe(false);
    expect(statesDebtPurpose('The customer pays down their debt monthly.')).toBe(false);
    expect(statesDebtPurpose('This issue tracks the systematic cleanup of accumulated technical and organizational debt.')).toBe(true);
    expect(statesDebtPurpose('This is a general tech debt cleanup item.')).toBe(true);
    expect(titleStatesDebtPurpose('Clear Technical Debt')).toBe(true);
    // A quoted phrase is a name: "there isn't any debt to fix".
    expect(statesDebtPurpose('We have been marking them "technical debt", but there isn\'t any debt to fix.')).toBe(false);
    // Under "What does this PR do?", a sentence is about this work without saying so.
    expect(statesDebtPurpose('an initial pass at refactoring the project to reduce technical debts')).toBe(false);
    const body = '#### What does this PR do?\n- an initial pass at refactoring the project to reduce technical debts\n';
    expect(run(body, { title: 'Initial pass at refactoring' }).facts.debt.isDebtWork).toBe(true);
    expect(run(body.replace('What does this PR do?', 'Background'), { title: 'Initial pass at refactoring' }).facts.debt.isDebtWork).toBe(false);
    expect(declaresDebt('This adds some tech debt, tracked in #512.')).toBe(true);
    expect(declaresDebt('This does not introduce any tech debt.')).toBe(false);
    expect(debtBox('Tech debt (refactoring, code cleanup)')).toBe('pays-down');
    expect(debtBox('This PR introduces technical debt')).toBe('introduces');
    expect(debtBox('Refactoring')).toBeUndefined();
  });

  it('references behind closing keywords count on debt work only; articles never', () => {
    const body = '## Summary\nMoves the parser to the new API. Closes #45.\n\nBackground: [technical debt](https://martinfowler.com/bliki/TechnicalDebt.html).\n';
    expect(run(body, { title: 'refactor: parser', repo: 'acme/app' }).facts.debt.links.map((l) => l.ref)).toEqual(['acme/app#45']);
    expect(run(body, { title: 'feat: parser', repo: 'acme/app' }).facts.debt.links).toEqual([]);
    expect(run('## Notes\nDebt items are listed in docs/TECH_DEBT.md#td-8.\n').facts.debt.links.map((l) => l.ref)).toEqual(['docs/TECH_DEBT.md#td-8']);
  });

  it('a debt epic\'s task list names its debt items by the reference each item opens with', () => {
    const body = 'Ongoing work to repay tech debt.\n\n**Work Items:**\n- [x] #865 Increase Dropdown test coverage\n- [ ] acme/storages#2767\n- [ ] Rewrite setup mode\n';
    const epic = run(body, { kind: 'issue', title: '(Epic) Technical Debt', labels: ['Type: Techdebt'], repo: 'acme/app' });
    expect(epic.facts.debt.isDebtWork).toBe(true);
    expect(epic.facts.debt.links.map((l) => l.ref)).toEqual(['acme/app#865', 'acme/storages#2767']);
    expect(run(body, { kind: 'issue', title: 'Release checklist', repo: 'acme/app' }).facts.debt.links).toEqual([]);
  });

  it('an issue template is the form debt is written in, not the register', () => {
    const body = 'Adds a tech debt issue template at .github/ISSUE_TEMPLATE/tech_debt.md for the team.\n';
    expect(run(body, { title: 'chore: add a tech debt template', repo: 'acme/app' }).facts.debt.links).toEqual([]);
  });
});
