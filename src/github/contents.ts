import * as z from 'zod';
import { checkAnswer } from './answers.js';
import type { RepoRef } from './api.js';
import type { Octokit } from './client.js';
import { call, GitHubApiError } from './errors.js';

/** A file's entry (a directory answers with an array of entries); `content` is base64. */
const entrySchema = z.object({ type: z.string(), content: z.string().optional() });

/** A file's bytes through the contents API; undefined when the file does not exist at that ref. */
export async function readFile(octokit: Octokit, ref: RepoRef, path: string, at: string | undefined): Promise<Uint8Array | undefined> {
  const operation = `GET /repos/${ref.owner}/${ref.repo}/contents/${path}${at ? `?ref=${at}` : ''}`;
  try {
    const response = await call(operation, () =>
      octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { owner: ref.owner, repo: ref.repo, path, ...(at ? { ref: at } : {}) }),
    );
    const data: unknown = response.data;
    if (Array.isArray(data)) throw new GitHubApiError(operation, undefined, `${path} is a directory, expected a file`);
    const entry = checkAnswer(operation, entrySchema, data);
    if (entry.type !== 'file') throw new GitHubApiError(operation, undefined, `${path} is a ${entry.type}, expected a file`);
    if (entry.content === undefined) throw new GitHubApiError(operation, undefined, `${path} has no content in the answer (larger than 1 MB?)`);
    return new Uint8Array(Buffer.from(entry.content, 'base64'));
  } catch (error) {
    if (error instanceof GitHubApiError && error.isNotFound) return undefined;
    throw error;
  }
}
