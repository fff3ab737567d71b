/**
 * The built-in non-functional categories. `aliases` are titles that name a category
 * explicitly (a subheading, a bold label, a table's first column, a "Security:"
 * prefix); `vocabulary` places a criterion in a category when no label names it.
 * Both are matched as whole words, case-insensitively. Config extends or replaces them
 * (`rules.nfr-criteria.categories`).
 */
export interface CategoryDefinition {
  readonly aliases: readonly string[];
  readonly vocabulary: readonly string[];
}

export const DEFAULT_CATEGORIES = {
  performance: {
    aliases: ['performance', 'perf', 'speed', 'latency', 'efficiency'],
    vocabulary: [
      'performance', 'performant', 'respond within', 'responds within', 'response', 'seconds', 'timeout', 'latency', 'p50', 'p90', 'p95', 'p99', 'throughput', 'response time', 'load time', 'page load',
      'rps', 'qps', 'requests per second', 'ms', 'milliseconds', 'fast', 'faster', 'slow', 'cpu', 'memory usage',
      'bundle size', 'time to first byte', 'ttfb', 'lcp', 'core web vitals',
    ],
  },
  security: {
    aliases: ['security', 'sec', 'privacy', 'security & privacy', 'security and privacy', 'data protection'],
    vocabulary: [
      'security', 'secure', 'authentication', 'authorization', 'authz', 'authn', 'encrypt', 'encrypted',
      'encryption', 'tls', 'xss', 'csrf', 'injection', 'owasp', 'vulnerability', 'vulnerabilities', 'cve',
      'secret', 'secrets', 'pii', 'permission', 'permissions', 'least privilege', 'sanitize', 'sanitized',
      'rbac', 'oauth', 'sso', 'threat model', 'pentest', 'penetration test',
    ],
  },
  reliability: {
    aliases: ['reliability', 'availability', 'resilience', 'resiliency', 'fault tolerance', 'durability'],
    vocabulary: [
      'uptime', 'availability', 'slo', 'sla', 'error rate', 'retry', 'retries', 'failover', 'fallback',
      'idempotent', 'rollback', 'roll back', 'outage', 'downtime', 'mttr', 'recovery', 'backup', 'backups',
      'circuit breaker', 'graceful degradation', 'data loss', 'rpo', 'rto',
    ],
  },
  scalability: {
    aliases: ['scalability', 'scale', 'capacity', 'elasticity'],
    vocabulary: [
      'scale', 'scales', 'scaling', 'concurrent users', 'concurrency', 'horizontal', 'autoscaling',
      'autoscale', 'sharding', 'partitioning', 'capacity', 'peak load', 'load test', '10x',
    ],
  },
  maintainability: {
    aliases: ['maintainability', 'code quality', 'testability', 'modularity', 'supportability'],
    vocabulary: [
      'maintainable', 'maintainability', 'test coverage', 'coverage', 'unit tests', 'unit test', 'refactor',
      'lint', 'linting', 'complexity', 'cyclomatic', 'documentation', 'documented', 'readme', 'modular',
      'code review', 'dead code', 'deprecated', 'type safety', 'modularization', 'modularisation', 'versioning',
      'semver', 'loosely coupled',
    ],
  },
  accessibility: {
    aliases: ['accessibility', 'a11y', 'inclusive design'],
    vocabulary: [
      'accessibility', 'accessible', 'a11y', 'wcag', 'aria', 'screen reader', 'screen readers',
      'keyboard navigation', 'keyboard', 'contrast', 'alt text', 'focus order', 'axe',
    ],
  },
  observability: {
    aliases: ['observability', 'monitoring', 'logging', 'telemetry', 'instrumentation', 'alerting'],
    vocabulary: [
      'log', 'logs', 'logging', 'metric', 'metrics', 'trace', 'traces', 'tracing', 'alert', 'alerts', 'alerting', 'monitoring', 'opentelemetry', 'otel', 'prometheus',
      'grafana', 'datadog', 'sentry', 'instrumented', 'telemetry', 'observability', 'kpi', 'kpis',
    ],
  },
  compliance: {
    aliases: ['compliance', 'regulatory', 'legal', 'audit', 'governance'],
    vocabulary: [
      'gdpr', 'hipaa', 'soc 2', 'soc2', 'pci', 'pci dss', 'iso 27001', 'ccpa', 'audit log', 'audit trail',
      'retention', 'consent', 'regulation', 'regulatory', 'compliance', 'compliant', 'data residency',
      'right to be forgotten', 'license', 'licence',
    ],
  },
  usability: {
    aliases: [
      'usability', 'ux', 'user experience', 'ui', 'user interface', 'localization', 'localisation',
      'internationalization', 'internationalisation', 'i18n', 'l10n',
    ],
    vocabulary: [
      'usability', 'user experience', 'ux', 'intuitive', 'error message', 'error messages', 'onboarding',
      'clicks', 'task completion', 'localized', 'localised', 'translation', 'translations', 'i18n',
      'responsive', 'mobile', 'empty state', 'tooltip', 'multilingual', 'internationalization', 'internationalisation',
      'localization', 'localisation',
    ],
  },
} as const satisfies Record<string, CategoryDefinition>;

export type BuiltInCategory = keyof typeof DEFAULT_CATEGORIES;
