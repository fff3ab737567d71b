/**
 * How references to a register item are written, for the register kinds and the debt
 * links alike: `#12` and `owner/repo#12`, issue and pull request URLs, paths to a
 * register file (relative or a blob URL, with an anchor).
 */
import type { DebtLinkFact } from '../result.js';

/** Where the subject lives: `#12` means an issue of `repo`, links point at `serverUrl`. */
export interface Where {
  /** owner/name, when known. */
  readonly repo: string | undefined;
  readonly serverUrl: string;
}

/** What a register kind looks for references in: a unit's text (its URLs taken out), its links' texts and addresses. */
export interface Scan {
  readonly text: string;
  readonly linkTexts: readonly string[];
  readonly urls: readonly string[];
}

export const GITHUB_REF = /(?<![\w/.#&-])(?:([A-Za-z0-9][\w.-]*\/[\w.-]+))?#(\d{1,9})\b/gu;

/**
 * A document path, relative ("../docs/DEBT.md") or not. Its directories are `[\w.-]+/`,
 * which covers "./" and "../" too: a separate `(?:\.{1,2}\/)*` before them could split
 * a run of "../" between the two in every way (quadratic in the run).
 */
export const FILE_PATH = /(?<![\w/.:-])((?:[\w.-]+\/)*[\w.-]+\.(?:md|markdown|mdx|txt|adoc|rst|ya?ml|json|csv))(#[\w.-]*[\w-])?(?![\w/])/gu;

/** `#12`, `owner/repo#12` in a text, as github references. */
export function githubRefs(text: string, where: Where): DebtLinkFact[] {
  const facts: DebtLinkFact[] = [];
  for (const match of text.matchAll(GITHUB_REF)) {
    const repo = match[1] ?? where.repo;
    const number = match[2] ?? '';
    if (repo) facts.push({ register: 'github', ref: `${repo}#${number}`, url: `${where.serverUrl}/${repo}/issues/${number}` });
    else facts.push({ register: 'github', ref: `#${number}` });
  }
  return facts;
}

/** An issue or pull request URL on the GitHub server → a github reference. */
export function githubUrlFact(url: string, where: Where): DebtLinkFact | undefined {
  const parsed = safeUrl(url);
  if (!parsed) return undefined;
  const server = safeUrl(where.serverUrl);
  if (parsed.host !== server?.host && parsed.host !== 'github.com') return undefined;
  const match = /^\/([\w.-]+\/[\w.-]+)\/(?:issues|pull)\/(\d+)\/?$/u.exec(parsed.pathname);
  if (!match?.[1] || !match[2]) return undefined;
  return { register: 'github', ref: `${match[1]}#${match[2]}`, url };
}

/** A link to a file in a repository: relative ("../docs/DEBT.md#td-8") or a blob URL. */
export function repositoryPath(url: string): { file: string; anchor: string | undefined } | undefined {
  const parsed = safeUrl(url);
  if (parsed) {
    const blob = /^\/[\w.-]+\/[\w.-]+\/(?:blob|tree)\/[^/]+\/(.+)$/u.exec(parsed.pathname);
    return blob?.[1] ? { file: decodeURIComponent(blob[1]), anchor: parsed.hash || undefined } : undefined;
  }
  if (/^[a-z][a-z0-9+.-]*:/iu.test(url)) return undefined; // mailto:, ftp: …
  const [file, anchor] = url.split('#', 2);
  return file ? { file, anchor: anchor ? `#${anchor}` : undefined } : undefined;
}

export function fileFact(file: string, anchor: string | undefined, url?: string): DebtLinkFact {
  const ref = `${stripDots(file)}${anchor ?? ''}`;
  return url ? { register: 'file', ref, url } : { register: 'file', ref };
}

export function stripDots(path: string): string {
  return path.replace(/^(?:\.{1,2}\/|\/)+/u, '');
}

export function safeUrl(url: string): URL | undefined {
  if (!/^https?:\/\//iu.test(url)) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
