import type { Conclusion, Status } from '../result.js';

export const statusIcon: Record<Status, string> = { pass: '✅', fail: '❌', warn: '⚠️', skip: '⏭️' };
export const conclusionIcon: Record<Conclusion, string> = { success: '✅', failure: '❌', neutral: '⚠️' };

export const ruleTitles: Record<string, string> = {
  'business-value': 'Business value',
  'nfr-criteria': 'Non-functional criteria',
  'debt-link': 'Debt register link',
  'debt-impact': 'Debt business impact',
};

/** The one-line headline of a result, used as the check run title too. */
export function headline(failed: number, warned: number, total: number): string {
  if (failed > 0) return `${failed} of ${total} alignment rules failed${warned ? `, ${warned} warned` : ''}`;
  if (warned > 0) return `All alignment rules pass, ${warned} with a warning`;
  return 'All alignment rules pass';
}
