/**
 * User text (titles, quoted body text, labels) goes into comments, check runs and
 * job summaries. Escaped so it cannot @mention anyone, inject HTML, start a link or
 * break a table row or the surrounding Markdown.
 */
export function escapeMarkdown(text: string): string {
  return defang(
    text
      .replace(/\r?\n|\r/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_[\]|~#])/g, '\\$1'),
  );
}

/**
 * What Markdown escaping cannot stop, because GitHub adds it after rendering: an
 * @mention, and a bare URL turned into a link. A zero-width space after the `@`, in
 * `://` and in `www.` keeps the text as it reads and makes it inert. Line breaks
 * become spaces (a finding or a title is one line).
 */
export function defang(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/@(?=\w)/g, '@\u200B')
    // No autolinks from user text: "https://…" and "www.…" are shown, not linked.
    .replace(/:\/\//g, ':\u200B//')
    .replace(/\bwww\./giu, (match) => `${match.slice(0, 3)}\u200B.`);
}
