/**
 * Every GraphQL document the code sends, held to GitHub's schema
 * (@octokit/graphql-schema, built with buildClientSchema): every module of
 * src/github is imported and each exported …_QUERY and …_MUTATION constant validated, so a new
 * query cannot slip past. (The answers are held to the documents by the fake
 * server, which executes every mock answer against the query it was asked.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { registerContextQuery, registerPagesQuery } from '../../src/github/register-items.js';
import { partnersQuery } from '../../src/github/sprint-partners.js';
import { validateGraphQL } from '../fake-github/server.js';

const DIR = fileURLToPath(new URL('../../src/github/', import.meta.url));
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts')).sort();

const queries: (readonly [string, string])[] = [];
for (const file of files) {
  const module = (await import(/* @vite-ignore */ pathToFileURL(`${DIR}${file}`).href)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(module)) {
    if (/_(QUERY|MUTATION)$/u.test(name) && typeof value === 'string') queries.push([`${file}: ${name}`, value]);
  }
}

describe('GraphQL documents', () => {
  it('finds every query the adapter sends', () => {
    expect(queries.map(([name]) => name)).toEqual([
      'audit-items.ts: AUDIT_ITEMS_QUERY',
      'check-context.ts: CHECK_QUERY',
      'comments.ts: ADD_COMMENT_MUTATION',
      'comments.ts: DELETE_COMMENT_MUTATION',
      'comments.ts: MINIMIZE_COMMENT_MUTATION',
      'comments.ts: UNMINIMIZE_COMMENT_MUTATION',
      'iterations.ts: PROJECT_ITEMS_QUERY',
      'register-items.ts: PIN_ISSUE_MUTATION',
      'sprint-context.ts: SPRINT_CONTEXT_QUERY',
      'sprint-items.ts: WORK_ITEMS_QUERY',
    ]);
    // No module sends a document that is not an exported …_QUERY or …_MUTATION constant
    // (the partners and register queries are built per call, and checked below).
    let sent = 0;
    for (const file of files) {
      const source = readFileSync(`${DIR}${file}`, 'utf8');
      for (const m of source.matchAll(/(?:octokit\.graphql|graphqlQuery)(?:<[^>]*>)?\(\s*(?:octokit,\s*operation,\s*)?([A-Za-z_]+)\b(?!\s*:)/g)) {
        sent += 1;
        expect(m[1], file).toMatch(/_QUERY$|_MUTATION$|^document$/);
      }
    }
    expect(sent).toBeGreaterThanOrEqual(10);
  });

  it.each(queries)('%s fits GitHub’s schema', (_name, document) => {
    expect(validateGraphQL(document)).toEqual([]);
  });
});

describe('the partners query (built per call)', () => {
  it('fits GitHub’s schema for references across repositories, and reads at most 100', () => {
    const refs = ['acme/app#1', 'acme/app#2', 'Acme/App#2', 'other/lib#7', 'not a ref', ...Array.from({ length: 150 }, (_, i) => `acme/app#${100 + i}`)];
    const { document, variables, count } = partnersQuery(refs);
    expect(validateGraphQL(document)).toEqual([]);
    // The first 100 references: 4 valid (one a repeat) before the 95 numbers that fill the call.
    expect(count).toBe(2 + 1 + 95);
    expect(variables).toMatchObject({ o0: 'acme', n0: 'app', r0i0: 1, r0i1: 2, o1: 'other', n1: 'lib', r1i0: 7 });
  });
});

describe('the register queries (built per call)', () => {
  const sources = [
    { source: { repo: 'acme/app', labels: ['tech-debt', 'debt'] }, cursor: null },
    { source: { repo: 'acme/debt', labels: undefined }, cursor: 'Y3Vyc29yOjk5' },
  ];

  it('the context query fits GitHub’s schema, with no source, one, or several; by number or by label', () => {
    for (const tracking of [undefined, { number: 4 }, { label: 'sprint-report' }]) {
      for (const n of [0, 1, 2]) {
        const { document } = registerContextQuery({ sources: sources.slice(0, n).map((s) => s.source), milestones: true, ...(tracking === undefined ? {} : { tracking }) });
        expect(validateGraphQL(document)).toEqual([]);
      }
    }
  });

  it('the pages query fits GitHub’s schema and carries each source’s labels and cursor', () => {
    const { document, variables } = registerPagesQuery(sources);
    expect(validateGraphQL(document)).toEqual([]);
    expect(variables).toEqual({ o0: 'acme', n0: 'app', l0: ['tech-debt', 'debt'], c0: null, o1: 'acme', n1: 'debt', l1: null, c1: 'Y3Vyc29yOjk5' });
  });
});
