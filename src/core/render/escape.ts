/**
 * User text (titles, quoted body text, labels) goes into comments, check runs and
 * job summaries. Escaped so it cannot @mention anyone, inject HTML, start a link or
 * break a table row or the surrounding Markdown.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~#])/g, '\\$1')
    .replace(/@(?=\w)/g, '@\u200B')
    // No autolinks from user text: "https://…" and "www.…" are shown, not linked.
    .replace(/:\/\//g, ':\u200B//')
    .replace(/\bwww\./giu, (match) => `${match.slice(0, 3)}\u200B.`);
}

/** Text for a fenced code block: a fence longer than any backtick run inside. */
export function fence(text: string, info = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}${info}\n${text.replace(/\n$/u, '')}\n${marks}`;
}
