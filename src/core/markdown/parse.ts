import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).freeze();

/** Parses a body once into an mdast tree (CommonMark + GFM). Never throws on any string. */
export function parseMarkdown(body: string): Root {
  return processor.parse(body);
}
