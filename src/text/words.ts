/** Wording shared by every report: numbers as users read them, plurals, "a, b and c", names written as code. */

/** Numbers as users read them: 63,206 rather than 63206 (fixed locale: reports must not vary by runner). */
export function formatNumber(n: number): string {
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
