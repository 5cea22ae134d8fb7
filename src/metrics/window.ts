/**
 * The metrics window (issue 15), one definition for the sync, its job summary
 * and `report`: whole UTC days, today and the days before it, as Buffer's
 * `aggregatedPostMetrics` counts them ("UTC midnight of the first calendar
 * day", the last day inclusive), so a post's row and its channel's total
 * count the same posts.
 */
import { DAY_MS, utcDayStart } from '../time/days.js';

/** Days whose sent posts get fresh numbers, and what the summary and `report` show by default. */
export const METRICS_WINDOW_DAYS = 30;

export interface MetricsWindow {
  /** UTC midnight of the first day. */
  since: string;
  /** The end: now. */
  until: string;
}

/** Today (UTC) and the `days - 1` days before it, ending now. */
export function daysWindow(days: number, now: Date): MetricsWindow {
  return { since: new Date(utcDayStart(now.getTime()) - (days - 1) * DAY_MS).toISOString(), until: now.toISOString() };
}

/** The sync's window: the last METRICS_WINDOW_DAYS days. */
export function metricsWindow(now: Date): MetricsWindow {
  return daysWindow(METRICS_WINDOW_DAYS, now);
}

/** The UTC days a window touches, as the reports name it ("the last 30 days"). */
export function windowDays(window: MetricsWindow): number {
  return Math.max(
    1,
    Math.round((utcDayStart(Date.parse(window.until)) - utcDayStart(Date.parse(window.since))) / DAY_MS) + 1,
  );
}

/** Buffer's `endDateTime` for the window: UTC midnight of its last day (the backend counts that day whole). */
export function lastDayStart(window: MetricsWindow): string {
  return new Date(utcDayStart(Date.parse(window.until))).toISOString();
}

/** Whether an instant lies in the window; false for a missing or unreadable one. */
export function inWindow(at: string | null | undefined, window: MetricsWindow): boolean {
  const ms = at ? Date.parse(at) : Number.NaN;
  return Number.isFinite(ms) && ms >= Date.parse(window.since) && ms <= Date.parse(window.until);
}
