/**
 * Reads the PR or issue live by number (never only the frozen event payload, so a
 * re-run after a fix passes) and, in the same GraphQL call, the token's own login —
 * `GET /user` is not allowed for the workflow token, `viewer` is.
 */
import type { LiveSubject, SubjectRef } from './api.js';
import type { Octokit } from './client.js';
import { call, GitHubApiError } from './errors.js';

export const SUBJECT_QUERY = /* GraphQL */ `
  query AlignmentSubject($owner: String!, $name: String!, $number: Int!, $isPr: Boolean!) {
    viewer {
      login
    }
    repository(owner: $owner, name: $name) {
      pullRequest(number: $number) @include(if: $isPr) {
        number
        title
        body
        isDraft
        headRefOid
        baseRefName
        author {
          login
          __typename
        }
        labels(first: 100) {
          nodes {
            name
          }
        }
      }
      issue(number: $number) @skip(if: $isPr) {
        number
        title
        body
        author {
          login
          __typename
        }
        labels(first: 100) {
          nodes {
            name
          }
        }
      }
    }
  }
`;

interface Node {
  number: number;
  title: string;
  body: string | null;
  isDraft?: boolean;
  headRefOid?: string;
  baseRefName?: string;
  author: { login: string; __typename: string } | null;
  labels: { nodes: Array<{ name: string } | null> | null } | null;
}

interface Answer {
  viewer: { login: string };
  repository: { pullRequest?: Node | null; issue?: Node | null } | null;
}

export async function readSubject(octokit: Octokit, ref: SubjectRef): Promise<{ subject: LiveSubject; viewer: string }> {
  const operation = `GraphQL query AlignmentSubject (${ref.kind === 'pr' ? 'pull request' : 'issue'} ${ref.owner}/${ref.repo}#${ref.number})`;
  const answer = await call(operation, () =>
    octokit.graphql<Answer>(SUBJECT_QUERY, { owner: ref.owner, name: ref.repo, number: ref.number, isPr: ref.kind === 'pr' }),
  );
  const node = ref.kind === 'pr' ? answer.repository?.pullRequest : answer.repository?.issue;
  if (!node) throw new GitHubApiError(operation, 404, 'not found, or the token cannot see it');
  return {
    viewer: answer.viewer.login,
    subject: {
      kind: ref.kind,
      number: node.number,
      title: node.title,
      body: node.body ?? '',
      labels: (node.labels?.nodes ?? []).flatMap((label) => (label ? [label.name] : [])),
      author: { login: node.author?.login ?? 'ghost', isBot: node.author?.__typename === 'Bot' },
      draft: node.isDraft === true,
      headSha: node.headRefOid,
      baseRef: node.baseRefName,
    },
  };
}
