/**
 * A full queue (issue 5): Buffer's free plan takes 10 scheduled posts per
 * channel. Twelve posts to one channel: 10 are queued, 2 stay pending
 * (reported, not failed, also by a sync while the queue is still full); once
 * Buffer has sent some, the next sync queues the rest.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBufferBlock } from '../../src/writeback/buffer-block.js';
import { createHarness, postsOf, type Harness } from './harness.js';
import { runScheduled } from './sync-run.js';

const files = Object.fromEntries(
  Array.from({ length: 12 }, (_, i) => [
    `posts/p${String(i + 1).padStart(2, '0')}.md`,
    `---\nchannel: twitter\n---\nQueued post ${i + 1}\n`,
  ]),
);

describe('twelve posts to one free-plan channel', () => {
  let h: Harness;
  const trackedCount = async () => {
    let n = 0;
    for (const file of Object.keys(files)) if (readBufferBlock(await h.read(file)).twitter?.id) n++;
    return n;
  };

  beforeAll(async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z' });
  });
  afterAll(async () => h?.close());

  it('the push queues 10 and reports 2 as pending, without failing', async () => {
    const run = await h.runPush(await h.pushFiles(files, 'twelve posts'));
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.created).toBe('10');
    expect(run.outputs.failed).toBe('0');
    const pending = run.annotations.filter((a) => a.level === 'warning' && /not queued yet/.test(a.message));
    expect(pending).toHaveLength(2);
    expect(pending[0]!.message).toMatch(/limit of 10 scheduled posts/);
    await h.pull();
    expect(await trackedCount()).toBe(10);
  });

  it('a sync while the queue is still full keeps them pending and does not fail', async () => {
    const run = await runScheduled(h);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.report.counts).toMatchObject({ created: 0, pending: 2, failed: 0 });
    expect(
      run.report.outcomes
        .filter((o: { status: string }) => o.status === 'pending')
        .map((o: { message: string }) => o.message)
        .join('\n'),
    ).toMatch(/LimitReached|limit of 10/);
    expect(postsOf(h.sandbox)).toHaveLength(10);
  });

  it('after Buffer sends some, the next sync queues the rest and records them', async () => {
    // The queue's first slots are 09:00 and 13:00 (Europe/London): two posts go out.
    h.sandbox.setClock('2027-01-01T14:00:00Z');
    expect(postsOf(h.sandbox).filter((p) => p.status === 'sent')).toHaveLength(2);
    const run = await runScheduled(h);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.report.counts).toMatchObject({ created: 2, pending: 0, failed: 0 });
    await h.pull();
    expect(await trackedCount()).toBe(12);
    expect(readBufferBlock(await h.read('posts/p01.md')).twitter).toMatchObject({ status: 'sent' });
    expect(postsOf(h.sandbox).filter((p) => p.status === 'scheduled')).toHaveLength(10);
  });
});
