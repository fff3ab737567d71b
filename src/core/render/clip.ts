/** Fits a text into a size GitHub accepts (a comment, a check run summary), saying it was cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const note = '\n\n… (truncated)';
  return text.slice(0, max - note.length) + note;
}
