import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { MAX_CONFIG_BYTES, formatConfigIssue, parseConfig, type ConfigIssue, type ParseConfigResult } from '../../src/config/load.js';
import { formatPath } from '../../src/config/paths.js';
import { suggest } from '../../src/config/suggest.js';
import { configSchema, defaultConfig } from '../../src/config/schema.js';
import { dataKeyPaths, fixture, invalidFixtureNames, schemaKeyPaths } from './helpers.js';

const FILE = '.github/alignment.yml';

function errorsOf(result: ParseConfigResult): readonly ConfigIssue[] {
  if (result.ok) throw new Error('expected the config to be refused');
  return result.errors;
}

/** The formatted messages for a config text. */
function messages(text: string): string[] {
  return errorsOf(parseConfig(text, FILE)).map(formatConfigIssue);
}

function expectWellFormed(result: ParseConfigResult, file = FILE): void {
  if (result.ok) {
    expect(configSchema.safeParse(result.config).success).toBe(true);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const issue of result.errors) {
    expect(issue.file).toBe(file);
    expect(Number.isInteger(issue.line) && issue.line >= 1).toBe(true);
    expect(Number.isInteger(issue.column) && issue.column >= 1).toBe(true);
    expect(typeof issue.path).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
  }
}

describe('defaults', () => {
  it.each([
    ['an empty file', ''],
    ['blank lines', '\n  \n\n'],
    ['only comments', '# alignment-check config\n# nothing set yet\n'],
    ['a null document', 'null\n'],
    ['a ~ document', '~'],
    ['an empty document with markers', '---\n# comment\n...\n'],
    ['a byte-order mark and a comment', '\uFEFF# hi\n'],
  ])('%s means the embedded defaults', (_name, text) => {
    const result = parseConfig(text, FILE);
    expect(result).toEqual({ ok: true, config: defaultConfig() });
  });

  it('an empty mapping means the defaults too', () => {
    expect(parseConfig('{}', FILE)).toEqual({ ok: true, config: defaultConfig() });
  });

  it('returns a fresh config every time: mutating one does not leak into the next', () => {
    const first = parseConfig('', FILE);
    if (!first.ok) throw new Error('unreachable');
    first.config.skip.authors.push('mallory');
    first.config.sprints.debt.labels.push('mallory');
    first.config.register.rates['XXX'] = 1;
    first.config.sprints.points.sizes['size: xs'] = 99;
    first.config.rules['debt-link'].registers.push({ file: 'x' });
    expect(parseConfig('', FILE)).toEqual({ ok: true, config: defaultConfig() });
    expect(defaultConfig().skip.authors).toEqual(['dependabot[bot]', 'renovate[bot]']);
    expect(defaultConfig().sprints.debt.labels).toEqual([]);
    expect(defaultConfig().register.rates['XXX']).toBeUndefined();
  });

  it('fills every key that is left out', () => {
    const result = parseConfig('mode: advisory\nsprints: { target: { max: 0.3 } }\n', FILE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const expected = defaultConfig();
    expected.mode = 'advisory';
    expected.sprints.target.max = 0.3;
    expect(result.config).toEqual(expected);
  });
});

describe('a full config', () => {
  const text = fixture('full.yml');

  it('validates', () => {
    const result = parseConfig(text, 'fixtures/config/full.yml');
    expect(result.ok ? [] : result.errors.map(formatConfigIssue)).toEqual([]);
  });

  it('sets every key of the schema', () => {
    const data: unknown = parseYaml(text);
    const set = new Set(dataKeyPaths(configSchema, data));
    const missing = schemaKeyPaths(configSchema).filter((p) => !set.has(p));
    expect(missing, 'keys of the schema that fixtures/config/full.yml does not set').toEqual([]);
  });

  it('reads every value as written', () => {
    const result = parseConfig(text, FILE);
    if (!result.ok) throw new Error(result.errors.map(formatConfigIssue).join('\n'));
    const c = result.config;
    expect(c.mode).toBe('advisory');
    expect(c.skip).toEqual({ authors: ['dependabot[bot]', 'renovate[bot]', 'github-actions[bot]'], labels: ['skip-alignment', 'no-check'], drafts: false });
    expect(c.rules['business-value']).toMatchObject({ 'applies-to': ['pr'], 'min-words': 12, measurable: 'require' });
    expect(c.rules['nfr-criteria'].measurable).toBe('off'); // YAML 1.2: off is text, not false
    expect(c.rules['nfr-criteria'].categories['privacy-review']).toEqual({
      aliases: ['Privacy Review', 'DPIA'],
      vocabulary: ['personal data', 'data subject'],
      replace: true,
    });
    expect(c.rules['debt-link'].registers).toEqual([
      { github: { repo: 'acme/debt-register', label: 'tech-debt' } },
      { key: 'DEBT-\\d+' },
      { url: 'https://acme.atlassian.net/browse/DEBT-' },
      { file: 'docs/DEBT.md' },
    ]);
    expect(c.sprints.milestone).toEqual({ pattern: '^Sprint \\d+$', start: '2025-01-06' });
    expect(c.sprints.target).toEqual({ min: 0.2, max: 0.3 });
    expect(c.sprints.summary).toEqual({ issue: 42, title: 'Debt ratio by sprint', label: 'debt-report', history: 12 });
    expect(c.sprints.points.sizes).toEqual({ 'size: s': 1, 'size: m': 3, 'size: l': 8 });
    expect(c['report']).toEqual({ comment: 'on-failure', 'check-run': false, 'check-name': 'alignment / business' });
  });
});

describe("PRODUCT.md's illustration", () => {
  it('validates as fixtures/config/example.yml', () => {
    const result = parseConfig(fixture('example.yml'), 'fixtures/config/example.yml');
    expect(result.ok ? [] : result.errors.map(formatConfigIssue)).toEqual([]);
    if (!result.ok) return;
    expect(result.config.rules['debt-link'].registers).toHaveLength(3);
    expect(result.config.sprints.summary.issue).toBe('auto');
  });

  it('needs the bot names quoted: unquoted inside [ ], YAML reads them as nested lists', () => {
    const asWritten = 'skip: { authors: [dependabot[bot], renovate[bot]], labels: [skip-alignment], drafts: true }\n';
    expect(messages(asWritten)).toEqual([
      `${FILE}:1:29: skip.authors[0].dependabot: YAML syntax error: Missing , or : between flow sequence items (quote values that contain [ ] { } , or :, e.g. "dependabot[bot]")`,
      `${FILE}:1:44: skip.authors[1].renovate: YAML syntax error: Missing , or : between flow sequence items (quote values that contain [ ] { } , or :, e.g. "dependabot[bot]")`,
    ]);
  });
});

/**
 * What each fixtures/config/invalid/<case>.yml must produce, in full: every message
 * names the file, line and column, and the key path where there is one.
 */
const INVALID: Record<string, string[]> = {
  'yaml-syntax': [
    `${FILE}:4:3: rules.nfr-criteria: YAML syntax error: Flow map in block collection must be sufficiently indented and end with a }`,
  ],
  'wrong-type': [
    `${FILE}:3:16: rules.business-value.min-words: expected an integer from 0 to 1000, found "eight"`,
    `${FILE}:4:14: rules.business-value.enabled: expected true or false, found "yes" (YAML 1.2 reads yes, no, on and off as text: write true or false)`,
  ],
  'out-of-range': [
    `${FILE}:3:21: rules.nfr-criteria.min-categories: expected an integer from 0 to 50, found 99`,
    `${FILE}:6:14: sprints.summary.history: expected an integer from 1 to 52, found 0`,
  ],
  'bad-enum': [
    `${FILE}:1:7: mode: expected one of enforce, advisory, found "enforced"; did you mean \`enforce\`?`,
    `${FILE}:3:12: report.comment: expected one of sticky, on-failure, off, found "always"`,
  ],
  'unknown-top-level-key': [`${FILE}:2:1: sprint: unknown key \`sprint\`; did you mean \`sprints\`?`],
  'unknown-nested-key': [
    `${FILE}:3:5: rules.business-value.min_words: unknown key \`min_words\`; did you mean \`min-words\`?`,
    `${FILE}:4:5: rules.business-value.minWords: unknown key \`minWords\`; did you mean \`min-words\`?`,
    `${FILE}:6:5: rules.debt-impact.MinWords: unknown key \`MinWords\`; did you mean \`min-words\`?`,
  ],
  'unknown-rule-id': [
    `${FILE}:2:3: rules.buisness-value: unknown key \`buisness-value\`; did you mean \`business-value\`?`,
    `${FILE}:4:3: rules.nfr: unknown key \`nfr\`; did you mean \`nfr-criteria\`?`,
  ],
  'bad-register-shape': [
    `${FILE}:4:9: rules.debt-link.registers[0]: expected a mapping with one of the keys github, key, url, file, found "DEBT-\\\\d+"`,
    `${FILE}:5:9: rules.debt-link.registers[1].kye: unknown key \`kye\`; did you mean \`key\`?`,
    `${FILE}:6:9: rules.debt-link.registers[2]: expected only one of the keys github, key, url, file, found both key and file`,
    `${FILE}:7:25: rules.debt-link.registers[3].github.repo: expected owner/name, found "acme"`,
    `${FILE}:8:14: rules.debt-link.registers[4].url: expected an http(s) URL such as https://tracker.example.com/browse/DEBT-, found "javascript:alert(1)"`,
  ],
  'unsupported-regex': [
    `${FILE}:4:14: rules.debt-link.registers[0].key: expected a pattern without lookaround, found "(?<!" (config patterns run on a linear-time engine, RE2, which has none)`,
    `${FILE}:7:14: sprints.milestone.pattern: expected a pattern without backreferences, found "\\1" (config patterns run on a linear-time engine, RE2, which has none)`,
  ],
  'invalid-regex': [
    `${FILE}:4:14: rules.debt-link.registers[0].key: invalid pattern: missing closing ): \`DEBT-(\\d+\``,
    `${FILE}:7:14: sprints.milestone.pattern: invalid pattern: missing closing ]: \`[Sprint\``,
  ],
  'target-min-gt-max': [`${FILE}:3:10: sprints.target.min: expected min ≤ max, found min 0.4 > max 0.2`],
  'top-level-list': [`${FILE}:1:1: expected a mapping of settings such as "mode: enforce", found a list`],
  'top-level-scalar': [`${FILE}:1:1: expected a mapping of settings such as "mode: enforce", found "hello"`],
  'duplicate-key': [
    `${FILE}:5:5: rules.business-value.min-words: duplicate key \`min-words\` (first at line 4): a key may appear only once in a mapping`,
    `${FILE}:6:1: mode: duplicate key \`mode\` (first at line 1): a key may appear only once in a mapping`,
  ],
  'tabs-indentation': [
    `${FILE}:2:1: tabs are not allowed for indentation in YAML: indent with spaces`,
    `${FILE}:3:1: tabs are not allowed for indentation in YAML: indent with spaces`,
  ],
  'several-errors': [
    `${FILE}:2:7: mode: expected one of enforce, advisory, found "strict"`,
    `${FILE}:4:11: skip.drafts: expected true or false, found "no" (YAML 1.2 reads yes, no, on and off as text: write true or false)`,
    `${FILE}:7:16: rules.business-value.min-words: expected an integer from 0 to 1000, found -1`,
    `${FILE}:9:15: rules.nfr-criteria.required: expected a list, found "performance" (write a list: ["performance"])`,
    `${FILE}:12:14: rules.debt-link.registers[0].key: expected a pattern without lookaround, found "(?=" (config patterns run on a linear-time engine, RE2, which has none)`,
    `${FILE}:14:3: report.check_run: unknown key \`check_run\`; did you mean \`check-run\`?`,
    `${FILE}:16:11: sprints.weight: expected one of count, points, changes, found "hours"`,
    `${FILE}:17:18: sprints.target.min: expected a number from 0 to 1, found 1.5`,
  ],
  'seven-mistakes': [
    `${FILE}:2:7: mode: expected one of enforce, advisory, found "enforced"; did you mean \`enforce\`?`,
    `${FILE}:3:29: skip.authors[0].dependabot: YAML syntax error: Missing , or : between flow sequence items (quote values that contain [ ] { } , or :, e.g. "dependabot[bot]")`,
    `${FILE}:6:5: rules.business-value.min_words: unknown key \`min_words\`; did you mean \`min-words\`?`,
    `${FILE}:7:17: rules.business-value.measurable: expected one of off, warn, require, found "warning"; did you mean \`warn\`?`,
    `${FILE}:9:16: rules.nfr-criteria.required[0]: unknown category \`perf\`; did you mean \`performance\`?`,
    `${FILE}:10:21: rules.nfr-criteria.min-categories: expected an integer from 0 to 50, found 99`,
    `${FILE}:12:3: report.coment: unknown key \`coment\`; did you mean \`comment\`?`,
  ],
  'alias-bomb': [
    `${FILE}:3:15: skip.labels[0]: aliases expand to too much data (more than 100 aliased nodes): write the values out`,
  ],
  'unsupported-tag': [
    `${FILE}:1:16: mode: unsupported YAML tag \`!!binary\`: write a plain value (text, number, true/false, list or mapping)`,
    `${FILE}:2:24: placeholders[0]: unsupported YAML tag \`!custom\`: write a plain value (text, number, true/false, list or mapping)`,
  ],
  'multiple-documents': [
    `${FILE}:2:1: the file holds more than one YAML document: remove the "---" line, one config per file`,
  ],
  'empty-values': [
    `${FILE}:2:3: rules.business-value: expected a mapping, found an empty value (remove the key to use the defaults)`,
    `${FILE}:4:5: rules.debt-link.registers: expected a list, found an empty value (write [] for none, or remove the key to use the defaults)`,
    `${FILE}:6:3: sprints.milestone: expected a mapping, found an empty value (remove the key to use the defaults)`,
  ],
  'bad-dates-and-numbers': [
    `${FILE}:3:12: sprints.cadence.start: expected a date as YYYY-MM-DD, found "2025-02-30"`,
    `${FILE}:5:14: sprints.iteration.project: expected an integer of at least 1, found 0`,
    `${FILE}:8:19: sprints.points.sizes["size: xl"]: expected a number of at least 0, found -8`,
  ],
  'bad-register-board': [
    `${FILE}:3:10: register.board: expected one of comment, issue, off, found "comment-and-issue"; did you mean \`comment\`?`,
    `${FILE}:5:25: register.rates.USD: expected a number greater than 0, found -0.9`,
    `${FILE}:5:31: register.rates.dollars: invalid key \`dollars\`: expected a three-letter currency code such as EUR`,
  ],
  'register-currency-without-rate': [
    `${FILE}:3:13: register.currency: expected a currency of register.rates (EUR, USD, GBP, CHF, JPY, INR, CAD, AUD), found SEK`,
  ],
};

describe('invalid configs (fixtures/config/invalid)', () => {
  it('every fixture has its expected messages, and every expectation its fixture', () => {
    expect(invalidFixtureNames()).toEqual(Object.keys(INVALID).sort());
  });

  it.each(Object.keys(INVALID).sort())('%s', (name) => {
    const result = parseConfig(fixture(`invalid/${name}.yml`), FILE);
    expectWellFormed(result);
    expect(errorsOf(result).map(formatConfigIssue)).toEqual(INVALID[name]);
  });

  it('an oversized file is one clear error, whatever it holds', () => {
    const big = `placeholders:\n${'  - "a placeholder line of the pull request template"\n'.repeat(6000)}`;
    expect(big.length).toBeGreaterThan(MAX_CONFIG_BYTES);
    expect(messages(big)).toEqual([
      `${FILE}:1:1: the config file is 317 KiB, more than the 256 KiB limit; a config needs only a few KiB (is this the right file?)`,
    ]);
    expect(messages('x'.repeat(8 * 1024 * 1024))).toEqual([
      `${FILE}:1:1: the config file is 8.0 MiB, more than the 256 KiB limit; a config needs only a few KiB (is this the right file?)`,
    ]);
  });

  it('counts the size in UTF-8 bytes', () => {
    const comment = `# ${'é'.repeat(Math.ceil(MAX_CONFIG_BYTES / 2))}\n`; // fewer characters than the limit, more bytes
    expect(comment.length).toBeLessThan(MAX_CONFIG_BYTES);
    expect(messages(comment)).toHaveLength(1);
    const atLimit = `# ${'x'.repeat(MAX_CONFIG_BYTES - 3)}\n`;
    expect(parseConfig(atLimit, FILE).ok).toBe(true);
  });
});

describe('positions and paths', () => {
  it('points an unknown key at the key, a bad value at the value', () => {
    const [unknown, bad] = errorsOf(parseConfig('report:\n  check-nam: x\n  comment: loud\n', FILE));
    expect(unknown).toEqual({ file: FILE, line: 2, column: 3, path: 'report.check-nam', message: 'unknown key `check-nam`; did you mean `check-name`?' });
    expect(bad).toMatchObject({ line: 3, column: 12, path: 'report.comment' });
  });

  it('lists the known keys when no key is close', () => {
    expect(messages('rules:\n  business-value:\n    colour: blue\n')).toEqual([
      `${FILE}:3:5: rules.business-value.colour: unknown key \`colour\`: expected one of enabled, applies-to, aliases, min-words, measurable`,
    ]);
  });

  it('reports every unknown key of one mapping', () => {
    expect(messages('modes: x\nskips: y\n')).toEqual([
      `${FILE}:1:1: modes: unknown key \`modes\`; did you mean \`mode\`?`,
      `${FILE}:2:1: skips: unknown key \`skips\`; did you mean \`skip\`?`,
    ]);
  });

  it('points into flow collections and lists', () => {
    expect(messages('rules: { nfr-criteria: { required: [performance, 7] } }')).toEqual([
      `${FILE}:1:50: rules.nfr-criteria.required[1]: expected a string, found 7`,
    ]);
  });

  it('follows aliases to the value they stand for', () => {
    expect(parseConfig('placeholders: &p [TBD, N/A]\nskip: { labels: *p }\n', FILE).ok).toBe(true);
    expect(messages('x: &n 7\nmode: *n\n')).toEqual([
      `${FILE}:1:1: x: unknown key \`x\`: expected one of $schema, mode, skip, placeholders, rules, report, sprints, register`,
      `${FILE}:2:7: mode: expected one of enforce, advisory, found 7`,
    ]);
  });

  it('names an alias without an anchor', () => {
    expect(messages('placeholders: *nowhere\n')).toEqual([
      `${FILE}:1:15: placeholders: the alias \`*nowhere\` has no anchor \`&nowhere\` before it`,
    ]);
  });

  it('refuses keys that are lists or mappings, and merge keys', () => {
    expect(messages('? [a, b]\n: 1\n')).toEqual([`${FILE}:1:3: expected a plain key, found a list`]);
    expect(messages('<<: { mode: advisory }\n')).toEqual([
      `${FILE}:1:1: ["<<"]: unknown key \`<<\`: YAML merge keys are not supported; write the keys out`,
    ]);
  });

  it('keeps keys like __proto__ and toString as plain unknown keys', () => {
    expect(messages('__proto__: { mode: advisory }\ntoString: 1\n')).toEqual([
      `${FILE}:1:1: __proto__: unknown key \`__proto__\`: expected one of $schema, mode, skip, placeholders, rules, report, sprints, register`,
      `${FILE}:2:1: toString: unknown key \`toString\`: expected one of $schema, mode, skip, placeholders, rules, report, sprints, register`,
    ]);
  });

  it('words a union of a literal and a number', () => {
    expect(messages('sprints: { summary: { issue: manual } }')).toEqual([
      `${FILE}:1:30: sprints.summary.issue: expected "auto" or an integer of at least 1, found "manual"`,
    ]);
    expect(messages('sprints: { summary: { issue: aut } }')).toEqual([
      `${FILE}:1:30: sprints.summary.issue: expected "auto" or an integer of at least 1, found "aut"; did you mean \`auto\`?`,
    ]);
  });

  it('explains invalid category ids', () => {
    expect(messages('rules:\n  nfr-criteria:\n    categories:\n      Perf: {}\n')).toEqual([
      `${FILE}:4:7: rules.nfr-criteria.categories.Perf: invalid key \`Perf\`: a category id is kebab-case`,
    ]);
  });

  it('runs patterns on the linear-time engine: what it can run loads, the rest is refused where it is written', () => {
    expect(parseConfig('rules: { debt-link: { registers: [ { key: "\\\\p{Lu}{2,5}-\\\\d+" } ] } }', FILE).ok).toBe(true);
    // Patterns that backtrack without bound elsewhere are linear here, so they load.
    expect(parseConfig('sprints:\n  milestone:\n    pattern: "(a+)+$"\n', FILE).ok).toBe(true);
    expect(messages('sprints:\n  milestone:\n    pattern: "^(?!Hotfix)"\n')).toEqual([
      `${FILE}:3:14: sprints.milestone.pattern: expected a pattern without lookaround, found "(?!" (config patterns run on a linear-time engine, RE2, which has none)`,
    ]);
    expect(messages(`rules: { debt-link: { registers: [ { key: "${'x'.repeat(201)}" } ] } }`)).toEqual([
      `${FILE}:1:43: rules.debt-link.registers[0].key: expected at most 200 characters, found 201`,
    ]);
  });
});

describe('robustness', () => {
  it('never throws, and always answers with a config or positioned errors (any text)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expectWellFormed(parseConfig(text, 'f.yml'), 'f.yml');
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('never throws on YAML-shaped noise', () => {
    const token = fc.constantFrom(
      'mode', 'rules', 'business-value', 'min-words', 'sprints', 'target', 'min', 'registers', 'key',
      ':', ': ', ' ', '  ', '\n', '\t', '- ', '[', ']', '{', '}', ',', '"', "'", '&a ', '*a', '!!str ',
      '!x ', '# c', '---', '? ', '|', '>', '8', '0.5', 'true', 'null', '~', '(a+)+', '\\', '%YAML 1.2',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
        expectWellFormed(parseConfig(tokens.join(''), 'f.yml'), 'f.yml');
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('refuses deep nesting before the YAML parser can exhaust the stack', () => {
    const blocks = Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
    for (const text of ['['.repeat(50_000), '{a: '.repeat(20_000), `${'- '.repeat(50_000)}x`, blocks]) {
      const started = performance.now();
      const errors = errorsOf(parseConfig(text, FILE));
      expect(performance.now() - started).toBeLessThan(3000);
      expect(errors).toHaveLength(1);
      expect(errors[0]?.message).toBe('the YAML nests lists and mappings more than 64 levels deep; a config needs only a few levels');
    }
    expect(messages(blocks)[0]).toMatch(/^\.github\/alignment\.yml:65:65: /);
  });

  it('still parses ordinary nesting', () => {
    const nested = 'rules:\n  debt-link:\n    registers:\n      - github:\n          repo: acme/debt\n          label: debt\n';
    expect(parseConfig(nested, FILE).ok).toBe(true);
    expect(messages(`placeholders: ${'['.repeat(40)}${']'.repeat(40)}`)).toEqual([
      `${FILE}:1:16: placeholders[0]: expected a string, found a list`,
    ]);
    // Brackets in comments and quoted text are not nesting.
    const brackets = Array.from({ length: 100 }, (_, i) => `  - "[fill in ${i}"   # [[[`).join('\n');
    expect(parseConfig(`placeholders:\n${brackets}\n`, FILE).ok).toBe(true);
  });

  it('stays fast with thousands of errors', () => {
    const text = Array.from({ length: 15_000 }, (_, i) => `key-${i}: ${i}`).join('\n');
    const started = performance.now();
    const errors = errorsOf(parseConfig(text, FILE));
    expect(errors).toHaveLength(15_000);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('tells the first YAML syntax errors one by one and counts the rest', () => {
    const text = Array.from({ length: 500 }, (_, i) => `k${i}:\n\tv: ${i}`).join('\n');
    const errors = errorsOf(parseConfig(text, FILE));
    expect(errors).toHaveLength(51);
    expect(errors[0]?.message).toBe('tabs are not allowed for indentation in YAML: indent with spaces');
    expect(errors[50]?.message).toBe('… and 450 more YAML syntax errors');
  });

  it('stays fast with thousands of duplicate keys', () => {
    const text = Array.from({ length: 15_000 }, () => 'mode: enforce').join('\n');
    const started = performance.now();
    const errors = errorsOf(parseConfig(text, FILE));
    expect(errors).toHaveLength(14_999);
    expect(errors[0]).toEqual({
      file: FILE, line: 2, column: 1, path: 'mode',
      message: 'duplicate key `mode` (first at line 1): a key may appear only once in a mapping',
    });
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('is deterministic', () => {
    const text = fixture('invalid/several-errors.yml');
    expect(parseConfig(text, FILE)).toEqual(parseConfig(text, FILE));
  });
});

describe('formatConfigIssue and formatPath', () => {
  it('formats file:line:column: path: message, leaving out an empty path', () => {
    expect(formatConfigIssue({ file: 'a.yml', line: 3, column: 5, path: 'mode', message: 'expected x, found y' })).toBe(
      'a.yml:3:5: mode: expected x, found y',
    );
    expect(formatConfigIssue({ file: 'a.yml', line: 1, column: 1, path: '', message: 'YAML syntax error: z' })).toBe(
      'a.yml:1:1: YAML syntax error: z',
    );
  });

  it('writes list indexes and unusual keys readably', () => {
    expect(formatPath(['rules', 'debt-link', 'registers', 0, 'key'])).toBe('rules.debt-link.registers[0].key');
    expect(formatPath(['sprints', 'points', 'sizes', 'size: xs'])).toBe('sprints.points.sizes["size: xs"]');
    expect(formatPath(['$schema'])).toBe('$schema');
    expect(formatPath([])).toBe('');
  });
  it('never echoes a long key or value whole: a 2,000-character key and value print clipped', () => {
    const key = 'k'.repeat(2000);
    const parsed = parseConfig(`rules:\n  ${key}: 1\nmode: ${'x'.repeat(2000)}\n`, 'f.yml');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const lines = parsed.errors.map(formatConfigIssue);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.length, line).toBeLessThan(300);
    expect(formatPath(['rules', key])).toBe(`rules["${'k'.repeat(57)}…"]`);
  });
});

describe('every problem in one run', () => {
  it('a YAML syntax error does not hide the problems elsewhere in the file', () => {
    expect(messages('mode: enforced\nskip: { labels: [skip[me]] }\nreport:\n  coment: sticky\n')).toEqual([
      `${FILE}:1:7: mode: expected one of enforce, advisory, found "enforced"; did you mean \`enforce\`?`,
      `${FILE}:2:22: skip.labels[0].skip: YAML syntax error: Missing , or : between flow sequence items (quote values that contain [ ] { } , or :, e.g. "dependabot[bot]")`,
      `${FILE}:4:3: report.coment: unknown key \`coment\`; did you mean \`comment\`?`,
    ]);
  });

  it('leaves out the echoes of a syntax error: what an unclosed quote swallowed, the key a bad indent left empty', () => {
    // Unclosed, the quote reads the rest of the file as the value of mode: one error, not "expected one of enforce, advisory".
    expect(messages('mode: "enforce\nrules:\n  business-value:\n    min_words: 3\n').map((m) => m.replace(/ \(quote.*$/u, ''))).toEqual([
      `${FILE}:5:1: YAML syntax error: Missing closing "quote`,
    ]);
    // A tab-indented block leaves `rules:` empty: the tab is the error, not "rules: expected a mapping".
    expect(messages('rules:\n\tbusiness-value: {}\nmode: strict\n')).toEqual([
      `${FILE}:2:1: tabs are not allowed for indentation in YAML: indent with spaces`,
      `${FILE}:3:7: mode: expected one of enforce, advisory, found "strict"`,
    ]);
    // A key indented wrongly is reported once; the keys around it are still checked.
    expect(messages('rules:\n  business-value:\n    min_words: 3\n   bad: x\n')).toEqual([
      `${FILE}:3:5: rules.business-value.min_words: unknown key \`min_words\`; did you mean \`min-words\`?`,
      `${FILE}:4:1: rules: YAML syntax error: All mapping items must start at the same column`,
    ]);
  });

  it('a key that is a list, or a value with a tag, is reported once and the rest still checked', () => {
    expect(messages('rules:\n  nfr-criteria:\n    ? [a]\n    : b\n    required: [perf]\nmode: !!binary x\nreport: { coment: x }\n')).toEqual([
      `${FILE}:3:7: rules.nfr-criteria: expected a plain key, found a list`,
      `${FILE}:5:16: rules.nfr-criteria.required[0]: unknown category \`perf\`; did you mean \`performance\`?`,
      `${FILE}:6:16: mode: unsupported YAML tag \`!!binary\`: write a plain value (text, number, true/false, list or mapping)`,
      `${FILE}:7:11: report.coment: unknown key \`coment\`; did you mean \`comment\`?`,
    ]);
  });
});

describe('suggest', () => {
  const keys = ['enabled', 'applies-to', 'aliases', 'min-words', 'measurable'];

  it.each([
    ['min_words', 'min-words'],
    ['minWords', 'min-words'],
    ['MinWords', 'min-words'],
    ['min words', 'min-words'],
    ['MIN-WORDS', 'min-words'],
    ['minwords', 'min-words'],
    ['min-word', 'min-words'],
    ['mesurable', 'measurable'],
    ['enabeld', 'enabled'],
    ['applies_to', 'applies-to'],
  ])('%s → %s', (input, expected) => {
    expect(suggest(input, keys)).toBe(expected);
  });

  it('suggests rule ids and enum values', () => {
    expect(suggest('buisness-value', ['business-value', 'nfr-criteria', 'debt-link', 'debt-impact'])).toBe('business-value');
    expect(suggest('debt_links', ['business-value', 'nfr-criteria', 'debt-link', 'debt-impact'])).toBe('debt-link');
    expect(suggest('enforced', ['enforce', 'advisory'])).toBe('enforce');
  });

  it('suggests the name a longer word starts with, and the one a short word starts', () => {
    expect(suggest('warning', ['off', 'warn', 'require'])).toBe('warn');
    expect(suggest('perf', ['performance', 'security'])).toBe('performance');
    expect(suggest('labels-extra', ['labels', 'aliases'])).toBe('labels');
  });

  it('stays quiet when nothing is close', () => {
    expect(suggest('colour', keys)).toBeUndefined();
    expect(suggest('x', keys)).toBeUndefined();
    expect(suggest('', keys)).toBeUndefined();
    expect(suggest('z'.repeat(1000), keys)).toBeUndefined();
    expect(suggest('ab', ['min', 'max'])).toBeUndefined();
    expect(suggest('mx', ['min', 'max'])).toBe('max');
  });
});

describe('purity', () => {
  it.each(['load.ts', 'yaml-source.ts', 'zod-issues.ts', 'paths.ts', 'suggest.ts', 'limits.ts', 'user-pattern.ts', 'schema.ts', 'categories.ts', 'defaults.ts', 'defaults.generated.ts', 'issue.ts'])(
    'src/config/%s imports only zod, yaml, re2js and its siblings, and touches no process, clock or I/O',
    (name) => {
      const source = readFileSync(new URL(`../../src/config/${name}`, import.meta.url), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      const imports = [...source.matchAll(/^\s*import\s[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]);
      for (const specifier of imports) expect(specifier).toMatch(/^(?:zod|yaml|re2js|\.\/[\w.-]+\.js)$/);
      expect(source).not.toMatch(/\bprocess\.|\bDate\.now\b|new Date\(|\brequire\(|\bfetch\(|@actions\//);
    },
  );
});

describe('cross-field checks', () => {
  const errors = (text: string): string[] => {
    const result = parseConfig(text, FILE);
    return result.ok ? [] : result.errors.map(formatConfigIssue);
  };

  it('rejects unknown category ids in required and only-categories: the close one suggested, else the known ones listed', () => {
    expect(errors('rules:\n  nfr-criteria:\n    required: [perfomance]\n')).toEqual([
      '.github/alignment.yml:3:16: rules.nfr-criteria.required[0]: unknown category `perfomance`; did you mean `performance`?',
    ]);
    expect(errors('rules:\n  nfr-criteria:\n    only-categories: [perf, sec, gdpr]\n')).toEqual([
      '.github/alignment.yml:3:23: rules.nfr-criteria.only-categories[0]: unknown category `perf`; did you mean `performance`?',
      '.github/alignment.yml:3:29: rules.nfr-criteria.only-categories[1]: unknown category `sec`; did you mean `security`?',
      expect.stringMatching(/only-categories\[2\]: unknown category `gdpr`: expected one of performance, security, .* \(or add it under categories\)$/u),
    ]);
    expect(errors('rules:\n  nfr-criteria:\n    categories: { finops: { aliases: [Cost] } }\n    required: [finops]\n')).toEqual([]);
  });

  it('rejects an unknown time zone and a sprint source without what it needs', () => {
    expect(errors('sprints:\n  cadence:\n    time-zone: Mars/Olympus\n')[0]).toContain('sprints.cadence.time-zone: expected an IANA time zone');
    expect(errors('sprints:\n  source: cadence\n')[0]).toContain('sprints.cadence.start: source: cadence needs cadence.start');
    expect(errors('sprints:\n  source: iteration\n')[0]).toContain('sprints.iteration.project: source: iteration needs iteration.project');
  });
});
