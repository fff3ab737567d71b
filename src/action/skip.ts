/** Subjects the config says to leave alone: bot authors, drafts, skip labels. */
import type { Config } from '../config/schema.js';
import type { LiveSubject } from '../github/api.js';

export function skipReason(subject: LiveSubject, config: Config): string | undefined {
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
