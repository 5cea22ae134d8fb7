/**
 * Issue 5's request budget: the status of M tracked posts costs at most
 * 2 + ceil(M / 25) requests. Measured on 100 tracked posts in the states a
 * sync meets: all waiting, all just sent, all recorded as sent, some deleted
 * or edited in Buffer, and the worst case where every post must be looked up
 * by ID. With `metrics-file: none` the counts are exactly those of before
 * metrics (issue 15); with metrics on, a sync stays within the budget plus the
 * one request for channel totals, and reads further pages of sent posts only
 * while it stays within the budget.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSeed } from '../../src/sandbox/index.js';
import { parseMetricsCsv } from '../../src/metrics/csv.js';
import { readBufferBlock, setBufferBlock } from '../../src/writeback/buffer-block.js';
import { inProcess, type InProcess } from './in-process.js';

const M = 100;
const BUDGET = 2 + Math.ceil(M / 25);
const CHANNELS = ['twitter', 'mastodon', 'linkedin', 'bluesky'];

/** Requests of each case: metrics off (exactly as before issue 15), and on (the status budget, +1 for channel totals once a post has numbers). */
const MODES = [
  { name: 'metrics-file: none', inputs: { 'metrics-file': 'none' }, waiting: 2, sent: 2, recorded: 2, byId: BUDGET },
  { name: 'metrics on (posts/metrics.csv)', inputs: {}, waiting: 2, sent: 3, recorded: 3, byId: 3 },
] as const;

describe.each(MODES)(`sync of ${M} tracked posts, $name`, (mode) => {
  let t: InProcess;
  const requestsOf = async () => {
    const before = t.sandbox.state().stats.requests;
    const result = await t.run('sync', { ...mode.inputs });
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

  it(`all waiting in Buffer: ${mode.waiting} requests (account; channels and the lists)`, async () => {
    const { requests, result } = await requestsOf();
    expect(requests).toBe(mode.waiting);
    expect(requests).toBeLessThanOrEqual(BUDGET);
    expect(result.report.writeBack?.status).toBe('nothing-to-record');
    expect(result.reporter.lines.join('\n')).toContain(
      `Reading Buffer took ${mode.waiting} request(s) (budget 2 + ⌈M/25⌉ = ${BUDGET}`,
    );
  });

  it(`all just sent: ${mode.sent} requests, and every file records sent, sentAt and link`, async () => {
    t.sandbox.advanceClock(3 * 24 * 3600);
    const { requests, result } = await requestsOf();
    expect(requests).toBe(mode.sent);
    expect(requests).toBeLessThanOrEqual(BUDGET + 1);
    const entry = readBufferBlock(await t.read('posts/p042.md'))[CHANNELS[42 % 4]!]!;
    expect(entry).toMatchObject({ status: 'sent', sentAt: '2027-01-02T10:30:00.000Z' });
    expect(entry.link).toMatch(/^https:\/\//);
    if (mode.inputs['metrics-file' as keyof typeof mode.inputs] === 'none') {
      expect(result.report.writeBack?.files).toHaveLength(M);
      expect(result.report.metrics).toBeUndefined();
      await expect(t.read('posts/metrics.csv')).rejects.toThrow(/ENOENT/);
    } else {
      // Every post had its first daily refresh (06:00 UTC on 3 January): the same write records the numbers too.
      expect(result.report.writeBack?.files).toHaveLength(M + 1);
      expect(result.report.writeBack?.files).toContain('posts/metrics.csv');
      const rows = parseMetricsCsv(await t.read('posts/metrics.csv')).rows;
      expect(rows).toHaveLength(M);
      const state = new Map(t.sandbox.state().posts.map((p) => [p.id, p]));
      for (const row of rows) {
        const stored = state.get(row.postId)!;
        expect(row.metricsUpdatedAt).toBe(stored.metricsUpdatedAt);
        expect(row.metrics).toEqual(Object.fromEntries(stored.metrics!.map((m) => [m.type, m.value])));
      }
      expect(result.reporter.lines.join('\n')).toContain(
        `Reading Buffer took 3 request(s) (budget 2 + ⌈M/25⌉ = ${BUDGET}`,
      );
      expect(result.reporter.lines.join('\n')).toContain('+1 for channel totals');
      expect(result.report.metrics?.totals.map((c) => c.postCount).reduce((a, b) => a + b)).toBe(M);
    }
  });

  it(`all recorded as sent: no status is asked again, ${mode.recorded} requests, nothing written`, async () => {
    const { requests, result } = await requestsOf();
    expect(requests).toBe(mode.recorded);
    expect(requests).toBeLessThanOrEqual(BUDGET + 1);
    expect(result.report.writeBack?.status).toBe('nothing-to-record');
  });

  it(`every post must be looked up by ID (files recording only the IDs): ${mode.byId} ≤ 2 + ceil(M/25) = ${BUDGET}`, async () => {
    for (const name of (await readdir(path.join(t.dir, 'posts'))).filter((n) => n.endsWith('.md'))) {
      const file = `posts/${name}`;
      const raw = await t.read(file);
      const [ref, entry] = Object.entries(readBufferBlock(raw))[0]!;
      await t.write({ [file]: setBufferBlock(raw, { [ref]: { id: entry.id } }) });
    }
    const { requests, result } = await requestsOf();
    expect(requests).toBe(mode.byId);
    // With metrics on the list of sent posts already holds them all, so none is looked up.
    expect(requests).toBeLessThanOrEqual(BUDGET);
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

describe('metrics on: sent posts no file tracks crowd the list of sent posts', () => {
  const NOW = '2027-03-01T12:00:00.000Z';
  const ago = (hours: number) => new Date(Date.parse(NOW) - hours * 3600_000).toISOString();
  const TRACKED = 5;
  const budget = 2 + Math.ceil(TRACKED / 25);
  const trackedId = (i: number) => `d${String(i).padStart(23, '0')}`;
  const seedWith = (untracked: number) => {
    const seed = defaultSeed();
    const twitter = seed.channels.find((c) => c.service === 'twitter')!.id;
    const sent = (id: string, hours: number) => ({
      id,
      channelId: twitter,
      status: 'sent' as const,
      text: `Sent ${id}`,
      dueAt: ago(hours),
      sentAt: ago(hours),
      externalLink: `https://x.com/acme/status/${id}`,
    });
    // The tracked posts were sent ten days ago; the untracked ones since, so they come first in a newest-first list.
    seed.posts = [
      ...Array.from({ length: TRACKED }, (_, i) => sent(trackedId(i), 240 + i)),
      ...Array.from({ length: untracked }, (_, i) => sent(`e${String(i).padStart(23, '0')}`, 24 + i)),
    ];
    return seed;
  };
  let t: InProcess;
  afterAll(async () => t?.close());

  it(`reads further pages while within 2 + ceil(M/25) = ${budget}, then the totals (+1); posts not reached keep their numbers and a note says how many`, async () => {
    t = await inProcess({ now: NOW, seed: seedWith(150) });
    const files: Record<string, string> = {};
    for (let i = 0; i < TRACKED; i++) {
      files[`posts/t${i}.md`] = setBufferBlock(`---\nchannel: twitter\n---\nSent ${trackedId(i)}\n`, {
        twitter: { id: trackedId(i), status: 'sent', sentAt: ago(240 + i) },
      });
    }
    await t.write(files);

    // 150 newer posts: the tracked ones are on the second page, which the budget allows.
    let before = t.sandbox.state().stats.requests;
    const first = await t.run('sync');
    expect(first.exitCode, first.reporter.lines.join('\n')).toBe(0);
    expect(t.sandbox.state().stats.requests - before).toBe(budget + 1);
    const written = parseMetricsCsv(await t.read('posts/metrics.csv')).rows;
    expect(written.map((r) => r.postId)).toEqual(Array.from({ length: TRACKED }, (_, i) => trackedId(i)));
    expect(first.report.writeBack?.files).toEqual(['posts/metrics.csv']);

    // 300 newer posts: the tracked ones would be on the fourth page, past the budget.
    t.sandbox.reset(seedWith(300));
    t.sandbox.advanceClock(24 * 3600);
    before = t.sandbox.state().stats.requests;
    const second = await t.run('sync');
    expect(second.exitCode, second.reporter.lines.join('\n')).toBe(0);
    const requests = t.sandbox.state().stats.requests - before;
    expect(requests).toBeLessThanOrEqual(budget + 1);
    expect(second.report.notes.join('\n')).toContain(
      `Metrics: ${TRACKED} post(s) sent in the last 30 days were not read within the request budget; they keep their last numbers in posts/metrics.csv.`,
    );
    expect(second.report.writeBack?.status).toBe('nothing-to-record');
    expect(parseMetricsCsv(await t.read('posts/metrics.csv')).rows).toEqual(written);
    // The summary still shows them, with the numbers the file keeps.
    expect(second.report.metrics?.rows.map((r) => r.postId)).toEqual(written.map((r) => r.postId));
  });
});
