/** The small audit fixture (fixtures/audit/small, computed by hand in its README). */
import { readFileSync } from 'node:fs';
import { computeAudit, type AuditReport, type TrendRequest } from '../../src/core/audit/index.js';
import { parseSprintExport, type SprintExport } from '../../src/core/sprint/index.js';

export const SMALL = new URL('../../fixtures/audit/small/export.json', import.meta.url);

export function smallExport(): SprintExport {
  return parseSprintExport(JSON.parse(readFileSync(SMALL, 'utf8')));
}

/** The audit of an export over its own window and config. */
export function auditOf(data: SprintExport, trend: TrendRequest = { by: 'month' }, source: 'stored' | 'recheck' = 'stored'): AuditReport {
  const scope = data.audit;
  if (scope === undefined) throw new Error('not an audit export');
  return computeAudit({
    repo: data.repo,
    items: data.items,
    since: Date.parse(scope.since),
    until: Date.parse(scope.until),
    kinds: scope.kinds,
    config: scope.config,
    source,
    trend,
  });
}
