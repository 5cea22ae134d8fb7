import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  defaultChannelId,
  defaultSeed,
  DEFAULT_ORGANIZATION_ID,
  startSandbox,
  type RunningSandbox,
  type SandboxSeed,
} from '../../src/sandbox/index.js';
import { SERVICES } from '../../src/buffer/types.js';
import { CREATE_POST, gql } from './http-client.js';

const NOW = '2026-03-02T10:00:00.000Z';
let sb: RunningSandbox;
beforeAll(async () => {
  sb = await startSandbox({ now: NOW, rateLimits: false });
  // 12 posts on mastodon, one a day; the free plan caps a channel at 10 scheduled, so the last 3 are drafts.
  for (let i = 0; i < 12; i++) {
    const r = await gql(sb.url, CREATE_POST, {
      input: {
        channelId: defaultChannelId('mastodon'),
        schedulingType: 'automatic',
        mode: 'customScheduled',
        dueAt: `2026-03-${String(10 + i).padStart(2, '0')}T12:00:00Z`,
        text: `post ${i}`,
        saveToDraft: i >= 9,
      },
    });
    expect(r.body.data.createPost.__typename).toBe('PostActionSuccess');
  }
});
afterAll(async () => sb.close());

const POSTS = `query Posts($input: PostsInput!, $first: Int, $after: String) {
  posts(input: $input, first: $first, after: $after) { edges { cursor node { id text status dueAt } } pageInfo { startCursor endCursor hasNextPage hasPreviousPage } } }`;

describe('account and channels', () => {
  it('lists one channel per service with deterministic IDs and handles', async () => {
    const r = await gql(
      sb.url,
      `query($i: ChannelsInput!) { channels(input: $i) { id name service timezone metadata { __typename ... on MastodonMetadata { maxCharacters } ... on PinterestMetadata { boards { serviceId name } } } } }`,
      { i: { organizationId: DEFAULT_ORGANIZATION_ID } },
    );
    const list = r.body.data.channels;
    expect(list.map((c: any) => c.service).sort()).toEqual([...SERVICES].sort());
    expect(list.find((c: any) => c.service === 'twitter')).toMatchObject({
      id: '65f0c0de000300000000000b',
      name: 'acme',
      timezone: 'Europe/London',
    });
    expect(list.find((c: any) => c.service === 'bluesky').name).toBe('acme.bsky.social');
    expect(list.find((c: any) => c.service === 'mastodon').metadata).toEqual({
      __typename: 'MastodonMetadata',
      maxCharacters: 500,
    });
    expect(list.find((c: any) => c.service === 'pinterest').metadata.boards).toHaveLength(2);
    expect(list.find((c: any) => c.service === 'threads').metadata).toBeNull();
  });

  it('answers an unknown channel with NOT_FOUND', async () => {
    const r = await gql(sb.url, `query($i: ChannelInput!) { channel(input: $i) { id } }`, {
      i: { id: 'ffffffffffffffffffffffff' },
    });
    expect(r.status).toBe(200);
    expect(r.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('returns the account with its organizations', async () => {
    const r = await gql(
      sb.url,
      '{ account { email timezone organizations { id name channelCount limits { scheduledPosts } } } }',
    );
    expect(r.body.data.account).toEqual({
      email: 'sandbox@example.com',
      timezone: 'Europe/London',
      organizations: [
        { id: DEFAULT_ORGANIZATION_ID, name: 'Acme Inc', channelCount: 12, limits: { scheduledPosts: 10 } },
      ],
    });
  });
});

describe('posts', () => {
  it('pages with first/after opaque cursors, hasPreviousPage always false', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const r = await gql(sb.url, POSTS, {
        input: { organizationId: DEFAULT_ORGANIZATION_ID },
        first: 5,
        ...(after ? { after } : {}),
      });
      const { edges, pageInfo } = r.body.data.posts;
      pages++;
      seen.push(...edges.map((e: any) => e.node.text));
      expect(pageInfo.hasPreviousPage).toBe(false);
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    // Default order: dueAt ascending, undated drafts last.
    expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => `post ${i}`));
  });

  it('filters by status, channel and dueAt range, and sorts descending', async () => {
    const r = await gql(sb.url, POSTS, {
      input: {
        organizationId: DEFAULT_ORGANIZATION_ID,
        filter: {
          status: ['scheduled'],
          channelIds: [defaultChannelId('mastodon')],
          dueAt: { start: '2026-03-12T00:00:00Z', end: '2026-03-15T00:00:00Z' },
        },
        sort: [{ field: 'dueAt', direction: 'desc' }],
      },
      first: 50,
    });
    expect(r.body.data.posts.edges.map((e: any) => e.node.text)).toEqual(['post 4', 'post 3', 'post 2']);
    const drafts = await gql(sb.url, POSTS, {
      input: { organizationId: DEFAULT_ORGANIZATION_ID, filter: { status: ['draft'] } },
      first: 50,
    });
    expect(drafts.body.data.posts.edges).toHaveLength(3);
    const none = await gql(sb.url, POSTS, {
      input: { organizationId: DEFAULT_ORGANIZATION_ID, filter: { channelIds: [defaultChannelId('twitter')] } },
    });
    expect(none.body.data.posts).toEqual({
      edges: [],
      pageInfo: { startCursor: null, endCursor: null, hasNextPage: false, hasPreviousPage: false },
    });
  });

  it('answers an unknown post with NOT_FOUND', async () => {
    const r = await gql(sb.url, `query($i: PostInput!) { post(input: $i) { id } }`, {
      i: { id: 'ffffffffffffffffffffffff' },
    });
    expect(r.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('dailyPostingLimits', () => {
  it('counts scheduled posts in the channel-local day and reports the seeded limit', async () => {
    const q = `query($i: DailyPostingLimitsInput!) { dailyPostingLimits(input: $i) { channelId sent scheduled limit isAtLimit } }`;
    const r = await gql(sb.url, q, {
      i: { channelIds: [defaultChannelId('mastodon'), defaultChannelId('twitter')], date: '2026-03-10T00:00:00.000Z' },
    });
    expect(r.body.data.dailyPostingLimits).toEqual([
      { channelId: defaultChannelId('mastodon'), sent: 0, scheduled: 1, limit: 50, isAtLimit: false },
      { channelId: defaultChannelId('twitter'), sent: 0, scheduled: 0, limit: 50, isAtLimit: false },
    ]);
  });
});

describe('several organizations', () => {
  it('scopes channels to their organization and rejects dailyPostingLimits across organizations', async () => {
    const seed: SandboxSeed = defaultSeed();
    seed.organizations.push({ id: 'bbbbbbbbbbbbbbbbbbbbbbbb', name: 'Beta Ltd', plan: 'team' });
    seed.channels.push({
      id: 'cccccccccccccccccccccccc',
      organizationId: 'bbbbbbbbbbbbbbbbbbbbbbbb',
      service: 'twitter',
      name: 'acme',
      timezone: 'America/New_York',
    });
    const other = await startSandbox({ seed, rateLimits: false });
    try {
      const orgs = (await gql(other.url, '{ account { organizations { name } } }')).body.data.account.organizations;
      expect(orgs.map((o: any) => o.name)).toEqual(['Acme Inc', 'Beta Ltd']);
      const chans = await gql(other.url, `query($i: ChannelsInput!) { channels(input: $i) { id } }`, {
        i: { organizationId: 'bbbbbbbbbbbbbbbbbbbbbbbb' },
      });
      expect(chans.body.data.channels).toEqual([{ id: 'cccccccccccccccccccccccc' }]);
      const mixed = await gql(
        other.url,
        `query($i: DailyPostingLimitsInput!) { dailyPostingLimits(input: $i) { channelId } }`,
        { i: { channelIds: ['cccccccccccccccccccccccc', defaultChannelId('twitter')] } },
      );
      expect(mixed.body.errors[0].message).toMatch(/same organization/);
    } finally {
      await other.close();
    }
  });
});
