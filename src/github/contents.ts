import type { RepoRef } from './api.js';
import type { Octokit } from './client.js';
import { call, GitHubApiError } from './errors.js';

/** A file's bytes through the contents API; undefined when the file does not exist at that ref. */
export async function readFile(octokit: Octokit, ref: RepoRef, path: string, at: string | undefined): Promise<Uint8Array | undefined> {
  const operation = `GET /repos/${ref.owner}/${ref.repo}/contents/${path}${at ? `?ref=${at}` : ''}`;
  try {
    const response = await call(operation, () =>
      octokit.rest.repos.getContent({ owner: ref.owner, repo: ref.repo, path, ...(at ? { ref: at } : {}) }),
    );
    const data = response.data;
    if (Array.isArray(data) || data.type !== 'file') {
      throw new GitHubApiError(operation, undefined, `${path} is a ${Array.isArray(data) ? 'directory' : data.type}, expected a file`);
    }
    if (!('content' in data) || typeof data.content !== 'string') {
      throw new GitHubApiError(operation, undefined, `${path} has no content in the answer (larger than 1 MB?)`);
    }
    return new Uint8Array(Buffer.from(data.content, 'base64'));
  } catch (error) {
    if (error instanceof GitHubApiError && error.isNotFound) return undefined;
    throw error;
  }
}
