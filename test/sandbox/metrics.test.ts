/**
 * `Post.metrics` and `Post.metricsUpdatedAt` over real HTTP (issue 15): null
 * until the daily refresh (06:00 UTC) after sentAt, then deterministic numbers
 * that move once a sandbox day, the same in GET /__sandbox/state as in the API.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SERVICES, type Service } from '../../src/buffer/types.js';
import {
  defaultChannelId,
  defaultSeed,
  DEFAULT_ORGANIZATION_ID,
  startSandbox,
  type RunningSandbox,
  type SandboxSeed,
} from '../../src/sandbox/index.js';
import { seedObjectId } from '../../src/sandbox/seed.js';
import { CREATE_POST, gql, httpRequest } from './http-client.js';

const METRICS = 'metrics { type name description value unit } metricsUpdatedAt';
const POST = `query Post($input: PostInput!) { post(input: $input) { id status sentAt ${METRICS} } }`;
const POSTS = `query Posts($input: PostsInput!, $first: Int) {
  posts(input: $input, first: $first) { edges { node { id channelService status sentAt ${METRICS} } } pageInfo { hasNextPage } } }`;

type Metric = { type: string; name: string; description: string; value: number; unit: string };
type Answer = { metrics: Metric[] | null; metricsUpdatedAt: string | null };

const onlyMetrics = (p: Answer): Answer => ({ metrics: p.metrics, metricsUpdatedAt: p.metricsUpdatedAt });
const valuesOf = (p: Answer): Record<string, number> =>
  Object.fromEntries((p.metrics ?? []).map((m) => [m.type, m.value]));

async function readPost(sb: RunningSandbox, id: string): Promise<Answer & { status: string }> {
  const r = await gql(sb.url, POST, { input: { id } });
  expect(r.body.errors).toBeUndefined();
  return r.body.data.post;
}

async function readAll(sb: RunningSandbox): Promise<(Answer & { id: string; channelService: Service })[]> {
  const r = await gql(sb.url, POSTS, { input: { organizationId: DEFAULT_ORGANIZATION_ID }, first: 100 });
  expect(r.body.errors).toBeUndefined();
  return r.body.data.posts.edges.map((e: { node: unknown }) => e.node);
}

async function stateOf(sb: RunningSandbox, id: string): Promise<Answer> {
  const state = (await httpRequest(`${sb.url}/__sandbox/state`, 'GET')).body;
  return onlyMetrics(state.posts.find((p: { id: string }) => p.id === id));
}

const setClock = (sb: RunningSandbox, now: string) => httpRequest(`${sb.url}/__sandbox/clock`, 'POST', { now });

/** The default seed plus one post sent on each given service at `sentAt`. */
function seedWithSentPosts(
  services: readonly Service[],
  sentAt: string,
  extra: Partial<SandboxSeed> = {},
): SandboxSeed {
  return {
    ...defaultSeed(),
    posts: services.map((service, i) => ({
      id: seedObjectId(9, i + 1),
      channelId: defaultChannelId(service),
      status: 'sent' as const,
      text: `sent on ${service}`,
      dueAt: sentAt,
      sentAt,
      via: 'api' as const,
    })),
    ...extra,
  };
}

describe('a post published through the API', () => {
  let sb: RunningSandbox;
  let sentId: string;
  let scheduledId: string;
  beforeAll(async () => {
    sb = await startSandbox({ now: '2026-03-02T10:00:00.000Z', rateLimits: false });
    const create = (text: string, dueAt: string) =>
      gql(sb.url, CREATE_POST, {
        input: {
          channelId: defaultChannelId('linkedin'),
          schedulingType: 'automatic',
          mode: 'customScheduled',
          dueAt,
          text,
        },
      });
    sentId = (await create('goes out at 13:00', '2026-03-02T13:00:00Z')).body.data.createPost.post.id;
    scheduledId = (await create('goes out next month', '2026-04-02T13:00:00Z')).body.data.createPost.post.id;
  });
  afterAll(async () => sb.close());

  it('has null metrics and metricsUpdatedAt while scheduled, and once sent until the first refresh', async () => {
    expect(onlyMetrics(await readPost(sb, sentId))).toEqual({ metrics: null, metricsUpdatedAt: null });
    expect((await setClock(sb, '2026-03-02T14:00:00Z')).body.published).toBe(1);
    const sent = await readPost(sb, sentId);
    expect(sent.status).toBe('sent');
    expect(onlyMetrics(sent)).toEqual({ metrics: null, metricsUpdatedAt: null });
    await setClock(sb, '2026-03-03T05:59:59.999Z');
    expect(onlyMetrics(await readPost(sb, sentId))).toEqual({ metrics: null, metricsUpdatedAt: null });
    expect(await stateOf(sb, sentId)).toEqual({ metrics: null, metricsUpdatedAt: null });
  });

  it('answers numbers from the 06:00 UTC refresh on, stable across reads and equal to the state', async () => {
    await setClock(sb, '2026-03-03T06:00:00Z');
    const first = onlyMetrics(await readPost(sb, sentId));
    expect(first.metricsUpdatedAt).toBe('2026-03-03T06:00:00.000Z');
    expect(first.metrics!.map((m) => m.type)).toEqual([
      'reactions',
      'comments',
      'impressions',
      'reach',
      'viewers',
      'totalTimeWatched',
      'engagementRate',
    ]);
    for (const m of first.metrics!) {
      expect(m.value, m.type).toBeGreaterThan(0);
      if (m.unit === 'count') expect(Number.isInteger(m.value), m.type).toBe(true);
    }
    expect(onlyMetrics(await readPost(sb, sentId))).toEqual(first);
    const listed = (await readAll(sb)).find((p) => p.id === sentId)!;
    expect(onlyMetrics(listed)).toEqual(first);
    expect(await stateOf(sb, sentId)).toEqual(first);
    // Later the same sandbox day: nothing moves.
    await setClock(sb, '2026-03-04T05:59:00Z');
    expect(onlyMetrics(await readPost(sb, sentId))).toEqual(first);
  });

  it('moves once a sandbox day: a new metricsUpdatedAt and counts that only grow', async () => {
    const before = onlyMetrics(await readPost(sb, sentId));
    await httpRequest(`${sb.url}/__sandbox/clock`, 'POST', { advanceSeconds: 60 });
    const after = onlyMetrics(await readPost(sb, sentId));
    expect(after.metricsUpdatedAt).toBe('2026-03-04T06:00:00.000Z');
    const b = valuesOf(before);
    const a = valuesOf(after);
    for (const type of Object.keys(b))
      if (type !== 'engagementRate') expect(a[type], type).toBeGreaterThanOrEqual(b[type]!);
    expect(a.impressions).toBeGreaterThan(b.impressions!);
    expect(await stateOf(sb, sentId)).toEqual(after);
  });

  it('keeps a post that is not sent at null however far the clock moves', async () => {
    await setClock(sb, '2026-03-20T12:00:00Z');
    expect(onlyMetrics(await readPost(sb, scheduledId))).toEqual({ metrics: null, metricsUpdatedAt: null });
    expect(await stateOf(sb, scheduledId)).toEqual({ metrics: null, metricsUpdatedAt: null });
  });
});

describe('per-service metric types and units', () => {
  let sb: RunningSandbox;
  beforeAll(async () => {
    sb = await startSandbox({
      now: '2026-03-02T10:00:00.000Z',
      rateLimits: false,
      seed: seedWithSentPosts(SERVICES, '2026-02-20T12:00:00.000Z'),
    });
  });
  afterAll(async () => sb.close());

  it("answers each network's vocabulary, never postCount or a deprecated type", async () => {
    const posts = await readAll(sb);
    expect(posts).toHaveLength(SERVICES.length);
    const types = Object.fromEntries(posts.map((p) => [p.channelService, p.metrics!.map((m) => m.type)]));
    expect(types.linkedin).toEqual(
      expect.arrayContaining([
        'reactions',
        'comments',
        'impressions',
        'reach',
        'engagementRate',
        'viewers',
        'totalTimeWatched',
      ]),
    );
    expect(types.linkedin).toHaveLength(7);
    expect(types.instagram).toEqual(expect.arrayContaining(['saves', 'follows', 'reactions', 'comments']));
    expect(types.pinterest).toContain('saves');
    expect(types.threads).toEqual(expect.arrayContaining(['quotes', 'reposts']));
    expect(types.facebook).toEqual(expect.arrayContaining(['likes', 'reactions']));
    expect(types.twitter).toContain('reposts');
    expect(types.googlebusiness).not.toContain('reactions');
    expect(types.startPage).toEqual([]);
    const deprecated = ['favorites', 'link_clicks', 'other', 'reblogs', 'repins', 'replies', 'retweets', 'postCount'];
    for (const [service, list] of Object.entries(types)) {
      for (const type of deprecated) expect(list, service).not.toContain(type);
      expect(new Set(list).size, service).toBe(list.length);
    }
  });

  it('gives engagementRate unit percentage (0–100) and every other type unit count (whole numbers)', async () => {
    let rates = 0;
    for (const p of await readAll(sb)) {
      for (const m of p.metrics!) {
        if (m.type === 'engagementRate') {
          rates++;
          expect(m).toMatchObject({ unit: 'percentage', name: 'Eng. Rate' });
          expect(m.value).toBeGreaterThanOrEqual(0);
          expect(m.value).toBeLessThanOrEqual(100);
        } else {
          expect(m.unit, `${p.channelService} ${m.type}`).toBe('count');
          expect(Number.isInteger(m.value)).toBe(true);
        }
        expect(m.description.length).toBeGreaterThan(10);
      }
      expect(p.metricsUpdatedAt).toBe('2026-03-02T06:00:00.000Z');
    }
    expect(rates).toBeGreaterThanOrEqual(5);
    const reactions = (await readAll(sb)).find((p) => p.channelService === 'twitter')!.metrics![0]!;
    expect(reactions).toMatchObject({ type: 'reactions', name: 'Reactions', unit: 'count' });
  });
});

describe('determinism and the seed', () => {
  const opened: RunningSandbox[] = [];
  const open = async (seed: SandboxSeed, statePath?: string): Promise<RunningSandbox> => {
    const sb = await startSandbox({ now: '2026-03-10T10:00:00.000Z', rateLimits: false, seed, statePath });
    opened.push(sb);
    return sb;
  };
  afterEach(async () => {
    for (const sb of opened.splice(0)) await sb.close();
  });
  const services: Service[] = ['twitter', 'linkedin', 'instagram'];

  it('answers the same numbers in two sandboxes with the same seed, other numbers with another salt', async () => {
    const a = await readAll(
      await open(seedWithSentPosts(services, '2026-03-01T12:00:00.000Z', { metricsSalt: 'one' })),
    );
    const b = await readAll(
      await open(seedWithSentPosts(services, '2026-03-01T12:00:00.000Z', { metricsSalt: 'one' })),
    );
    const c = await readAll(
      await open(seedWithSentPosts(services, '2026-03-01T12:00:00.000Z', { metricsSalt: 'two' })),
    );
    expect(a.every((p) => p.metrics !== null && p.metrics.length > 0)).toBe(true);
    expect(b).toEqual(a);
    expect(c.map((p) => p.metricsUpdatedAt)).toEqual(a.map((p) => p.metricsUpdatedAt));
    for (let i = 0; i < a.length; i++) {
      expect(c[i]!.metrics!.map((m) => m.type)).toEqual(a[i]!.metrics!.map((m) => m.type));
      expect(valuesOf(c[i]!), a[i]!.channelService).not.toEqual(valuesOf(a[i]!));
    }
  });

  it('answers pinned numbers for a seed post that pins them, after its first refresh', async () => {
    const seed = seedWithSentPosts(['twitter'], '2026-03-01T12:00:00.000Z');
    seed.posts![0]!.pinnedMetrics = { reactions: 40, comments: 5, reposts: 3, clicks: 2, impressions: 1000 };
    const sb = await open(seed);
    const [post] = await readAll(sb);
    expect(valuesOf(post!)).toEqual({
      reactions: 40,
      comments: 5,
      reposts: 3,
      clicks: 2,
      impressions: 1000,
      engagementRate: 5,
    });
    await setClock(sb, '2026-03-01T13:00:00Z');
    expect(onlyMetrics((await readAll(sb))[0]!)).toEqual({ metrics: null, metricsUpdatedAt: null });
  });

  it('refuses a seed pinning a type the service never reports, naming the post', async () => {
    const sb = await open(defaultSeed());
    const seed = seedWithSentPosts(['twitter'], '2026-03-01T12:00:00.000Z');
    seed.posts![0]!.pinnedMetrics = { saves: 3 };
    const r = await httpRequest(`${sb.url}/__sandbox/reset`, 'POST', seed);
    expect(r.status).toBe(400);
    expect(r.body.error).toMatch(/Seed post 65f0c0de0009000000000001: "pinnedMetrics" names "saves"/);
    const salted = await httpRequest(`${sb.url}/__sandbox/reset`, 'POST', { ...defaultSeed(), metricsSalt: 7 });
    expect(salted.status).toBe(400);
    expect(salted.body.error).toMatch(/metricsSalt/);
  });

  it('keeps the salt and the pins through --state FILE, and never stores derived numbers there', async () => {
    const statePath = join(mkdtempSync(join(tmpdir(), 'sandbox-metrics-')), 'state.json');
    const seed = seedWithSentPosts(services, '2026-03-01T12:00:00.000Z', { metricsSalt: 'kept' });
    seed.posts![0]!.pinnedMetrics = { reactions: 9 };
    const first = await open(seed, statePath);
    const before = await readAll(first);
    await first.close();
    opened.splice(opened.indexOf(first), 1);
    const saved = JSON.parse(readFileSync(statePath, 'utf8'));
    expect(saved.seed.metricsSalt).toBe('kept');
    expect(saved.seed.posts[0].pinnedMetrics).toEqual({ reactions: 9 });
    expect(saved.seed.posts[0]).not.toHaveProperty('metrics');
    const again = await open(defaultSeed(), statePath);
    expect(await readAll(again)).toEqual(before);
    expect(valuesOf(before[0]!).reactions).toBe(9);
  });

  it('loads a state snapshot fed back as a seed (its derived metrics are recomputed, not taken)', async () => {
    const sb = await open(seedWithSentPosts(services, '2026-03-01T12:00:00.000Z', { metricsSalt: 's' }));
    const before = await readAll(sb);
    const state = (await httpRequest(`${sb.url}/__sandbox/state`, 'GET')).body;
    state.posts[0].metrics = [{ type: 'reactions', name: 'x', description: 'x', value: 1e9, unit: 'count' }];
    const reset = await httpRequest(`${sb.url}/__sandbox/reset`, 'POST', {
      accounts: defaultSeed().accounts,
      organizations: state.organizations,
      channels: state.channels,
      posts: state.posts,
      metricsSalt: 's',
    });
    expect(reset.status).toBe(200);
    expect(await readAll(sb)).toEqual(before);
  });
});

describe('query limits', () => {
  let sb: RunningSandbox;
  beforeAll(async () => {
    const seed = defaultSeed();
    seed.posts = Array.from({ length: 100 }, (_, i) => ({
      id: seedObjectId(9, i + 1),
      channelId: defaultChannelId(SERVICES[i % SERVICES.length]!),
      status: 'sent' as const,
      text: `post ${i}`,
      sentAt: new Date(Date.parse('2026-02-01T12:00:00Z') + i * 3_600_000).toISOString(),
    }));
    sb = await startSandbox({ now: '2026-03-02T10:00:00.000Z', rateLimits: false, seed });
  });
  afterAll(async () => sb.close());

  it('serves 100 posts with every metrics field selected within the complexity limit', async () => {
    const query = `query Posts($input: PostsInput!, $first: Int) {
      posts(input: $input, first: $first) {
        edges { cursor node { id channelId channelService status text dueAt sentAt externalLink
          metrics { type name description value unit } metricsUpdatedAt } }
        pageInfo { hasNextPage endCursor } } }`;
    const r = await gql(sb.url, query, { input: { organizationId: DEFAULT_ORGANIZATION_ID }, first: 100 });
    expect(r.body.errors).toBeUndefined();
    const nodes = r.body.data.posts.edges.map((e: { node: Answer }) => e.node);
    expect(nodes).toHaveLength(100);
    expect(
      nodes.every((n: Answer) => Array.isArray(n.metrics) && n.metricsUpdatedAt === '2026-03-02T06:00:00.000Z'),
    ).toBe(true);
    expect(r.body.data.posts.pageInfo.hasNextPage).toBe(false);
  });
});
