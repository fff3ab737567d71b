import * as z from 'zod';
import { clip } from '../core/render/clip.js';
import { checkAnswer } from './answers.js';
import type { CheckRunRequest } from './api.js';
import type { Octokit } from './client.js';
import { call } from './errors.js';

/** GitHub accepts at most 50 annotations per request and 65,535 characters per output field. */
const MAX_ANNOTATIONS = 50;
const MAX_OUTPUT = 65_535;

/** Nothing of the created check run is read, but a malformed answer is named. */
const createdCheckRun = z.object({ id: z.number().int() });

export async function createCheckRun(octokit: Octokit, request: CheckRunRequest): Promise<void> {
  const operation = `POST /repos/${request.owner}/${request.repo}/check-runs`;
  const response = await call(operation, () =>
    octokit.request('POST /repos/{owner}/{repo}/check-runs', {
      owner: request.owner,
      repo: request.repo,
      name: request.name,
      head_sha: request.headSha,
      status: 'completed',
      conclusion: request.conclusion,
      ...(request.detailsUrl ? { details_url: request.detailsUrl } : {}),
      output: {
        title: clip(request.output.title, 255),
        summary: clip(request.output.summary, MAX_OUTPUT),
        text: clip(request.output.text, MAX_OUTPUT),
        annotations: request.output.annotations.slice(0, MAX_ANNOTATIONS).map((annotation) => ({
          path: annotation.path,
          start_line: annotation.line,
          end_line: annotation.line,
          annotation_level: annotation.level,
          title: clip(annotation.title, 255),
          message: clip(annotation.message, 64_000),
        })),
      },
    }),
  );
  checkAnswer(operation, createdCheckRun, response.data);
}
