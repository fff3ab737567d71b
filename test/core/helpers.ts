import { configSchema, type Config, type ConfigInput } from '../../src/config/schema.js';
import { check, type Finding, type Result } from '../../src/core/index.js';

export function config(input: ConfigInput = {}): Config {
  return configSchema.parse(input);
}

export function run(body: string, options: { kind?: 'pr' | 'issue'; title?: string; labels?: string[]; repo?: string; config?: ConfigInput } = {}): Result {
  return check(
    { kind: options.kind ?? 'pr', title: options.title ?? 'feat: a change', body, labels: options.labels ?? [], ...(options.repo ? { repo: options.repo } : {}) },
    config(options.config ?? {}),
  );
}

export function rule(result: Result, id: Finding['id']): Finding {
  const finding = result.rules.find((candidate) => candidate.id === id);
  if (!finding) throw new Error(`no finding for ${id}`);
  return finding;
}

export const GOOD_VALUE = '## Business Value\nCuts checkout abandonment by 3% in the €1M EU segment for returning customers.\n';
export const GOOD_NFR = '## Acceptance Criteria\n- **Performance:** p95 of the search API ≤ 300 ms at 150 req/s\n- **Security:** 0 high findings in the dependency scan\n';
