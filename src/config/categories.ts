/**
 * The built-in non-functional categories. `aliases` are titles that name a category
 * explicitly (a subheading, a bold label, a table's first column, a "Security:"
 * prefix) — ISO 25010 names, common synonyms, and the same in the languages bodies are
 * written in, since a reviewer reads "Sicherheit", "Segurança" and "安全性" as security.
 * `vocabulary` places a criterion in a category when no label names it; its words are
 * read in their sense (see src/core/language/word-sense.ts: "log in" is not logging,
 * "accessible via the dashboard" is not accessibility). Both are matched as whole
 * words, case-insensitively. Config extends or replaces them
 * (`rules.nfr-criteria.categories`).
 */
export interface CategoryDefinition {
  readonly aliases: readonly string[];
  readonly vocabulary: readonly string[];
}

export const DEFAULT_CATEGORIES = {
  performance: {
    aliases: [
      'performance', 'perf', 'performance efficiency', 'speed', 'latency', 'efficiency', 'response time', 'response times',
      'load time', 'page load', 'throughput', 'responsiveness', 'resource usage', 'resource utilisation', 'resource utilization',
      // de, es, pt, fr, it, nl, pl, ru, uk, tr, ja, zh, ko
      'leistung', 'performanz', 'leistungsfähigkeit', 'antwortzeit', 'antwortzeiten', 'ladezeit', 'geschwindigkeit',
      'rendimiento', 'desempeño', 'tiempo de respuesta', 'velocidad', 'desempenho', 'tempo de resposta',
      'latenz', 'latencia', 'latência', 'latence', 'latenza',
      'performances', 'temps de réponse', 'rapidité', 'prestazioni', 'tempi di risposta', 'prestaties', 'wydajność',
      'производительность', 'быстродействие', 'продуктивність', 'швидкодія', 'performans', 'hız',
      '性能', 'パフォーマンス', '応答時間', '性能效率', '响应时间', '성능',
    ],
    vocabulary: [
      'performance', 'performant', 'respond within', 'responds within', 'response time', 'response times', 'load time', 'page load',
      'latency', 'p50', 'p75', 'p90', 'p95', 'p99', 'throughput', 'rps', 'qps', 'requests per second', 'ms', 'milliseconds',
      'seconds', 'fast', 'faster', 'slow', 'cpu', 'memory usage', 'bundle size', 'time to first byte', 'ttfb', 'lcp',
      'core web vitals', 'loads in', 'load in', 'renders in', 'under load', 'page loads', 'loads quickly', 'load quickly',
      'loads fast', 'without perceptible delay', 'no perceptible delay', 'no noticeable delay',
      'antwortzeit', 'antwortzeiten', 'ladezeit', 'latenz', 'reaktionszeit', 'ohne verzögerung',
      'tiempo de respuesta', 'tiempos de respuesta', 'tiempo medio de respuesta', 'latencia', 'sin demora',
      'tempo de resposta', 'tempo médio de resposta', 'latência', 'sem demora', 'temps de réponse', 'latence',
      'tempi di risposta', 'latenza', 'rendimiento', 'desempenho', 'build time', 'build times',
      '响应时间', '応答時間',
    ],
  },
  security: {
    aliases: [
      'security', 'sec', 'privacy', 'security & privacy', 'security and privacy', 'data protection', 'confidentiality',
      'authentication', 'authorization', 'authorisation', 'authentication and authorization', 'access control', 'auth',
      'appsec', 'secrets',
      'sicherheit', 'datenschutz', 'informationssicherheit', 'it sicherheit', 'zugriffsschutz', 'seguridad', 'privacidad',
      'protección de datos', 'segurança', 'privacidade', 'proteção de dados', 'sécurité', 'confidentialité',
      'protection des données', 'sicurezza', 'riservatezza', 'beveiliging', 'veiligheid', 'bezpieczeństwo', 'prywatność',
      'безопасность', 'конфиденциальность', 'безпека', 'güvenlik', 'gizlilik',
      'セキュリティ', '安全性', '機密性', 'プライバシー', '安全', '隐私', '安全需求', '보안',
    ],
    vocabulary: [
      'security', 'secure', 'authentication', 'authorization', 'authorisation', 'authz', 'authn', 'encrypt',
      'encrypted', 'encryption', 'tls', 'https', 'xss', 'csrf', 'injection', 'owasp', 'vulnerability', 'vulnerabilities', 'cve',
      'secret', 'secrets', 'pii', 'permission', 'permissions', 'least privilege', 'sanitize', 'sanitized', 'sanitise',
      'rbac', 'threat model', 'pentest', 'penetration test', 'access control', 'unauthorized', 'unauthorised',
      'only admins', 'only administrators', 'role based', 'authorized access', 'authorised access',
      'account enumeration', 'user enumeration', 'link expires', 'links expire', 'token expires', 'tokens expire',
      'session expires', 'sessions expire', 'session timeout', 'single use', 'one time use', 'password complexity',
      'password strength', 'password policy', 'strong passwords', 'lockout', 'locked out', 'data leak', 'data leakage', 'privacy', 'hashed', 'brute force', 'rate limiting', 'rate limit',
      'sicherheit', 'verschlüsselt', 'verschlüsselung', 'datenschutz', 'seguridad', 'cifrado', 'segurança', 'criptografia',
      'criptografados', 'cifrar', 'cifrando', 'cifrada', 'cifradas', 'cifrados', 'criptografar', 'criptografada',
      'criptografadas', 'criptográfico', 'criptográfica', 'criptografía', 'sécurité', 'chiffrement', 'chiffré', '加密', '暗号化',
    ],
  },
  reliability: {
    aliases: [
      'reliability', 'availability', 'resilience', 'resiliency', 'fault tolerance', 'durability', 'recoverability',
      'disaster recovery', 'uptime', 'robustness', 'stability', 'high availability', 'business continuity',
      'zuverlässigkeit', 'verfügbarkeit', 'ausfallsicherheit', 'robustheit', 'stabilität', 'fiabilidad', 'confiabilidad',
      'disponibilidad', 'resiliencia', 'tolerancia a fallos', 'confiabilidade', 'disponibilidade', 'resiliência',
      'fiabilité', 'disponibilité', 'résilience', 'robustesse', 'affidabilità', 'disponibilità', 'betrouwbaarheid',
      'beschikbaarheid', 'niezawodność', 'надежность', 'надёжность', 'отказоустойчивость', 'надійність', 'güvenilirlik',
      '信頼性', '可用性', '可靠性', '稳定性', '신뢰성', '가용성',
    ],
    vocabulary: [
      'uptime', 'availability', '24/7', '24x7', 'slo', 'sla', 'error rate', 'retry', 'retries', 'failover', 'fallback', 'idempotent',
      'rollback', 'roll back', 'outage', 'outages', 'downtime', 'mttr', 'recovery', 'backup', 'backups', 'circuit breaker',
      'graceful degradation', 'degrades gracefully', 'data loss', 'rpo', 'rto', 'fault tolerant', 'fault tolerance',
      'resilient', 'reliability', 'reliable', 'auto reconnect', 'reconnects', 'redundancy', 'redundant',
      'verfügbarkeit', 'disponibilidad', 'disponibilidade', 'disponibilité', '可用性',
    ],
  },
  scalability: {
    aliases: [
      'scalability', 'scale', 'scaling', 'capacity', 'elasticity',
      'skalierbarkeit', 'skalierung', 'escalado', 'escalamiento', 'escalabilidad', 'escalabilidade', 'scalabilité', 'scalabilità', 'schaalbaarheid', 'skalowalność',
      'масштабируемость', 'масштабованість', 'ölçeklenebilirlik', '拡張性', 'スケーラビリティ', '可扩展性', '扩展性',
      '可伸缩性', '확장성',
    ],
    vocabulary: [
      'scalability', 'scalable', 'scales to', 'scale to', 'scale out', 'scale up', 'at scale', 'concurrent users',
      'concurrent requests', 'concurrent sessions', 'concurrency', 'horizontally', 'autoscaling', 'autoscale', 'sharding',
      'partitioning', 'peak load', '10x', 'simultaneous users',
      'skalierbar', 'escalabilidad', 'escalabilidade', 'usuários simultâneos', 'usuarios concurrentes', '并发',
    ],
  },
  maintainability: {
    aliases: [
      'maintainability', 'code quality', 'testability', 'modularity', 'supportability', 'extensibility', 'readability',
      'reusability', 'analysability', 'analyzability', 'modifiability', 'maintenance', 'code health', 'evolvability',
      'wartbarkeit', 'testbarkeit', 'codequalität', 'erweiterbarkeit', 'mantenibilidad', 'mantenimiento',
      'manutenibilidade', 'manutenção', 'testabilidade', 'maintenabilité', 'testabilité', 'manutenibilità',
      'onderhoudbaarheid', 'łatwość utrzymania', 'сопровождаемость', 'поддерживаемость', 'супроводжуваність',
      'sürdürülebilirlik', 'bakım kolaylığı', '保守性', '可维护性', '可測試性', '可测试性', '유지보수성',
    ],
    vocabulary: [
      'maintainable', 'maintainability', 'test coverage', 'code coverage', 'coverage', 'cyclomatic', 'cyclomatic complexity',
      'modular', 'dead code', 'type safety', 'type safe', 'type-safe', 'modularization', 'modularisation', 'versioning',
      'semver', 'loosely coupled', 'testability', 'cobertura de testes', 'cobertura de pruebas',
      'testabdeckung', 'couverture de tests', '测试覆盖率',
    ],
  },
  accessibility: {
    aliases: [
      'accessibility', 'a11y', 'inclusive design', 'wcag',
      'barrierefreiheit', 'zugänglichkeit', 'accesibilidad', 'acessibilidade', 'accessibilité', 'accessibilità',
      'toegankelijkheid', 'erişilebilirlik', 'доступность для людей с ограниченными возможностями',
      'アクセシビリティ', '无障碍', '可访问性', '접근성',
    ],
    vocabulary: [
      'accessibility', 'a11y', 'wcag', 'aria', 'screen reader', 'screen readers', 'screenreader', 'keyboard navigation',
      'keyboard navigable', 'keyboard accessible', 'keyboard only', 'keyboard operable', 'tab order', 'focus order',
      'focus outline', 'focus visible', 'colour contrast', 'color contrast', 'contrast ratio', 'alt text', 'axe',
      'assistive technology', 'assistive technologies', 'accessible to screen readers',
      'barrierefrei', 'barrierefreiheit', 'accesibilidad', 'acessibilidade', 'accessibilité', '无障碍',
    ],
  },
  observability: {
    aliases: [
      'observability', 'monitoring', 'logging', 'telemetry', 'instrumentation', 'alerting', 'tracing', 'monitoring and alerting',
      'auditing and logging', 'logging and monitoring',
      'überwachung', 'protokollierung', 'beobachtbarkeit', 'observabilidad', 'monitoreo', 'monitorización',
      'observabilidade', 'monitoramento', 'monitorização', 'observabilité', 'supervision', 'journalisation',
      'osservabilità', 'monitoraggio', 'наблюдаемость', 'мониторинг', 'логирование', 'моніторинг', 'izleme',
      '可観測性', '監視', '可观测性', '监控', '日志', '모니터링', '관측성',
    ],
    vocabulary: [
      'logging', 'structured logs', 'log level', 'log levels', 'logged', 'tracing', 'traces', 'distributed tracing',
      'alerting', 'alerts fire', 'on call', 'pagerduty', 'monitoring', 'monitored', 'opentelemetry', 'otel', 'prometheus',
      'grafana', 'datadog', 'sentry', 'instrumented', 'instrumentation', 'telemetry', 'observability', 'dashboards',
      'health check', 'health checks', 'healthcheck', 'metrics exported', 'metrics are exported', 'emits metrics',
      'logs', 'log',
      'überwachung', 'monitoreo', 'monitoramento', 'logs estruturados', 'logs estructurados', '监控', '日志',
    ],
  },
  compliance: {
    aliases: [
      'compliance', 'regulatory', 'legal', 'audit', 'auditability', 'governance', 'data retention', 'licensing', 'regulation',
      'conformität', 'rechtliches', 'regulatorisch', 'cumplimiento', 'normativa', 'conformidade', 'conformité',
      'auditoría', 'auditoria', 'auditabilidad', 'auditabilidade', 'auditabilité',
      'réglementaire', 'conformità', 'naleving', 'zgodność', 'соответствие требованиям', 'uyumluluk',
      'コンプライアンス', '法令遵守', '合规', '合规性', '审计', '규정 준수',
    ],
    vocabulary: [
      'gdpr', 'dsgvo', 'lgpd', 'rgpd', 'hipaa', 'soc 2', 'soc2', 'pci', 'pci dss', 'iso 27001', 'ccpa', 'audit log', 'audit logs',
      'audit trail', 'audit trails', 'audit logging', 'audit history', 'auditable', 'auditability', 'auditing', 'data retention', 'retention period', 'retained for', 'consent', 'regulation', 'regulatory',
      'compliance', 'compliant', 'data residency', 'right to be forgotten', 'license', 'licence', 'licensing',
      'auditoria', 'auditoría', 'auditierbar', 'auditierbarkeit', 'conformidade', 'cumplimiento', '合规', '审计',
    ],
  },
  usability: {
    aliases: [
      'usability', 'ux', 'user experience', 'ui', 'user interface', 'ui ux', 'ui/ux', 'localization', 'localisation',
      'internationalization', 'internationalisation', 'i18n', 'l10n', 'learnability', 'ease of use', 'user friendliness',
      'user-friendliness', 'operability',
      'benutzerfreundlichkeit', 'bedienbarkeit', 'gebrauchstauglichkeit', 'usabilidad', 'facilidad de uso',
      'experiencia de usuario', 'usabilidade', 'experiência do usuário', 'utilisabilité', 'ergonomie',
      'expérience utilisateur', 'usabilità', 'gebruiksvriendelijkheid', 'bruikbaarheid', 'użyteczność',
      'удобство использования', 'юзабилити', 'зручність використання', 'kullanılabilirlik',
      'ユーザビリティ', '使いやすさ', '操作性', '易用性', '用户体验', '사용성',
    ],
    vocabulary: [
      'usability', 'user experience', 'ux', 'intuitive', 'clear error message', 'clear error messages', 'helpful error messages',
      'actionable error messages', 'error messages are clear', 'in clicks', 'task completion', 'localized', 'localised',
      'translation', 'translations', 'translated', 'i18n', 'responsive', 'multilingual', 'internationalization',
      'internationalisation', 'localization', 'localisation', 'easy to use', 'user friendly', 'user-friendly',
      'benutzerfreundlich', 'intuitiv', 'usabilidad', 'usabilidade', 'intuitivo', 'intuitiva', 'responsiva', 'responsivo',
      '易用',
    ],
  },
} as const satisfies Record<string, CategoryDefinition>;

export type BuiltInCategory = keyof typeof DEFAULT_CATEGORIES;
