import type { Nodes } from 'mdast';
import { plainText } from './text.js';

export interface Link {
  readonly url: string;
  readonly text: string;
}

/**
 * The links a unit (a paragraph, list item or table row) keeps. No real one holds more
 * than a handful (the corpus's most is 7), and what reads them works per sentence per
 * link: without a bound, a paragraph of thousands of links and sentences would cost
 * their product.
 */
export const MAX_LINKS = 128;

/** Links (inline, autolinks and GFM literal URLs) inside nodes, skipping code and HTML: the first MAX_LINKS. */
export function collectLinks(nodes: readonly Nodes[]): Link[] {
  const links: Link[] = [];
  const stack = [...nodes].reverse();
  for (let node = stack.pop(); node !== undefined && links.length < MAX_LINKS; node = stack.pop()) {
    if (node.type === 'link') {
      links.push({ url: node.url, text: plainText(node).trim() });
      continue;
    }
    if (node.type === 'code' || node.type === 'html' || !('children' in node)) continue;
    for (let index = node.children.length - 1; index >= 0; index -= 1) stack.push(node.children[index] as Nodes);
  }
  return links;
}
