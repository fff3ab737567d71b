/**
 * Docs that are tested: every YAML and JSON block in the README and the docs parses;
 * every config example is a valid config (the loader, and the published JSON Schema);
 * every JSON example of a contract is valid under its zod schema; and the README's
 * verdicts on the example bodies are what the CLI says. (Workflow blocks go through
 * actionlint in test/workflows.)
 */
import { readFileSync } from 'node:fs';
import type { Code, Heading, Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { SCHEMA_FILE } from '../../src/config/json-schema.js';
import { formatConfigIssue, parseConfig } from '../../src/config/load.js';
import { resultSchema } from '../../src/core/result.js';
import { auditScopeSchema, sprintExportSchema, sprintWindowSchema, workItemSchema } from '../../src/core/sprint/model.js';
import { runCli } from '../harness/run-cli.js';
import { isWorkflowSource, markdownFiles, readRepoFile, REPO_ROOT } from '../workflows/workflows.js';

type AddFormats = (ajv: Ajv) => Ajv;
const addFormats: AddFormats = (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

/** The documents: the README, the docs, the policy files and the fixture guides. */
const DOCUMENTS = ['README.md', 'CHANGELOG.md', 'SECURITY.md', ...markdownFiles('docs'), 'fixtures/bodies/README.md', 'fixtures/corpus/README.md'];

interface Block {
  readonly file: string;
  readonly line: number;
  readonly lang: string;
  readonly text: string;
  readonly heading: string;
}

function tree(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
}

function blocks(file: string): Block[] {
  const found: Block[] = [];
  let heading = '';
  visit(tree(readRepoFile(file)), (node) => {
    if (node.type === 'heading') heading = toString(node as Heading);
    if (node.type !== 'code') return;
    const code = node as Code;
    found.push({ file, line: code.position?.start.line ?? 0, lang: (code.lang ?? '').toLowerCase(), text: code.value, heading });
  });
  return found;
}

const ALL = DOCUMENTS.flatMap(blocks);
const YAML = ALL.filter((block) => block.lang === 'yaml' || block.lang === 'yml');
const JSON_BLOCKS = ALL.filter((block) => block.lang === 'json');
const name = (block: Block) => `${block.file}:${block.line}`;

/** YAML blocks that are neither a workflow nor a config, by file:line — none today. */
const OTHER_YAML = new Set<string>();

/** The schema a JSON example of a contract must meet, by what it holds; undefined: parsed only (the fixture guides' label files). */
function contractOf(block: Block, value: unknown): { name: string; schema: z.ZodType } | undefined {
  const keys = typeof value === 'object' && value !== null ? Object.keys(value) : [];
  if (block.file === 'README.md' && keys.includes('conclusion')) return { name: 'resultSchema', schema: resultSchema };
  if (block.file === 'docs/export-format.md') {
    if (keys.includes('version')) return { name: 'sprintExportSchema', schema: sprintExportSchema };
    if (keys.includes('start')) return { name: 'sprintWindowSchema', schema: sprintWindowSchema };
    if (keys.includes('kind')) return { name: 'workItemSchema', schema: workItemSchema };
    if (keys.includes('since')) return { name: 'auditScopeSchema', schema: auditScopeSchema };
  }
  return undefined;
}

describe('the documents’ code blocks', () => {
  it('finds the blocks (a walk that found none would prove nothing)', () => {
    expect(YAML.length).toBeGreaterThanOrEqual(6);
    expect(JSON_BLOCKS.length).toBeGreaterThanOrEqual(5);
  });

  it.each(YAML.map((block) => [name(block), block] as const))('%s is YAML', (_name, block) => {
    const document = parseDocument(block.text, { prettyErrors: false });
    expect(document.errors.map((error) => error.message)).toEqual([]);
  });

  it.each(JSON_BLOCKS.map((block) => [name(block), block] as const))('%s is JSON', (_name, block) => {
    expect(() => JSON.parse(block.text)).not.toThrow();
  });
});

describe('config examples', () => {
  const configs = YAML.filter((block) => !isWorkflowSource(block.text) && !OTHER_YAML.has(name(block)));
  const ajv = new Ajv({ strict: true, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(`${REPO_ROOT}/${SCHEMA_FILE}`, 'utf8')) as object);

  it('include the README’s', () => {
    expect(configs.map(name)).toEqual(expect.arrayContaining([expect.stringMatching(/^README\.md:/u)]));
  });

  it.each(configs.map((block) => [name(block), block] as const))('%s is a valid config, for the loader and the JSON Schema', (_name, block) => {
    const parsed = parseConfig(block.text, name(block));
    expect(parsed.ok ? [] : parsed.errors.map(formatConfigIssue)).toEqual([]);
    const data: unknown = parseDocument(block.text).toJS() ?? {};
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the check catches the README’s old mistake: dependabot[bot] unquoted in a flow list', () => {
    const parsed = parseConfig('skip: { authors: [dependabot[bot], renovate[bot]] }\n', 'example.yml');
    expect(parsed.ok).toBe(false);
  });
});

describe('contract examples', () => {
  const contracts = JSON_BLOCKS.flatMap((block) => {
    const value: unknown = JSON.parse(block.text);
    const contract = contractOf(block, value);
    return contract ? [[`${name(block)} (${contract.name})`, contract.schema, value] as const] : [];
  });

  it('include the result contract and the export format', () => {
    expect(contracts.map(([label]) => label)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('resultSchema'),
        expect.stringContaining('sprintExportSchema'),
        expect.stringContaining('sprintWindowSchema'),
        expect.stringContaining('workItemSchema'),
        expect.stringContaining('auditScopeSchema'),
      ]),
    );
  });

  it('every JSON block of the README and docs/ is a contract example', () => {
    const loose = JSON_BLOCKS.filter((block) => (block.file === 'README.md' || block.file.startsWith('docs/')) && !contractOf(block, JSON.parse(block.text)));
    expect(loose.map(name)).toEqual([]);
  });

  it.each(contracts)('%s is valid', (_label, schema, value) => {
    const parsed = schema.safeParse(value);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });
});

describe('the README’s verdicts on the example bodies', () => {
  const readme = readRepoFile('README.md');

  /** The rows of the table under "The examples": file, whether it passes, the rules that fail. */
  function statedVerdicts(): Array<{ file: string; passes: boolean; failing: string[] }> {
    let under = '';
    let table: Table | undefined;
    visit(tree(readme), (node) => {
      if (node.type === 'heading') under = toString(node as Heading);
      else if (node.type === 'table' && under === 'The examples' && !table) table = node as Table;
    });
    if (!table) throw new Error('README.md has no table under "The examples"');
    return table.children.slice(1).map((row) => {
      const [file = '', verdict = '', failing = ''] = row.children.map((cell) => toString(cell));
      return { file: `examples/${file}`, passes: verdict.startsWith('passes'), failing: failing === '—' ? [] : failing.split(/,\s*/u) };
    });
  }

  it('lists every example', () => {
    expect(statedVerdicts().map((row) => row.file).sort()).toEqual(markdownFiles('examples'));
  });

  it.each(statedVerdicts().map((row) => [row.file, row] as const))('%s: the CLI says what the README says', async (file, row) => {
    const run = await runCli(['check', '--format', 'json', file], { cwd: REPO_ROOT });
    const result = JSON.parse(run.stdout) as { conclusion: string; rules: Array<{ id: string; status: string }> };
    expect(run.code).toBe(row.passes ? 0 : 1);
    expect(result.conclusion).toBe(row.passes ? 'success' : 'failure');
    expect(result.rules.filter((rule) => rule.status === 'fail').map((rule) => rule.id)).toEqual(row.failing);
  });

  it('the comment shown for examples/02 has the verdict the CLI prints', async () => {
    const shown = /```text\n(### .+)\n/u.exec(readme.slice(readme.indexOf('## What the check and the comment look like')))?.[1];
    expect(shown).toBeDefined();
    const run = await runCli(['check', '--format', 'markdown', 'examples/02-unfilled-template.md'], { cwd: REPO_ROOT });
    expect(run.stdout.split('\n').find((line) => line.startsWith('### '))).toBe(shown);
  });
});
