/**
 * Buffer's queue: a channel's posting schedule defines recurring local-time
 * slots; `addToQueue` takes the next free one, `shareNext` takes the first and
 * pushes the queued posts back one slot each.
 */
import type { SeedPostingSlot } from './seed.js';
import { toWallTime, wallTimeToUtc } from '../time/wall-time.js';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The instant the zone's clock shows this local time (DST gaps resolve forwards). */
function fromLocal(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): number {
  return wallTimeToUtc({ year, month, day, hour, minute, second: 0, millisecond: 0 }, timeZone).epochMs;
}

/** How far ahead the sandbox looks for a slot before giving up on the schedule. */
const HORIZON_DAYS = 800;

/**
 * Queue slot instants strictly after `afterMs`, in order, skipping `taken` ones,
 * lazily (a queue of N posts needs N slots).
 */
export function* freeSlots(
  schedule: readonly SeedPostingSlot[],
  timeZone: string,
  afterMs: number,
  taken: ReadonlySet<number>,
): Generator<number> {
  const byDay = new Map<string, string[]>();
  for (const slot of schedule) {
    if (slot.paused) continue;
    const times = [...(byDay.get(slot.day) ?? []), ...slot.times].sort();
    byDay.set(slot.day, times);
  }
  if ([...byDay.values()].every((t) => t.length === 0)) {
    // No schedule: Buffer "silently lands in an empty slot" (pitfalls); we use
    // the top of each following hour so the post still gets a deterministic time.
    let t = Math.floor(afterMs / 3_600_000) * 3_600_000 + 3_600_000;
    for (;;) {
      if (!taken.has(t)) yield t;
      t += 3_600_000;
    }
  }
  const start = toWallTime(afterMs, timeZone);
  for (let d = 0; d < HORIZON_DAYS; d++) {
    const date = new Date(Date.UTC(start.year, start.month - 1, start.day + d));
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth() + 1;
    const day = date.getUTCDate();
    // A calendar date's weekday does not depend on the zone.
    const weekday = WEEKDAYS[date.getUTCDay()]!;
    for (const hhmm of byDay.get(weekday) ?? []) {
      const [hh, mm] = hhmm.split(':').map(Number);
      const instant = fromLocal(y, m, day, hh ?? 0, mm ?? 0, timeZone);
      if (instant > afterMs && !taken.has(instant)) yield instant;
    }
  }
}
