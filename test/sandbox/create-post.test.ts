import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultChannelId, defaultSeed, startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { CREATE_POST, createBatch, gql } from './http-client.js';

// Monday 2 March 2026, 10:00 in London (GMT): queue slots are 09:00, 13:00, 17:00 local.
const NOW = '2026-03-02T10:00:00.000Z';
let sb: RunningSandbox;
beforeEach(async () => {
  sb = await startSandbox({ now: NOW, rateLimits: false });
});
afterEach(async () => sb.close());

const twitter = defaultChannelId('twitter');
async function create(input: Record<string, unknown>) {
  const r = await gql(sb.url, CREATE_POST, { input: { schedulingType: 'automatic', ...input } });
  expect(r.status).toBe(200);
  expect(r.body.errors).toBeUndefined();
  return r.body.data.createPost;
}

describe('createPost modes', () => {
  it('addToQueue takes the next free queue slot after now, in the channel timezone', async () => {
    const a = await create({ channelId: twitter, mode: 'addToQueue', text: 'one' });
    const b = await create({ channelId: twitter, mode: 'addToQueue', text: 'two' });
    const c = await create({ channelId: twitter, mode: 'addToQueue', text: 'three' });
    expect(a.__typename).toBe('PostActionSuccess');
    expect([a.post.dueAt, b.post.dueAt, c.post.dueAt]).toEqual([
      '2026-03-02T13:00:00.000Z',
      '2026-03-02T17:00:00.000Z',
      '2026-03-03T09:00:00.000Z',
    ]);
    expect(a.post.status).toBe('scheduled');
    expect(a.post.isCustomScheduled).toBe(false);
    expect(a.post.id).toMatch(/^[0-9a-f]{24}$/);
  });

  it('uses local time across daylight saving (London is UTC+1 in summer)', async () => {
    sb.setClock('2026-07-01T10:00:00.000Z');
    const a = await create({ channelId: twitter, mode: 'addToQueue', text: 'summer' });
    expect(a.post.dueAt).toBe('2026-07-01T12:00:00.000Z');
  });

  it('shareNext takes the first slot and pushes queued posts back, leaving custom-scheduled posts alone', async () => {
    const q1 = await create({ channelId: twitter, mode: 'addToQueue', text: 'q1' });
    const custom = await create({
      channelId: twitter,
      mode: 'customScheduled',
      dueAt: '2026-03-02T17:00:00.000Z',
      text: 'custom',
    });
    const next = await create({ channelId: twitter, mode: 'shareNext', text: 'urgent' });
    expect(next.post.dueAt).toBe('2026-03-02T13:00:00.000Z');
    const posts = Object.fromEntries(sb.state().posts.map((p) => [p.text, p.dueAt]));
    expect(posts).toEqual({
      q1: '2026-03-03T09:00:00.000Z',
      custom: '2026-03-02T17:00:00.000Z',
      urgent: '2026-03-02T13:00:00.000Z',
    });
    expect(q1.post.id).not.toBe(next.post.id);
    expect(custom.post.isCustomScheduled).toBe(true);
  });

  it('customScheduled needs a future dueAt', async () => {
    const ok = await create({
      channelId: twitter,
      mode: 'customScheduled',
      dueAt: '2026-12-01T09:00:00+01:00',
      text: 'later',
    });
    expect(ok.post.dueAt).toBe('2026-12-01T08:00:00.000Z');
    const missing = await create({ channelId: twitter, mode: 'customScheduled', text: 'no date' });
    expect(missing).toEqual({
      __typename: 'InvalidInputError',
      message: 'dueAt is required when mode is customScheduled',
    });
    const past = await create({
      channelId: twitter,
      mode: 'customScheduled',
      dueAt: '2026-03-01T09:00:00Z',
      text: 'past',
    });
    expect(past.__typename).toBe('InvalidInputError');
    expect(past.message).toMatch(/future/);
  });

  it('shareNow sends at once with sentAt and an externalLink', async () => {
    const r = await create({ channelId: twitter, mode: 'shareNow', text: 'now!' });
    expect(r.post.status).toBe('sent');
    expect(r.post.sentAt).toBe(NOW);
    expect(r.post.externalLink).toMatch(/^https:\/\/x\.com\/acme\/status\/\d{19}$/);
  });

  it('saveToDraft stores a draft with no dueAt and skips limits', async () => {
    const r = await create({
      channelId: defaultChannelId('instagram'),
      mode: 'addToQueue',
      text: 'draft idea',
      saveToDraft: true,
    });
    expect(r.post.status).toBe('draft');
    expect(r.post.dueAt).toBeNull();
  });

  it('stores the post fully and resolves thread metadata, assets and channel', async () => {
    const input = {
      channelId: twitter,
      mode: 'addToQueue',
      text: 'root',
      assets: [{ image: { url: 'https://cdn.example.com/a.png', metadata: { altText: 'A' } } }],
      metadata: { twitter: { thread: [{ text: 'root' }, { text: 'second' }] } },
    };
    const id = (await create(input)).post.id;
    const r = await gql(
      sb.url,
      `query($i: PostInput!) { post(input: $i) { id via channelService shareMode schedulingType
      assets { __typename source mimeType ... on ImageAsset { image { altText } } }
      metadata { __typename ... on TwitterPostMetadata { type threadCount thread { text } } }
      channel { id name service } } }`,
      { i: { id } },
    );
    expect(r.body.data.post).toEqual({
      id,
      via: 'api',
      channelService: 'twitter',
      shareMode: 'addToQueue',
      schedulingType: 'automatic',
      assets: [
        {
          __typename: 'ImageAsset',
          source: 'https://cdn.example.com/a.png',
          mimeType: 'image/png',
          image: { altText: 'A' },
        },
      ],
      metadata: {
        __typename: 'TwitterPostMetadata',
        type: 'thread',
        threadCount: 2,
        thread: [{ text: 'root' }, { text: 'second' }],
      },
      channel: { id: twitter, name: 'acme', service: 'twitter' },
    });
  });
});

describe('createPost errors', () => {
  it('returns NotFoundError for an unknown channel', async () => {
    const r = await create({ channelId: 'ffffffffffffffffffffffff', mode: 'addToQueue', text: 'x' });
    expect(r.__typename).toBe('NotFoundError');
  });

  it('returns LimitReachedError for the 11th scheduled post on a free-plan channel', async () => {
    const results = [];
    for (let i = 0; i < 11; i++)
      results.push(await create({ channelId: twitter, mode: 'addToQueue', text: `post ${i}` }));
    expect(results.slice(0, 10).every((r) => r.__typename === 'PostActionSuccess')).toBe(true);
    expect(results[10].__typename).toBe('LimitReachedError');
    expect(results[10].message).toMatch(/10 scheduled posts/);
    // A draft is still allowed.
    expect(
      (await create({ channelId: twitter, mode: 'addToQueue', text: 'draft', saveToDraft: true })).__typename,
    ).toBe('PostActionSuccess');
  });

  it('applies a seeded daily posting limit', async () => {
    const seed = defaultSeed();
    seed.channels.find((c) => c.service === 'twitter')!.dailyPostingLimit = 1;
    sb.reset(seed);
    expect((await create({ channelId: twitter, mode: 'shareNow', text: 'a' })).__typename).toBe('PostActionSuccess');
    const second = await create({
      channelId: twitter,
      mode: 'customScheduled',
      dueAt: '2026-03-02T20:00:00Z',
      text: 'b',
    });
    expect(second.__typename).toBe('LimitReachedError');
    const tomorrow = await create({
      channelId: twitter,
      mode: 'customScheduled',
      dueAt: '2026-03-03T20:00:00Z',
      text: 'c',
    });
    expect(tomorrow.__typename).toBe('PostActionSuccess');
  });

  it('rejects a thread whose first item differs from text', async () => {
    const r = await create({
      channelId: twitter,
      mode: 'addToQueue',
      text: 'root',
      metadata: { twitter: { thread: [{ text: 'other' }, { text: 'two' }] } },
    });
    expect(r.__typename).toBe('InvalidInputError');
    expect(r.message).toMatch(/first item of metadata\.twitter\.thread/);
  });

  it('rejects an Instagram post without media, and one without type metadata', async () => {
    const ig = defaultChannelId('instagram');
    const noMedia = await create({
      channelId: ig,
      mode: 'addToQueue',
      text: 'pic',
      metadata: { instagram: { type: 'post', shouldShareToFeed: true } },
    });
    expect(noMedia).toEqual({
      __typename: 'InvalidInputError',
      message: 'Instagram posts require at least one image or video asset',
    });
    const noType = await create({
      channelId: ig,
      mode: 'addToQueue',
      text: 'pic',
      assets: [{ image: { url: 'https://cdn.example.com/a.jpg' } }],
    });
    expect(noType.message).toMatch(/metadata\.instagram\.type/);
    const ok = await create({
      channelId: ig,
      mode: 'addToQueue',
      text: 'pic',
      assets: [{ image: { url: 'https://cdn.example.com/a.jpg' } }],
      metadata: { instagram: { type: 'post', shouldShareToFeed: true } },
    });
    expect(ok.__typename).toBe('PostActionSuccess');
  });

  it('enforces the other per-service minimum payloads', async () => {
    const image = [{ image: { url: 'https://cdn.example.com/a.jpg' } }];
    const video = [{ video: { url: 'https://cdn.example.com/a.mp4' } }];
    expect((await create({ channelId: defaultChannelId('tiktok'), mode: 'addToQueue', text: 't' })).message).toMatch(
      /TikTok/,
    );
    expect(
      (await create({ channelId: defaultChannelId('pinterest'), mode: 'addToQueue', text: 'p', assets: image }))
        .message,
    ).toMatch(/boardServiceId/);
    expect(
      (
        await create({
          channelId: defaultChannelId('pinterest'),
          mode: 'addToQueue',
          text: 'p',
          assets: image,
          metadata: { pinterest: { boardServiceId: '900000000000000001' } },
        })
      ).__typename,
    ).toBe('PostActionSuccess');
    expect(
      (
        await create({
          channelId: defaultChannelId('youtube'),
          mode: 'addToQueue',
          text: 'y',
          assets: video,
          metadata: { youtube: { title: 'T' } },
        })
      ).message,
    ).toMatch(/categoryId/);
    expect(
      (await create({ channelId: defaultChannelId('googlebusiness'), mode: 'addToQueue', text: 'g' })).message,
    ).toMatch(/metadata\.google\.type/);
    expect((await create({ channelId: defaultChannelId('linkedin'), mode: 'addToQueue', text: '' })).message).toMatch(
      /Text is required/,
    );
  });

  it('rejects linkAttachment with assets, relative asset URLs, two variants in one asset and control characters', async () => {
    const bsky = defaultChannelId('bluesky');
    const both = await create({
      channelId: bsky,
      mode: 'addToQueue',
      text: 'x',
      assets: [{ image: { url: 'https://a.example/i.png' } }],
      metadata: { bluesky: { linkAttachment: { url: 'https://example.com' } } },
    });
    expect(both.message).toMatch(/linkAttachment cannot be combined with assets/);
    expect(
      (await create({ channelId: bsky, mode: 'addToQueue', text: 'x', assets: [{ image: { url: '/img.png' } }] }))
        .message,
    ).toMatch(/absolute http\(s\) URL/);
    expect(
      (
        await create({
          channelId: bsky,
          mode: 'addToQueue',
          text: 'x',
          assets: [{ image: { url: 'https://a.example/i.png' }, link: { url: 'https://a.example' } }],
        })
      ).message,
    ).toMatch(/exactly one/);
    expect((await create({ channelId: bsky, mode: 'addToQueue', text: 'bell\u0007' })).message).toMatch(
      /control characters/,
    );
  });

  it('enforces each network length limit in its own unit', async () => {
    // X: a URL counts 23 whatever its length, so 257 chars + space + long URL = 281 weighted.
    const longUrl = `https://example.com/${'a'.repeat(100)}`;
    expect(
      (await create({ channelId: twitter, mode: 'addToQueue', text: `${'a'.repeat(256)} ${longUrl}` })).__typename,
    ).toBe('PostActionSuccess');
    const over = await create({ channelId: twitter, mode: 'addToQueue', text: `${'a'.repeat(257)} ${longUrl}` });
    expect(over.message).toMatch(/281 characters, the limit is 280/);
    // Bluesky: 300 graphemes (an emoji family is one).
    const family = '👨‍👩‍👧';
    expect(
      (await create({ channelId: defaultChannelId('bluesky'), mode: 'addToQueue', text: family.repeat(300) }))
        .__typename,
    ).toBe('PostActionSuccess');
    expect(
      (await create({ channelId: defaultChannelId('bluesky'), mode: 'addToQueue', text: family.repeat(301) }))
        .__typename,
    ).toBe('InvalidInputError');
    // Mastodon: the channel's maxCharacters (500 in the default seed).
    expect(
      (await create({ channelId: defaultChannelId('mastodon'), mode: 'addToQueue', text: 'm'.repeat(501) })).message,
    ).toMatch(/limit is 500/);
  });

  it('runs aliased createPost mutations in one document in order', async () => {
    const inputs = Object.fromEntries(
      Array.from({ length: 5 }, (_, i) => [
        `i${i}`,
        { channelId: twitter, schedulingType: 'automatic', mode: 'addToQueue', text: `batch ${i}` },
      ]),
    );
    const r = await gql(sb.url, createBatch(5), inputs);
    expect(Object.values(r.body.data).map((v: any) => v.__typename)).toEqual(Array(5).fill('PostActionSuccess'));
    expect(sb.state().posts.map((p) => p.text)).toEqual(['batch 0', 'batch 1', 'batch 2', 'batch 3', 'batch 4']);
    expect(sb.state().stats.byRootField).toEqual({ createPost: 5 });
  });
});
