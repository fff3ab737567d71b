/** "Did you mean …": the known name a user most likely meant. */

/**
 * The known name a user most likely meant: the same words in another case or
 * separator style (`min_words`, `minWords`, `MinWords` → `min-words`), a typo within
 * edit distance 2 (1 for names of up to 4 characters), the one name it is a prefix of
 * (`perf` → `performance`), or the one name that is a prefix of it (`warning` → `warn`).
 */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  if (input.length === 0 || input.length > 64 || candidates.length === 0) return undefined;
  const compact = (s: string): string => s.toLowerCase().replace(/[\s_.-]+/g, '');
  const dashed = (s: string): string => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().replace(/[\s_]+/g, '-');
  const want = compact(input);
  const same = candidates.find((c) => compact(c) === want);
  if (same !== undefined) return same;
  const limit = input.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = Math.min(distance(dashed(input), candidate, limit), distance(input.toLowerCase(), candidate.toLowerCase(), limit));
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best !== undefined) return best;
  if (want.length >= 3) {
    const prefixed = candidates.filter((c) => compact(c).startsWith(want));
    if (prefixed.length === 1) return prefixed[0];
    // The other way round: a name with more after it ("warning" → "warn").
    const extended = candidates.filter((c) => compact(c).length >= 3 && want.startsWith(compact(c)));
    if (extended.length === 1) return extended[0];
  }
  return undefined;
}

/** Optimal-string-alignment distance (adjacent transpositions cost 1), cut off above `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prevPrev[j - 2] as number) + 1);
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] as number;
}
