import type { Conclusion, RuleId, Status } from '../result.js';
import { ruleById } from '../rules/index.js';

export const statusIcon: Record<Status, string> = { pass: '✅', fail: '❌', warn: '⚠️', skip: '⏭️' };
export const conclusionIcon: Record<Conclusion, string> = { success: '✅', failure: '❌', neutral: '⚠️' };

/** A rule's name in the comment and the terminal: "Business value". */
export const ruleTitle = (id: RuleId): string => ruleById(id).title;

/** The one-line headline of a result, used as the check run title too. */
export function headline(failed: number, warned: number, total: number): string {
  if (failed > 0) return `${failed} of ${total} alignment rules failed${warned ? `, ${warned} warned` : ''}`;
  if (warned > 0) return `All alignment rules pass, ${warned} with a warning`;
  return 'All alignment rules pass';
}
