/**
 * Drift on threads and the report of what Buffer has that no file tracks:
 * a thread edited in Buffer's app is restored with its items, only on
 * `on-drift: restore`; scheduled posts no file tracks are listed, not adopted;
 * a post Buffer failed to send gets Buffer's message in its file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultChannelId, defaultSeed } from '../../src/sandbox/index.js';
import { readBufferBlock } from '../../src/writeback/buffer-block.js';
import { inProcess, type InProcess } from './in-process.js';

const THREAD = `---
channel: twitter
mode: customScheduled
dueAt: 2027-02-01T10:00:00Z
---
First item

---

Second item
`;
const UNTRACKED_ID = '65f0c0de00aa000000000001';

describe('sync: thread drift and untracked posts', () => {
  let t: InProcess;
  let postId: string;
  const patch = (body: Record<string, unknown>) =>
    fetch(`${t.sandbox.url}/__sandbox/posts/${postId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    const seed = defaultSeed();
    seed.posts = [
      {
        id: UNTRACKED_ID,
        channelId: defaultChannelId('mastodon'),
        text: 'Made in Buffer',
        status: 'scheduled',
        dueAt: '2027-01-20T09:00:00.000Z',
      },
    ];
    t = await inProcess({ now: '2027-01-01T00:00:00Z', seed });
    await t.write({ 'posts/thread.md': THREAD });
    expect((await t.run('apply')).exitCode).toBe(0);
    postId = readBufferBlock(await t.read('posts/thread.md')).twitter!.id;
  });
  afterAll(async () => t?.close());

  it('lists the scheduled post no file tracks, and leaves it alone', async () => {
    const run = await t.run('sync');
    expect(run.exitCode).toBe(0);
    const sync = (
      run.report as unknown as { sync: { untracked: { id: string; channel: string; dueAt: string; text: string }[] } }
    ).sync;
    expect(sync.untracked).toEqual([
      {
        id: UNTRACKED_ID,
        channel: 'mastodon',
        status: 'scheduled',
        dueAt: '2027-01-20T09:00:00.000Z',
        text: 'Made in Buffer',
      },
    ]);
    expect(run.report.notes.join('\n')).toMatch(/1 scheduled post\(s\) in Buffer are tracked by no file/);
    expect(run.report.writeBack?.status).toBe('nothing-to-record');
  });

  it('reports a time and text changed in Buffer with file, channel and both values', async () => {
    await patch({ text: 'First item, reworded in Buffer', dueAt: '2027-02-02T10:00:00Z' });
    const run = await t.run('sync');
    expect(run.exitCode).toBe(0);
    const drift = run.reporter.findings.find((f) => f.code === 'drift')!;
    expect(drift).toMatchObject({ file: 'posts/thread.md', line: 2, severity: 'warning' });
    expect(drift.message).toContain('twitter');
    expect(drift.message).toContain('Buffer has "First item, reworded in Buffer", the file has "First item"');
    expect(drift.message).toContain('time: Buffer has 2027-02-02T10:00:00.000Z, the file has 2027-02-01T10:00:00.000Z');
    expect(t.sandbox.state().stats.byRootField.editPost ?? 0).toBe(0);
  });

  it('restores text, thread and time with one editPost on on-drift: restore', async () => {
    const run = await t.run('sync', { 'on-drift': 'restore' });
    expect(run.exitCode, run.reporter.lines.join('\n')).toBe(0);
    expect(run.report.counts.edited).toBe(1);
    const post = t.sandbox.state().posts.find((p) => p.id === postId)!;
    expect(post.text).toBe('First item');
    expect(post.dueAt).toBe('2027-02-01T10:00:00.000Z');
    expect((post.metadata as { thread: { text: string }[] }).thread.map((i) => i.text)).toEqual([
      'First item',
      'Second item',
    ]);
    // Restored: the next sync finds nothing to report.
    const again = await t.run('sync');
    expect(again.reporter.findings.filter((f) => f.code === 'drift')).toEqual([]);
  });

  it("records a post Buffer failed to send with Buffer's message, and warns at the file", async () => {
    await patch({ status: 'error', error: 'The access token for this channel expired; reconnect it.' });
    const run = await t.run('sync');
    expect(run.exitCode).toBe(0);
    expect(readBufferBlock(await t.read('posts/thread.md')).twitter).toEqual({
      id: postId,
      status: 'error',
      dueAt: '2027-02-01T10:00:00.000Z',
      error: 'The access token for this channel expired; reconnect it.',
    });
    expect(run.reporter.findings.find((f) => f.code === 'buffer-send-failed')).toMatchObject({
      file: 'posts/thread.md',
      line: 2,
      message: expect.stringContaining(
        'Buffer could not publish the post: The access token for this channel expired; reconnect it.',
      ),
    });
  });
});
