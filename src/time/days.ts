/** Whole UTC days, as Buffer's date-range inputs count them (AggregatedPostMetricsInput: "UTC midnight"). */

export const DAY_MS = 86_400_000;

/** UTC midnight at or before the instant, in ms. */
export function utcDayStart(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** The later of two clocks (the second may be unknown). */
export function laterOf(a: Date, b: Date | undefined): Date {
  return b && b.getTime() > a.getTime() ? b : a;
}
