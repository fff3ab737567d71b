/**
 * Which issues are in the debt register: an issue that carries a debt label — any of
 * `rules.debt-link.labels`, `rules.debt-impact.labels` and `sprints.debt.labels`, in any
 * spelling ("Tech Debt", "kind/tech-debt") — or that lives in a register repository
 * (`rules.debt-link.registers` with a `github.repo`), carrying that register's `label`
 * when it names one — when the home repository is itself the register repository, every
 * issue of it (with that label, if named). The board lists the open ones; the sprint
 * report counts the ones opened in a sprint as debt that came in.
 */
import type { Config } from '../../config/schema.js';
import { isDebtLabelSpelling } from '../language/debt.js';
import { githubRegister } from '../register-kinds/github.js';

/** Every label that puts an issue in the register (configured spellings, first occurrence kept). */
export function registerLabels(config: Config): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const label of [...config.rules['debt-link'].labels, ...config.rules['debt-impact'].labels, ...config.sprints.debt.labels]) {
    const key = label.trim().toLowerCase();
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(label.trim());
  }
  return out;
}

/** A register repository other than the home one, and the label its items must carry (if any). */
export interface RegisterRepo {
  readonly repo: string;
  readonly label: string | undefined;
}

/** The register repositories of the config, besides `home` (owner/name). */
export function registerRepos(config: Config, home: string): RegisterRepo[] {
  const out: RegisterRepo[] = [];
  for (const register of config.rules['debt-link'].registers) {
    if (!githubRegister.is(register)) continue;
    const repo = register.github.repo;
    if (repo === undefined || repo.toLowerCase() === home.toLowerCase()) continue;
    if (out.some((r) => r.repo.toLowerCase() === repo.toLowerCase())) continue;
    out.push({ repo, label: register.github.label });
  }
  return out;
}

/**
 * The home repository as a register repository (a `github` register naming it): the
 * label its items carry, or `null` when every issue is an item; undefined when it is not one.
 */
export function homeAsRegister(config: Config, home: string): { readonly label: string | null } | undefined {
  for (const register of config.rules['debt-link'].registers) {
    if (githubRegister.is(register) && register.github.repo !== undefined && register.github.repo.toLowerCase() === home.toLowerCase()) {
      return { label: register.github.label ?? null };
    }
  }
  return undefined;
}

/** Labels of the home repository's register issues: the debt labels, and the label of a `github` register without a repository. */
export function homeRegisterLabels(config: Config, home: string): string[] {
  const labels = registerLabels(config);
  for (const register of config.rules['debt-link'].registers) {
    if (!githubRegister.is(register) || register.github.label === undefined) continue;
    const repo = register.github.repo;
    if (repo !== undefined && repo.toLowerCase() !== home.toLowerCase()) continue;
    if (!labels.some((l) => l.toLowerCase() === register.github.label?.toLowerCase())) labels.push(register.github.label);
  }
  return labels;
}

export interface RegisterCandidate {
  readonly kind: string;
  readonly repo: string;
  readonly labels: readonly string[];
}

const sameLabel = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Whether an issue is in the register (see the module's comment); `home` is the repository the board or report is for. */
export function registerMatcher(config: Config, home: string): (item: RegisterCandidate) => boolean {
  const homeLower = home.toLowerCase();
  const repos = registerRepos(config, home);
  const labels = homeRegisterLabels(config, home);
  const self = homeAsRegister(config, home);
  const spelled = new Map<string, boolean>();
  const isDebtLabel = (label: string): boolean => {
    let hit = spelled.get(label);
    if (hit === undefined) {
      hit = isDebtLabelSpelling(label, labels);
      spelled.set(label, hit);
    }
    return hit;
  };
  return (item) => {
    if (item.kind !== 'issue') return false;
    const repo = item.repo.toLowerCase();
    if (repo !== homeLower) {
      const register = repos.find((r) => r.repo.toLowerCase() === repo);
      if (register === undefined) return false;
      return register.label === undefined || item.labels.some((l) => sameLabel(l, register.label ?? ''));
    }
    if (self !== undefined) return self.label === null || item.labels.some((l) => sameLabel(l, self.label ?? '')) || item.labels.some(isDebtLabel);
    return item.labels.some(isDebtLabel);
  };
}
