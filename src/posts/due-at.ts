/**
 * `dueAt` (and any other `DateTime` a file sends, such as an idea's `date`)
 * as written → a UTC instant. The text is the user's (never YAML's timestamp
 * conversion); an offset in the text wins, otherwise the configured IANA time
 * zone applies.
 */
import { isValidTimeZone, wallTimeToUtc, type WallTime } from '../time/wall-time.js';

export type DueAtResult =
  { ok: true; iso: string; note?: { code: string; message: string } } | { ok: false; code: string; message: string };

// YYYY-MM-DD, `T` or a space, HH:MM, optional :SS and fraction, optional Z / ±HH[:MM].
// Exported for scripts/schemas.ts, which writes the same forms into the JSON Schemas.
export const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;
export const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const EXAMPLE = 'e.g. `2026-12-01T09:00:00+01:00`';

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseOffsetMinutes(text: string): number | undefined {
  if (/^[Zz]$/.test(text)) return 0;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(text);
  if (!match) return undefined;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  if (hours > 23 || minutes > 59) return undefined;
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

export function resolveDueAt(raw: string, timeZone: string | undefined): DueAtResult {
  return resolveDateTime(raw, timeZone, { label: 'dueAt' });
}

export interface DateTimeOptions {
  /** How the value is named in messages (`dueAt`, `date`, `metadata.google.detailsEvent.startDate`). */
  label: string;
  /**
   * Accept a bare date (`2027-02-01`) as midnight in the configured zone, or
   * UTC when none is configured: for dates that name a day (an idea's date, an
   * event's start), not a publishing instant. A `dueAt` needs a time of day.
   */
  dateMeansMidnight?: boolean;
}

export function resolveDateTime(raw: string, timeZone: string | undefined, opts: DateTimeOptions): DueAtResult {
  const { label } = opts;
  const text = raw.trim();
  const dateOnly = DATE_ONLY.test(text);
  if (dateOnly && !opts.dateMeansMidnight) {
    return {
      ok: false,
      code: 'invalid-due-at',
      message: `${label} \`${raw}\` has no time of day; write a date and time, ${EXAMPLE}.`,
    };
  }
  const match = ISO.exec(dateOnly ? `${text}T00:00:00${timeZone ? '' : 'Z'}` : text);
  if (!match) {
    return {
      ok: false,
      code: 'invalid-due-at',
      message: `${label} \`${raw}\` is not an ISO 8601 date-time; write it like ${EXAMPLE}.`,
    };
  }
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(match[i]));
  const second = Number(match[6] ?? '0');
  // Keep milliseconds; finer digits are truncated (Buffer stores milliseconds).
  const millisecond = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3) || '0');
  const wall: WallTime = { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second, millisecond };
  if (
    wall.month < 1 ||
    wall.month > 12 ||
    wall.day < 1 ||
    wall.day > daysInMonth(wall.year, wall.month) ||
    wall.hour > 23 ||
    wall.minute > 59 ||
    wall.second > 59
  ) {
    return {
      ok: false,
      code: 'invalid-due-at',
      message: `${label} \`${raw}\` is not a real date and time; check the day, month and time (${EXAMPLE}).`,
    };
  }
  const offsetText = match[8];
  if (offsetText !== undefined) {
    const offsetMinutes = parseOffsetMinutes(offsetText);
    if (offsetMinutes === undefined) {
      return {
        ok: false,
        code: 'invalid-due-at',
        message: `${label} \`${raw}\` has an invalid UTC offset \`${offsetText}\`; use \`Z\` or \`±HH:MM\`.`,
      };
    }
    const utc =
      Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond) -
      offsetMinutes * 60_000;
    return { ok: true, iso: new Date(utc).toISOString() };
  }
  if (!timeZone) {
    return {
      ok: false,
      code: 'due-at-no-timezone',
      message: `${label} \`${raw}\` has no UTC offset and no time zone is configured; add an offset (${EXAMPLE}) or set a \`timezone\` (e.g. \`timezone: Europe/Berlin\` in buffer-gitops.yml).`,
    };
  }
  if (!isValidTimeZone(timeZone)) {
    return {
      ok: false,
      code: 'invalid-timezone',
      message: `The configured time zone \`${timeZone}\` is not an IANA zone (e.g. \`Europe/Berlin\`); fix the \`timezone\` setting or add an offset to ${label}.`,
    };
  }
  const resolved = wallTimeToUtc(wall, timeZone);
  const iso = new Date(resolved.epochMs).toISOString();
  if (resolved.kind === 'ambiguous') {
    return {
      ok: true,
      iso,
      note: {
        code: 'due-at-ambiguous',
        message: `${label} \`${raw}\` happens twice in ${timeZone} (clocks go back); the first one, ${iso}, is used. Add a UTC offset to choose.`,
      },
    };
  }
  if (resolved.kind === 'skipped') {
    return {
      ok: true,
      iso,
      note: {
        code: 'due-at-skipped',
        message: `${label} \`${raw}\` does not exist in ${timeZone} (clocks go forward); ${iso} is used. Add a UTC offset or pick another time.`,
      },
    };
  }
  return { ok: true, iso };
}
