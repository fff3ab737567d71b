/**
 * The Markdown the PR comment, the check run and the job summary show: each finding
 * that needs work once, with its fix; the rules that passed on one line; the skipped
 * ones folded away; a paste-ready snippet of the missing sections. Short once
 * everything passes.
 *
 * Built as an mdast tree and serialised by mdast-util-to-markdown with GFM's rules, so
 * user text is escaped by construction (it can open no emphasis, link, table cell,
 * HTML or strikethrough); what Markdown cannot express — an @mention, a bare URL
 * GitHub links — is defused in the text itself ({@link defang}).
 */
import type { BlockContent, Html, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import remarkGfm from 'remark-gfm';
import { unified } from 'unified';
import type { Config } from '../../config/schema.js';
import type { Finding, Result } from '../result.js';
import { ruleById } from '../rules/index.js';
import { defang } from './escape.js';
import { conclusionIcon, headline, ruleTitle, statusIcon } from './labels.js';

export interface MarkdownOptions {
  /** Extra lines under the findings (e.g. the sprint's debt share so far): our own Markdown, kept as written. */
  readonly notes?: readonly string[];
  /** Hide the subject line (the check run shows it already). */
  readonly omitSubject?: boolean;
}

/**
 * GFM's serialisation rules (tables, strikethrough, autolinks), as remark-gfm registers
 * them for a processor (where remark-stringify would read them).
 */
const registered: Record<string, unknown> = { ...unified().use(remarkGfm).freeze().data() };
const gfm = registered['toMarkdownExtensions'];
const OPTIONS: Options = { extensions: Array.isArray(gfm) ? (gfm as Options[]) : [], bullet: '-', listItemIndent: 'one', strong: '*', emphasis: '_', fences: true, rule: '-' };

/** Serialises a tree the way every comment and summary is written. */
export function serialize(children: RootContent[]): string {
  const root: Root = { type: 'root', children };
  return toMarkdown(root, OPTIONS);
}

/** User-derived text as a text node: escaped when serialised, defanged here. */
const text = (value: string): PhrasingContent => ({ type: 'text', value: defang(value) });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const paragraph = (children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const html = (value: string): Html => ({ type: 'html', value });
const list = (items: BlockContent[][]): List => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map((children): ListItem => ({ type: 'listItem', spread: false, children })),
});

/**
 * Our own sentences (messages, hints) with `code` spans: the spans become inline code,
 * the rest text. A backtick that pairs with none stays text.
 */
export function phrasing(value: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const spans = /`([^`\n]+)`/gu;
  let last = 0;
  for (const match of value.matchAll(spans)) {
    if (match.index > last) out.push(text(value.slice(last, match.index)));
    out.push({ type: 'inlineCode', value: match[1] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < value.length) out.push(text(value.slice(last)));
  return out;
}

/** The one-line verdict: "❌ 2 of 3 alignment rules failed". */
export function resultHeadline(result: Result): string {
  const { failed, warned, active } = counts(result);
  return `${conclusionIcon[result.conclusion]} ${headline(failed.length, warned.length, active.length)}`;
}

function counts(result: Result): { active: Finding[]; failed: Finding[]; warned: Finding[]; passed: Finding[]; skipped: Finding[] } {
  const active = result.rules.filter((finding) => finding.status !== 'skip');
  return {
    active,
    failed: active.filter((finding) => finding.status === 'fail'),
    warned: active.filter((finding) => finding.status === 'warn'),
    passed: active.filter((finding) => finding.status === 'pass'),
    skipped: result.rules.filter((finding) => finding.status === 'skip'),
  };
}

export function renderMarkdown(result: Result, config: Config, options: MarkdownOptions = {}): string {
  const { failed, warned, passed, skipped } = counts(result);
  const out: RootContent[] = [{ type: 'heading', depth: 3, children: [text(resultHeadline(result))] }];
  if (!options.omitSubject) out.push(paragraph(subjectLine(result)));
  const problems = [...failed, ...warned];
  if (problems.length === 0) {
    out.push(paragraph([text('Business value, acceptance criteria and debt links are stated. '), text(summaryOf(passed))]));
  } else {
    out.push(list(problems.map((finding) => [findingParagraph(finding)])));
    if (passed.length > 0) out.push(paragraph([strong('Passed:'), text(` ${summaryOf(passed)}`)]));
  }
  for (const note of options.notes ?? []) out.push(html(note));
  if (skipped.length > 0) {
    const names = skipped.map((finding) => ruleTitle(finding.id)).join(', ');
    out.push(
      html(`<details><summary>Skipped: ${escapeHtml(names)}</summary>`),
      list(skipped.map((finding) => [paragraph([strong(ruleTitle(finding.id)), text(' — '), ...phrasing(finding.message)])])),
      html('</details>'),
    );
  }
  const snippets = failed.map((finding) => ruleById(finding.id).snippet(config)).filter(Boolean);
  if (snippets.length > 0) {
    out.push(html('<details><summary>Paste-ready sections</summary>'), { type: 'code', lang: 'markdown', value: snippets.join('\n').replace(/\n+$/u, '') }, html('</details>'));
  }
  if (result.conclusion === 'neutral') out.push(paragraph([{ type: 'emphasis', children: [text('Advisory mode: these findings do not fail the check.')] }]));
  return serialize(out);
}

/**
 * The comment once everything passes, one line: `resolved` when it reported a failure
 * before (the comment is then minimized), else the verdict of a subject that never failed.
 */
export function renderVerdictLine(result: Result, state: 'resolved' | 'passing'): string {
  const { warned } = counts(result);
  const warnings = warned.length === 0 ? '' : `, ${warned.length} with a warning (see the job summary)`;
  const line: PhrasingContent[] =
    state === 'resolved'
      ? [strong(`${statusIcon.pass} Resolved:`), text(` all alignment rules pass now${warnings}.`)]
      : [text(`${statusIcon.pass} All alignment rules pass${warnings}.`)];
  return serialize([paragraph(line)]);
}

/** One finding, once: what is wrong and where, then how to fix it and why it matters. */
function findingParagraph(finding: Finding): Paragraph {
  const rule = ruleById(finding.id);
  const where = finding.position ? ` (line ${finding.position.line})` : '';
  const children: PhrasingContent[] = [strong(`${statusIcon[finding.status]} ${ruleTitle(finding.id)}`), text(`${where}: `), ...phrasing(finding.message)];
  if (finding.hint) children.push({ type: 'break' }, strong('How to fix:'), text(' '), ...phrasing(finding.hint));
  children.push({ type: 'break' }, { type: 'emphasis', children: [text(`Why it matters: ${rule.why}`)] });
  return paragraph(children);
}

function subjectLine(result: Result): PhrasingContent[] {
  const { kind, number, title } = result.subject;
  const name = kind === 'pr' ? 'Pull request' : 'Issue';
  const label = `${name}${number === undefined ? '' : ` #${number}`}`;
  return title.trim() ? [text(`${label}: ${title.replace(/\s+/gu, ' ').trim()}`)] : [text(label)];
}

function summaryOf(findings: readonly Finding[]): string {
  return findings.map((finding) => `${statusIcon[finding.status]} ${ruleTitle(finding.id)}`).join(' · ');
}

/** Rule titles in an HTML summary (ours, but kept inert all the same). */
function escapeHtml(value: string): string {
  return value.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}
