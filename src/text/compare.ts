/**
 * Code-unit order, what `<` does on strings: the same on every machine and
 * in every locale (unlike localeCompare), so sorted output (the metrics CSV,
 * the applied state, plans) never changes with where it ran.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
