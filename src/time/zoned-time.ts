/**
 * Instants shown in a channel's time zone: the calendar day Buffer counts
 * daily limits on, and the wall-clock time with offset a person would write
 * in front-matter. Built on wall-time.ts; a zone Intl does not know (Buffer
 * gave none, or one this Node lacks) shows UTC instead of failing the run.
 */
import { isValidTimeZone, offsetAt, toWallTime } from './wall-time.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** YYYY-MM-DD of an instant in an IANA zone (UTC when Buffer gave no usable zone). */
export function localDate(at: Date, timeZone: string): string {
  if (!timeZone || !isValidTimeZone(timeZone)) return at.toISOString().slice(0, 10);
  const wall = toWallTime(at.getTime(), timeZone);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/**
 * An instant as the channel's wall-clock time with its UTC offset
 * (`2027-03-02T09:00:00+01:00`): what a person would write, and the same
 * instant when read back. No zone means UTC (`+00:00`); an unknown one, the
 * instant in ISO form.
 */
export function localTime(iso: string, timeZone: string): string {
  const instant = new Date(iso);
  const zone = timeZone || 'UTC';
  if (!isValidTimeZone(zone)) return instant.toISOString();
  const ms = instant.getTime();
  const wall = toWallTime(ms, zone);
  const offset = Math.round(offsetAt(zone, ms) / 60_000);
  const fraction = wall.millisecond ? `.${pad(wall.millisecond, 3)}` : '';
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${fraction}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
