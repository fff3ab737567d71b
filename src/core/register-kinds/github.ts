/** A register of GitHub issues: `#12`, `acme/debt#12` or an issue URL, in the named repository (the subject's own by default). */
import type { GitHubRegister, Register } from '../../config/schema.js';
import type { RegisterKind } from './kind.js';
import { githubRefs, githubUrlFact } from './references.js';

export const githubRegister: RegisterKind<GitHubRegister> = {
  name: 'github',
  is: (register: Register): register is GitHubRegister => 'github' in register,
  find(register, scan, context) {
    const wanted = (register.github.repo ?? context.repo)?.toLowerCase();
    const candidates = [...githubRefs(scan.text, context), ...scan.urls.flatMap((url) => githubUrlFact(url, context) ?? [])];
    return candidates.filter((fact) => {
      const repo = fact.ref.includes('/') ? fact.ref.split('#')[0]?.toLowerCase() : undefined;
      return wanted === undefined ? repo === undefined : repo === wanted;
    });
  },
  describe: (register) => `a GitHub issue${register.github.repo ? ` in ${register.github.repo}` : ''}`,
  example: (register) => (register.github.repo ? `an issue of ${register.github.repo} (${register.github.repo}#number)` : 'its issue number'),
  verify(register, repo, subjectRepo) {
    return (register.github.repo ?? subjectRepo).toLowerCase() === repo.toLowerCase() ? { label: register.github.label } : undefined;
  },
};
