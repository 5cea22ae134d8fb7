/**
 * Wall-clock arithmetic in IANA timezones without a date library: Buffer's queue
 * slots and daily limits are in the channel's local time, so the sandbox must
 * turn "Tuesday 09:00 in Europe/London" into an instant and back.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface LocalDateTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 'mon'..'sun' */
  weekday: string;
}

export function toLocal(ms: number, timeZone: string): LocalDateTime {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: (parts.weekday ?? 'Mon').slice(0, 3).toLowerCase(),
  };
}

/** Offset of the zone from UTC at an instant, in ms. */
function offsetAt(ms: number, timeZone: string): number {
  const l = toLocal(ms, timeZone);
  const asUtc = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The instant at which the zone's clock shows the given local time (DST gaps resolve forwards). */
export function fromLocal(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): number {
  const naive = Date.UTC(year, month - 1, day, hour, minute);
  let guess = naive - offsetAt(naive, timeZone);
  // A second pass settles instants near an offset change.
  guess = naive - offsetAt(guess, timeZone);
  return guess;
}

/** [start, end) of the local calendar day containing `ms`. */
export function localDayBounds(ms: number, timeZone: string): [number, number] {
  const l = toLocal(ms, timeZone);
  const start = fromLocal(l.year, l.month, l.day, 0, 0, timeZone);
  const next = new Date(Date.UTC(l.year, l.month - 1, l.day + 1));
  const end = fromLocal(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), 0, 0, timeZone);
  return [start, end];
}
