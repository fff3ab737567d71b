import { describe, expect, it } from 'vitest';
import { matchersFor } from '../../src/core/facts/matchers.js';
import { parseMarkdown } from '../../src/core/markdown/parse.js';
import { buildSections, contentOf, descendants, type Section } from '../../src/core/markdown/sections.js';
import { config } from './helpers.js';

function sections(body: string): Section {
  return buildSections(parseMarkdown(body), matchersFor(config()).sections);
}

function outline(root: Section): string[] {
  const lines: string[] = [];
  const walk = (section: Section, indent: string): void => {
    for (const entry of section.entries) {
      if (entry.type === 'section') {
        lines.push(`${indent}${entry.kind}:${entry.title}`);
        walk(entry, `${indent}  `);
      }
    }
  };
  walk(root, '');
  return lines;
}

describe('sections', () => {
  it('nests deeper headings and closes a section at the same or a higher level', () => {
    const root = sections('# A\n## B\ntext\n#### C\n## D\n# E\n');
    expect(outline(root)).toEqual(['heading:A', '  heading:B', '    heading:C', '  heading:D', 'heading:E']);
  });

  it('reads bold labels with the text on the same line and the blocks that follow', () => {
    const root = sections('**Business Value:** saves support time.\n\nMore on the value.\n\n**Acceptance criteria**\n\n**Security:** TLS only\n');
    expect(outline(root)).toEqual(['label:Business Value', 'label:Acceptance criteria', '  label:Security']);
    const value = [...descendants(root)][0];
    expect(value && contentOf(value)).toBe('saves support time.\nMore on the value.');
  });

  it('reads a plain label only when it names a known section, so prose does not cut a section', () => {
    const root = sections('Business value: saves time.\n\nNote: this matters too.\n');
    expect(outline(root)).toEqual(['label:Business value']);
    const value = [...descendants(root)][0];
    expect(value && contentOf(value)).toBe('saves time.\nNote: this matters too.');
  });

  it('turns table rows with a first cell into small sections', () => {
    const root = sections('## NFRs\n| Category | Criterion |\n|---|---|\n| Performance | p95 < 1 s |\n| Security | TLS 1.3 |\n');
    expect(outline(root)).toEqual(['heading:NFRs', '  row:Performance', '  row:Security']);
  });

  it('ignores headings inside code fences and HTML comments', () => {
    const root = sections('```\n## Business Value\n```\n<!--\n## Acceptance Criteria\n-->\n');
    expect(outline(root)).toEqual([]);
  });

  it('keeps list-item labels and the checked state of task items', () => {
    const root = sections('## Debt\n- [x] **Tech debt:** pays down #12\n- [ ] plain item\n');
    const [debt] = [...descendants(root)];
    const item = debt?.entries[0];
    expect(item).toMatchObject({ type: 'section', kind: 'item', title: 'Tech debt', checked: true });
    expect(debt?.entries[1]).toMatchObject({ type: 'unit', text: 'plain item', checked: false });
  });

  it('counts template placeholders and comments as no content', () => {
    const root = sections('## Business Value\n<!-- explain -->\nTBD\n\n<describe the value>\n\n[fill in]\n\n...\n');
    const [value] = [...descendants(root)];
    expect(value && contentOf(value)).toBe('');
  });
});

describe('nesting guard', () => {
  it('leaves ordinary nesting untouched and flattens only past the limit', async () => {
    const { defuseNesting, MAX_NESTING } = await import('../../src/core/markdown/parse.js');
    const normal = '> quote\n> - item\n>   1. deep\n- a\n  - b\n';
    expect(defuseNesting(normal)).toBe(normal);
    const deep = `${'> '.repeat(MAX_NESTING + 10)}text\nnext\n`;
    expect(defuseNesting(deep)).toBe(`${'> '.repeat(MAX_NESTING)}text\nnext\n`);
  });
});
