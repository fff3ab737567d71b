/**
 * PRs and issues read by reference, 100 in one GraphQL call: the partners a
 * sprint's work joins with (the issue a PR closes, the PR that closed an issue)
 * when they finished outside the sprints the ordered lists were read for.
 */
import * as z from 'zod';
import { MAX_ITEMS_BY_NUMBER, type FetchedWorkItem } from './api.js';
import type { Octokit } from './client.js';
import { graphqlQuery, type GraphQLErrorInfo } from './graphql.js';
import { fromIssue, fromPullRequest, issueNodeSchema, ISSUE_FRAGMENT, pullRequestNodeSchema, PULL_REQUEST_FRAGMENT } from './sprint-items.js';

interface Parsed {
  readonly owner: string;
  readonly name: string;
  readonly number: number;
}

const REF = /^([\w.-]+)\/([\w.-]+)#(\d{1,9})$/u;

function parse(ref: string): Parsed | undefined {
  const m = REF.exec(ref);
  return m?.[1] && m[2] && m[3] ? { owner: m[1], name: m[2], number: Number(m[3]) } : undefined;
}

/** The query for a set of references: one aliased `repository` per repository, one aliased item per number. */
export function partnersQuery(refs: readonly string[]): { document: string; variables: Record<string, unknown>; count: number } {
  const byRepo = new Map<string, { owner: string; name: string; numbers: number[] }>();
  for (const ref of refs.slice(0, MAX_ITEMS_BY_NUMBER)) {
    const p = parse(ref);
    if (p === undefined) continue;
    const key = `${p.owner}/${p.name}`.toLowerCase();
    const entry = byRepo.get(key) ?? { owner: p.owner, name: p.name, numbers: [] };
    if (!entry.numbers.includes(p.number)) entry.numbers.push(p.number);
    byRepo.set(key, entry);
  }
  const params: string[] = [];
  const selections: string[] = [];
  const variables: Record<string, unknown> = {};
  let count = 0;
  [...byRepo.values()].forEach((repo, r) => {
    params.push(`$o${r}: String!`, `$n${r}: String!`);
    variables[`o${r}`] = repo.owner;
    variables[`n${r}`] = repo.name;
    const items = repo.numbers.map((number, i) => {
      params.push(`$r${r}i${i}: Int!`);
      variables[`r${r}i${i}`] = number;
      count += 1;
      return `    i${i}: issueOrPullRequest(number: $r${r}i${i}) {\n      __typename\n      ...SprintIssue\n      ...SprintPullRequest\n    }`;
    });
    selections.push(`  r${r}: repository(owner: $o${r}, name: $n${r}) {\n${items.join('\n')}\n  }`);
  });
  const document = `query AlignmentSprintPartners(${params.join(', ')}) {\n${selections.join('\n')}\n}\n${PULL_REQUEST_FRAGMENT}\n${ISSUE_FRAGMENT}`;
  return { document, variables, count };
}

/** The answer: one aliased repository per repository (null when not found), one aliased item per number (null when not found). */
const partnersSchema = z.record(
  z.string(),
  z
    .record(
      z.string(),
      z
        .discriminatedUnion('__typename', [
          pullRequestNodeSchema.extend({ __typename: z.literal('PullRequest') }),
          issueNodeSchema.extend({ __typename: z.literal('Issue') }),
        ])
        .nullable(),
    )
    .nullable(),
);

/** A reference that does not resolve, or that the token cannot read, is left out: the error sits at or under its alias. */
const isMissing = (error: GraphQLErrorInfo): boolean =>
  error.path.length >= 1 && /^r\d+$/u.test(String(error.path[0])) && (error.type === undefined || ['NOT_FOUND', 'FORBIDDEN'].includes(error.type));

export async function readItemsByNumber(octokit: Octokit, refs: readonly string[]): Promise<FetchedWorkItem[]> {
  const { document, variables, count } = partnersQuery(refs);
  if (count === 0) return [];
  const operation = `GraphQL query AlignmentSprintPartners (${count} PR${count === 1 ? '' : 's'} and issues by number)`;
  const { data } = await graphqlQuery(octokit, operation, document, variables, partnersSchema, isMissing);
  const out: FetchedWorkItem[] = [];
  for (const repo of Object.values(data)) {
    for (const node of Object.values(repo ?? {})) {
      if (node === null) continue;
      out.push(node.__typename === 'PullRequest' ? fromPullRequest(node) : fromIssue(node));
    }
  }
  return out;
}
