import type { Register } from '../../config/schema.js';
import { DEBT_LINE_EXAMPLE } from '../language/own-texts.js';
import { kindOf } from '../register-kinds/index.js';
import { list, outcome, type Rule } from './rule.js';

export const debtLink: Rule = {
  id: 'debt-link',
  title: 'Debt register link',
  kinds: ['pr'],
  why: 'Debt work and new debt are only visible to the business when they are tracked in the debt register, where they are prioritised by impact.',
  check({ analysis, config, verification }) {
    const options = config.rules['debt-link'];
    const { isDebtWork, declaresNewDebt, reasons } = analysis.debtWork;
    if (!isDebtWork && !declaresNewDebt) {
      return outcome('skip', 'not debt work: no debt label, debt title, ticked debt box or stated debt purpose', '');
    }
    const why = isDebtWork ? `is debt work (${list([...reasons])})` : 'declares new debt';
    const where = describeRegisters(options.registers);
    const links = analysis.links;
    if (links.length === 0) {
      return outcome(
        'fail',
        `expected a link to the debt register (${where}) because this PR ${why}, found none`,
        options.registers.length
          ? `Link the register entry this PR pays down or adds, as "Tech debt ticket: " and ${refShape(options.registers)}.`
          : `Name the register item, e.g. "${DEBT_LINE_EXAMPLE}", or write "Closes #<number>" for the debt issue this PR pays down (or configure \`rules.debt-link.registers\`).`,
      );
    }
    if (options.verify && verification) {
      const verified = links.filter((link) => verification.get(link.ref)?.status === 'ok');
      if (verified.length === 0) {
        const problems = links.map((link) => {
          const result = verification.get(link.ref);
          return `${link.ref} ${result?.status ?? 'unverified'}${result?.detail ? ` (${result.detail})` : ''}`;
        });
        return outcome(
          'fail',
          `expected a debt register entry that exists, found ${list(problems)}`,
          'Link an existing register issue that carries the debt label.',
        );
      }
      return outcome('pass', `found a verified link to the debt register: ${list(verified.map((link) => link.ref))}`, '');
    }
    return outcome('pass', `found a link to the debt register: ${list(links.map((link) => link.ref))}`, '');
  },
  snippet: (config) => `## Technical Debt\n\nTech debt ticket: <the register item this PR pays down or adds: ${refShape(config.rules['debt-link'].registers)}>\n`,
};

function describeRegisters(registers: readonly Register[]): string {
  if (registers.length === 0) return 'a reference in a debt section, on a "Tech debt ticket:" line, or behind "Closes" on debt work';
  return registers.map((register) => kindOf(register).describe(register)).join(', or ');
}

/** How a reference to the configured register looks, in words (no number a paste could pass with). */
function refShape(registers: readonly Register[]): string {
  const first = registers[0];
  return first ? kindOf(first).example(first) : 'its issue number or link';
}
