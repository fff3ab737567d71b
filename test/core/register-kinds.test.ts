/** The register kinds: each finds its own references, describes itself, shows what a reference looks like, and says what verifying one checks. */
import { describe, expect, it } from 'vitest';
import { configSchema, type Register } from '../../src/config/schema.js';
import { compileUserPattern } from '../../src/config/user-pattern.js';
import { kindNamed, kindOf, registerKinds } from '../../src/core/register-kinds/index.js';

const context = { repo: 'acme/app', serverUrl: 'https://github.com', keyPatterns: new Map([['DEBT-\\d+', compileUserPattern('DEBT-\\d+')]]) };
const scan = (text: string, links: ReadonlyArray<{ text: string; url: string }> = []) => ({ text, linkTexts: links.map((l) => l.text), urls: links.map((l) => l.url) });
const find = (register: Register, text: string, links: ReadonlyArray<{ text: string; url: string }> = []) => kindOf(register).find(register, scan(text, links), context).map((fact) => fact.ref);

describe('register kinds', () => {
  it('every register shape the config admits has exactly one kind', () => {
    const registers = configSchema.parse({
      rules: { 'debt-link': { registers: [{ github: { repo: 'acme/debt', label: 'tech-debt' } }, { key: 'DEBT-\\d+' }, { url: 'https://acme.atlassian.net/browse/DEBT-' }, { file: 'docs/DEBT.md' }] } },
    }).rules['debt-link'].registers;
    expect(registers.map((register) => registerKinds.filter((kind) => kind.is(register)).map((kind) => kind.name))).toEqual([['github'], ['key'], ['url'], ['file']]);
    expect(kindNamed('github')?.name).toBe('github');
    expect(kindNamed('other')).toBeUndefined();
  });

  it('github: references in the named repository (the subject’s own by default), as #12, owner/repo#12 or a URL', () => {
    expect(find({ github: {} }, 'Pays down #12 and other/lib#3')).toEqual(['acme/app#12']);
    expect(find({ github: { repo: 'acme/debt' } }, 'Pays down #12 and acme/debt#7', [{ text: 'item', url: 'https://github.com/acme/debt/issues/9' }])).toEqual(['acme/debt#7', 'acme/debt#9']);
  });

  it('key: the pattern’s keys in the text and in link texts', () => {
    expect(find({ key: 'DEBT-\\d+' }, 'See DEBT-42, not TASK-1', [{ text: 'DEBT-7', url: 'https://tracker.example/7' }])).toEqual(['DEBT-42', 'DEBT-7']);
  });

  it('url: links under the prefix', () => {
    const links = [{ text: 'x', url: 'https://acme.atlassian.net/browse/DEBT-3' }, { text: 'y', url: 'https://acme.atlassian.net/browse/OPS-1' }];
    expect(find({ url: 'https://acme.atlassian.net/browse/DEBT-' }, 'x y', links)).toEqual(['https://acme.atlassian.net/browse/DEBT-3']);
  });

  it('file: the path in the text or a link to it, with its anchor', () => {
    const links = [{ text: 'register', url: 'https://github.com/acme/app/blob/main/docs/DEBT.md#td-8' }];
    expect(find({ file: 'docs/DEBT.md' }, 'Listed in ./docs/DEBT.md#td-3 and README.md', links)).toEqual(['docs/DEBT.md#td-3', 'docs/DEBT.md#td-8']);
  });

  it('describes itself and shows a reference’s shape without a number a paste could pass with', () => {
    const registers: Register[] = [{ github: { repo: 'acme/debt' } }, { key: 'DEBT-\\d+' }, { url: 'https://t.example/DEBT-' }, { file: 'docs/DEBT.md' }];
    expect(registers.map((register) => kindOf(register).describe(register))).toEqual([
      'a GitHub issue in acme/debt',
      'a key matching /DEBT-\\d+/',
      'a link under https://t.example/DEBT-',
      'a link to docs/DEBT.md',
    ]);
    for (const register of registers) expect(kindOf(register).example(register)).not.toMatch(/\d{2,}/u);
  });

  it('verify: only GitHub issues resolve through the API, with the label the register names for that repository', () => {
    const github: Register = { github: { label: 'tech-debt' } };
    expect(kindOf(github).verify?.(github, 'acme/app', 'acme/app')).toEqual({ label: 'tech-debt' });
    expect(kindOf(github).verify?.(github, 'other/lib', 'acme/app')).toBeUndefined();
    const key: Register = { key: 'DEBT-\\d+' };
    expect(kindOf(key).verify).toBeUndefined();
  });
});
