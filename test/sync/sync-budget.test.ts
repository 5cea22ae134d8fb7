/**
 * Issue 5's request budget: the status of M tracked posts costs at most
 * 2 + ceil(M / 25) requests. Measured on 100 tracked posts in the states a
 * sync meets: all waiting, all just sent, all recorded as sent, some deleted
 * or edited in Buffer, and the worst case where every post must be looked up
 * by ID.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSeed } from '../../src/sandbox/index.js';
import { readBufferBlock, setBufferBlock } from '../../src/writeback/buffer-block.js';
import { inProcess, type InProcess } from './in-process.js';

const M = 100;
const BUDGET = 2 + Math.ceil(M / 25);
const CHANNELS = ['twitter', 'mastodon', 'linkedin', 'bluesky'];

describe(`sync of ${M} tracked posts`, () => {
  let t: InProcess;
  const requestsOf = async (inputs: Record<string, string> = {}) => {
    const before = t.sandbox.state().stats.requests;
    const result = await t.run('sync', inputs);
    expect(result.exitCode, result.reporter.lines.join('\n')).toBe(0);
    return { requests: t.sandbox.state().stats.requests - before, result };
  };

  beforeAll(async () => {
    const seed = defaultSeed();
    // A paid plan: the free plan's 10 scheduled posts per channel would cap the queue at 40.
    seed.organizations[0]!.plan = 'team';
    t = await inProcess({ now: '2027-01-01T00:00:00Z', seed });
    const files: Record<string, string> = {};
    for (let i = 0; i < M; i++) {
      const due = new Date(Date.UTC(2027, 0, 2, 0, 0) + i * 15 * 60_000).toISOString();
      files[`posts/p${String(i).padStart(3, '0')}.md`] =
        `---\nchannel: ${CHANNELS[i % CHANNELS.length]}\nmode: customScheduled\ndueAt: ${due}\n---\nPost number ${i}\n`;
    }
    await t.write(files);
    const apply = await t.run('apply');
    expect(apply.exitCode, apply.reporter.lines.join('\n')).toBe(0);
    expect(t.sandbox.state().posts).toHaveLength(M);
  });
  afterAll(async () => t?.close());

  it('all waiting in Buffer: 2 requests (account; channels and the lists)', async () => {
    const { requests, result } = await requestsOf();
    expect(requests).toBe(2);
    expect(requests).toBeLessThanOrEqual(BUDGET);
    expect(result.report.writeBack?.status).toBe('nothing-to-record');
  });

  it('all just sent: still 2 requests, and every file records sent, sentAt and link', async () => {
    t.sandbox.advanceClock(3 * 24 * 3600);
    const { requests, result } = await requestsOf();
    expect(requests).toBe(2);
    expect(result.report.writeBack?.files).toHaveLength(M);
    const entry = readBufferBlock(await t.read('posts/p042.md'))[CHANNELS[42 % 4]!]!;
    expect(entry).toMatchObject({ status: 'sent', sentAt: '2027-01-02T10:30:00.000Z' });
    expect(entry.link).toMatch(/^https:\/\//);
  });

  it('all recorded as sent: nothing is asked again, 2 requests, nothing written', async () => {
    const { requests, result } = await requestsOf();
    expect(requests).toBe(2);
    expect(result.report.writeBack?.status).toBe('nothing-to-record');
  });

  it('every post must be looked up by ID (files recording only the IDs): 2 + ceil(M/25) = 6', async () => {
    for (const name of await readdir(path.join(t.dir, 'posts'))) {
      const file = `posts/${name}`;
      const raw = await t.read(file);
      const [ref, entry] = Object.entries(readBufferBlock(raw))[0]!;
      await t.write({ [file]: setBufferBlock(raw, { [ref]: { id: entry.id } }) });
    }
    const { requests, result } = await requestsOf();
    expect(requests).toBe(BUDGET);
    expect(result.report.writeBack?.files).toHaveLength(M);
  });
});

describe('sync of 100 waiting posts, 3 deleted and 2 edited in Buffer', () => {
  let t: InProcess;
  afterAll(async () => t?.close());

  it('costs 2 + one lookup per deleted post (Buffer answers only the first missing post of a request); the next sync 2', async () => {
    const seed = defaultSeed();
    seed.organizations[0]!.plan = 'team';
    t = await inProcess({ now: '2027-01-01T00:00:00Z', seed });
    const files: Record<string, string> = {};
    for (let i = 0; i < M; i++)
      files[`posts/p${String(i).padStart(3, '0')}.md`] =
        `---\nchannel: ${CHANNELS[i % CHANNELS.length]}\n---\nQueued post ${i}\n`;
    await t.write(files);
    expect((await t.run('apply')).exitCode).toBe(0);
    const posts = t.sandbox.state().posts;
    for (const p of posts.slice(0, 3)) await fetch(`${t.sandbox.url}/__sandbox/posts/${p.id}`, { method: 'DELETE' });
    for (const p of posts.slice(3, 5)) {
      await fetch(`${t.sandbox.url}/__sandbox/posts/${p.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: `${p.text} (edited in Buffer)` }),
      });
    }
    const driftOf = (r: Awaited<ReturnType<InProcess['run']>>) =>
      (r.report as unknown as { sync: { drift: { kind: string }[] } }).sync.drift.map((d) => d.kind).sort();

    let before = t.sandbox.state().stats.requests;
    const first = await t.run('sync');
    expect(t.sandbox.state().stats.requests - before).toBe(2 + 3);
    expect(driftOf(first)).toEqual(['changed', 'changed', 'gone', 'gone', 'gone']);
    // The files record the deleted posts, so the next sync reports them without asking.
    expect(readBufferBlock(await t.read('posts/p000.md')).twitter).toMatchObject({ status: 'deleted' });

    before = t.sandbox.state().stats.requests;
    const second = await t.run('sync');
    expect(t.sandbox.state().stats.requests - before).toBe(2);
    expect(driftOf(second)).toEqual(['changed', 'changed', 'gone', 'gone', 'gone']);
    expect(second.report.writeBack?.status).toBe('nothing-to-record');
  });
});
