/**
 * Before sync creates posts, Buffer's daily posting limits are consulted
 * (issue 5): on a day a channel is full, its posts are held back and
 * reported as pending, not failed, and the next sync tries again. Drafts are
 * exempt, as in Buffer.
 */
import type { BufferClient } from '../buffer/client.js';
import { buildDailyPostingLimitsQuery } from '../buffer/documents.js';
import type { Channel, DailyPostingLimitStatus } from '../buffer/types.js';
import type { CreateItem } from '../plan/types.js';
import { localDate } from '../time/zoned-time.js';

/** Aliases per request: Buffer's cap is 30. */
const DAYS_PER_REQUEST = 25;

export interface Held {
  item: CreateItem;
  message: string;
}

export async function gateByDailyLimits(
  client: BufferClient,
  creates: CreateItem[],
  channels: Channel[],
  now: Date,
): Promise<{ allowed: CreateItem[]; held: Held[] }> {
  const byId = new Map(channels.map((c) => [c.id, c]));
  const counted = creates.filter((c) => !c.input.saveToDraft);
  if (counted.length === 0) return { allowed: creates, held: [] };

  // The calendar day each post goes out on, in its channel's time zone; queued posts: today.
  const dayOf = new Map<CreateItem, string>();
  const channelsByDay = new Map<string, Set<string>>();
  for (const item of counted) {
    const zone = byId.get(item.channelId)?.timezone || 'UTC';
    const at = item.input.mode === 'customScheduled' && item.input.dueAt ? new Date(item.input.dueAt) : now;
    const day = localDate(at, zone);
    dayOf.set(item, day);
    if (!channelsByDay.has(day)) channelsByDay.set(day, new Set());
    channelsByDay.get(day)!.add(item.channelId);
  }

  const room = new Map<string, number>();
  const limits = new Map<string, DailyPostingLimitStatus>();
  const days = [...channelsByDay.keys()].sort();
  for (let start = 0; start < days.length; start += DAYS_PER_REQUEST) {
    const chunk = days.slice(start, start + DAYS_PER_REQUEST);
    const built = buildDailyPostingLimitsQuery(chunk.length);
    // A DateTime whose calendar date is the day; Buffer ignores the time and reads the channel's local day.
    chunk.forEach(
      (day, i) =>
        (built.variables[built.aliases[i]!] = {
          channelIds: [...channelsByDay.get(day)!].sort(),
          date: `${day}T12:00:00.000Z`,
        }),
    );
    const data = await client.read(
      `DailyPostingLimitsByDay${chunk.length}`,
      built.query,
      built.variables,
      chunk.length,
    );
    chunk.forEach((day, i) => {
      for (const status of (data[built.aliases[i]!] ?? []) as DailyPostingLimitStatus[]) {
        const key = `${status.channelId}@${day}`;
        limits.set(key, status);
        room.set(
          key,
          status.isAtLimit
            ? 0
            : status.limit === null
              ? Number.POSITIVE_INFINITY
              : Math.max(0, status.limit - status.sent - status.scheduled),
        );
      }
    });
  }

  const allowed: CreateItem[] = [];
  const held: Held[] = [];
  for (const item of creates) {
    const day = dayOf.get(item);
    if (day === undefined) {
      allowed.push(item);
      continue;
    }
    const key = `${item.channelId}@${day}`;
    const left = room.get(key) ?? Number.POSITIVE_INFINITY;
    if (left > 0) {
      room.set(key, left - 1);
      allowed.push(item);
      continue;
    }
    const status = limits.get(key);
    held.push({
      item,
      message: `the channel reached its daily posting limit${status?.limit != null ? ` of ${status.limit}` : ''} for ${day} (${status?.sent ?? 0} sent, ${status?.scheduled ?? 0} scheduled); not created now, the next sync tries again`,
    });
  }
  return { allowed, held };
}
