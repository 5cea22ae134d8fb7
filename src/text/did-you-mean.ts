/**
 * "Did you mean …?" for misspelt keys, values and names. Shared by every
 * stage that reads what a person typed (front-matter, channel references,
 * the settings file, CLI flags), so one typo rule holds everywhere.
 */

function normalise(word: string): string {
  return word.toLowerCase().replace(/[-_\s]/g, '');
}

/**
 * Edit distance counting a swap of two neighbouring letters as one edit
 * (optimal string alignment), since swaps are the commonest typo. Inputs are
 * short keys, so the full table is fine.
 */
function distance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => rows[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      rows[i]![j] = best;
    }
  }
  return at(a.length, b.length);
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
