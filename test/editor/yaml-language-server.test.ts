/**
 * The config is editor-ready: the YAML language server itself (the engine behind the YAML
 * support of VS Code, JetBrains IDEs, Neovim, Helix, …), run in this process, reads the
 * `# yaml-language-server: $schema=…` line that `alignment-check init` writes, asks for
 * the schema at that https URL — answered here with the committed schema file, as the
 * URL will serve it — and offers the config's keys with their descriptions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, SCHEMA_ID } from '../../src/config/json-schema.js';
import { SCHEMA_MODELINE } from '../../src/config/project-home.js';
import { ruleIds } from '../../src/config/schema.js';
import { defaultInitChoices } from '../../src/features/init/choices.js';
import { CONFIG_FILE, planInit } from '../../src/features/init/files.js';

interface Position {
  line: number;
  character: number;
}
interface CompletionItem {
  label: string;
  documentation?: string | { value: string };
}
interface Diagnostic {
  message: string;
  range: { start: Position };
}
interface TextDocument {
  getText(): string;
}
interface LanguageService {
  configure(settings: { validate: boolean; completion: boolean; hover: boolean; schemas: never[] }): void;
  doComplete(document: TextDocument, position: Position, isKubernetes: boolean): Promise<{ items: CompletionItem[] }>;
  doValidation(document: TextDocument, isKubernetes: boolean): Promise<Diagnostic[]>;
  doHover(document: TextDocument, position: Position): Promise<{ contents: unknown } | null>;
}
interface YamlLanguageServer {
  getLanguageService(params: {
    schemaRequestService: (uri: string) => Promise<string>;
    workspaceContext: { resolveRelativePath: (relativePath: string, resource: string) => string };
  }): LanguageService;
}
interface TextDocuments {
  TextDocument: { create(uri: string, languageId: string, version: number, text: string): TextDocument };
}

let version = 0;

/** A language service whose schema requests are recorded and answered from the committed file. */
async function languageService(): Promise<{ service: LanguageService; requested: string[]; open: (text: string) => TextDocument }> {
  // Names in variables: the packages are optional here, so nothing may resolve them at build time.
  const [server, documents] = [(await import('yaml-language-server' as string)) as YamlLanguageServer, (await import('vscode-languageserver-textdocument' as string)) as TextDocuments];
  const schema = readFileSync(new URL(`../../${SCHEMA_FILE}`, import.meta.url), 'utf8');
  const requested: string[] = [];
  const service = server.getLanguageService({
    schemaRequestService: async (uri) => {
      requested.push(uri);
      if (uri === SCHEMA_ID) return schema;
      throw new Error(`no schema at ${uri}`);
    },
    workspaceContext: { resolveRelativePath: (relativePath, resource) => new URL(relativePath, resource).toString() },
  });
  // No schema associations: only the modeline can tell the server which schema applies.
  service.configure({ validate: true, completion: true, hover: true, schemas: [] });
  // The server caches parsed documents by URI and version across services: each text gets its own version.
  const open = (text: string) => documents.TextDocument.create('file:///project/.github/alignment.yml', 'yaml', ++version, text);
  return { service, requested, open };
}

/** The line and column of the end of `marker`'s line in `text`. */
function endOf(text: string, marker: string): Position {
  const lines = text.split('\n');
  const line = lines.findIndex((candidate) => candidate.includes(marker));
  if (line < 0) throw new Error(`no line with ${marker}`);
  return { line, character: lines[line]?.length ?? 0 };
}

describe('the YAML language server on a config with the modeline', () => {
  it('asks for the schema at its https id and completes the keys under rules.', async () => {
    const { service, requested, open } = await languageService();
    const text = `${SCHEMA_MODELINE}\nmode: enforce\nrules:\n  \n`;
    const completion = await service.doComplete(open(text), { line: 3, character: 2 }, false);
    expect(requested).toEqual([SCHEMA_ID]);
    expect(completion.items.map((item) => item.label).sort()).toEqual([...ruleIds].sort());
  });

  it('completes a rule’s options, with their descriptions', async () => {
    const { service, open } = await languageService();
    const text = `${SCHEMA_MODELINE}\nrules:\n  business-value:\n    \n`;
    const completion = await service.doComplete(open(text), { line: 3, character: 4 }, false);
    const labels = completion.items.map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['min-words', 'measurable', 'aliases', 'enabled', 'applies-to']));
    const minWords = completion.items.find((item) => item.label === 'min-words');
    const documentation = typeof minWords?.documentation === 'string' ? minWords.documentation : (minWords?.documentation?.value ?? '');
    expect(documentation).toContain('Real words the section must hold');
  });

  it('flags an unknown key and a wrong value', async () => {
    const { service, open } = await languageService();
    const text = `${SCHEMA_MODELINE}\nmode: enforce\nrules:\n  business-value:\n    min-wrds: 8\n    measurable: sometimes\n`;
    const problems = await service.doValidation(open(text), false);
    expect(problems.map((problem) => problem.range.start.line).sort()).toEqual([4, 5]);
  });

  it('reads the config init writes without a problem', async () => {
    const { service, requested, open } = await languageService();
    const config = planInit(defaultInitChoices()).files.find((file) => file.path === CONFIG_FILE);
    if (!config) throw new Error('init writes no config');
    expect(config.content.split('\n')[0]).toBe(SCHEMA_MODELINE);
    expect(await service.doValidation(open(config.content), false)).toEqual([]);
    expect(requested).toEqual([SCHEMA_ID]);
    const document = open(config.content);
    const hover = await service.doHover(document, endOf(config.content, 'min-words'));
    expect(JSON.stringify(hover?.contents)).toContain('Real words');
  });
});
