/**
 * The client against the real sandbox over HTTP: every union member and error
 * path, retries, batching and pagination, with request counts read from the
 * sandbox's own stats.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BufferClient, type BatchOperation } from '../../src/buffer/client.js';
import {
  BufferAuthError,
  BufferNotFoundError,
  BufferRateLimitError,
  BufferTransportError,
} from '../../src/buffer/errors.js';
import type { Channel, CreatePostInput, Post, Service } from '../../src/buffer/types.js';
import { startSandbox } from '../../src/sandbox/index.js';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
interface StateJson {
  stats: { requests: number };
  posts: { id: string; text: string; status: string }[];
}

const START = '2026-09-01T08:00:00.000Z';
const UNKNOWN_ID = 'ffffffffffffffffffffffff';

let sb: Sandbox;
let waits: number[];
let orgId: string;
let channels: Record<string, Channel>;

async function state(box: Sandbox = sb): Promise<StateJson> {
  return (await box.state()) as unknown as StateJson;
}

function clientFor(box: Sandbox, extra: Partial<ConstructorParameters<typeof BufferClient>[0]> = {}): BufferClient {
  return new BufferClient({
    apiKey: box.apiKey,
    apiUrl: box.url,
    // Waiting means moving the sandbox's frozen clock, never real time.
    sleep: async (ms) => {
      waits.push(ms);
      await box.advanceClock(ms / 1000);
    },
    transportRetryDelaysMs: [1, 1],
    ...extra,
  });
}

function post(service: Service, text: string, extra: Partial<CreatePostInput> = {}): CreatePostInput {
  return {
    channelId: channels[service]!.id,
    schedulingType: 'automatic',
    mode: 'addToQueue',
    assets: [],
    text,
    ...extra,
  };
}

beforeAll(async () => {
  sb = await startSandbox({ port: 0, now: START, clock: 'frozen', rateLimits: false });
  waits = [];
  const c = clientFor(sb);
  const account = await c.account();
  orgId = account.organizations[0]!.id;
  channels = Object.fromEntries((await c.channels(orgId)).map((ch) => [ch.service, ch]));
});
afterAll(() => sb.close());
beforeEach(async () => {
  await sb.reset();
  waits = [];
});

describe('queries', () => {
  it('account and channels: org "Acme Inc", one channel per service, Mastodon maxCharacters', async () => {
    const c = clientFor(sb);
    const { account, channels: list } = await c.accountAndChannels(orgId);
    expect(account.organizations.map((o) => o.name)).toContain('Acme Inc');
    expect(new Set(list.map((ch) => ch.service)).size).toBe(list.length);
    expect(list.find((ch) => ch.service === 'mastodon')?.maxCharacters).toEqual(expect.any(Number));
    expect(list.find((ch) => ch.service === 'twitter')?.maxCharacters).toBeUndefined();
    // Both root fields in one HTTP request.
    expect(c.requestCount).toBe(1);
    expect((await state()).stats.requests).toBe(1);
    expect(c.rateLimit).toBeUndefined(); // rate limits are off in this sandbox
  });

  it('channel by id, and NOT_FOUND → BufferNotFoundError', async () => {
    const c = clientFor(sb);
    await expect(c.channel(channels.linkedin!.id)).resolves.toMatchObject({
      id: channels.linkedin!.id,
      service: 'linkedin',
    });
    await expect(c.channel(UNKNOWN_ID)).rejects.toBeInstanceOf(BufferNotFoundError);
  });

  it('post by id; unknown id → null; postsByIds in one request', async () => {
    const c = clientFor(sb);
    const a = await c.createPost(post('twitter', 'first'));
    const b = await c.createPost(post('linkedin', 'second'));
    if (!a.ok || !b.ok) throw new Error('setup failed');
    await expect(c.post(a.value.id)).resolves.toMatchObject({ id: a.value.id, text: 'first', status: 'scheduled' });
    await expect(c.post(UNKNOWN_ID)).resolves.toBeNull();
    const before = (await state()).stats.requests;
    const map = await c.postsByIds([a.value.id, b.value.id]);
    expect(map.get(a.value.id)?.text).toBe('first');
    expect(map.get(b.value.id)?.text).toBe('second');
    expect((await state()).stats.requests - before).toBe(1);
    const withMissing = await c.postsByIds([a.value.id, UNKNOWN_ID, b.value.id]);
    expect(withMissing.get(UNKNOWN_ID)).toBeNull();
    expect(withMissing.get(b.value.id)?.id).toBe(b.value.id);
  });

  it('posts follows pageInfo.hasNextPage over several pages', async () => {
    const c = clientFor(sb);
    const texts = Array.from({ length: 12 }, (_, i) => `page post ${i}`);
    const out = await c.mutateBatch(
      texts.map((t, i) => ({ kind: 'createPost', input: post(i % 2 ? 'linkedin' : 'twitter', t) })),
    );
    expect(out.every((o) => o.ok === true)).toBe(true);
    const before = (await state()).stats.requests;
    const all = await c.posts(
      { organizationId: orgId, sort: [{ field: 'createdAt', direction: 'asc' }] },
      { pageSize: 5 },
    );
    expect((await state()).stats.requests - before).toBe(3);
    expect(all.map((p) => p.text).sort()).toEqual([...texts].sort());
    expect(new Set(all.map((p) => p.id)).size).toBe(12);
    const filtered = await c.posts(
      { organizationId: orgId, filter: { channelIds: [channels.twitter!.id] } },
      { pageSize: 5 },
    );
    expect(filtered).toHaveLength(6);
  });

  it('dailyPostingLimits per channel', async () => {
    const c = clientFor(sb);
    await c.createPost(post('twitter', 'one'));
    const ids = [channels.twitter!.id, channels.linkedin!.id];
    const limits = await c.dailyPostingLimits(ids);
    expect(limits.map((l) => l.channelId).sort()).toEqual([...ids].sort());
    for (const l of limits) expect(typeof l.isAtLimit).toBe('boolean');
  });
});

describe('mutations: every union member', () => {
  it('createPost success, editPost success (mode omitted keeps the schedule)', async () => {
    const c = clientFor(sb);
    const created = await c.createPost(post('twitter', 'hello'));
    expect(created).toMatchObject({
      ok: true,
      value: { text: 'hello', status: 'scheduled', channelId: channels.twitter!.id },
    });
    if (!created.ok) return;
    const edited = await c.editPost({ id: created.value.id, text: 'hello again' });
    expect(edited).toMatchObject({
      ok: true,
      value: { id: created.value.id, text: 'hello again', dueAt: created.value.dueAt },
    });
  });

  it('InvalidInputError: Instagram without media', async () => {
    const res = await clientFor(sb).createPost(post('instagram', 'no picture'));
    expect(res).toMatchObject({ ok: false, error: { type: 'InvalidInputError', message: expect.any(String) } });
    expect((await state()).posts).toHaveLength(0);
  });

  it('LimitReachedError: the 11th scheduled post on one channel (free plan), per item in one batch', async () => {
    const c = clientFor(sb);
    const ops: BatchOperation[] = Array.from({ length: 11 }, (_, i) => ({
      kind: 'createPost',
      input: post('linkedin', `queued ${i}`),
    }));
    const out = await c.mutateBatch(ops);
    expect(out.slice(0, 10).every((o) => o.ok === true)).toBe(true);
    expect(out[10]).toMatchObject({ ok: false, error: { type: 'LimitReachedError' } });
    expect(c.requestCount).toBe(1);
  });

  it('NotFoundError: editing an unknown post', async () => {
    const res = await clientFor(sb).editPost({ id: UNKNOWN_ID, text: 'x' });
    expect(res).toMatchObject({ ok: false, error: { type: 'NotFoundError' } });
  });

  it('deletePost twice: deleted, then not found', async () => {
    const c = clientFor(sb);
    const created = await c.createPost(post('twitter', 'to delete'));
    if (!created.ok) throw new Error('setup failed');
    await expect(c.deletePost(created.value.id)).resolves.toEqual({ ok: true, value: { id: created.value.id } });
    await expect(c.deletePost(created.value.id)).resolves.toMatchObject({
      ok: false,
      error: { type: 'NotFoundError' },
    });
    expect((await state()).posts).toHaveLength(0);
  });

  it('createIdea: success and InvalidInputError', async () => {
    const c = clientFor(sb);
    await expect(
      c.createIdea({ organizationId: orgId, content: { title: 'T', text: 'an idea' } }),
    ).resolves.toMatchObject({
      ok: true,
      value: { organizationId: orgId, content: { title: 'T', text: 'an idea' } },
    });
    await expect(c.createIdea({ organizationId: orgId, content: {} })).resolves.toMatchObject({
      ok: false,
      error: { type: 'InvalidInputError' },
    });
  });

  it('a batch of 25 creates is ONE HTTP request', async () => {
    const c = clientFor(sb);
    const services: Service[] = ['twitter', 'linkedin', 'mastodon', 'bluesky', 'threads'];
    const ops: BatchOperation[] = Array.from({ length: 25 }, (_, i) => ({
      kind: 'createPost',
      input: post(services[i % 5]!, `bulk ${i}`),
    }));
    const out = await c.mutateBatch(ops);
    expect(out.filter((o) => o.ok === true)).toHaveLength(25);
    const s = await state();
    expect(s.stats.requests).toBe(1);
    expect(s.posts).toHaveLength(25);
    expect(out.map((o) => (o.ok === true ? (o.value as Post).text : ''))).toEqual(ops.map((_, i) => `bulk ${i}`));
  });

  it("30 aliases (the query-limit cap) pass the sandbox's query limits in one request", async () => {
    const c = clientFor(sb);
    const created = await c.createPost(post('twitter', 'v0'));
    if (!created.ok) throw new Error('setup failed');
    const ops: BatchOperation[] = Array.from({ length: 30 }, (_, i) => ({
      kind: 'editPost',
      input: { id: created.value.id, text: `v${i + 1}` },
    }));
    const out = await c.mutateBatch(ops, { maxBatch: 30 });
    expect(out.every((o) => o.ok === true)).toBe(true);
    expect(c.requestCount).toBe(2);
    expect((await c.post(created.value.id))?.text).toBe('v30');
  });

  it('a batch mixing edit, delete, create and idea', async () => {
    const c = clientFor(sb);
    const a = await c.createPost(post('twitter', 'keep'));
    const b = await c.createPost(post('twitter', 'drop'));
    if (!a.ok || !b.ok) throw new Error('setup failed');
    const out = await c.mutateBatch([
      { kind: 'editPost', input: { id: a.value.id, text: 'kept and edited' } },
      { kind: 'deletePost', id: b.value.id },
      { kind: 'createPost', input: post('linkedin', 'new') },
      { kind: 'createIdea', input: { organizationId: orgId, content: { text: 'idea' } } },
    ]);
    expect(out.map((o) => o.ok)).toEqual([true, true, true, true]);
    expect((out[0] as { value: Post }).value.text).toBe('kept and edited');
    expect((out[1] as { value: { id: string } }).value.id).toBe(b.value.id);
    expect((await state()).posts.map((p) => p.text).sort()).toEqual(['kept and edited', 'new']);
  });
});

describe('authentication', () => {
  it('a wrong key → BufferAuthError with the fix', async () => {
    const err = await new BufferClient({ apiKey: 'not-the-key', apiUrl: sb.url }).account().catch((e) => e);
    expect(err).toBeInstanceOf(BufferAuthError);
    expect(err.code).toBe('UNAUTHENTICATED');
    expect(err.message).toMatch(/publish\.buffer\.com\/settings\/api.*BUFFER_API_KEY/);
    expect(err.message).not.toContain('not-the-key');
  });
});

describe('faults', () => {
  it('lost response on createPost (drop-after-commit): not resent; one post exists', async () => {
    await sb.setFaults({ rules: [{ operation: 'createPost', nth: 1, times: 1, fault: 'drop-after-commit' }] });
    const c = clientFor(sb);
    const err = await c.createPost(post('twitter', 'exactly once')).catch((e) => e);
    expect(err).toBeInstanceOf(BufferTransportError);
    expect(err.mayHaveExecuted).toBe(true);
    const s = await state();
    expect(s.stats.requests).toBe(1);
    expect(s.posts).toHaveLength(1);
  });

  it('lost response in a create batch → unknown outcomes, no automatic retry', async () => {
    await sb.setFaults({ rules: [{ operation: 'createPost', nth: 2, times: 1, fault: 'drop-after-commit' }] });
    const c = clientFor(sb);
    const out = await c.mutateBatch(
      [0, 1, 2].map((i) => ({ kind: 'createPost' as const, input: post('twitter', `b${i}`) })),
    );
    expect(out.map((o) => o.ok)).toEqual(['unknown', 'unknown', 'unknown']);
    const s = await state();
    expect(s.stats.requests).toBe(1);
    expect(s.posts.map((p) => p.text).sort()).toEqual(['b0', 'b1']);
  });

  it('lost response on deletePost (drop-after-commit) → retried, counts as deleted', async () => {
    const c = clientFor(sb);
    const created = await c.createPost(post('twitter', 'bye'));
    if (!created.ok) throw new Error('setup failed');
    await sb.setFaults({ rules: [{ operation: 'deletePost', nth: 1, times: 1, fault: 'drop-after-commit' }] });
    await expect(c.deletePost(created.value.id)).resolves.toEqual({ ok: true, value: { id: created.value.id } });
    expect(c.requestCount).toBe(3);
    expect((await state()).posts).toHaveLength(0);
  });

  it('dropped before commit on deletePost → the retry deletes', async () => {
    const c = clientFor(sb);
    const created = await c.createPost(post('twitter', 'bye'));
    if (!created.ok) throw new Error('setup failed');
    await sb.setFaults({ rules: [{ operation: 'deletePost', fault: 'drop-before-commit' }] });
    await expect(c.deletePost(created.value.id)).resolves.toEqual({ ok: true, value: { id: created.value.id } });
    expect((await state()).posts).toHaveLength(0);
  });

  it('HTTP 500 on createPost: thrown, not resent', async () => {
    await sb.setFaults({ rules: [{ operation: 'createPost', fault: 'http-500' }] });
    const err = await clientFor(sb)
      .createPost(post('twitter', 'x'))
      .catch((e) => e);
    expect(err).toBeInstanceOf(BufferTransportError);
    expect(err.status).toBe(500);
    const s = await state();
    expect(s.stats.requests).toBe(1);
    expect(s.posts).toHaveLength(0);
  });

  it('UNEXPECTED on a read is retried', async () => {
    await sb.setFaults({ rules: [{ operation: 'channels', fault: 'unexpected' }] });
    const c = clientFor(sb);
    await expect(c.channels(orgId)).resolves.toHaveLength(Object.keys(channels).length);
    expect(c.requestCount).toBe(2);
  });

  it('limit-reached in the middle of a batch → per-item outcomes', async () => {
    await sb.setFaults({ rules: [{ operation: 'createPost', nth: 3, fault: 'limit-reached' }] });
    const c = clientFor(sb);
    const out = await c.mutateBatch(
      [0, 1, 2, 3, 4].map((i) => ({ kind: 'createPost' as const, input: post('twitter', `m${i}`) })),
    );
    expect(out.map((o) => (o.ok === false ? o.error.type : o.ok))).toEqual([
      true,
      true,
      'LimitReachedError',
      true,
      true,
    ]);
    expect(c.requestCount).toBe(1);
    expect((await state()).posts).toHaveLength(4);
  });

  it('a 429 before execution: a create batch waits Retry-After and is sent again (nothing duplicated)', async () => {
    await sb.setFaults({ rules: [{ operation: 'createPost', fault: 'rate-limit' }] });
    const c = clientFor(sb, { maxWaitMs: 3_600_000 });
    const out = await c.mutateBatch(
      [0, 1].map((i) => ({ kind: 'createPost' as const, input: post('twitter', `r${i}`) })),
    );
    expect(out.map((o) => o.ok)).toEqual([true, true]);
    // The sandbox's injected rate-limit fault answers Retry-After: 1 (faults.ts).
    expect(waits).toEqual([1_000]);
    expect((await state()).posts).toHaveLength(2);
  });
});

describe('rate limits', () => {
  let limited: Sandbox;
  beforeAll(async () => {
    limited = await startSandbox({
      port: 0,
      now: START,
      clock: 'frozen',
      rateLimits: { '15m': 2, '24h': 100, '30d': 1000 },
    });
  });
  afterAll(() => limited.close());
  beforeEach(() => limited.reset());

  it('headers expose the budget; a read waits Retry-After (clock advanced) and succeeds', async () => {
    // The frozen clock puts both earlier requests at one instant, so the wait is the full 15 minutes.
    const c = clientFor(limited, { maxWaitMs: 3_600_000 });
    await c.account();
    expect(c.rateLimit?.windows.map((w) => w.window)).toEqual(['15m', '24h', '30d']);
    expect(c.rateLimit?.tightest).toMatchObject({ window: '15m', limit: 2, remaining: 1 });
    await c.account();
    const before = waits.length;
    await expect(c.account()).resolves.toMatchObject({ organizations: expect.any(Array) });
    expect(waits.length - before).toBe(1);
    expect(waits.at(-1)).toBe(900_000);
    // The headers said the budget was spent, so the client waited before
    // sending rather than spending a request on a 429 (issue 6).
    expect(c.requestCount).toBe(3);
    expect(limited.state().stats.rateLimited).toBe(0);
  });

  it('a wait beyond the bound → BufferRateLimitError naming the window', async () => {
    const c = clientFor(limited, { maxWaitMs: 1_000 });
    await c.account();
    await c.account();
    const err = await c.account().catch((e) => e);
    expect(err).toBeInstanceOf(BufferRateLimitError);
    expect(err.window).toBe('15m');
    expect(err.retryAfterSeconds).toBeGreaterThan(1);
    expect(err.message).toMatch(/Retry after/);
  });
});
