import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullRequestEvent } from '../fake-github/events.js';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { actionDefaults, eventRefs, inputVariable, outputBlock, parseOutputFile, parseWorkflowCommands, REPO_ROOT, runAction } from './run-action.js';

const STUB = 'test/harness/fixtures/stub-action.mjs';
const STUB_YML = `${REPO_ROOT}/test/harness/fixtures/stub-action.yml`;

describe('runAction', () => {
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = await startFakeGitHub();
  });
  afterAll(async () => {
    await gh.stop();
  });

  it('runs a script as a runner does, against the fake server', async () => {
    gh.addPull({ number: 7, title: 'Cache the price list' });
    const saved = { token: process.env['GITHUB_TOKEN'], proxy: process.env['HTTPS_PROXY'] };
    process.env['GITHUB_TOKEN'] = 'leaked-from-parent';
    process.env['HTTPS_PROXY'] = 'http://127.0.0.1:9';
    let result;
    try {
      result = await runAction({ server: gh, event: pullRequestEvent('opened', { number: 7 }), inputs: {}, entry: STUB, actionYml: STUB_YML });
    } finally {
      for (const [k, v] of [['GITHUB_TOKEN', saved.token], ['HTTPS_PROXY', saved.proxy]] as const) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.timedOut).toBe(false);
    expect(result.outputs['title']).toBe('Cache the price list');
    expect(result.outputs['multi']).toBe('line one\nline two');
    const env = JSON.parse(result.outputs['env'] ?? '{}') as Record<string, unknown>;
    expect(env).toMatchObject({
      proxy: [],
      leaked: null,
      event: 'pull_request',
      ref: 'refs/pull/7/merge',
      apiUrl: gh.url,
      graphqlUrl: `${gh.url}/graphql`,
      runId: 9876543210,
      configPath: '.github/alignment.yml', // the action.yml default
      dryRun: 'false',
      workspace: true,
      runnerTemp: true,
    });
    expect(env['sha']).toMatch(/^[0-9a-f]{40}$/);
    expect(result.summary).toContain('<h1>Stub summary</h1>');
    expect(result.commands).toContainEqual({ command: 'warning', properties: {}, message: 'a warning, with: punctuation' });
    expect(gh.comments(7).map((c) => [c.body, c.user])).toEqual([['seen: Cache the price list', 'github-actions[bot]']]);
    expect(result.outputs['comment-id']).toBe(String(gh.comments(7)[0]?.id));
    expect(gh.violations).toEqual([]);
  });

  it('kills a child that runs past the time limit', async () => {
    const started = Date.now();
    const result = await runAction({
      server: gh,
      event: pullRequestEvent('opened'),
      inputs: { 'stub-mode': 'hang' },
      entry: STUB,
      actionYml: STUB_YML,
      timeoutMs: 500,
    });
    expect(result.timedOut).toBe(true);
    expect(result.code).toBeNull();
    expect(result.signal).toBe('SIGKILL');
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('runner conventions', () => {
  it('names inputs as @actions/core reads them', () => {
    expect(inputVariable('github-token')).toBe('INPUT_GITHUB-TOKEN');
    expect(inputVariable('config path')).toBe('INPUT_CONFIG_PATH');
  });

  it('parses GITHUB_OUTPUT heredocs and plain lines', () => {
    const text = `${outputBlock('result', '{"a":1}\nsecond line')}conclusion=failure\n${outputBlock('empty', '')}`;
    expect(parseOutputFile(text)).toEqual({ result: '{"a":1}\nsecond line', conclusion: 'failure', empty: '' });
    expect(() => parseOutputFile('x<<EOF\nno end')).toThrow(/closing delimiter/);
  });

  it('parses workflow commands with escaped data', () => {
    expect(parseWorkflowCommands('::error file=a.md,line=3::bad%0Anews\nplain\n::add-mask::secret')).toEqual([
      { command: 'error', properties: { file: 'a.md', line: '3' }, message: 'bad\nnews' },
      { command: 'add-mask', properties: {}, message: 'secret' },
    ]);
  });

  it('expands ${{ github.token }} in action.yml defaults', () => {
    const defaults = actionDefaults(STUB_YML, 'ghs_x');
    expect(defaults).toEqual({ 'github-token': 'ghs_x', 'config-path': '.github/alignment.yml', 'dry-run': 'false' });
  });

  it('sets the refs a runner sets for each event', () => {
    const prPayload = pullRequestEvent('opened', { number: 5, headRef: 'topic' }).payload;
    expect(eventRefs('pull_request', prPayload)).toMatchObject({ GITHUB_REF: 'refs/pull/5/merge', GITHUB_HEAD_REF: 'topic', GITHUB_BASE_REF: 'main' });
    expect(eventRefs('pull_request_target', prPayload)).toMatchObject({ GITHUB_REF: 'refs/heads/main', GITHUB_HEAD_REF: 'topic' });
    expect(eventRefs('schedule', { schedule: '0 9 * * 1' })).toMatchObject({ GITHUB_REF: 'refs/heads/main', GITHUB_HEAD_REF: '' });
    expect(eventRefs('workflow_dispatch', { ref: 'refs/heads/release' })).toMatchObject({ GITHUB_REF: 'refs/heads/release' });
  });
});
