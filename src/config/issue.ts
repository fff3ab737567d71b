/** A problem in a config file, and how it is printed (what the loader reports and every shell shows). */

/** One problem in a config file, positioned (1-based) at the key or value at fault. */
export interface ConfigIssue {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  /** The key path, e.g. `rules.nfr-criteria.min-categories` or `rules.debt-link.registers[0].key`; may be empty. */
  path: string;
  message: string;
}

/** `file:line:column: path: message` — the path part is left out when empty. */
export function formatConfigIssue(issue: ConfigIssue): string {
  const path = issue.path === '' ? '' : `${issue.path}: `;
  return `${issue.file}:${issue.line}:${issue.column}: ${path}${issue.message}`;
}
