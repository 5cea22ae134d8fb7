/**
 * Push to publish (issue 3): the bundled action on push events against the
 * sandbox and a real git remote.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stripBufferBlock } from '../../src/writeback/buffer-block.js';
import { channelIdOf, createHarness, postsOf, type Harness } from './harness.js';

const LAUNCH = `---
# launch on two networks
channels: [twitter, "linkedin:Acme Inc"]
mode: customScheduled
dueAt: 2027-03-02T09:00:00+01:00
---
**Acme 2.0 is here.** Read [the notes](https://example.com/blog/acme-2)
`;
const THREAD = `---
channels: [twitter]
---
A thread about sync 🧵

---

Every edit is a small operation.

---

Details: https://example.com/blog/sync
`;
const PICTURE = `---
channel: mastodon
mode: shareNext
---
The new editor.

![Editor in dark mode](https://example.com/img/editor.png)
`;

describe('push adding three posts', () => {
  let h: Harness;
  let run: Awaited<ReturnType<Harness['runPush']>>;
  const files = {
    'posts/launch.md': LAUNCH,
    'posts/thread.md': THREAD,
    'posts/picture.md': PICTURE,
  };

  beforeAll(async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z' });
    const range = await h.pushFiles(files, 'add three posts');
    run = await h.runPush(range);
  });
  afterAll(async () => h?.close());

  it('succeeds and reports the counts as outputs', () => {
    expect(run.stderr).toBe('');
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.created).toBe('4');
    expect(run.outputs.failed).toBe('0');
  });

  it('creates exactly those posts in Buffer with the right text, schedule, assets and thread', () => {
    const posts = postsOf(h.sandbox);
    expect(posts).toHaveLength(4);
    const twitter = channelIdOf(h.sandbox, 'twitter');
    const linkedin = channelIdOf(h.sandbox, 'linkedin');
    const mastodon = channelIdOf(h.sandbox, 'mastodon');

    const launch = posts.filter((p) => p.text.startsWith('Acme 2.0 is here.'));
    expect(launch.map((p) => p.channelId).sort()).toEqual([twitter, linkedin].sort());
    for (const p of launch) {
      expect(p.text).toBe('Acme 2.0 is here. Read the notes (https://example.com/blog/acme-2)');
      expect(p.dueAt).toBe('2027-03-02T08:00:00.000Z');
      expect(p.shareMode).toBe('customScheduled');
      expect(p.status).toBe('scheduled');
    }

    const thread = posts.find((p) => p.text === 'A thread about sync 🧵')!;
    expect(thread.channelId).toBe(twitter);
    expect((thread.metadata as { thread: { text: string }[] }).thread.map((t) => t.text)).toEqual([
      'A thread about sync 🧵',
      'Every edit is a small operation.',
      'Details: https://example.com/blog/sync',
    ]);

    const picture = posts.find((p) => p.channelId === mastodon)!;
    expect(picture.text).toBe('The new editor.');
    expect(picture.assets).toEqual([
      { image: { url: 'https://example.com/img/editor.png', metadata: { altText: 'Editor in dark mode' } } },
    ]);
  });

  it('commits the IDs back with [skip ci], changing nothing outside the buffer: block', async () => {
    await h.pull();
    const message = await h.fx.git(['log', '-1', '--format=%s%n%an <%ae>']);
    expect(message).toMatch(/\[skip ci\]/);
    expect(message).toContain('github-actions[bot]');
    const posts = postsOf(h.sandbox);
    for (const [file, original] of Object.entries(files)) {
      const now = await h.read(file);
      expect(now).not.toBe(original);
      expect(stripBufferBlock(now)).toBe(stripBufferBlock(original));
      // The new block is inserted just before the closing delimiter; all else is byte-identical.
      const close = original.indexOf('\n---\n', 4) + 1;
      expect(now.startsWith(original.slice(0, close))).toBe(true);
      expect(now.endsWith(original.slice(close))).toBe(true);
    }
    const launch = await h.read('posts/launch.md');
    for (const p of posts.filter((p) => p.text.startsWith('Acme 2.0'))) expect(launch).toContain(p.id);
    expect(launch).toMatch(/"linkedin:Acme Inc":/);
  });

  it('spends at most 3 + ceil(N/25) requests', () => {
    // account; channels with the exactly-once look-up; one batch of four createPost aliases.
    expect(h.sandbox.state().stats.requests).toBe(3);
    expect(h.sandbox.state().stats.requests).toBeLessThanOrEqual(3 + Math.ceil(4 / 25));
    expect(h.sandbox.state().stats.byRootField.createPost).toBe(4);
  });

  it('treats the write-back commit, pushed again, as nothing to do (no API call)', async () => {
    const before = h.sandbox.state().stats.requests;
    const log = (await h.fx.git(['log', '-2', '--format=%H'])).split('\n');
    const again = await h.runPush({ before: log[1]!, after: log[0]! });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(h.sandbox.state().stats.requests).toBe(before);
    expect(postsOf(h.sandbox)).toHaveLength(4);
  });
});
