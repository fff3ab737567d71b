/** Subjects the config says to leave alone: bot authors, drafts, skip labels. */
import type { Config } from '../config/schema.js';

/** What deciding to skip needs to know of a PR or issue. */
export interface SkippableSubject {
  readonly author: { readonly login: string };
  readonly draft: boolean;
  readonly labels: readonly string[];
}

/** Which setting skips a subject: `skip.authors`, `skip.drafts` or `skip.labels` (the audit counts them apart). */
export type SkipCause =
  | { readonly setting: 'authors'; readonly value: string }
  | { readonly setting: 'drafts'; readonly value: '' }
  | { readonly setting: 'labels'; readonly value: string };

export function skipCause(subject: SkippableSubject, config: Config): SkipCause | undefined {
  const skip = config.skip;
  const author = subject.author.login.toLowerCase();
  if (skip.authors.some((login) => login.toLowerCase() === author || login.toLowerCase() === `${author}[bot]`)) {
    return { setting: 'authors', value: subject.author.login };
  }
  if (skip.drafts && subject.draft) return { setting: 'drafts', value: '' };
  const labels = new Set(subject.labels.map((label) => label.toLowerCase()));
  const label = skip.labels.find((candidate) => labels.has(candidate.toLowerCase()));
  if (label) return { setting: 'labels', value: label };
  return undefined;
}

/** Why a subject is skipped, in words; undefined when it is checked. */
export function skipReason(subject: SkippableSubject, config: Config): string | undefined {
  const cause = skipCause(subject, config);
  if (cause === undefined) return undefined;
  switch (cause.setting) {
    case 'authors':
      return `author ${cause.value} is in skip.authors`;
    case 'drafts':
      return 'the pull request is a draft (skip.drafts)';
    case 'labels':
      return `it carries the skip label "${cause.value}"`;
  }
}
