/**
 * The body engine as the sprint core's BodyReader, and what the exporter stores
 * for an item instead of its body: the register links and the business impact,
 * read with `readBodyFacts` (one parse per body).
 */
import type { Config } from '../../config/schema.js';
import { readBodyFacts, type BodyFacts } from '../analyze.js';
import type { DebtLinkFact } from '../result.js';
import type { BodyReader } from './reader.js';

/** How many parsed bodies the reader keeps (a body is usually asked for links, then for its impact). */
const CACHE_LIMIT = 256;

/** A BodyReader backed by the body engine; `repo` resolves `#123` references. */
export function engineReader(config: Config, repo?: string): BodyReader {
  const cache = new Map<string, BodyFacts>();
  const facts = (body: string): BodyFacts => {
    const hit = cache.get(body);
    if (hit !== undefined) return hit;
    const read = readBodyFacts(body, config, repo);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(body, read);
    return read;
  };
  return {
    registerLinks: (body) => facts(body).links,
    businessImpact: (body) => facts(body).impact,
  };
}

/** The longest impact text stored (the report shows 160 characters). */
const MAX_IMPACT = 1000;

/** What the export keeps of a body: its register links, and its business impact when it states one. */
export interface StoredBodyFacts {
  readonly links: DebtLinkFact[];
  readonly impact?: { readonly text: string; readonly measurable: boolean };
}

/**
 * The facts of a non-blank body, as the exporter stores them; undefined for a blank
 * one (an item without a description stays without `links`, so it can be listed as
 * unclassified).
 */
export function storedBodyFacts(body: string | null | undefined, config: Config, repo?: string): StoredBodyFacts | undefined {
  if (body === null || body === undefined || body.trim() === '') return undefined;
  const { links, impact } = readBodyFacts(body, config, repo);
  const text = impact.text.trim().slice(0, MAX_IMPACT);
  const out: StoredBodyFacts = {
    links: links.map((l) => (l.url === undefined ? { register: l.register, ref: l.ref } : { register: l.register, ref: l.ref, url: l.url })),
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
export function exportWorkItem<T extends { readonly kind: string; readonly repo: string; readonly body?: string | undefined }>(
  item: T,
  config: Config,
  options: ExportItemOptions = {},
): Omit<T, 'body'> & { body?: string; links?: DebtLinkFact[]; impact?: { text: string; measurable: boolean } } {
  const { body, ...rest } = item;
  if (item.kind === 'redacted') return rest;
  const facts = storedBodyFacts(body, config, item.repo || undefined);
  return {
    ...rest,
    ...(options.withBodies === true && body !== undefined ? { body } : {}),
    ...(facts === undefined ? {} : { links: facts.links }),
    ...(facts?.impact === undefined || ('impact' in rest && rest.impact !== undefined)
      ? {}
      : { impact: { text: facts.impact.text, measurable: facts.impact.measurable } }),
  };
}
