/**
 * Post metrics as Buffer serves them (issue 15): `Post.metrics`,
 * `Post.metricsUpdatedAt` and the `aggregatedPostMetrics` query.
 *
 * Nothing here is stored. Numbers are a pure function of (post ID, the seed's
 * `metricsSalt`, whole days between `sentAt` and the latest refresh), and the
 * latest refresh is read off the sandbox clock when a field resolves, so
 * `POST /__sandbox/clock` past a refresh changes them with no timer running.
 *
 * Refresh: Buffer "pulls fresh metrics once per day" (reference,
 * Post.metricsUpdatedAt); the sandbox's daily ingestion runs at 06:00:00.000
 * UTC (METRICS_REFRESH_UTC_HOUR), and `metricsUpdatedAt` is that instant.
 *
 * Null before the first refresh: Buffer says `metrics` is null for a post not
 * yet sent, and `metricsUpdatedAt` is "null until the daily ingestion job has
 * processed the post". It says nothing about `metrics` of a sent post the job
 * has not processed yet; the sandbox answers null there too (no numbers yet),
 * never `[]` or zeros a client could take for measurements. So a client must
 * handle a sent post with null metrics, which is the stricter contract.
 */
import { createHash } from 'node:crypto';
import type { Service } from '../buffer/types.js';
import { DAY_MS, utcDayStart } from '../time/days.js';
import { codedError } from './errors.js';
import type { OperationContext } from './operations.js';
import type { StoredPost } from './seed.js';
import { matchesTags, type TagComparator } from './tags.js';
import { visibleOrganization } from './visibility.js';

/** Every `PostMetricType` the sandbox emits per post, in the order a `metrics` list answers them. */
const POST_METRIC_TYPES = [
  'reactions',
  'comments',
  'likes',
  'shares',
  'reposts',
  'quotes',
  'saves',
  'follows',
  'clicks',
  'impressions',
  'reach',
  'views',
  'viewers',
  'totalTimeWatched',
  'engagementRate',
] as const;
export type PostMetricType = (typeof POST_METRIC_TYPES)[number];
/** `postCount` is aggregation-only: "never emitted per-post" (reference, PostMetricType). */
type AggregateMetricType = 'postCount' | PostMetricType;

export interface PostMetric {
  type: AggregateMetricType;
  name: string;
  description: string;
  value: number;
  unit: 'count' | 'percentage';
}

export interface PostMetricsAnswer {
  metrics: PostMetric[] | null;
  metricsUpdatedAt: string | null;
}

/** A seed post may fix some of its numbers (tests that need exact values); the rest stay derived. */
export type PinnedMetrics = Partial<Record<PostMetricType, number>>;

/**
 * `name`: the reference's examples are "Reactions" and "Eng. Rate"; the rest
 * follow that style. `description`: the reference's `PostMetricType` text.
 * `engagementRate` is the only percentage (Buffer's post-metrics guide).
 * The deprecated values (favorites, link_clicks, other, reblogs, repins,
 * replies, retweets) are "never emitted" and have no entry.
 */
export const METRIC_INFO: Readonly<Record<AggregateMetricType, Omit<PostMetric, 'type' | 'value'>>> = {
  postCount: {
    name: 'Posts',
    description:
      'The count of posts included in an aggregated response. Only meaningful on aggregate endpoints — never emitted per-post.',
    unit: 'count',
  },
  reactions: {
    name: 'Reactions',
    description:
      'How many people reacted to your post. Unified across networks: Instagram/Twitter `likes`, Mastodon `favorites`, etc. all map to this value.',
    unit: 'count',
  },
  comments: {
    name: 'Comments',
    description:
      'The count of comments and replies on your post. Unified across networks (Threads `replies` maps here).',
    unit: 'count',
  },
  likes: {
    name: 'Likes',
    description:
      "The Like-reaction subcount on Facebook. Distinct from `reactions` (which is the total of all reaction types — Like, Love, Care, Haha, Wow, Sad, Angry); Facebook's Graph API reports them separately and we mirror that.",
    unit: 'count',
  },
  shares: { name: 'Shares', description: 'How many times your post was shared or forwarded by others.', unit: 'count' },
  reposts: {
    name: 'Reposts',
    description:
      'How many times your post was reposted by others. Twitter `retweets`, Mastodon `reblogs`, Threads `reposts` all normalize to this value.',
    unit: 'count',
  },
  quotes: { name: 'Quotes', description: 'How many times your post was quoted (Threads).', unit: 'count' },
  saves: {
    name: 'Saves',
    description:
      'How many times people saved your post (Instagram, Pinterest). A strong signal that the content is worth revisiting.',
    unit: 'count',
  },
  follows: {
    name: 'Follows',
    description: 'The number of new followers gained from this post (Instagram).',
    unit: 'count',
  },
  clicks: { name: 'Clicks', description: 'How many times people clicked on your post.', unit: 'count' },
  impressions: {
    name: 'Impressions',
    description:
      'How many times your post was shown on screen. May include multiple views by the same person — useful for spotting how often the content gets surfaced.',
    unit: 'count',
  },
  reach: { name: 'Reach', description: 'The number of unique people who saw your post.', unit: 'count' },
  views: {
    name: 'Views',
    description:
      'How many times your post was viewed. Used for video-style posts and on networks that report views distinctly from impressions.',
    unit: 'count',
  },
  viewers: {
    name: 'Viewers',
    description: 'Unique viewer count for video-style posts (LinkedIn).',
    unit: 'count',
  },
  totalTimeWatched: {
    name: 'Watch Time',
    description: 'Total time watched, in minutes, for video-style posts (LinkedIn).',
    unit: 'count',
  },
  engagementRate: {
    name: 'Eng. Rate',
    description:
      'The percentage of people who interacted with your post compared to how many saw it. Unit: percentage.',
    unit: 'percentage',
  },
};

/**
 * Which types each service emits per post. Buffer publishes no per-network
 * table; these sets are OUR MODEL, built from Buffer's post-metrics guide
 * (node_modules/@bufferapp/cli/skills/post-metrics.md) and the
 * `PostMetricType` descriptions:
 * - the guide: a single LinkedIn channel aggregates to exactly the trio plus
 *   impressions, reach, engagementRate, viewers, totalTimeWatched, so that is
 *   LinkedIn's whole set; saves on Instagram/Pinterest, quotes on Threads.
 * - the enum: follows (Instagram), likes (Facebook, a subcount of reactions),
 *   reposts where Twitter retweets / Mastodon reblogs / Threads reposts land.
 * - "Posts on networks that don't track reactions or comments contribute 0":
 *   Google Business reports only views and clicks; StartPage's only metric
 *   was the deprecated `link_clicks`, never emitted, so it reports nothing
 *   (a sent StartPage post answers `[]` once refreshed).
 * - engagementRate only where the network reports an audience (reach,
 *   impressions or views) to divide by.
 */
export const SERVICE_METRICS: Readonly<Record<Service, readonly PostMetricType[]>> = {
  bluesky: ['reactions', 'comments', 'reposts'],
  facebook: ['reactions', 'comments', 'likes', 'shares', 'clicks', 'impressions', 'reach', 'engagementRate'],
  googlebusiness: ['clicks', 'views'],
  instagram: ['reactions', 'comments', 'shares', 'saves', 'follows', 'impressions', 'reach', 'engagementRate'],
  linkedin: ['reactions', 'comments', 'impressions', 'reach', 'viewers', 'totalTimeWatched', 'engagementRate'],
  mastodon: ['reactions', 'comments', 'reposts'],
  pinterest: ['reactions', 'comments', 'saves', 'clicks', 'impressions', 'engagementRate'],
  startPage: [],
  threads: ['reactions', 'comments', 'shares', 'reposts', 'quotes', 'views', 'engagementRate'],
  tiktok: ['reactions', 'comments', 'shares', 'reach', 'views', 'engagementRate'],
  twitter: ['reactions', 'comments', 'reposts', 'clicks', 'impressions', 'engagementRate'],
  youtube: ['reactions', 'comments', 'shares', 'views'],
};

// ---------------------------------------------------------------- refresh clock

/** The daily ingestion's instant, UTC. */
const METRICS_REFRESH_UTC_HOUR = 6;
const REFRESH_OFFSET_MS = METRICS_REFRESH_UTC_HOUR * 3_600_000;

/** The latest daily refresh at or before `ms`. */
export function latestRefreshAtOrBefore(ms: number): number {
  return utcDayStart(ms - REFRESH_OFFSET_MS) + REFRESH_OFFSET_MS;
}

/** The first daily refresh strictly after `ms` (a post sent at 06:00:00.000 waits for the next day's). */
export function firstRefreshAfter(ms: number): number {
  return latestRefreshAtOrBefore(ms) + DAY_MS;
}

// ---------------------------------------------------------------- values

/** A number in [0, 1) from SHA-256 of the parts: the same inputs give the same number in every sandbox. */
function unitHash(...parts: string[]): number {
  const digest = createHash('sha256').update(parts.join('\u0000')).digest();
  return digest.readUIntBE(0, 6) / 2 ** 48;
}

/** What each count is, as a share of the post's audience at full growth: [lowest, highest]. */
const AUDIENCE_SHARE: Readonly<Record<Exclude<PostMetricType, 'engagementRate' | 'likes'>, [number, number]>> = {
  reach: [0.8, 1],
  impressions: [1.2, 3],
  views: [0.6, 2],
  viewers: [0.2, 0.6],
  totalTimeWatched: [0.1, 0.8],
  reactions: [0.01, 0.08],
  comments: [0.001, 0.012],
  shares: [0.001, 0.01],
  reposts: [0.002, 0.015],
  quotes: [0.0005, 0.004],
  saves: [0.002, 0.02],
  follows: [0.0002, 0.003],
  clicks: [0.005, 0.04],
};
/** Interactions: the numerator of engagementRate (likes is a subcount of reactions, so it is left out). */
const INTERACTIONS: readonly PostMetricType[] = [
  'reactions',
  'comments',
  'shares',
  'reposts',
  'quotes',
  'saves',
  'clicks',
];
/** The denominator of engagementRate, the first the service reports ("compared to how many saw it"). */
const AUDIENCE: readonly PostMetricType[] = ['reach', 'impressions', 'views'];

/**
 * The service's counts for a post `ageDays` whole days after it was sent:
 * each is a fixed share of a per-post audience (500–50,000) times a growth
 * curve 1 − e^(−(age+1)/τ), τ of 1–4 days per post. Rounded, so integers
 * that never shrink from one refresh to the next and level off within weeks.
 */
export function derivedCounts(
  postId: string,
  salt: string,
  service: Service,
  ageDays: number,
): Partial<Record<PostMetricType, number>> {
  const audience = Math.exp(Math.log(500) + unitHash(salt, postId, 'audience') * Math.log(100));
  const tau = 1 + 3 * unitHash(salt, postId, 'tau');
  const growth = 1 - Math.exp(-(Math.max(0, ageDays) + 1) / tau);
  const out: Partial<Record<PostMetricType, number>> = {};
  for (const type of SERVICE_METRICS[service]) {
    if (type === 'engagementRate' || type === 'likes') continue;
    const [lo, hi] = AUDIENCE_SHARE[type];
    const share = lo + (hi - lo) * unitHash(salt, postId, type);
    out[type] = Math.round(audience * share * growth);
  }
  if (SERVICE_METRICS[service].includes('likes')) {
    out.likes = Math.round((out.reactions ?? 0) * (0.6 + 0.3 * unitHash(salt, postId, 'likes')));
  }
  return out;
}

/** 100 × interactions ÷ audience, two decimals, within 0–100; 0 when nobody saw the post. */
function engagementRate(counts: Partial<Record<PostMetricType, number>>): number {
  const audienceType = AUDIENCE.find((t) => counts[t] !== undefined);
  const audience = audienceType ? (counts[audienceType] ?? 0) : 0;
  if (audience <= 0) return 0;
  const interactions = INTERACTIONS.reduce((sum, t) => sum + (counts[t] ?? 0), 0);
  return Math.min(100, Math.round((10_000 * interactions) / audience) / 100);
}

function metric(type: AggregateMetricType, value: number): PostMetric {
  return { type, ...METRIC_INFO[type], value };
}

/** `Post.metrics` and `Post.metricsUpdatedAt` at sandbox time `nowMs`. */
export function postMetricsAt(post: StoredPost, salt: string, nowMs: number): PostMetricsAnswer {
  if (post.status !== 'sent' || post.sentAt === null) return { metrics: null, metricsUpdatedAt: null };
  const sentMs = Date.parse(post.sentAt);
  if (Number.isNaN(sentMs) || nowMs < firstRefreshAfter(sentMs)) return { metrics: null, metricsUpdatedAt: null };
  const refreshedMs = latestRefreshAtOrBefore(nowMs);
  const ageDays = Math.floor((refreshedMs - sentMs) / DAY_MS);
  const counts = { ...derivedCounts(post.id, salt, post.channelService, ageDays) };
  const pinned = post.pinnedMetrics ?? {};
  for (const type of SERVICE_METRICS[post.channelService]) {
    if (type !== 'engagementRate' && pinned[type] !== undefined) counts[type] = pinned[type];
  }
  const metrics = SERVICE_METRICS[post.channelService].map((type) =>
    metric(type, type === 'engagementRate' ? (pinned.engagementRate ?? engagementRate(counts)) : (counts[type] ?? 0)),
  );
  return { metrics, metricsUpdatedAt: new Date(refreshedMs).toISOString() };
}

/** Refuses a seed post whose `pinnedMetrics` Buffer could never send for its service. */
export function assertPinnedMetrics(post: { id: string; pinnedMetrics?: unknown }, service: Service): void {
  if (post.pinnedMetrics === undefined) return;
  const where = `Seed post ${post.id}: "pinnedMetrics"`;
  if (!post.pinnedMetrics || typeof post.pinnedMetrics !== 'object' || Array.isArray(post.pinnedMetrics))
    throw new Error(`${where} must be an object of metric type → number`);
  const allowed = SERVICE_METRICS[service];
  for (const [type, value] of Object.entries(post.pinnedMetrics)) {
    if (!(allowed as readonly string[]).includes(type))
      throw new Error(`${where} names "${type}", which ${service} does not report (it reports: ${allowed.join(', ')})`);
    const percentage = type === 'engagementRate';
    if (
      typeof value !== 'number' ||
      !Number.isFinite(value) ||
      value < 0 ||
      (percentage ? value > 100 : !Number.isInteger(value))
    )
      throw new Error(
        `${where}.${type} must be ${percentage ? 'a percentage from 0 to 100' : 'a whole number of at least 0'}`,
      );
  }
}

// ---------------------------------------------------------------- aggregatedPostMetrics

export interface AggregatedPostMetricsInput {
  organizationId: string;
  startDateTime: string;
  endDateTime: string;
  channelIds?: string[] | null;
  tags?: TagComparator | null;
}

interface AggregatedPostMetrics {
  metrics: PostMetric[];
  metricsUpdatedAt: string | null;
}

/** "Date range is capped to 365 days" (reference, AggregatedPostMetricsInput). */
const MAX_AGGREGATION_DAYS = 365;

/**
 * The window a post's `sentAt` must fall in: from `startDateTime` (inclusive)
 * to the end of `endDateTime`'s UTC calendar day ("the backend treats the
 * range as inclusive of that day"; consumers pass UTC midnight of the last
 * day). The cap is read strictly: the window, whole end day included, may
 * span at most 365 × 24 h, so 2026-01-01 → 2026-12-31 passes and a leap
 * year's 1 Jan → 31 Dec (366 days) is refused. An end day before the start is
 * refused too rather than answered empty. Both are BAD_USER_INPUT GraphQL
 * errors: `AggregatedPostMetrics!` is not a union, Buffer documents no code
 * for bad query input, and BAD_USER_INPUT is what the sandbox answers every
 * other bad query argument with (cursors, `first`, dailyPostingLimits).
 */
export function aggregationWindow(startDateTime: string, endDateTime: string): { startMs: number; endMs: number } {
  const startMs = Date.parse(startDateTime);
  const endDayStart = utcDayStart(Date.parse(endDateTime));
  const endMs = endDayStart + DAY_MS; // exclusive
  if (endMs <= startMs)
    throw codedError(
      'BAD_USER_INPUT',
      `endDateTime (${endDateTime}) is on a day before startDateTime (${startDateTime})`,
    );
  if (endMs - startMs > MAX_AGGREGATION_DAYS * DAY_MS)
    throw codedError(
      'BAD_USER_INPUT',
      `Date range is capped to ${MAX_AGGREGATION_DAYS} days: ${startDateTime} to the end of ${new Date(endDayStart).toISOString().slice(0, 10)} is ${Math.ceil((endMs - startMs) / DAY_MS)} days; split the range`,
    );
  return { startMs, endMs };
}

/**
 * Sums over the matched posts' answers. The baseline trio (postCount,
 * reactions, comments) always, first, in that order; then every other type
 * that all `services` (the filter's channels) emit, in POST_METRIC_TYPES
 * order — none for an empty set. Counts are sums; a post whose metrics are
 * still null counts in postCount and adds 0. engagementRate is the mean of
 * the rates of the posts that have one (two decimals), 0 when none does: a
 * mean of per-post percentages, because a sum of percentages means nothing
 * and the audiences behind them are not comparable across days.
 */
export function aggregate(services: readonly Service[], answers: readonly PostMetricsAnswer[]): AggregatedPostMetrics {
  const extras =
    services.length === 0
      ? []
      : POST_METRIC_TYPES.filter(
          (t) => t !== 'reactions' && t !== 'comments' && services.every((s) => SERVICE_METRICS[s].includes(t)),
        );
  const valueOf = (type: PostMetricType): number => {
    const values = answers.map((a) => a.metrics?.find((m) => m.type === type)?.value);
    if (type !== 'engagementRate') return values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
    const rates = values.filter((v): v is number => v !== undefined);
    return rates.length === 0 ? 0 : Math.round((100 * rates.reduce((a, b) => a + b, 0)) / rates.length) / 100;
  };
  const updated = answers.map((a) => a.metricsUpdatedAt).filter((u): u is string => u !== null);
  return {
    metrics: [
      metric('postCount', answers.length),
      ...(['reactions', 'comments', ...extras] as PostMetricType[]).map((t) => metric(t, valueOf(t))),
    ],
    metricsUpdatedAt: updated.length === 0 ? null : updated.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a)),
  };
}

/** The `aggregatedPostMetrics` root field. */
export function aggregatedPostMetrics(ctx: OperationContext, input: AggregatedPostMetricsInput): AggregatedPostMetrics {
  const { store } = ctx;
  visibleOrganization(ctx, input.organizationId);
  const { startMs, endMs } = aggregationWindow(input.startDateTime, input.endDateTime);
  const orgChannels = [...store.channels.values()].filter((c) => c.organizationId === input.organizationId);
  const channels =
    input.channelIds == null
      ? orgChannels
      : [...new Set(input.channelIds)].map((id) => {
          // The same refusal as `channel` with an ID the key cannot see in this organization.
          const c = orgChannels.find((o) => o.id === id);
          if (!c) throw codedError('NOT_FOUND', `Channel ${id} not found`);
          return c;
        });
  const channelIds = new Set(channels.map((c) => c.id));
  const nowMs = ctx.nowMs();
  const answers = [...store.posts.values()]
    .filter((p) => p.organizationId === input.organizationId && channelIds.has(p.channelId))
    .filter((p) => p.status === 'sent' && p.sentAt !== null)
    .filter((p) => {
      const sent = Date.parse(p.sentAt!);
      return sent >= startMs && sent < endMs;
    })
    .filter((p) => matchesTags(p.tagIds, input.tags))
    .map((p) => postMetricsAt(p, store.metricsSalt, nowMs));
  return aggregate(
    channels.map((c) => c.service),
    answers,
  );
}
