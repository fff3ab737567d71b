/**
 * The body engine as the sprint core's BodyReader, and what the exporter stores
 * for an item instead of its body: the register links, the business impact and what
 * the body says of debt work, read with `readBodyFacts` (one parse per body).
 */
import type { Config } from '../../config/schema.js';
import { readBodyFacts, type BodyFacts } from '../analyze.js';
import type { BodyDebtFacts } from '../facts/debt-signals.js';
import type { DebtLinkFact } from '../result.js';
import type { BodyOwner, BodyReader } from './reader.js';

/** How many parsed bodies the reader keeps (a body is usually asked for links, then for its impact). */
const CACHE_LIMIT = 256;

/** A BodyReader backed by the body engine; `repo` resolves `#123` references. */
export function engineReader(config: Config, repo?: string): BodyReader {
  const cache = new Map<string, BodyFacts>();
  const facts = (body: string, owner: BodyOwner = {}): BodyFacts => {
    // The owner's title and labels decide whether closing keywords name the register item.
    const key = `${owner.title ?? ''}\u0000${(owner.labels ?? []).join('\u0001')}\u0000${body}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const read = readBodyFacts(body, config, repo, ownerOf(owner));
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, read);
    return read;
  };
  return {
    registerLinks: (body, owner) => facts(body, owner).links,
    businessImpact: (body) => facts(body).impact,
    debtWork: (body) => facts(body).debt,
  };
}

const ownerOf = (owner: BodyOwner): { title?: string; labels?: readonly string[] } => ({
  ...(owner.title === undefined ? {} : { title: owner.title }),
  ...(owner.labels === undefined ? {} : { labels: owner.labels }),
});

/** The longest impact text stored (the report shows 160 characters). */
const MAX_IMPACT = 1000;

/** What the export keeps of a body: its register links, what it says of debt work, and its business impact when it states one. */
export interface StoredBodyFacts {
  readonly links: DebtLinkFact[];
  readonly debt: BodyDebtFacts;
  readonly impact?: { readonly text: string; readonly measurable: boolean };
}

/**
 * The facts of a non-blank body, as the exporter stores them; undefined for a blank
 * one (an item without a description stays without `links`, so it can be listed as
 * unclassified).
 */
export function storedBodyFacts(body: string | null | undefined, config: Config, repo?: string, owner: BodyOwner = {}): StoredBodyFacts | undefined {
  if (body === null || body === undefined || body.trim() === '') return undefined;
  const { links, impact, debt } = readBodyFacts(body, config, repo, ownerOf(owner));
  const text = impact.text.trim().slice(0, MAX_IMPACT);
  const out: StoredBodyFacts = {
    links: links.map((l) => (l.url === undefined ? { register: l.register, ref: l.ref } : { register: l.register, ref: l.ref, url: l.url })),
    debt: { tickedBox: debt.tickedBox, statedPurpose: debt.statedPurpose, declaresNewDebt: debt.declaresNewDebt },
  };
  return impact.present && text !== '' ? { ...out, impact: { text, measurable: impact.measurable } } : out;
}

export interface ExportItemOptions {
  /** Keep the body in the export too (`--with-bodies`). Default false. */
  readonly withBodies?: boolean;
}

/**
 * An item as the exporter writes it: the links (and the business impact) of its body
 * read once with the engine, the body itself left out unless `withBodies`. A redacted
 * item has no body to read.
 */
export function exportWorkItem<
  T extends { readonly kind: string; readonly repo: string; readonly body?: string | undefined; readonly title?: string | undefined; readonly labels?: readonly string[] | undefined },
>(
  item: T,
  config: Config,
  options: ExportItemOptions = {},
): Omit<T, 'body'> & { body?: string; links?: DebtLinkFact[]; debt?: BodyDebtFacts; impact?: { text: string; measurable: boolean } } {
  const { body, ...rest } = item;
  if (item.kind === 'redacted') return rest;
  const facts = storedBodyFacts(body, config, item.repo || undefined, { title: item.title, labels: item.labels });
  return {
    ...rest,
    ...(options.withBodies === true && body !== undefined ? { body } : {}),
    ...(facts === undefined ? {} : { links: facts.links, debt: facts.debt }),
    ...(facts?.impact === undefined || ('impact' in rest && rest.impact !== undefined)
      ? {}
      : { impact: { text: facts.impact.text, measurable: facts.impact.measurable } }),
  };
}
