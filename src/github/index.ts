/** The octokit implementation of GitHubApi, composed from one file per API concern. */
import type { GitHubApi } from './api.js';
import { readAuditItems } from './audit-items.js';
import { createCheckRun } from './checks.js';
import { createOctokit, type ClientOptions } from './client.js';
import { readCheckContext } from './check-context.js';
import { addComment, deleteComment, listComments, setCommentMinimized, updateComment } from './comments.js';
import { readFile } from './contents.js';
import { readIssue } from './issues.js';
import { readProjectItems } from './iterations.js';
import { readSprintContext } from './sprint-context.js';
import { readWorkItems } from './sprint-items.js';
import { readItemsByNumber } from './sprint-partners.js';
import { pinIssue, readRegisterContext, readRegisterPages } from './register-items.js';
import { createIssue } from './tracking-issue.js';

export function createGitHubApi(options: ClientOptions): GitHubApi {
  const octokit = createOctokit(options);
  return {
    readCheckContext: (ref, config) => readCheckContext(octokit, ref, config),
    readFile: (ref, path, at) => readFile(octokit, ref, path, at),
    listComments: (ref) => listComments(octokit, ref),
    addComment: (ref, subjectId, body) => addComment(octokit, ref, subjectId, body),
    deleteComment: (ref, comment) => deleteComment(octokit, ref, comment),
    updateComment: (ref, id, body) => updateComment(octokit, ref, id, body),
    setCommentMinimized: (ref, comment, minimized) => setCommentMinimized(octokit, ref, comment, minimized),
    createCheckRun: (request) => createCheckRun(octokit, request),
    readIssue: (ref, number) => readIssue(octokit, ref, number),
    readSprintContext: (ref, request) => readSprintContext(octokit, ref, request),
    readWorkItems: (ref, cursors) => readWorkItems(octokit, ref, cursors),
    readItemsByNumber: (refs) => readItemsByNumber(octokit, refs),
    readProjectItems: (project, cursor) => readProjectItems(octokit, project, cursor),
    readAuditItems: (ref, request) => readAuditItems(octokit, ref, request),
    createIssue: (ref, issue) => createIssue(octokit, ref, issue),
    pinIssue: (id) => pinIssue(octokit, id),
    readRegisterContext: (ref, request) => readRegisterContext(octokit, ref, request),
    readRegisterPages: (requests) => readRegisterPages(octokit, requests),
  };
}

export type * from './api.js';
export { GitHubApiError } from './errors.js';
