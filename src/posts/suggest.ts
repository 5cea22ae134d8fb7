/** "Did you mean …?" for misspelt keys and values. */

function normalise(word: string): string {
  return word.toLowerCase().replace(/[-_\s]/g, '');
}

/** Levenshtein distance; inputs are short keys, so the O(n·m) table is fine. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The candidate closest to `word` when it is plausibly a typo of it, else undefined. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const target = normalise(word);
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of candidates) {
    const score = distance(target, normalise(candidate));
    if (!best || score < best.score) best = { candidate, score };
  }
  if (!best) return undefined;
  // Allow roughly one typo per three letters, at least one, at most three.
  const allowed = Math.min(3, Math.max(1, Math.floor(target.length / 3)));
  return best.score <= allowed ? best.candidate : undefined;
}

/** ` Did you mean \`x\`?` or an empty string. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const match = nearest(word, candidates);
  return match ? ` Did you mean \`${match}\`?` : '';
}
