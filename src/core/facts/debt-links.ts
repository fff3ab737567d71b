/**
 * References to the debt register: where a reviewer reads a reference as the debt
 * item being paid down or declared.
 *
 * With registers configured, a reference anywhere in the body counts when it matches
 * one of them. With none configured, a reference counts:
 * - in a debt-titled section ("## Technical debt") or on a debt line ("Tech debt
 *   ticket: PM-4128", "Debt register: #512");
 * - in a sentence that ties it to technical debt ("pays down the debt tracked in #88");
 * - on debt work: behind a closing keyword ("Closes #45", "Fixes acme/api#7", "Part of
 *   #7603") or in the ticket slot of the template ("Issue: #12", "JIRA ticket: BFD-1456");
 * - as a register file (`TECH_DEBT.md`, `docs/debt/auth.md#td-8`), wherever it stands;
 * - as a link whose text names the debt item or register and whose address is a
 *   tracker, a board or a file.
 * An article, a guide or an encyclopedia page about technical debt is never the
 * register, and neither is a closing keyword on work that is not debt work.
 */
import type { Register } from '../../config/schema.js';
import { DEBT_PHRASE, DEBT_WORD, mentionsDebt, sentencesOf } from '../language/debt.js';
import type { Link } from '../markdown/links.js';
import { type Section, type Unit } from '../markdown/sections.js';
import { kindOf, type FindContext } from '../register-kinds/index.js';
import { fileFact, FILE_PATH, githubRefs, githubUrlFact, repositoryPath, safeUrl } from '../register-kinds/references.js';
import type { DebtLinkFact } from '../result.js';
import { isDebtTitle } from './matchers.js';
import { wordRegExp } from '../text/letters.js';

/** Where the subject lives (`repo`, `serverUrl`) and the compiled key patterns come with FindContext. */
export interface LinkContext extends FindContext {
  readonly registers: readonly Register[];
  /** The subject is debt work: its closing keywords and ticket slots name the debt item. */
  readonly debtWork: boolean;
  /** The subject's title, read like a line of the body. */
  readonly title?: string;
}

const GENERIC_KEY = /(?<![\w-])([A-Z][A-Z0-9]{1,9})-(\d{1,7})(?![\w-])/gu;
/** In a debt section or on a debt line, a register may number its items with one letter: "D-09", "TD-7". */
const SHORT_KEY = /(?<![\w-])([A-Z][A-Z0-9]{0,9})-(\d{1,7})(?![\w-])/gu;
const NOT_TICKET_KEYS = new Set(['UTF', 'ISO', 'SHA', 'RFC', 'AC', 'CVE', 'CWE', 'GHSA', 'WCAG', 'HTTP', 'TLS', 'SSL', 'AES', 'RSA', 'MD', 'ES', 'IEC', 'EN', 'PEP', 'JSR', 'NIST', 'OWASP', 'NFR', 'FR', 'US', 'V', 'P', 'Q', 'H', 'A', 'B', 'C']);
/** A file that can hold a register: a document or a data file. */
const DOCUMENT = /\.(?:md|markdown|mdx|txt|adoc|rst|ya?ml|json|csv)$/iu;
const ENCYCLOPEDIAS = /(?:^|\.)(?:wikipedia\.org|wiktionary\.org|britannica\.com|investopedia\.com)$/u;
const REGISTER_WORDS = /\b(?:register|registry|ticket|issue|item|backlog|entry|entries|log|ledger|archive|catalog|catalogue|record|tracker|card|story|epic|task|board|list|spreadsheet)s?\b/iu;
/** Money around "debt" (a finance app's debts are not technical debt). */
const MONEY_WORDS = /\b(?:money|loans?|payments?|payoff|balances?|invoices?|amounts?|interest|credit|bank|customers?|owed|owes|repay\w*|mortgage|finance|financial|[$€£])\b/iu;
/**
 * Keywords that say which item the work closes, belongs to or cleans up after: "Closes
 * #45", "Part of #7603", "Follow-up on …/issues/8271", "leftover after #17592", "We can
 * revert #1196", "the workaround change of #4110".
 */
const CLOSING = wordRegExp(
  String.raw`(?<![\p{L}\p{N}])(?:close[sd]?|closing|fix(?:e[sd])?|fixing|resolve[sd]?|resolving|part\s+of|contributes\s+to|towards?|` +
    String.raw`follow[\s-]?ups?(?:\s+(?:on|to|of|from|for))?|leftovers?(?:\s+(?:after|from|of))?|clean[\s-]?ups?\s+(?:from|of|after|for)|` +
    String.raw`revert(?:s|ed|ing)?|(?:workarounds?|hacks?|shims?|temporary\s+fix(?:es)?)(?:\s+[\p{L}]+){0,2}\s+(?:of|in|from|for)|` +
    String.raw`(?:introduced|added|removed|deprecated|replaced)\s+(?:in|by)(?:\s+this\s+pr)?|updates?\s+for|comments\s+from|after|tracked\s+(?:in|as|by|under|at)|tracking\s+issue)(?![\p{L}\p{N}])\s*:?\s*`,
  'giu',
);
/** An issue or PR template ("ISSUE_TEMPLATE/tech_debt.md"): the form debt is written in, not the register. */
const TEMPLATE_FILE = /(?:^|\/)(?:issue_template|pull_request_template|discussion_template)(?:\/|\.md$)/iu;
/** The reference a task item opens with: "#865 …", "acme/storages#2767", an issue or PR address. */
const TASK_REFERENCE = /^(?:[\w.-]+\/[\w.-]+)?#\d{1,9}\b|^https?:\/\/[^\s/]+\/[\w.-]+\/[\w.-]+\/(?:issues|pull)\/\d{1,9}\b/u;
/** "tracked in #14", "tracked as TD-7", "tracking issue: …" */
const TRACKED = wordRegExp(String.raw`(?<![\p{L}\p{N}])(?:tracked\s+(?:in|as|by|under|at)|tracking\s+issue\s*:?)\s*`, 'giu');
/** A reference written as a link's own text: "[#12](…)", "[APP-1094](…)": the reference is the text. */
const REF_TEXT = /^(?:(?:[\w.-]+\/[\w.-]+)?#\d{1,9}|[A-Z][A-Z0-9]{1,9}-\d{1,7})$/u;
/** The template's ticket slot: "Issue: …", "JIRA ticket: …", "Tracking issue: …". */
const TICKET_SLOT =
  /^\s*(?:(?:jira|linear|tracker|github|azure|trello|pivotal)\s+)?(?:issues?|tickets?|story|stories|tracking\s+issue|parent(?:\s+issue)?|epic|tasks?|work\s+items?|jira|card)\s*(?:(?:#|no\.?|numbers?|links?|ids?|refs?|urls?)\s*)?(?:\([^)]*\)\s*)?[:：]/iu;

export function findDebtLinks(root: Section, context: LinkContext): DebtLinkFact[] {
  const found = new Map<string, DebtLinkFact>();
  // One item, one reference: a tracker link to a key and the key itself ("…/browse/CIV-1805", "CIV-1805") are the same.
  const identity = (fact: DebtLinkFact): string => /\/browse\/([A-Za-z][A-Za-z0-9]*-\d+)\/?$/u.exec(fact.ref)?.[1]?.toUpperCase() ?? fact.ref;
  const add = (fact: DebtLinkFact): void => {
    if (!found.has(identity(fact))) found.set(identity(fact), fact);
  };
  const walk = (section: Section, inDebt: boolean, inSlot: boolean): void => {
    const title = section.kind === 'root' ? '' : section.title;
    const debt = inDebt || (title !== '' && isDebtTitle(title));
    const slot = inSlot || (context.debtWork && title !== '' && TICKET_SLOT.test(`${title}:`) && !/related/iu.test(title));
    if (title !== '') {
      // A title can carry the reference itself: "## Pays down DEBT-42".
      const unit: Unit = { type: 'unit', text: title, placeholder: false, pointer: false, checked: undefined, position: section.position, links: [] };
      for (const fact of unitReferences(unit, debt, slot, context)) add(fact);
    }
    for (const entry of section.entries) {
      if (entry.type === 'section') walk(entry, debt, slot);
      else for (const fact of unitReferences(entry, debt, slot, context)) add(fact);
    }
  };
  // The title speaks for the work too: "Revert workaround changes of #4110", "[Tech debt] Clean up after TD-12".
  if (context.title !== undefined && context.title.trim() !== '') {
    const unit: Unit = { type: 'unit', text: context.title, placeholder: false, pointer: false, checked: undefined, position: undefined, links: [] };
    for (const fact of unitReferences(unit, false, false, context)) add(fact);
  }
  walk(root, false, false);
  return [...found.values()];
}

/**
 * A line inside a paragraph that starts with a debt label: "Tech debt ticket: PM-4128".
 * The lookahead keeps the leading white space whole: the label's 40 characters start
 * after it, never inside it (else a long indent would be split in every way).
 */
const DEBT_LINE = /^[^\S\n]*(?![^\S\n])[^:\n]{0,40}\bdebts?\b[^:\n]{0,40}:[^\n]*$/gimu;

function unitReferences(unit: Unit, inDebt: boolean, inSlot: boolean, context: LinkContext): DebtLinkFact[] {
  if (unit.placeholder && !unit.pointer) return [];
  if (context.registers.length > 0) return registeredReferences(unit, context);
  if (inDebt) return everyReference(unit.text, unit.links, context, DEBT_TITLED);
  if (inSlot) return everyReference(unit.text, unit.links, context, ON_DEBT_WORK);
  const facts: DebtLinkFact[] = [];
  // Debt lines: "Tech debt ticket: PM-4128".
  for (const line of unit.text.match(DEBT_LINE) ?? []) facts.push(...everyReference(line, linksIn(line, unit.links), context, DEBT_TITLED));
  // Sentences that tie a reference to technical debt, or to the register file.
  for (const sentence of sentencesOf(unit.text)) {
    const registerFile = [...withoutUrls(sentence, unit.links).matchAll(FILE_PATH)].some((m) => /debt/iu.test(m[1] ?? ''));
    // "the existing debt archive", "tech debt entries D-09 and D-17": the register itself.
    const register = DEBT_WORD.test(sentence) && REGISTER_WORDS.test(sentence) && !MONEY_WORDS.test(sentence);
    if (mentionsDebt(sentence) || registerFile || register || (context.debtWork && DEBT_WORD.test(sentence))) {
      const reach = { shortKeys: mentionsDebt(sentence) || register, anyLink: false, anyFile: false };
      facts.push(...everyReference(sentence, linksIn(sentence, unit.links), context, reach));
    }
  }
  // In a paragraph about technical debt: "… set up linting (tracked in #14)".
  if (DEBT_PHRASE.test(unit.text)) {
    for (const cue of unit.text.matchAll(TRACKED)) {
      const span = unit.text.slice(cue.index + cue[0].length, cue.index + cue[0].length + 120).split(/[.;)](?:\s|$)/u)[0] ?? '';
      facts.push(...everyReference(span, linksIn(span, unit.links), context, ON_DEBT_WORK));
    }
  }
  if (context.debtWork) {
    // "Closes #45", "Fixes acme/api#7", "Part of #7603"; "Issue: #12", "JIRA ticket: BFD-1456".
    const lines = unit.text.split('\n');
    if (TICKET_SLOT.test(lines[0] ?? '') && !/^\s*related/iu.test(lines[0] ?? '')) facts.push(...everyReference(unit.text, unit.links, context, ON_DEBT_WORK));
    // A task list of references on debt work: the debt items it pays down ("- [x] #865 Increase
    // Dropdown test coverage", "- [ ] acme/storages#2767"): the reference the item opens with.
    if (unit.pointer && unit.checked !== undefined) facts.push(...everyReference(unit.text, unit.links, context, ON_DEBT_WORK));
    else if (unit.checked !== undefined) {
      const lead = TASK_REFERENCE.exec(unit.text)?.[0];
      if (lead !== undefined) facts.push(...everyReference(lead, linksIn(lead, unit.links), context, ON_DEBT_WORK));
    }
    for (const line of lines) {
      for (const keyword of line.matchAll(CLOSING)) {
        const span = line.slice(keyword.index + keyword[0].length, keyword.index + keyword[0].length + 200).split(/[.;](?:\s|$)/u)[0] ?? '';
        if (/^\s*(?:#\d|[\w.-]+\/[\w.-]+#\d|https?:|[A-Z][A-Z0-9]{1,9}-\d)/u.test(span) || linksIn(span, unit.links).some((l) => span.trimStart().startsWith(l.text))) {
          facts.push(...everyReference(span.split(/\s(?:and|or|but|which|that|so|because)\s/u)[0] ?? span, linksIn(span, unit.links), context, ON_DEBT_WORK));
        }
      }
    }
  }
  // Register files and links that name the debt item, wherever they stand.
  for (const match of withoutUrls(unit.text, unit.links).matchAll(FILE_PATH)) {
    if (/debt/iu.test(match[1] ?? '') && !TEMPLATE_FILE.test(match[1] ?? '')) facts.push(fileFact(match[1] ?? '', match[2]));
  }
  for (const link of unit.links) {
    const path = repositoryPath(link.url);
    if (path !== undefined && /debt/iu.test(path.file) && DOCUMENT.test(path.file) && !TEMPLATE_FILE.test(path.file)) {
      facts.push(fileFact(path.file, path.anchor, safeUrl(link.url) ? link.url : undefined));
      continue;
    }
    const namesDebt = DEBT_PHRASE.test(link.text) || (isDebtTitle(link.text) && REGISTER_WORDS.test(link.text));
    if (namesDebt && isRegisterUrl(link.url, context)) facts.push(urlFact(link.url, context));
  }
  return facts;
}

/**
 * Every reference in a piece of text: GitHub references, tracker keys, register files,
 * and the links it holds (trackers, boards and files; never an article or an
 * encyclopedia page). `debtTitled`: the text sits under a debt title or label, where a
 * register may number its items with one letter ("D-09").
 */
interface Reach {
  /** Register item numbers of one letter ("D-09"): under a debt title, or in a technical-debt sentence. */
  readonly shortKeys: boolean;
  /** Any link but an article (under a debt title or label); otherwise only trackers, boards and files. */
  readonly anyLink: boolean;
  /** Any document path; otherwise only a register file (its path names debt). */
  readonly anyFile: boolean;
}

const DEBT_TITLED: Reach = { shortKeys: true, anyLink: true, anyFile: true };
const ON_DEBT_WORK: Reach = { shortKeys: false, anyLink: false, anyFile: true };

function everyReference(text: string, links: readonly Link[], context: LinkContext, reach: Reach): DebtLinkFact[] {
  const facts: DebtLinkFact[] = [];
  for (const link of links) {
    if (isEncyclopedia(link.url) || REF_TEXT.test(link.text.trim())) continue;
    const path = repositoryPath(link.url);
    if (path !== undefined && !safeUrl(link.url)) {
      if (DOCUMENT.test(path.file) && (reach.anyFile || /debt/iu.test(path.file))) facts.push(fileFact(path.file, path.anchor));
    } else if (isRegisterUrl(link.url, context) || (reach.anyLink && !isArticle(link.url))) facts.push(urlFact(link.url, context));
  }
  // A reference inside a template slot ("<the register item: #number>") is not one.
  const plain = withoutUrls(text, links).replace(/<[^<>\n]{1,120}>/gu, ' ');
  for (const ref of githubRefs(plain, context)) facts.push(ref);
  for (const match of plain.matchAll(reach.shortKeys ? SHORT_KEY : GENERIC_KEY)) {
    if (match[1] && !NOT_TICKET_KEYS.has(match[1])) facts.push({ register: 'key', ref: match[0] });
  }
  for (const match of plain.matchAll(FILE_PATH)) {
    if ((reach.anyFile || /debt/iu.test(match[1] ?? '')) && !TEMPLATE_FILE.test(match[1] ?? '')) facts.push(fileFact(match[1] ?? '', match[2]));
  }
  return facts;
}

/** The links whose text stands in a piece of the unit's text. */
function linksIn(text: string, links: readonly Link[]): Link[] {
  return links.filter((link) => link.text !== '' && text.includes(link.text));
}

/** References to the configured registers, each kind finding its own (see core/register-kinds). */
function registeredReferences(unit: Unit, context: LinkContext): DebtLinkFact[] {
  const scan = { text: withoutUrls(unit.text, unit.links), linkTexts: unit.links.map((link) => link.text), urls: unit.links.map((link) => link.url) };
  return context.registers.flatMap((register) => kindOf(register).find(register, scan, context));
}

function urlFact(url: string, context: LinkContext): DebtLinkFact {
  return githubUrlFact(url, context) ?? { register: 'url', ref: url, url };
}

/** Trackers, boards and issue lists: where a register item lives. */
const TRACKER_HOSTS =
  /(?:^|\.)(?:atlassian\.net|trello\.com|pivotaltracker\.com|linear\.app|asana\.com|shortcut\.com|clubhouse\.io|youtrack\.cloud|myjetbrains\.com|monday\.com|clickup\.com|dev\.azure\.com|visualstudio\.com|notion\.so|airtable\.com|basecamp\.com|taiga\.io|redmine\.org|bugzilla\.[\w.]+|sonarcloud\.io)$/u;
const TRACKER_PATHS =
  /\/(?:issues?|pull|browse|tickets?|stories|story|cards?|c|b|boards?|backlog|projects?|workitems?|_workitems|_boards|tasks?|items?|epics?|milestones?|-\/issues|show_bug\.cgi)(?:\/|$|\?)/iu;

function isRegisterUrl(url: string, context: LinkContext): boolean {
  const parsed = safeUrl(url);
  if (!parsed) return DOCUMENT.test(repositoryPath(url)?.file ?? '');
  if (isEncyclopedia(url)) return false;
  const server = safeUrl(context.serverUrl);
  if (parsed.host === 'github.com' || parsed.host === server?.host) return /^\/(?:[\w.-]+\/[\w.-]+\/(?:issues|pull|projects|milestone)|orgs\/[\w.-]+\/projects)\b/u.test(parsed.pathname);
  return TRACKER_HOSTS.test(parsed.hostname) || TRACKER_PATHS.test(parsed.pathname);
}

/** A page to read rather than an item to work on: a blog, a guide, documentation, a talk. */
function isArticle(url: string): boolean {
  const parsed = safeUrl(url);
  if (!parsed) return false;
  if (isEncyclopedia(url)) return true;
  return /(?:^|\.)(?:medium\.com|dev\.to|martinfowler\.com|substack\.com|hashnode\.dev|youtube\.com|youtu\.be|stackoverflow\.com|docs\.[\w.-]+|learn\.microsoft\.com|atlassian\.com)$/u.test(parsed.hostname) || /\/(?:blog|articles?|posts?|docs?|guide|wiki)\//iu.test(parsed.pathname);
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
