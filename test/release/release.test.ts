/**
 * A release anyone can trust: the package publishes the CLI (and nothing of the
 * sources), the release workflow checks dist/ and the tests before it tags, and the
 * tagging script (.ci/release) tags vX.Y.Z, moves vX and refuses what it must — run
 * here on a scratch repository with a local remote.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { NPX, PACKAGE_NAME } from '../../src/config/project-home.js';
import { configErrorMarkdown } from '../../src/features/shared/config-error.js';
import { VERSION } from '../../src/version.js';
import { readRepoFile, REPO_ROOT } from '../workflows/workflows.js';

const pkg = JSON.parse(readRepoFile('package.json')) as Record<string, unknown>;

describe('the npm package', () => {
  it('can be published: not private, with its name, bin, files, license and repository', () => {
    expect(pkg['private']).toBeUndefined();
    expect(pkg['name']).toBe(PACKAGE_NAME);
    expect(pkg['version']).toBe(VERSION);
    expect(pkg['bin']).toEqual({ [PACKAGE_NAME]: 'dist/cli/index.js' });
    expect(pkg['license']).toBe('MIT');
    expect(readRepoFile('LICENSE')).toMatch(/^MIT License/u);
    expect(pkg['repository']).toMatchObject({ url: 'git+https://github.com/alignment-check/alignment-check.git' });
    expect(readRepoFile('dist/cli/index.js').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('packs the CLI bundle, its licenses, the schema and the docs, and no source or test', () => {
    const packed = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'silent' } });
    const files = (JSON.parse(packed) as Array<{ files: Array<{ path: string }> }>)[0]?.files.map((file) => file.path) ?? [];
    expect(files).toEqual(
      expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/cli/index.js', 'dist/licenses.txt', 'schema/alignment.schema.json']),
    );
    expect(files.filter((file) => /^(?:src|test|fixtures|scripts|bench|examples|\.ci|\.github)\//u.test(file) || file === 'dist/index.js')).toEqual([]);
  });

  it('is what the config-error comment tells users to run', () => {
    expect(NPX).toBe(`npx ${PACKAGE_NAME}@${String(VERSION.split('.')[0] === '0' ? 1 : VERSION.split('.')[0])}`);
    const comment = configErrorMarkdown([{ file: '.github/alignment.yml', line: 1, column: 1, path: 'mode', message: 'bad' } as never], '.github/alignment.yml');
    expect(comment).toContain(`\`${NPX} config validate\``);
    expect(comment).not.toMatch(/`npx alignment-check config/u);
  });
});

describe('the release workflow', () => {
  const workflow = parseYaml(readRepoFile('.github/workflows/release.yml')) as {
    on: Record<string, unknown>;
    jobs: Record<string, { steps: Array<{ run?: string; uses?: string; name?: string }>; permissions: Record<string, string> }>;
  };
  const steps = Object.values(workflow.jobs)[0]?.steps ?? [];
  const at = (pattern: RegExp): number => steps.findIndex((step) => pattern.test(step.run ?? ''));

  it('checks dist/ and runs the tests before it tags, then releases and publishes', () => {
    expect(Object.keys(workflow.on)).toEqual(['workflow_dispatch']);
    const order = [at(/npm ci/u), at(/\.ci\/check-dist/u), at(/npm test/u), at(/\.ci\/release/u), at(/gh release create/u), at(/npm publish/u)];
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(Object.values(workflow.jobs)[0]?.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
  });

  it('publishes a CHANGELOG section: one for the version, or Unreleased before it is cut', () => {
    expect(readRepoFile('CHANGELOG.md')).toMatch(new RegExp(`^## \\[(?:${VERSION.replace(/\./gu, '\\.')}|Unreleased)\\]`, 'mu'));
  });
});

describe('.ci/release', () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

  /** A repository with the script, a package.json at `version` and a changelog, and an empty remote. */
  function scratch(version: string, changelog: string): { repo: string; remote: string } {
    const root = mkdtempSync(join(tmpdir(), 'alignment-release-'));
    made.push(root);
    const remote = join(root, 'remote.git');
    const repo = join(root, 'repo');
    execFileSync('git', ['init', '--quiet', '--bare', remote]);
    execFileSync('git', ['init', '--quiet', repo]);
    mkdirSync(join(repo, '.ci'));
    copyFileSync(join(REPO_ROOT, '.ci/release'), join(repo, '.ci/release'));
    writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: PACKAGE_NAME, version }));
    writeFileSync(join(repo, 'CHANGELOG.md'), changelog);
    git(repo, 'remote', 'add', 'origin', remote);
    commit(repo, 'first');
    return { repo, remote };
  }

  function commit(repo: string, message: string): void {
    git(repo, 'add', '-A');
    git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '--quiet', '-m', message);
  }

  function release(repo: string) {
    const notes = join(repo, '..', 'notes.md');
    const run = spawnSync('bash', ['.ci/release'], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, NOTES_FILE: notes, GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' },
    });
    let text = '';
    try {
      text = readFileSync(notes, 'utf8');
    } catch {
      // no notes written
    }
    return { code: run.status, stderr: run.stderr, notes: text };
  }

  const CHANGELOG = '# Changelog\n\n## [Unreleased]\n\n## [1.1.0]\n\n### Fixed\n\n- The second thing.\n\n## [1.0.0]\n\n### Added\n\n- The first thing.\n';

  it('tags vX.Y.Z and vX on the remote, with the version’s changelog section as notes', () => {
    const { repo, remote } = scratch('1.0.0', CHANGELOG);
    const first = release(repo);
    expect(first.stderr).not.toMatch(/release:/u);
    expect(first.code).toBe(0);
    expect(first.notes).toBe('### Added\n\n- The first thing.\n');
    const head = git(repo, 'rev-parse', 'HEAD');
    expect(git(remote, 'rev-parse', 'v1.0.0^{commit}')).toBe(head);
    expect(git(remote, 'rev-parse', 'v1^{commit}')).toBe(head);
  });

  it('moves vX to the next release and leaves vX.Y.Z where it was', () => {
    const { repo, remote } = scratch('1.0.0', CHANGELOG);
    expect(release(repo).code).toBe(0);
    const first = git(repo, 'rev-parse', 'HEAD');
    writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: PACKAGE_NAME, version: '1.1.0' }));
    commit(repo, 'second');
    const second = release(repo);
    expect(second.code).toBe(0);
    expect(second.notes).toBe('### Fixed\n\n- The second thing.\n');
    expect(git(remote, 'rev-parse', 'v1.0.0^{commit}')).toBe(first);
    expect(git(remote, 'rev-parse', 'v1.1.0^{commit}')).toBe(git(repo, 'rev-parse', 'HEAD'));
    expect(git(remote, 'rev-parse', 'v1^{commit}')).toBe(git(repo, 'rev-parse', 'HEAD'));
  });

  it('refuses a version that is tagged already, and one without a changelog section', () => {
    const { repo, remote } = scratch('1.0.0', CHANGELOG);
    expect(release(repo).code).toBe(0);
    const again = release(repo);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('release: v1.0.0 exists already');

    writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: PACKAGE_NAME, version: '2.0.0' }));
    commit(repo, 'major');
    const undocumented = release(repo);
    expect(undocumented.code).toBe(1);
    expect(undocumented.stderr).toContain('CHANGELOG.md has no section "## [2.0.0]"');
    expect(git(remote, 'tag', '--list')).toBe('v1\nv1.0.0');
  });
});
