/**
 * The metrics window (issue 15): the sync refreshes the numbers of posts sent
 * in the last METRICS_WINDOW_DAYS, and the report and the channel totals cover
 * the same span, so a row and its channel's total count the same posts.
 */

/** Days back from now whose sent posts get fresh numbers. */
export const METRICS_WINDOW_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The window ending now, as ISO instants (both ends inclusive). */
export function metricsWindow(now: Date): { since: string; until: string } {
  return {
    since: new Date(now.getTime() - METRICS_WINDOW_DAYS * DAY_MS).toISOString(),
    until: now.toISOString(),
  };
}

/** Whether an instant lies in the window; false for a missing or unreadable one. */
export function inWindow(at: string | null | undefined, window: { since: string; until: string }): boolean {
  const ms = at ? Date.parse(at) : Number.NaN;
  return Number.isFinite(ms) && ms >= Date.parse(window.since) && ms <= Date.parse(window.until);
}
