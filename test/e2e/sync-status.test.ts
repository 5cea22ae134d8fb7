/**
 * Scheduled sync (issue 5): after Buffer sends the posts, a schedule run
 * writes status, sentAt and link into the files in one commit; a second run
 * with nothing new changes nothing and makes no commit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBufferBlock, stripBufferBlock } from '../../src/writeback/buffer-block.js';
import { createHarness, postsOf, type Harness } from './harness.js';
import { runScheduled, type ScheduledRun } from './sync-run.js';

const FILES = {
  'posts/launch.md': `---
channels: [twitter, mastodon]
mode: customScheduled
dueAt: 2027-01-01T10:00:00+01:00
---
Acme 2.0 is out.
`,
  'posts/queued.md': `---
channel: linkedin
---
A post for the next queue slot.
`,
};

describe('sync on a schedule after Buffer sent the posts', () => {
  let h: Harness;
  let run: ScheduledRun;
  let headBefore: string;

  beforeAll(async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z' });
    const push = await h.runPush(await h.pushFiles(FILES, 'add posts'));
    expect(push.exitCode, push.stdout).toBe(0);
    await h.pull();
    headBefore = await h.head();
    h.sandbox.advanceClock(24 * 3600);
    run = await runScheduled(h);
  });
  afterAll(async () => h?.close());

  it('succeeds and records every post as sent, with sentAt and the published link', async () => {
    expect(run.stderr).toBe('');
    expect(run.exitCode, run.stdout).toBe(0);
    await h.pull();
    const posts = postsOf(h.sandbox);
    expect(posts.every((p) => p.status === 'sent')).toBe(true);
    for (const [file, original] of Object.entries(FILES)) {
      const text = await h.read(file);
      // Only the buffer: block changed.
      expect(stripBufferBlock(text)).toBe(stripBufferBlock(original));
      for (const entry of Object.values(readBufferBlock(text))) {
        const post = posts.find((p) => p.id === entry.id)!;
        expect(entry).toEqual({
          id: post.id,
          status: 'sent',
          dueAt: post.dueAt,
          sentAt: post.sentAt,
          link: post.externalLink,
        });
        expect(entry.link).toMatch(/^https:\/\//);
      }
    }
    expect(readBufferBlock(await h.read('posts/launch.md')).twitter!.sentAt).toBe('2027-01-01T09:00:00.000Z');
  });

  it('writes one commit ending in [skip ci] on the branch of GITHUB_REF', async () => {
    const log = (await h.fx.git(['log', '--format=%s', `${headBefore}..HEAD`])).split('\n');
    expect(log).toHaveLength(1);
    expect(log[0]).toMatch(/\[skip ci\]$/);
    expect(run.report.writeBack).toMatchObject({ status: 'pushed', files: ['posts/launch.md', 'posts/queued.md'] });
  });

  it('reports the status changes and the requests it spent (2 + ceil(3/25) at most)', () => {
    expect(run.report.sync.statusChanges.map((c: { to: string }) => c.to)).toEqual(['sent', 'sent', 'sent']);
    expect(run.report.requests).toBeLessThanOrEqual(3);
    expect(run.summary).toContain('3 now sent (written back)');
    expect(run.outputs.failed).toBe('0');
  });

  it('a second sync with nothing new changes nothing and makes no commit', async () => {
    const head = await h.head();
    const again = await runScheduled(h);
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.report.writeBack.status).toBe('nothing-to-record');
    expect(await h.fx.git(['ls-remote', h.fx.bare, 'refs/heads/main'])).toContain(head);
    expect(again.report.sync.statusChanges).toEqual([]);
  });
});
