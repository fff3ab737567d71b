/**
 * The octokit implementation of GitHubApi, composed from one file per API concern. What
 * the PR and issue check calls is loaded with it; the sprint report's, the register
 * board's and the audit's concerns load on their first call (their queries and answer
 * schemas are most of the adapter, and a PR check never needs them).
 */
import type { GitHubApi } from './api.js';
import { createCheckRun } from './checks.js';
import { createOctokit, type ClientOptions } from './client.js';
import { readCheckContext } from './check-context.js';
import { addComment, deleteComment, listComments, setCommentMinimized, updateComment } from './comments.js';
import { readFile } from './contents.js';
import { readIssue } from './issues.js';

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
    readSprintContext: async (ref, request) => (await import('./sprint-context.js')).readSprintContext(octokit, ref, request),
    readWorkItems: async (ref, cursors) => (await import('./sprint-items.js')).readWorkItems(octokit, ref, cursors),
    readItemsByNumber: async (refs) => (await import('./sprint-partners.js')).readItemsByNumber(octokit, refs),
    readProjectItems: async (project, cursor) => (await import('./iterations.js')).readProjectItems(octokit, project, cursor),
    readAuditItems: async (ref, request) => (await import('./audit-items.js')).readAuditItems(octokit, ref, request),
    createIssue: async (ref, issue) => (await import('./tracking-issue.js')).createIssue(octokit, ref, issue),
    pinIssue: async (id) => (await import('./register-items.js')).pinIssue(octokit, id),
    readRegisterContext: async (ref, request) => (await import('./register-items.js')).readRegisterContext(octokit, ref, request),
    readRegisterPages: async (requests) => (await import('./register-items.js')).readRegisterPages(octokit, requests),
  };
}

export type * from './api.js';
export { GitHubApiError } from './errors.js';
