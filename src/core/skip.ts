/** Subjects the config says to leave alone: bot authors, drafts, skip labels. */
import type { Config } from '../config/schema.js';

/** What deciding to skip needs to know of a PR or issue. */
export interface SkippableSubject {
  readonly author: { readonly login: string };
  readonly draft: boolean;
  readonly labels: readonly string[];
}

export function skipReason(subject: SkippableSubject, config: Config): string | undefined {
  const skip = config.skip;
  const author = subject.author.login.toLowerCase();
  if (skip.authors.some((login) => login.toLowerCase() === author || login.toLowerCase() === `${author}[bot]`)) {
    return `author ${subject.author.login} is in skip.authors`;
  }
  if (skip.drafts && subject.draft) return 'the pull request is a draft (skip.drafts)';
  const labels = new Set(subject.labels.map((label) => label.toLowerCase()));
  const label = skip.labels.find((candidate) => labels.has(candidate.toLowerCase()));
  if (label) return `it carries the skip label "${label}"`;
  return undefined;
}
