import type { IssueSummary, RepoRef } from './api.js';
import type { Octokit } from './client.js';
import { call, GitHubApiError } from './errors.js';

/** Resolves a debt-register reference: does the issue exist, is it a PR, which labels does it carry? */
export async function readIssue(octokit: Octokit, ref: RepoRef, number: number): Promise<IssueSummary> {
  const operation = `GET /repos/${ref.owner}/${ref.repo}/issues/${number}`;
  try {
    const { data } = await call(operation, () => octokit.rest.issues.get({ owner: ref.owner, repo: ref.repo, issue_number: number }));
    return {
      exists: true,
      isPullRequest: data.pull_request !== undefined && data.pull_request !== null,
      labels: data.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? ''))).filter(Boolean),
    };
  } catch (error) {
    if (error instanceof GitHubApiError && (error.isNotFound || error.status === 410)) {
      return { exists: false, isPullRequest: false, labels: [] };
    }
    throw error;
  }
}
