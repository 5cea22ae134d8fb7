/**
 * The metrics reads against the sandbox (real HTTP): the numbers equal what
 * GET /__sandbox/state shows, the totals cost one request, and more channels
 * than one request holds are cut at MAX_ALIASES with a note.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BufferClient } from '../../src/buffer/client.js';
import { MAX_ALIASES } from '../../src/buffer/documents.js';
import type { Channel } from '../../src/buffer/types.js';
import { readChannelTotals, readSentPosts } from '../../src/metrics/buffer-reads.js';
import { metricsWindow } from '../../src/metrics/window.js';
import { json, startFakeBuffer } from '../buffer/fake-buffer-server.js';
import {
  DEFAULT_ORGANIZATION_ID,
  defaultChannelId,
  defaultSeed,
  startSandbox,
  type RunningSandbox,
  type SandboxSeed,
} from '../../src/sandbox/index.js';

const NOW = '2027-03-01T12:00:00.000Z';
const DAY = 24 * 3600_000;
const ago = (days: number) => new Date(Date.parse(NOW) - days * DAY).toISOString();

function seedWithSentPosts(): SandboxSeed {
  const seed = defaultSeed();
  const twitter = defaultChannelId('twitter');
  const linkedin = defaultChannelId('linkedin');
  const sent = (id: string, channelId: string, days: number, extra: Record<string, unknown> = {}) => ({
    id,
    channelId,
    status: 'sent' as const,
    text: `Post ${id}`,
    dueAt: ago(days),
    sentAt: ago(days),
    externalLink: `https://example.com/${id}`,
    ...extra,
  });
  seed.posts = [
    sent('aaaaaaaaaaaaaaaaaaaaaa01', twitter, 2, { pinnedMetrics: { reactions: 7, comments: 2 } }),
    sent('aaaaaaaaaaaaaaaaaaaaaa02', twitter, 10),
    sent('aaaaaaaaaaaaaaaaaaaaaa03', linkedin, 5),
    // Outside a 30-day window.
    sent('aaaaaaaaaaaaaaaaaaaaaa04', linkedin, 45),
    // Still waiting: never a sent post.
    { id: 'aaaaaaaaaaaaaaaaaaaaaa05', channelId: twitter, status: 'scheduled', text: 'Later', dueAt: ago(-2) },
  ];
  return seed;
}

describe('readSentPosts and readChannelTotals against the sandbox', () => {
  let sandbox: RunningSandbox;
  let client: BufferClient;
  let channels: Channel[];

  beforeAll(async () => {
    sandbox = await startSandbox({ now: NOW, seed: seedWithSentPosts(), rateLimits: false });
    client = new BufferClient({ apiKey: sandbox.apiKey, apiUrl: sandbox.url });
    channels = await client.channels(DEFAULT_ORGANIZATION_ID);
  });
  afterAll(async () => sandbox?.close());

  it('readSentPosts: the sent posts of the window, newest first, with the metrics the sandbox state shows', async () => {
    const before = client.requestCount;
    const posts = await readSentPosts(client, { organizationId: DEFAULT_ORGANIZATION_ID, since: ago(30), until: NOW });
    expect(client.requestCount - before).toBe(1);
    expect(posts.map((p) => p.id)).toEqual([
      'aaaaaaaaaaaaaaaaaaaaaa01',
      'aaaaaaaaaaaaaaaaaaaaaa03',
      'aaaaaaaaaaaaaaaaaaaaaa02',
    ]);
    const state = sandbox.state().posts;
    for (const post of posts) {
      const stored = state.find((p) => p.id === post.id)!;
      expect(stored.metrics, post.id).not.toBeNull();
      expect(post.metricsUpdatedAt).toBe(stored.metricsUpdatedAt);
      expect(post.metrics!.map((m) => [m.type, m.value, m.unit])).toEqual(
        stored.metrics!.map((m) => [m.type, m.value, m.unit]),
      );
    }
    expect(posts[0]!.metrics).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'reactions', value: 7, name: 'Reactions' })]),
    );
  });

  it('readSentPosts filters by channel, and without `until` reads to the present', async () => {
    const linkedinOnly = await readSentPosts(client, {
      organizationId: DEFAULT_ORGANIZATION_ID,
      since: ago(60),
      channelIds: [defaultChannelId('linkedin')],
    });
    expect(linkedinOnly.map((p) => p.id)).toEqual(['aaaaaaaaaaaaaaaaaaaaaa03', 'aaaaaaaaaaaaaaaaaaaaaa04']);
  });

  it('readChannelTotals: one request, one entry per channel in a stable order, postCount apart, equal to the sums of the state', async () => {
    const used = channels.filter((c) => c.service === 'twitter' || c.service === 'linkedin').reverse();
    const before = client.requestCount;
    const totals = await readChannelTotals(client, {
      organizationId: DEFAULT_ORGANIZATION_ID,
      channels: used,
      since: ago(30),
      until: NOW,
    });
    expect(client.requestCount - before).toBe(1);
    expect(totals.map((t) => [t.channel, t.service, t.postCount])).toEqual([
      ['linkedin', 'linkedin', 1],
      ['twitter', 'twitter', 2],
    ]);
    const state = sandbox.state().posts;
    const twitterPosts = state.filter((p) => p.channelId === defaultChannelId('twitter') && p.status === 'sent');
    const sum = (type: string) =>
      twitterPosts.reduce((s, p) => s + (p.metrics?.find((m) => m.type === type)?.value ?? 0), 0);
    const twitter = totals.find((t) => t.service === 'twitter')!;
    expect(twitter.metrics.reactions).toBe(sum('reactions'));
    expect(twitter.metrics.comments).toBe(sum('comments'));
    expect(twitter.metrics).not.toHaveProperty('postCount');
    expect(twitter.metricsUpdatedAt).toBe(twitterPosts[0]!.metricsUpdatedAt);
  });

  it('no channels: no request', async () => {
    const before = client.requestCount;
    const totals = await readChannelTotals(client, {
      organizationId: DEFAULT_ORGANIZATION_ID,
      channels: [],
      since: ago(30),
      until: NOW,
    });
    expect(totals).toEqual([]);
    expect(client.requestCount).toBe(before);
  });
});

describe('readChannelTotals with more channels than one request holds', () => {
  let sandbox: RunningSandbox;
  afterAll(async () => sandbox?.close());

  it(`reads the first ${MAX_ALIASES} by service, name and ID in one request and says which were left out`, async () => {
    const seed = defaultSeed();
    for (let i = 0; i < 25; i++) {
      seed.channels.push({
        id: `bbbbbbbbbbbbbbbbbbbbbb${String(i).padStart(2, '0')}`,
        organizationId: DEFAULT_ORGANIZATION_ID,
        service: 'mastodon',
        name: `acme${String(i).padStart(2, '0')}`,
        timezone: 'UTC',
        maxCharacters: 500,
      });
    }
    sandbox = await startSandbox({ now: NOW, seed, rateLimits: false });
    const client = new BufferClient({ apiKey: sandbox.apiKey, apiUrl: sandbox.url });
    const channels = await client.channels(DEFAULT_ORGANIZATION_ID);
    expect(channels.length).toBeGreaterThan(MAX_ALIASES);
    const notes: string[] = [];
    const before = client.requestCount;
    const totals = await readChannelTotals(client, {
      organizationId: DEFAULT_ORGANIZATION_ID,
      channels,
      since: ago(30),
      until: NOW,
      onNote: (m) => notes.push(m),
    });
    expect(client.requestCount - before).toBe(1);
    expect(totals).toHaveLength(MAX_ALIASES);
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const order = [...channels]
      .sort((a, b) => cmp(a.service, b.service) || cmp(a.name, b.name) || cmp(a.id, b.id))
      .map((c) => c.id);
    expect(totals.map((t) => t.channelId)).toEqual(order.slice(0, MAX_ALIASES));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(new RegExp(`${channels.length} channels, ${MAX_ALIASES} read`));
    // References are the ones a file would write: two mastodon channels need `mastodon:name`.
    expect(totals.find((t) => t.service === 'mastodon')!.channel).toMatch(/^mastodon:/);
  });
});

describe('readSentPosts over more than one page', () => {
  let sandbox: RunningSandbox;
  afterAll(async () => sandbox?.close());

  it('follows the pages: 130 sent posts in 2 requests, newest first, none twice', async () => {
    const seed = defaultSeed();
    const twitter = defaultChannelId('twitter');
    seed.posts = Array.from({ length: 130 }, (_, i) => ({
      id: `f${String(i).padStart(23, '0')}`,
      channelId: twitter,
      status: 'sent' as const,
      text: `Post ${i}`,
      dueAt: new Date(Date.parse(NOW) - (i + 1) * 3600_000).toISOString(),
      sentAt: new Date(Date.parse(NOW) - (i + 1) * 3600_000).toISOString(),
    }));
    sandbox = await startSandbox({ now: NOW, seed, rateLimits: false });
    const client = new BufferClient({ apiKey: sandbox.apiKey, apiUrl: sandbox.url });
    const posts = await readSentPosts(client, { organizationId: DEFAULT_ORGANIZATION_ID, since: ago(30) });
    expect(client.requestCount).toBe(2);
    expect(posts).toHaveLength(130);
    expect(new Set(posts.map((p) => p.id)).size).toBe(130);
    expect(posts[0]!.id).toBe(`f${'0'.repeat(23)}`);
  });
});

describe('readChannelTotals sends the window as Buffer documents it', () => {
  it('startDateTime and endDateTime are UTC midnights of the first and last day (the last day counts whole)', async () => {
    const fake = await startFakeBuffer();
    try {
      fake.script(
        json(200, {
          data: { t0: { metrics: [{ type: 'postCount', value: 0, unit: 'count' }], metricsUpdatedAt: null } },
        }),
      );
      const client = new BufferClient({ apiKey: 'k', apiUrl: fake.url });
      const window = metricsWindow(new Date('2027-03-01T12:34:56.000Z'));
      await readChannelTotals(client, {
        organizationId: DEFAULT_ORGANIZATION_ID,
        channels: [{ id: defaultChannelId('twitter'), service: 'twitter', name: 'acme' } as Channel],
        ...window,
      });
      const input = Object.values(fake.received[0]!.body.variables)[0] as Record<string, unknown>;
      expect(input).toMatchObject({
        startDateTime: '2027-01-31T00:00:00.000Z',
        endDateTime: '2027-03-01T00:00:00.000Z',
      });
    } finally {
      await fake.close();
    }
  });
});
