import type { Nodes } from 'mdast';
import { plainText } from './text.js';

export interface Link {
  readonly url: string;
  readonly text: string;
}

/** Links (inline, autolinks and GFM literal URLs) inside nodes, skipping code and HTML. */
export function collectLinks(nodes: readonly Nodes[]): Link[] {
  const links: Link[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'link') {
      links.push({ url: node.url, text: plainText(node).trim() });
      return;
    }
    if (node.type === 'code' || node.type === 'html' || !('children' in node)) return;
    for (const child of node.children as Nodes[]) visit(child);
  };
  for (const node of nodes) visit(node);
  return links;
}
