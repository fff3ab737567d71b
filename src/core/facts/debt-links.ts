/**
 * References to the debt register. With registers configured, a reference anywhere in
 * the body counts when it matches one of them. With none configured, only a reference
 * that sits in a debt-titled section or line ("Tech debt ticket: PM-4128"), or a link
 * whose text names the register, counts — an encyclopedia link about "technical
 * debt" is not a register.
 */
import type { Register } from '../../config/schema.js';
import type { Link } from '../markdown/links.js';
import { type Section, type Unit } from '../markdown/sections.js';
import type { DebtLinkFact } from '../result.js';
import { isDebtTitle } from './matchers.js';

export interface LinkContext {
  /** owner/name of the repository the subject lives in, when known. */
  readonly repo: string | undefined;
  readonly serverUrl: string;
  readonly registers: readonly Register[];
  /** Compiled key patterns, one per `key` register, in order. */
  readonly keyPatterns: ReadonlyMap<string, RegExp>;
}

const GITHUB_REF = /(?<![\w/.#&-])(?:([A-Za-z0-9][\w.-]*\/[\w.-]+))?#(\d{1,9})\b/gu;
const GENERIC_KEY = /(?<![\w-])([A-Z][A-Z0-9]{1,9})-(\d{1,7})(?![\w-])/gu;
const NOT_TICKET_KEYS = new Set(['UTF', 'ISO', 'SHA', 'RFC', 'AC', 'CVE', 'CWE', 'GHSA', 'WCAG', 'HTTP', 'TLS', 'SSL', 'AES', 'RSA', 'MD', 'ES', 'IEC', 'EN', 'PEP', 'JSR', 'NIST', 'OWASP', 'NFR']);
const FILE_PATH = /(?<![\w/.:-])((?:\.{1,2}\/)*(?:[\w.-]+\/)*[\w.-]+\.(?:md|markdown|mdx|txt|adoc|rst|ya?ml|json|csv))(#[\w.-]+)?(?![\w/])/gu;
const ENCYCLOPEDIAS = /(?:^|\.)(?:wikipedia\.org|wiktionary\.org|britannica\.com|investopedia\.com)$/u;
const REGISTER_WORDS = /\b(?:register|ticket|issue|item|backlog|entry|log|record|tracker|card|story|epic|task|board|list|spreadsheet)s?\b/iu;

export function findDebtLinks(root: Section, context: LinkContext): DebtLinkFact[] {
  const found = new Map<string, DebtLinkFact>();
  const add = (fact: DebtLinkFact): void => {
    if (!found.has(fact.ref)) found.set(fact.ref, fact);
  };
  const walk = (section: Section, inDebt: boolean): void => {
    const debt = inDebt || (section.kind !== 'root' && isDebtTitle(section.title));
    if (section.kind !== 'root') {
      // A title can carry the reference itself: "## Pays down DEBT-42".
      const title: Unit = { type: 'unit', text: section.title, placeholder: false, checked: undefined, position: section.position, links: [] };
      for (const fact of unitReferences(title, debt, context)) add(fact);
    }
    for (const entry of section.entries) {
      if (entry.type === 'section') walk(entry, debt);
      else for (const fact of unitReferences(entry, debt, context)) add(fact);
    }
  };
  walk(root, false);
  return [...found.values()];
}

/** A line inside a paragraph that starts with a debt label: "Tech debt ticket: PM-4128". */
const DEBT_LINE = /^[^\S\n]*[^:\n]{0,40}\bdebts?\b[^:\n]{0,40}:[^\n]*$/gimu;

function unitReferences(unit: Unit, inDebt: boolean, context: LinkContext): DebtLinkFact[] {
  if (unit.placeholder) return [];
  if (context.registers.length > 0) return registeredReferences(unit, context);
  if (!inDebt) {
    const lines = unit.text.match(DEBT_LINE);
    if (lines) return unitReferences({ ...unit, text: lines.join('\n') }, true, context);
  }
  const facts: DebtLinkFact[] = [];
  for (const link of unit.links) {
    if (isEncyclopedia(link.url)) continue;
    const namesRegister = isDebtTitle(link.text) && REGISTER_WORDS.test(link.text);
    if (inDebt || namesRegister) {
      facts.push(githubUrlFact(link.url, context) ?? { register: 'url', ref: link.url, url: link.url });
    }
  }
  if (!inDebt) return facts;
  const text = withoutUrls(unit.text, unit.links);
  for (const ref of githubRefs(text, context)) facts.push(ref);
  for (const match of text.matchAll(GENERIC_KEY)) {
    if (match[1] && !NOT_TICKET_KEYS.has(match[1])) facts.push({ register: 'key', ref: match[0] });
  }
  for (const match of text.matchAll(FILE_PATH)) facts.push(fileFact(match[1] ?? '', match[2]));
  return facts;
}

function registeredReferences(unit: Unit, context: LinkContext): DebtLinkFact[] {
  const facts: DebtLinkFact[] = [];
  const text = withoutUrls(unit.text, unit.links);
  const urls = [...unit.links.map((link) => link.url)];
  for (const register of context.registers) {
    if ('github' in register) {
      const wanted = (register.github.repo ?? context.repo)?.toLowerCase();
      const candidates = [...githubRefs(text, context), ...urls.flatMap((url) => githubUrlFact(url, context) ?? [])];
      for (const fact of candidates) {
        const repo = fact.ref.includes('/') ? fact.ref.split('#')[0]?.toLowerCase() : undefined;
        if (wanted === undefined ? repo === undefined : repo === wanted) facts.push(fact);
      }
    } else if ('key' in register) {
      const pattern = context.keyPatterns.get(register.key);
      if (!pattern) continue;
      for (const source of [text, ...unit.links.map((link) => link.text)]) {
        for (const match of source.matchAll(pattern)) if (match[0]) facts.push({ register: 'key', ref: match[0] });
      }
    } else if ('url' in register) {
      for (const url of urls) if (url.startsWith(register.url)) facts.push({ register: 'url', ref: url, url });
    } else {
      const wanted = stripDots(register.file);
      for (const match of text.matchAll(FILE_PATH)) {
        if (stripDots(match[1] ?? '') === wanted) facts.push(fileFact(wanted, match[2]));
      }
      for (const url of urls) {
        const path = repositoryPath(url);
        if (path && stripDots(path.file) === wanted) facts.push(fileFact(wanted, path.anchor, url));
      }
    }
  }
  return facts;
}

function githubRefs(text: string, context: LinkContext): DebtLinkFact[] {
  const facts: DebtLinkFact[] = [];
  for (const match of text.matchAll(GITHUB_REF)) {
    const repo = match[1] ?? context.repo;
    const number = match[2] ?? '';
    if (repo) facts.push({ register: 'github', ref: `${repo}#${number}`, url: `${context.serverUrl}/${repo}/issues/${number}` });
    else facts.push({ register: 'github', ref: `#${number}` });
  }
  return facts;
}

/** An issue or pull request URL on the GitHub server → a github reference. */
function githubUrlFact(url: string, context: LinkContext): DebtLinkFact | undefined {
  const parsed = safeUrl(url);
  if (!parsed) return undefined;
  const server = safeUrl(context.serverUrl);
  if (parsed.host !== server?.host && parsed.host !== 'github.com') return undefined;
  const match = /^\/([\w.-]+\/[\w.-]+)\/(?:issues|pull)\/(\d+)\/?$/u.exec(parsed.pathname);
  if (!match?.[1] || !match[2]) return undefined;
  return { register: 'github', ref: `${match[1]}#${match[2]}`, url };
}

/** A link to a file in a repository: relative ("../docs/DEBT.md#td-8") or a blob URL. */
function repositoryPath(url: string): { file: string; anchor: string | undefined } | undefined {
  const parsed = safeUrl(url);
  if (parsed) {
    const blob = /^\/[\w.-]+\/[\w.-]+\/(?:blob|tree)\/[^/]+\/(.+)$/u.exec(parsed.pathname);
    return blob?.[1] ? { file: decodeURIComponent(blob[1]), anchor: parsed.hash || undefined } : undefined;
  }
  const [file, anchor] = url.split('#', 2);
  return file ? { file, anchor: anchor ? `#${anchor}` : undefined } : undefined;
}

function fileFact(file: string, anchor: string | undefined, url?: string): DebtLinkFact {
  const ref = `${stripDots(file)}${anchor ?? ''}`;
  return url ? { register: 'file', ref, url } : { register: 'file', ref };
}

function stripDots(path: string): string {
  return path.replace(/^(?:\.{1,2}\/|\/)+/u, '');
}

function withoutUrls(text: string, links: readonly Link[]): string {
  let out = text;
  for (const link of links) if (link.url && out.includes(link.url)) out = out.split(link.url).join(' ');
  return out;
}

function isEncyclopedia(url: string): boolean {
  const parsed = safeUrl(url);
  return parsed ? ENCYCLOPEDIAS.test(parsed.hostname) : false;
}

function safeUrl(url: string): URL | undefined {
  if (!/^https?:\/\//iu.test(url)) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
