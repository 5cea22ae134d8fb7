/**
 * `aggregatedPostMetrics` over real HTTP (issue 15): the baseline trio, extras
 * only when every channel in the filter supports them, the window (end day
 * inclusive, 365-day cap), channel and tag filters, and the errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '../../src/buffer/types.js';
import {
  defaultChannelId,
  defaultSeed,
  DEFAULT_ORGANIZATION_ID,
  startSandbox,
  type RunningSandbox,
} from '../../src/sandbox/index.js';
import { seedObjectId, type StoredPost } from '../../src/sandbox/seed.js';
import { gql, httpRequest } from './http-client.js';

const AGGREGATE = `query Aggregate($input: AggregatedPostMetricsInput!) {
  aggregatedPostMetrics(input: $input) { metrics { type name description value unit } metricsUpdatedAt } }`;
const POSTS = `query Posts($input: PostsInput!) {
  posts(input: $input, first: 100) { edges { node { id metrics { type value } metricsUpdatedAt } } } }`;

const ORG2 = seedObjectId(2, 2);
const ORG2_CHANNEL = seedObjectId(3, 99);
const T1 = seedObjectId(7, 1);
const T2 = seedObjectId(7, 2);
const NOW = '2026-03-02T10:00:00.000Z';

type SeedPost = Partial<StoredPost> & { id: string; channelId: string };
const sent = (n: number, service: Service, sentAt: string, tagIds: string[] = []): SeedPost => ({
  id: seedObjectId(9, n),
  channelId: defaultChannelId(service),
  status: 'sent',
  text: `post ${n}`,
  dueAt: sentAt,
  sentAt,
  tagIds,
});
const L1 = sent(1, 'linkedin', '2026-01-10T09:00:00.000Z', [T1]);
const L2 = sent(2, 'linkedin', '2026-01-31T23:59:59.999Z');
const L3 = sent(3, 'linkedin', '2026-02-01T00:00:00.000Z', [T2]);
const X1 = sent(4, 'twitter', '2026-01-15T12:00:00.000Z', [T1]);
const X2 = sent(5, 'twitter', '2026-01-20T12:00:00.000Z');
const M1 = sent(6, 'mastodon', '2026-01-05T12:00:00.000Z');
/** Sent this morning: the first refresh after it is tomorrow 06:00, so its metrics are still null. */
const PENDING = sent(7, 'linkedin', '2026-03-02T08:00:00.000Z');

let sb: RunningSandbox;
/** Post ID → its metrics as the `posts` query answers them. */
let perPost: Map<string, { metrics: { type: string; value: number }[] | null; metricsUpdatedAt: string | null }>;

beforeAll(async () => {
  const seed = defaultSeed();
  seed.organizations.push({ id: ORG2, name: 'Other Inc', plan: 'free' });
  seed.channels.push({ id: ORG2_CHANNEL, organizationId: ORG2, service: 'twitter', name: 'other', timezone: 'UTC' });
  seed.accounts.push({
    id: seedObjectId(1, 2),
    email: 'other@example.com',
    timezone: 'UTC',
    apiKeys: ['other-key'],
    organizationIds: [ORG2],
  });
  seed.posts = [
    L1,
    L2,
    L3,
    X1,
    X2,
    M1,
    PENDING,
    {
      id: seedObjectId(9, 8),
      channelId: ORG2_CHANNEL,
      status: 'sent',
      text: 'other org',
      sentAt: '2026-01-12T12:00:00.000Z',
    },
    { id: seedObjectId(9, 9), channelId: defaultChannelId('linkedin'), status: 'draft', text: 'a draft' },
    {
      id: seedObjectId(9, 10),
      channelId: defaultChannelId('linkedin'),
      status: 'scheduled',
      text: 'later',
      dueAt: '2026-04-01T09:00:00.000Z',
    },
  ];
  sb = await startSandbox({ now: NOW, rateLimits: false, seed });
  const r = await gql(sb.url, POSTS, { input: { organizationId: DEFAULT_ORGANIZATION_ID } });
  expect(r.body.errors).toBeUndefined();
  perPost = new Map(r.body.data.posts.edges.map((e: { node: { id: string } }) => [e.node.id, e.node]));
});
afterAll(async () => sb.close());

const JAN = { startDateTime: '2026-01-01T00:00:00Z', endDateTime: '2026-01-31T00:00:00Z' };

async function aggregate(input: Record<string, unknown>, apiKey = 'sandbox') {
  return gql(sb.url, AGGREGATE, { input: { organizationId: DEFAULT_ORGANIZATION_ID, ...input } }, apiKey);
}
async function totals(input: Record<string, unknown>) {
  const r = await aggregate(input);
  expect(r.body.errors).toBeUndefined();
  const result = r.body.data.aggregatedPostMetrics as {
    metrics: { type: string; name: string; description: string; value: number; unit: string }[];
    metricsUpdatedAt: string | null;
  };
  return {
    types: result.metrics.map((m) => m.type),
    values: Object.fromEntries(result.metrics.map((m) => [m.type, m.value])),
    metrics: result.metrics,
    metricsUpdatedAt: result.metricsUpdatedAt,
  };
}
/** What summing the posts' own metrics gives (the `posts` query's answers). */
function sumOf(posts: SeedPost[], type: string): number {
  return posts.reduce((s, p) => s + (perPost.get(p.id)!.metrics?.find((m) => m.type === type)?.value ?? 0), 0);
}

describe('aggregatedPostMetrics', () => {
  it('answers only the baseline trio, in order, over every channel when channelIds is null', async () => {
    const t = await totals(JAN);
    expect(t.types).toEqual(['postCount', 'reactions', 'comments']);
    expect(t.values).toEqual({
      postCount: 5,
      reactions: sumOf([L1, L2, X1, X2, M1], 'reactions'),
      comments: sumOf([L1, L2, X1, X2, M1], 'comments'),
    });
    expect(t.values.reactions).toBeGreaterThan(0);
    expect(t.metrics[0]).toMatchObject({ type: 'postCount', unit: 'count', name: 'Posts' });
    expect(t.metrics[1]).toMatchObject({ type: 'reactions', unit: 'count', name: 'Reactions' });
    expect(t.metricsUpdatedAt).toBe('2026-03-02T06:00:00.000Z');
  });

  it("adds LinkedIn's extras for a single LinkedIn channel, as Buffer's guide lists them", async () => {
    const t = await totals({ ...JAN, channelIds: [defaultChannelId('linkedin')] });
    expect(t.types).toEqual([
      'postCount',
      'reactions',
      'comments',
      'impressions',
      'reach',
      'viewers',
      'totalTimeWatched',
      'engagementRate',
    ]);
    expect(t.values.postCount).toBe(2);
    for (const type of ['reactions', 'comments', 'impressions', 'reach', 'viewers', 'totalTimeWatched'])
      expect(t.values[type], type).toBe(sumOf([L1, L2], type));
    const rates = [L1, L2].map((p) => perPost.get(p.id)!.metrics!.find((m) => m.type === 'engagementRate')!.value);
    expect(t.values.engagementRate).toBe(Math.round(((rates[0]! + rates[1]!) / 2) * 100) / 100);
    expect(t.metrics.find((m) => m.type === 'engagementRate')!.unit).toBe('percentage');
  });

  it('trims the extras to those every channel in the filter supports', async () => {
    const t = await totals({ ...JAN, channelIds: [defaultChannelId('linkedin'), defaultChannelId('twitter')] });
    expect(t.types).toEqual(['postCount', 'reactions', 'comments', 'impressions', 'engagementRate']);
    expect(t.values.postCount).toBe(4);
    expect(t.values.impressions).toBe(sumOf([L1, L2, X1, X2], 'impressions'));
    const withMastodon = await totals({
      ...JAN,
      channelIds: [defaultChannelId('linkedin'), defaultChannelId('mastodon')],
    });
    expect(withMastodon.types).toEqual(['postCount', 'reactions', 'comments']);
    // The filter's channels decide, not the matched posts: Instagram alone with no posts still has its extras.
    const instagram = await totals({ ...JAN, channelIds: [defaultChannelId('instagram')] });
    expect(instagram.types).toEqual(expect.arrayContaining(['saves', 'follows']));
    expect(instagram.values.postCount).toBe(0);
    expect(instagram.metricsUpdatedAt).toBeNull();
  });

  it('answers the trio at 0 and a null metricsUpdatedAt for channelIds []', async () => {
    const t = await totals({ ...JAN, channelIds: [] });
    expect(t.types).toEqual(['postCount', 'reactions', 'comments']);
    expect(t.values).toEqual({ postCount: 0, reactions: 0, comments: 0 });
    expect(t.metricsUpdatedAt).toBeNull();
  });

  it('includes the whole UTC day of endDateTime and nothing after it', async () => {
    const linkedin = [defaultChannelId('linkedin')];
    expect((await totals({ ...JAN, endDateTime: '2026-01-30T00:00:00Z', channelIds: linkedin })).values.postCount).toBe(
      1,
    );
    expect((await totals({ ...JAN, endDateTime: '2026-01-31T00:00:00Z', channelIds: linkedin })).values.postCount).toBe(
      2,
    );
    expect((await totals({ ...JAN, endDateTime: '2026-02-01T00:00:00Z', channelIds: linkedin })).values.postCount).toBe(
      3,
    );
    // startDateTime is an instant, inclusive.
    expect(
      (
        await totals({
          startDateTime: '2026-01-10T09:00:00Z',
          endDateTime: '2026-01-31T00:00:00Z',
          channelIds: linkedin,
        })
      ).values.postCount,
    ).toBe(2);
    expect(
      (
        await totals({
          startDateTime: '2026-01-10T09:00:00.001Z',
          endDateTime: '2026-01-31T00:00:00Z',
          channelIds: linkedin,
        })
      ).values.postCount,
    ).toBe(1);
  });

  it('counts a post whose metrics are not in yet in postCount with 0 for its numbers', async () => {
    const linkedin = [defaultChannelId('linkedin')];
    const today = await totals({
      startDateTime: '2026-03-01T00:00:00Z',
      endDateTime: '2026-03-02T00:00:00Z',
      channelIds: linkedin,
    });
    expect(perPost.get(PENDING.id)!.metrics).toBeNull();
    expect(today.values).toMatchObject({ postCount: 1, reactions: 0, comments: 0, impressions: 0, engagementRate: 0 });
    expect(today.metricsUpdatedAt).toBeNull();
    const all = await totals({
      startDateTime: '2026-01-01T00:00:00Z',
      endDateTime: '2026-03-02T00:00:00Z',
      channelIds: linkedin,
    });
    expect(all.values.postCount).toBe(4);
    expect(all.values.reactions).toBe(sumOf([L1, L2, L3], 'reactions'));
    expect(all.metricsUpdatedAt).toBe('2026-03-02T06:00:00.000Z');
  });

  it('filters by tags as a TagComparator: any of `in`, or untagged with isEmpty', async () => {
    expect((await totals({ ...JAN, tags: { in: [T1] } })).values.postCount).toBe(2);
    expect((await totals({ ...JAN, tags: { in: [T1] } })).values.reactions).toBe(sumOf([L1, X1], 'reactions'));
    expect((await totals({ ...JAN, tags: { in: [], isEmpty: true } })).values.postCount).toBe(3);
    expect((await totals({ ...JAN, tags: { in: [T1], isEmpty: true } })).values.postCount).toBe(5);
    expect((await totals({ ...JAN, tags: { in: [T2] } })).values.postCount).toBe(0);
  });

  it('`posts` reads the same TagComparator in its `tags` filter', async () => {
    const ids = async (tags: unknown) => {
      const r = await gql(sb.url, POSTS, {
        input: { organizationId: DEFAULT_ORGANIZATION_ID, filter: { status: ['sent'], tags } },
      });
      expect(r.body.errors).toBeUndefined();
      return (r.body.data.posts.edges as { node: { id: string } }[]).map((e) => e.node.id).sort();
    };
    expect(await ids({ in: [T1] })).toEqual([L1.id, X1.id].sort());
    expect(await ids({ in: [T2] })).toEqual([L3.id]);
    expect(await ids({ in: [T1], isEmpty: true })).not.toContain(L3.id);
    expect(await ids({ in: [T1], isEmpty: true })).toContain(M1.id);
  });

  it('refuses a window over 365 days with BAD_USER_INPUT and allows exactly 365', async () => {
    const tooLong = await aggregate({ startDateTime: '2026-01-01T00:00:00Z', endDateTime: '2027-01-01T00:00:00Z' });
    expect(tooLong.status).toBe(200);
    expect(tooLong.body.data).toBeNull();
    expect(tooLong.body.errors).toHaveLength(1);
    expect(tooLong.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(tooLong.body.errors[0].message).toMatch(/capped to 365 days/);
    expect(tooLong.body.errors[0].path).toEqual(['aggregatedPostMetrics']);
    const year = await totals({ startDateTime: '2026-01-01T00:00:00Z', endDateTime: '2026-12-31T00:00:00Z' });
    expect(year.values.postCount).toBe(7);
    const backwards = await aggregate({ startDateTime: '2026-02-01T00:00:00Z', endDateTime: '2026-01-01T00:00:00Z' });
    expect(backwards.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers an organization the key cannot see exactly as `posts` does', async () => {
    const unknown = seedObjectId(2, 77);
    const agg = await aggregate({ ...JAN, organizationId: unknown });
    const posts = await gql(sb.url, POSTS, { input: { organizationId: unknown } });
    expect(agg.body.data).toBeNull();
    expect(agg.body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(agg.body.errors[0].message).toBe(posts.body.errors[0].message);
    const hidden = await aggregate(JAN, 'other-key');
    expect(hidden.body.errors[0].extensions.code).toBe('NOT_FOUND');
    // That key sees its own organization.
    const own = await gql(sb.url, AGGREGATE, { input: { ...JAN, organizationId: ORG2 } }, 'other-key');
    expect(own.body.data.aggregatedPostMetrics.metrics[0]).toMatchObject({ type: 'postCount', value: 1 });
  });

  it('answers a channel outside the organization as `channel` answers an unknown one', async () => {
    const missing = seedObjectId(3, 88);
    const channel = await gql(sb.url, 'query C($input: ChannelInput!) { channel(input: $input) { id } }', {
      input: { id: missing },
    });
    const unknown = await aggregate({ ...JAN, channelIds: [missing] });
    expect(unknown.body.data).toBeNull();
    expect(unknown.body.errors[0].extensions.code).toBe(channel.body.errors[0].extensions.code);
    expect(unknown.body.errors[0].message).toBe(channel.body.errors[0].message);
    const otherOrg = await aggregate({ ...JAN, channelIds: [defaultChannelId('linkedin'), ORG2_CHANNEL] });
    expect(otherOrg.body.errors[0]).toMatchObject({
      message: `Channel ${ORG2_CHANNEL} not found`,
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('moves with the sandbox clock: the next refresh brings the new post in and metricsUpdatedAt forward', async () => {
    const window = { startDateTime: '2026-01-01T00:00:00Z', endDateTime: '2026-03-02T00:00:00Z' };
    const linkedin = [defaultChannelId('linkedin')];
    const before = await totals({ ...window, channelIds: linkedin });
    await httpRequest(`${sb.url}/__sandbox/clock`, 'POST', { now: '2026-03-03T06:00:00Z' });
    const after = await totals({ ...window, channelIds: linkedin });
    expect(after.metricsUpdatedAt).toBe('2026-03-03T06:00:00.000Z');
    expect(after.values.postCount).toBe(before.values.postCount);
    expect(after.values.reactions).toBeGreaterThan(before.values.reactions!);
    expect(after.values.impressions).toBeGreaterThan(before.values.impressions!);
  });
});
