/**
 * The two reads of Buffer's metrics that the sync's snapshot does not already
 * make (issue 15): per-channel totals (`aggregatedPostMetrics`, one request)
 * and the sent posts of a window with their numbers (the CLI's `report`).
 * Values are passed on as Buffer sent them.
 */
import type { BufferClient, PostsQuery } from '../buffer/client.js';
import { buildChannelTotalsQuery, MAX_ALIASES } from '../buffer/documents.js';
import { BufferApiError } from '../buffer/errors.js';
import { toPostMetric } from '../buffer/mappers.js';
import type { Channel, Post } from '../buffer/types.js';
import { byServiceThenName } from '../channels/order.js';
import { referenceFor } from '../channels/resolve.js';
import type { ChannelTotals } from './types.js';
import { lastDayStart } from './window.js';

/** Posts per page of the sent-posts list (Buffer's page cap). */
const SENT_POSTS_PAGE_SIZE = 100;
/** Pages read at most before the read stops and says to narrow the window. */
const SENT_POSTS_MAX_PAGES = 100;

/**
 * Per-channel totals over [since, until] in ONE request: one aliased
 * `aggregatedPostMetrics` per channel. At most MAX_ALIASES channels fit a
 * request; with more, the first MAX_ALIASES in the returned order (service,
 * name, ID) are read and `onNote` says how many were left out.
 */
export async function readChannelTotals(
  client: BufferClient,
  opts: {
    organizationId: string;
    channels: Channel[];
    since: string;
    until: string;
    /** The organization's channels, for the reference a file would write (default: `channels`). */
    allChannels?: Channel[];
    /** Told when channels were left out (more than MAX_ALIASES). */
    onNote?: (message: string) => void;
  },
): Promise<ChannelTotals[]> {
  const unique = [...new Map(opts.channels.map((c) => [c.id, c])).values()].sort(byServiceThenName);
  if (unique.length === 0) return [];
  const read = unique.slice(0, MAX_ALIASES);
  if (unique.length > read.length) {
    opts.onNote?.(
      `Channel totals: ${unique.length} channels, ${read.length} read (one request holds at most ${MAX_ALIASES}); ` +
        `left out: ${unique
          .slice(read.length)
          .map((c) => `${c.service}:${c.name}`)
          .join(', ')}.`,
    );
  }
  const built = buildChannelTotalsQuery(read.length);
  read.forEach((channel, i) => {
    built.variables[built.aliases[i]!] = {
      organizationId: opts.organizationId,
      channelIds: [channel.id],
      startDateTime: opts.since,
      // Buffer counts the last day whole from its UTC midnight (AggregatedPostMetricsInput.endDateTime).
      endDateTime: lastDayStart(opts),
    };
  });
  const data = await client.read(`ChannelTotals${read.length}`, built.query, built.variables, read.length);
  const all = opts.allChannels ?? opts.channels;
  return read.map((channel, i) => {
    const wire = data[built.aliases[i]!] as { metrics?: unknown; metricsUpdatedAt?: unknown } | null | undefined;
    if (!wire || !Array.isArray(wire.metrics)) {
      throw new BufferApiError(`Buffer answered aggregatedPostMetrics for ${channel.id} without metrics`, 'NO_DATA');
    }
    let postCount = 0;
    const metrics: Record<string, number> = {};
    for (const metric of wire.metrics.map(toPostMetric)) {
      // `postCount` is a regular entry on the wire; the shape keeps it apart from the numbers.
      if (metric.type === 'postCount') postCount = metric.value;
      else metrics[metric.type] = metric.value;
    }
    return {
      channelId: channel.id,
      channel: referenceFor(channel, all),
      service: channel.service,
      postCount,
      metrics,
      metricsUpdatedAt: typeof wire.metricsUpdatedAt === 'string' ? wire.metricsUpdatedAt : null,
    };
  });
}

/**
 * The organization's sent posts with their numbers, every page: Buffer's
 * list filtered by status `sent` and by due time from `since` (to `until`),
 * newest first, then kept where `sentAt` lies in the window (a post is sent
 * at or just after its due time).
 */
export async function readSentPosts(
  client: BufferClient,
  opts: { organizationId: string; since: string; until?: string; channelIds?: string[] },
): Promise<Post[]> {
  const filter: NonNullable<PostsQuery['filter']> = { status: ['sent'], startDate: opts.since };
  if (opts.until !== undefined) filter.endDate = opts.until;
  if (opts.channelIds !== undefined) filter.channelIds = opts.channelIds;
  const input: PostsQuery = {
    organizationId: opts.organizationId,
    filter,
    sort: [{ field: 'dueAt', direction: 'desc' }],
  };
  let posts: Post[];
  try {
    posts = await client.posts(input, {
      pageSize: SENT_POSTS_PAGE_SIZE,
      maxPages: SENT_POSTS_MAX_PAGES,
      withMetrics: true,
    });
  } catch (error) {
    // The client's "narrow the filter" in the words of the report: the window is what a user can change.
    if (error instanceof BufferApiError && error.code === 'TOO_MANY_PAGES') {
      throw new BufferApiError(
        `more than ${SENT_POSTS_MAX_PAGES * SENT_POSTS_PAGE_SIZE} sent posts in the window; choose a shorter one`,
        'TOO_MANY_PAGES',
        { cause: error },
      );
    }
    throw error;
  }
  const since = Date.parse(opts.since);
  const until = opts.until === undefined ? Number.POSITIVE_INFINITY : Date.parse(opts.until);
  return posts.filter((p) => {
    const at = Date.parse(p.sentAt ?? p.dueAt ?? '');
    return p.status === 'sent' && (!Number.isFinite(at) || (at >= since && at <= until));
  });
}
