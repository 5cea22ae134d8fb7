/**
 * Push ranges that cannot be diffed the easy way (issue 3): a first push
 * (`before` all zeros), a force push (`before` gone), a merge of many commits,
 * and files left without IDs by an earlier failure.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, postsOf, ZERO_SHA, type Harness } from './harness.js';

const post = (text: string, channel = 'twitter') => `---\nchannel: ${channel}\n---\n${text}\n`;

describe('push ranges', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('a first push (before = 000…0) reconciles the directory and creates every post', async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z' });
    const { after } = await h.pushFiles(
      { 'posts/a.md': post('Alpha'), 'posts/b.md': post('Beta', 'mastodon') },
      'posts',
    );
    const run = await h.runPush({ before: ZERO_SHA, after });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(
      postsOf(h.sandbox)
        .map((p) => p.text)
        .sort(),
    ).toEqual(['Alpha', 'Beta']);
    expect(run.summary).toMatch(/created/);
  });

  it('a force push whose before commit is gone still publishes the new post exactly once', async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z' });
    const base = await h.head();
    const first = await h.pushFiles({ 'posts/a.md': post('Alpha') }, 'alpha');
    expect((await h.runPush(first)).exitCode).toBe(0);
    // Rewrite history: drop the write-back and alpha commits, add gamma instead.
    await h.fx.git(['fetch', '--quiet', 'origin']);
    const before = await h.fx.git(['rev-parse', 'origin/main']);
    await h.fx.git(['reset', '--quiet', '--hard', base]);
    await h.fx.writeFiles({ 'posts/c.md': post('Gamma') });
    const after = await h.fx.commitAll('gamma');
    await h.fx.git(['push', '--quiet', '--force', 'origin', 'HEAD:main']);
    await h.fx.git(['gc', '--quiet', '--prune=now'], h.fx.bare);
    const run = await h.runPush({ before, after }, { forced: true });
    expect(run.exitCode, run.stdout).toBe(0);
    const texts = postsOf(h.sandbox).map((p) => p.text);
    expect(texts.filter((t) => t === 'Gamma')).toHaveLength(1);
    expect(texts.filter((t) => t === 'Alpha').length).toBeLessThanOrEqual(1);
  });

  it('a merge of many commits applies the net change', async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z' });
    const before = await h.head();
    for (let i = 1; i <= 6; i++) {
      await h.fx.writeFiles({ [`posts/p${i}.md`]: post(`Post ${i}`) });
      await h.fx.commitAll(`post ${i}`);
    }
    await h.fx.writeFiles({ 'posts/p3.md': null, 'posts/p2.md': post('Post 2, reworded') });
    const after = await h.fx.commitAll('rework');
    await h.fx.push();
    const run = await h.runPush({ before, after });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(
      postsOf(h.sandbox)
        .map((p) => p.text)
        .sort(),
    ).toEqual(['Post 1', 'Post 2, reworded', 'Post 4', 'Post 5', 'Post 6']);
  });

  it('a file that failed earlier is created by the next run without being touched', async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z' });
    h.sandbox.setFaults({ rules: [{ operation: 'createPost', nth: 1, times: 1, fault: 'limit-reached' }] });
    const first = await h.pushFiles({ 'posts/a.md': post('Alpha') }, 'alpha');
    const failed = await h.runPush(first);
    expect(postsOf(h.sandbox)).toHaveLength(0);
    expect(failed.stdout).toMatch(/pending|LimitReached|limit/i);
    // An unrelated push later: the pending file is picked up.
    const second = await h.pushFiles({ 'README.md': '# social, again\n' }, 'unrelated');
    const run = await h.runPush(second);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(postsOf(h.sandbox).map((p) => p.text)).toEqual(['Alpha']);
    await h.pull();
    expect(await h.read('posts/a.md')).toContain(postsOf(h.sandbox)[0]!.id);
  });
});
