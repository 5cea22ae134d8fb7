/**
 * Sync creates what files still lack, but first reads Buffer's daily posting
 * limits: posts for a full day are held back as pending (not failed, no
 * request wasted on a refusal) and created by a later sync.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultChannelId, defaultSeed } from '../../src/sandbox/index.js';
import { readBufferBlock } from '../../src/writeback/buffer-block.js';
import { inProcess, type InProcess } from './in-process.js';

const queued = (n: number) => `---\nchannel: twitter\n---\nQueued post number ${n}\n`;

describe('sync and the daily posting limit', () => {
  let t: InProcess;
  const files = ['posts/a.md', 'posts/b.md', 'posts/c.md', 'posts/d.md'];
  const tracked = async () => {
    const ids: string[] = [];
    for (const f of files) {
      const id = readBufferBlock(await t.read(f)).twitter?.id;
      if (id) ids.push(id);
    }
    return ids;
  };

  beforeAll(async () => {
    const seed = defaultSeed();
    seed.channels.find((c) => c.id === defaultChannelId('twitter'))!.dailyPostingLimit = 2;
    t = await inProcess({ now: '2027-01-01T00:00:00Z', seed });
    await t.write(Object.fromEntries(files.map((f, i) => [f, queued(i)])));
  });
  afterAll(async () => t?.close());

  it('dry run: reads the limits, reports what it would create and hold, and sends no mutation', async () => {
    const run = await t.run('sync', { 'dry-run': 'true' });
    expect(run.exitCode).toBe(0);
    expect(run.report.outcomes.map((o) => o.status)).toEqual(['dry-run', 'dry-run', 'pending', 'pending']);
    expect(t.sandbox.state().stats.byRootField.createPost ?? 0).toBe(0);
    expect(await tracked()).toEqual([]);
  });

  it('creates up to the limit and holds the rest as pending, without failing', async () => {
    const limitReads = t.sandbox.state().stats.byRootField.dailyPostingLimits ?? 0;
    const run = await t.run('sync');
    expect(run.exitCode, run.reporter.lines.join('\n')).toBe(0);
    expect(run.report.counts).toMatchObject({ created: 2, pending: 2, failed: 0 });
    // The full day was read first: Buffer never saw the two it would refuse.
    expect(t.sandbox.state().stats.byRootField.createPost).toBe(2);
    expect(t.sandbox.state().stats.byRootField.dailyPostingLimits! - limitReads).toBe(1);
    expect(await tracked()).toHaveLength(2);
    const held = run.report.outcomes.filter((o) => o.status === 'pending');
    expect(held.map((o) => o.file)).toEqual(['posts/c.md', 'posts/d.md']);
    expect(held[0]!.message).toMatch(/daily posting limit of 2 for 2027-01-01/);
    expect(run.reporter.findings.filter((f) => f.code === 'pending').map((f) => f.file)).toEqual([
      'posts/c.md',
      'posts/d.md',
    ]);
  });

  it('creates the held posts once a new day has room', async () => {
    t.sandbox.advanceClock(24 * 3600);
    const run = await t.run('sync');
    expect(run.exitCode, run.reporter.lines.join('\n')).toBe(0);
    expect(run.report.counts).toMatchObject({ created: 2, pending: 0 });
    expect(new Set(await tracked()).size).toBe(4);
    expect(t.sandbox.state().posts).toHaveLength(4);
  });
});

describe('sync and a tracked file whose front-matter is broken', () => {
  it('records nothing in that file, says why, and does not fail', async () => {
    const seed = defaultSeed();
    const id = '65f0c0de00dd000000000001';
    seed.posts = [
      {
        id,
        channelId: defaultChannelId('twitter'),
        text: 'Sent',
        status: 'sent',
        dueAt: '2026-12-01T09:00:00.000Z',
        sentAt: '2026-12-01T09:00:00.000Z',
      },
    ];
    const t = await inProcess({ now: '2027-01-01T00:00:00Z', seed });
    try {
      const raw = `---\nchannel: twitter\nbuffer:\n  twitter: {id: ${id}, status: scheduled}\nfoo: [unclosed\n---\nSent\n`;
      await t.write({ 'posts/broken.md': raw });
      const run = await t.run('sync');
      expect(run.exitCode).toBe(0);
      expect(await t.read('posts/broken.md')).toBe(raw);
      expect(run.reporter.findings.find((f) => f.code === 'status-not-recorded')).toMatchObject({
        file: 'posts/broken.md',
        severity: 'warning',
      });
    } finally {
      await t.close();
    }
  });
});
