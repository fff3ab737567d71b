import { CRITERION_EXAMPLES } from '../language/own-texts.js';
import { list, outcome, quote, type Rule } from './rule.js';

export const nfrCriteria: Rule = {
  id: 'nfr-criteria',
  title: 'Non-functional criteria',
  kinds: ['pr', 'issue'],
  why: 'Performance, security and the other qualities are cheapest to get right when they are explicit, measurable acceptance criteria — not retrofitted after delivery.',
  check({ analysis, config }) {
    const options = config.rules['nfr-criteria'];
    const nfr = analysis.nfr;
    const titles = options.aliases.slice(0, 3).join(', ');
    const position = nfr.sections[0]?.position;
    if (nfr.sections.length === 0) {
      const stray = nfr.strayCategories.length
        ? ` Found ${list(nfr.strayCategories)} outside it: move them under "## Acceptance Criteria".`
        : '';
      return outcome(
        'fail',
        `expected an acceptance-criteria section (${titles}, …), found none`,
        `Add "## Acceptance Criteria" with one line per quality, e.g. "- **Performance:** ${CRITERION_EXAMPLES.performance}".${stray}`,
      );
    }
    const addressed = new Set([...nfr.categories, ...nfr.waived.map((waiver) => waiver.category)]);
    const missing = options.required.filter((category) => !addressed.has(category));
    if (missing.length > 0) {
      const unreasoned = missing.filter((category) => nfr.waivedWithoutReason.includes(category));
      const note = unreasoned.length ? ` (${list(unreasoned)} marked N/A without a reason)` : '';
      const stray = missing.filter((category) => nfr.strayCategories.includes(category));
      const move = stray.length ? ` The ${list(stray)} section outside it does not count: move it under ${quote(nfr.sections[0]?.title ?? 'Acceptance Criteria')}.` : '';
      return outcome(
        'fail',
        `expected criteria for ${list(options.required)}, found none for ${list(missing)}${note}`,
        `Add a criterion for ${list(missing)} under ${quote(nfr.sections[0]?.title ?? 'Acceptance Criteria')}, or waive it as "N/A — <reason>".${move}`,
        position,
      );
    }
    if (addressed.size < options['min-categories']) {
      const found = addressed.size ? ` (${list([...addressed])})` : '';
      return outcome(
        'fail',
        `expected criteria in at least ${options['min-categories']} categories, found ${addressed.size}${found}`,
        'Add criteria for the qualities this change affects: performance, security, reliability, scalability, maintainability, accessibility, observability, compliance or usability.',
        position,
      );
    }
    const vague = nfr.criteria.filter((criterion) => !criterion.measurable);
    if (vague.length > 0 && options.measurable !== 'off') {
      const first = vague[0];
      return outcome(
        options.measurable === 'require' ? 'fail' : 'warn',
        `expected a threshold in every criterion, found ${vague.length} without one (${first?.category}: ${quote(first?.text ?? '')})`,
        `Make each criterion checkable: a number and unit ("${CRITERION_EXAMPLES.performance}", "${CRITERION_EXAMPLES.reliability}", "${CRITERION_EXAMPLES.security}").`,
        first?.position ?? position,
      );
    }
    const waived = list(nfr.waived.map((waiver) => waiver.category));
    if (nfr.categories.length === 0) {
      const message = waived
        ? `found every category waived with a reason: ${waived}`
        : `found ${quote(nfr.sections[0]?.title ?? 'Acceptance Criteria')}, and the config requires no category`;
      return outcome('pass', message, '', position);
    }
    return outcome('pass', `found criteria for ${list(nfr.categories)}${waived ? `; waived ${waived}` : ''}`, '', position);
  },
  snippet: (config) => {
    const options = config.rules['nfr-criteria'];
    const categories = [...new Set([...options.required, 'performance', 'security', 'reliability'])].slice(
      0,
      Math.max(options['min-categories'], options.required.length, 2),
    );
    // Placeholders, not examples: pasted unchanged, the section stays empty.
    const lines = categories.map((category) => `- **${category[0]?.toUpperCase()}${category.slice(1)}:** <threshold this change must meet, or N/A — reason>`);
    return `## Acceptance Criteria\n\n${lines.join('\n')}\n`;
  },
};
