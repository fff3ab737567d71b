import * as z from 'zod';
import { checkAnswer } from './answers.js';
import type { IssueSummary, RepoRef } from './api.js';
import type { Octokit } from './client.js';
import { call, GitHubApiError } from './errors.js';

/** What a debt link's check reads of an issue: is it a pull request (`pull_request` set), and its labels (names, or objects with one). */
const issueSchema = z.object({
  pull_request: z.object({}).nullable().optional(),
  labels: z.array(z.union([z.string(), z.object({ name: z.string().optional() })])),
});

/** Resolves a debt-register reference: does the issue exist, is it a PR, which labels does it carry? */
export async function readIssue(octokit: Octokit, ref: RepoRef, number: number): Promise<IssueSummary> {
  const operation = `GET /repos/${ref.owner}/${ref.repo}/issues/${number}`;
  try {
    const response = await call(operation, () => octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { owner: ref.owner, repo: ref.repo, issue_number: number }));
    const issue = checkAnswer(operation, issueSchema, response.data);
    return {
      exists: true,
      isPullRequest: issue.pull_request !== undefined && issue.pull_request !== null,
      labels: issue.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? ''))).filter(Boolean),
    };
  } catch (error) {
    if (error instanceof GitHubApiError && (error.isNotFound || error.status === 410)) {
      return { exists: false, isPullRequest: false, labels: [] };
    }
    throw error;
  }
}
