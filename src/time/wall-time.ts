/**
 * Wall-clock time in IANA time zones, using only Intl (Node 20 has no
 * Temporal). Shared by post files (a `dueAt` without an offset) and the
 * sandbox (queue slots and daily limits in the channel's local time).
 *
 * Wall-clock time → UTC instant: Handles DST: times that happen twice (autumn)
 * resolve to the earlier instant; times that never happen (spring gap) are moved
 * forward by the gap, as clocks do ("compatible" disambiguation in Temporal terms).
 */
import { DAY_MS } from './days.js';

export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

export type WallTimeResolution = { epochMs: number; kind: 'exact' | 'ambiguous' | 'skipped' };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError for an unknown zone; callers check with isValidTimeZone first.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's UTC offset in milliseconds at an instant (local = utc + offset). */
export function offsetAt(timeZone: string, epochMs: number): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(epochMs));
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const era = parts.find((p) => p.type === 'era')?.value;
  const year = era === 'BC' || era === 'B' ? 1 - get('year') : get('year');
  const local = Date.UTC(year, get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  // Intl drops milliseconds; compare whole seconds.
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  return local - wholeSecond;
}

function wallAsUtc(wall: WallTime): number {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond);
  return date.getTime();
}

/** The UTC instant a wall-clock time in `timeZone` denotes. */
export function wallTimeToUtc(wall: WallTime, timeZone: string): WallTimeResolution {
  const naive = wallAsUtc(wall);
  // Offsets either side of the candidate: a zone changes offset at most once
  // within any day around it, so these two cover both sides of a transition.
  const before = offsetAt(timeZone, naive - DAY_MS);
  const after = offsetAt(timeZone, naive + DAY_MS);
  const candidates = [...new Set([before, after])]
    .map((offset) => naive - offset)
    .filter((epoch) => offsetAt(timeZone, epoch) === naive - epoch)
    .sort((a, b) => a - b);
  const first = candidates[0];
  if (first !== undefined) return { epochMs: first, kind: candidates.length > 1 ? 'ambiguous' : 'exact' };
  // In a gap: apply the offset from before the transition, which lands after it
  // (02:30 in a 02:00→03:00 spring-forward becomes 03:30).
  return { epochMs: naive - before, kind: 'skipped' };
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** The wall-clock time a zone shows at an instant, with its weekday ('mon'..'sun'). */
export function toWallTime(epochMs: number, timeZone: string): WallTime & { weekday: string } {
  const local = new Date(epochMs + offsetAt(timeZone, epochMs));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
    weekday: WEEKDAYS[local.getUTCDay()]!,
  };
}

/** [start, end) of the local calendar day containing an instant. */
export function localDayBounds(epochMs: number, timeZone: string): [number, number] {
  const l = toWallTime(epochMs, timeZone);
  const midnight = (day: number) =>
    wallTimeToUtc({ year: l.year, month: l.month, day, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone)
      .epochMs;
  // Date.UTC-style day overflow (day 32 → next month) is handled by wallAsUtc's setUTCFullYear.
  return [midnight(l.day), midnight(l.day + 1)];
}
