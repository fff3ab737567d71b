/** The octokit implementation of GitHubApi, composed from one file per API concern. */
import type { GitHubApi } from './api.js';
import { createCheckRun } from './checks.js';
import { createOctokit, type ClientOptions } from './client.js';
import { createComment, listComments, updateComment } from './comments.js';
import { readFile } from './contents.js';
import { readIssue } from './issues.js';
import { readProjectItems } from './iterations.js';
import { readSprintContext } from './sprint-context.js';
import { readWorkItems } from './sprint-items.js';
import { readItemsByNumber } from './sprint-partners.js';
import { readSubject } from './subject.js';
import { createIssue } from './tracking-issue.js';

export function createGitHubApi(options: ClientOptions): GitHubApi {
  const octokit = createOctokit(options);
  return {
    readSubject: (ref) => readSubject(octokit, ref),
    readFile: (ref, path, at) => readFile(octokit, ref, path, at),
    listComments: (ref) => listComments(octokit, ref),
    createComment: (ref, body) => createComment(octokit, ref, body),
    updateComment: (ref, id, body) => updateComment(octokit, ref, id, body),
    createCheckRun: (request) => createCheckRun(octokit, request),
    readIssue: (ref, number) => readIssue(octokit, ref, number),
    readSprintContext: (ref, request) => readSprintContext(octokit, ref, request),
    readWorkItems: (ref, cursors) => readWorkItems(octokit, ref, cursors),
    readItemsByNumber: (refs) => readItemsByNumber(octokit, refs),
    readProjectItems: (project, cursor) => readProjectItems(octokit, project, cursor),
    createIssue: (ref, issue) => createIssue(octokit, ref, issue),
  };
}

export type * from './api.js';
export { GitHubApiError } from './errors.js';
