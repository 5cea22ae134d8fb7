/** Wording shared by every report: numbers as users read them, plurals, "a, b and c", names written as code. */

/** Numbers as users read them: 63,206 rather than 63206 (fixed locale: reports must not vary by runner). */
export function formatNumber(n: number): string {
  // Whole numbers, nearly all of them, grouped by hand: the first toLocaleString in a process loads ICU's
  // number data (≈ 13 ms and 8 MB in a plan, issue 16). The same text as toLocaleString('en-US') (tested).
  if (Number.isSafeInteger(n) && !Object.is(n, -0)) return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
  return n.toLocaleString('en-US');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** "a, b and c" */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** "`a`, `b`, `c`": names a user writes (keys, values), each as code. */
export function codeList(words: readonly string[]): string {
  return words.map((word) => `\`${word}\``).join(', ');
}
