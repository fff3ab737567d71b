/**
 * `debt-link.verify: true`: resolve GitHub issue references through the API — the
 * issue exists, is not a pull request, and carries the register's label. Other
 * registers (tracker keys, URLs, files) cannot be resolved and count as found.
 */
import type { Config } from '../../config/schema.js';
import type { DebtLinkFact, LinkVerification } from '../../core/index.js';
import { kindNamed, kindOf } from '../../core/register-kinds/index.js';
import type { GitHubApi, RepoRef } from '../../github/api.js';

/** At most this many references are resolved (each costs one API call). */
const MAX_VERIFIED = 5;

export async function verifyLinks(
  api: GitHubApi,
  repo: RepoRef,
  links: readonly DebtLinkFact[],
  config: Config,
): Promise<Map<string, LinkVerification>> {
  const options = config.rules['debt-link'];
  const results = new Map<string, LinkVerification>();
  for (const link of links.slice(0, MAX_VERIFIED)) {
    if (kindNamed(link.register)?.verify === undefined) {
      results.set(link.ref, { status: 'ok', detail: 'not resolvable through the GitHub API' });
      continue;
    }
    const match = /^(?:([\w.-]+)\/([\w.-]+))?#(\d+)$/u.exec(link.ref);
    if (!match) continue;
    const target = match[1] && match[2] ? { owner: match[1], repo: match[2] } : repo;
    const wanted = registerLabel(config, `${target.owner}/${target.repo}`, `${repo.owner}/${repo.repo}`) ?? options.labels;
    const issue = await api.readIssue(target, Number(match[3]));
    if (!issue.exists) results.set(link.ref, { status: 'missing', detail: 'no such issue' });
    else if (issue.isPullRequest) results.set(link.ref, { status: 'missing', detail: 'a pull request, not a register issue' });
    else if (!issue.labels.some((label) => wanted.some((name) => name.toLowerCase() === label.toLowerCase()))) {
      results.set(link.ref, { status: 'unlabelled', detail: `expected label ${wanted.join(' or ')}, found ${issue.labels.join(', ') || 'none'}` });
    } else results.set(link.ref, { status: 'ok' });
  }
  return results;
}

/** The label the configured registers ask of an issue of `repo` (owner/name), if one names one. */
function registerLabel(config: Config, repo: string, subjectRepo: string): string[] | undefined {
  for (const register of config.rules['debt-link'].registers) {
    const label = kindOf(register).verify?.(register, repo, subjectRepo)?.label;
    if (label !== undefined) return [label];
  }
  return undefined;
}
