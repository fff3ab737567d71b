/**
 * Markdown → sections → facts. The body is parsed once; every fact is derived from
 * that one tree.
 */
import type { Config } from '../config/schema.js';
import { findStatement, type Statement } from './facts/business-value.js';
import { findDebtLinks } from './facts/debt-links.js';
import type { DebtWork } from './facts/debt-work.js';
import { decideDebtWork, type BodyDebtFacts, type DebtSignal } from './facts/debt-signals.js';
import { matchersFor } from './facts/matchers.js';
import { findNfr, type NfrFacts } from './facts/nfr.js';
import { keyPatternsFor } from './facts/key-patterns.js';
import { parseMarkdown, readMarkdown } from './markdown/parse.js';
import { buildSections, type Section } from './markdown/sections.js';
import type { DebtLinkFact, Subject } from './result.js';

export interface CheckInput {
  readonly kind: 'pr' | 'issue';
  readonly title: string;
  readonly body: string;
  readonly labels?: readonly string[];
  readonly number?: number;
  /** owner/name, when known: resolves `#123` references. */
  readonly repo?: string;
  /** The GitHub web URL (GitHub Enterprise Server differs); default https://github.com. */
  readonly serverUrl?: string;
}

export interface Analysis {
  readonly subject: Subject;
  readonly labels: readonly string[];
  readonly root: Section;
  readonly businessValue: Statement;
  readonly nfr: NfrFacts;
  /** The one notion of debt work (facts/debt-signals.ts): the sprint report decides with the same signals. */
  readonly debtWork: DebtWork & { readonly signals: readonly DebtSignal[] };
  readonly links: readonly DebtLinkFact[];
  readonly impact: Statement;
  /**
   * Why the body could not be read in bounded time (markdown/parse.ts `unreadable`):
   * every rule that runs fails with this message. Absent for every body that was read.
   */
  readonly unreadable?: string;
}

export function analyze(input: CheckInput, config: Config): Analysis {
  const matchers = matchersFor(config);
  const read = readMarkdown(input.body);
  const root = buildSections(read.root, matchers.sections);
  const labels = input.labels ?? [];
  const subject: Subject =
    input.number === undefined ? { kind: input.kind, title: input.title } : { kind: input.kind, number: input.number, title: input.title };
  const debtWork = decideDebtWork(root, input.title, labels, config);
  return {
    ...(read.unreadable === undefined ? {} : { unreadable: read.unreadable }),
    subject,
    labels,
    root,
    businessValue: findStatement(root, matchers.businessValue, matchers.isOtherSection),
    nfr: findNfr(root, matchers, input.title),
    debtWork,
    links: linksOf(root, config, input.repo, input.serverUrl, debtWork.isDebtWork, input.title),
    impact: findStatement(root, matchers.impact, matchers.isOtherSection),
  };
}

function linksOf(root: Section, config: Config, repo: string | undefined, serverUrl: string | undefined, debtWork: boolean, title?: string): DebtLinkFact[] {
  return findDebtLinks(root, {
    repo,
    serverUrl: (serverUrl ?? 'https://github.com').replace(/\/+$/u, ''),
    registers: config.rules['debt-link'].registers,
    keyPatterns: keyPatternsFor(config),
    debtWork,
    ...(title === undefined ? {} : { title }),
  });
}

/** What the sprint report reads from a body: its debt-register links, its business impact, and what it says of debt work. */
export interface BodyFacts {
  readonly links: readonly DebtLinkFact[];
  readonly impact: { readonly present: boolean; readonly text: string; readonly measurable: boolean };
  readonly debt: BodyDebtFacts;
}

/** What is known of the item a body belongs to besides its body (a sprint item's title and labels). */
export interface BodyOwner {
  readonly title?: string;
  readonly labels?: readonly string[];
}

/** Reads one body's register links and business impact (parsed once), e.g. for each sprint item. */
export function readBodyFacts(body: string, config: Config, repo?: string, owner: BodyOwner = {}): BodyFacts {
  const matchers = matchersFor(config);
  const root = buildSections(parseMarkdown(body), matchers.sections);
  const impact = findStatement(root, matchers.impact, matchers.isOtherSection);
  const debtWork = decideDebtWork(root, owner.title ?? '', owner.labels ?? [], config);
  return {
    links: linksOf(root, config, repo, undefined, debtWork.isDebtWork, owner.title),
    impact: { present: impact.present, text: impact.text, measurable: impact.quantity !== undefined },
    debt: debtWork.body,
  };
}
