/**
 * Adopt only what this repository could have created (issue 11, case 7): a
 * new file never takes over a post already sent for a deleted file, nor a
 * post another repository on the same Buffer account made; and the
 * exactly-once guarantee still holds: a create whose answer was lost is
 * adopted by the next run, that post and no other, and the log says why.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { defaultChannelId, defaultSeed } from '../../src/sandbox/index.js';
import { createHarness, mutationInputs, postsOf, type Harness } from './harness.js';
import {
  assertBufferEqualsFiles,
  createRepoOn,
  futureDue,
  idOf,
  logOf,
  patchPostInBuffer,
  postFile,
  sandboxControl,
  setFaults,
} from './converge-helpers.js';

describe('adopting existing Buffer posts', () => {
  let h: Harness | undefined;
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
    await h?.close();
    h = undefined;
  });

  it('case 7: a new file with the text of a post already sent (its file deleted) gets a new scheduled post', async () => {
    h = await createHarness();
    const text = 'Tip of the week: keep your posts in git.';
    const first = await h.runPush(await h.pushFiles({ 'posts/tip.md': postFile({ items: [text] }) }, 'tip'));
    expect(first.exitCode, logOf(first)).toBe(0);
    await h.pull();
    const sent = idOf(await assertBufferEqualsFiles(h), 'posts/tip.md');
    await patchPostInBuffer(h.sandbox, sent, { status: 'sent' });

    const removed = await h.runPush(await h.pushFiles({ 'posts/tip.md': null }, 'tip went out; tidy up'));
    await h.pull();
    // A sent post is not deleted (no delete-sent).
    expect(postsOf(h.sandbox).find((p) => p.id === sent)?.status, logOf(removed)).toBe('sent');

    const again = await h.runPush(
      await h.pushFiles({ 'posts/tip-again.md': postFile({ items: [text] }) }, 'the same tip, once more'),
    );
    expect(again.exitCode, logOf(again)).toBe(0);
    await h.pull();
    const state = await assertBufferEqualsFiles(h);
    const fresh = state['posts/tip-again.md']!.twitter!;
    expect(fresh.id).not.toBe(sent);
    expect(fresh.status).toBe('scheduled');
    expect(mutationInputs(h.requests, 'createPost')).toHaveLength(2);
  });

  it('case 7: two repositories on one Buffer account each get their own post for the same text', async () => {
    h = await createHarness();
    const europe = await createRepoOn(h);
    cleanups.push(() => europe.close());
    const due = futureDue(40);
    const same = 'Our offices are closed on Friday.';

    // Each repository has published before, so each has its own applied state.
    const a0 = await h.runPush(
      await h.pushFiles({ 'posts/welcome.md': postFile({ items: ['Welcome to the Acme feed.'] }) }, 'welcome'),
    );
    expect(a0.exitCode, logOf(a0)).toBe(0);
    const b0 = await europe.runPush(
      await europe.pushFiles({ 'posts/hello.md': postFile({ items: ['Hello from Acme Europe.'] }) }, 'hello'),
    );
    expect(b0.exitCode, logOf(b0)).toBe(0);
    await h.pull();
    await europe.pull();

    const a1 = await h.runPush(
      await h.pushFiles({ 'posts/closed.md': postFile({ due, items: [same] }) }, 'closed on friday'),
    );
    expect(a1.exitCode, logOf(a1)).toBe(0);
    const b1 = await europe.runPush(
      await europe.pushFiles({ 'posts/office-closed.md': postFile({ due, items: [same] }) }, 'closed on friday'),
    );
    expect(b1.exitCode, logOf(b1)).toBe(0);
    await h.pull();
    await europe.pull();

    let state = await assertBufferEqualsFiles(h, [europe]);
    const ours = idOf(state, 'posts/closed.md');
    const theirs = idOf(state, 'posts/office-closed.md');
    expect(theirs).not.toBe(ours);
    expect(postsOf(h.sandbox).filter((p) => p.text === same)).toHaveLength(2);

    // Each repository's edits reach its own post only.
    const b2 = await europe.runPush(
      await europe.pushFiles(
        {
          'posts/office-closed.md': (await europe.read('posts/office-closed.md')).replace(
            same,
            'Our Berlin office is closed on Friday.',
          ),
        },
        'berlin only',
      ),
    );
    expect(b2.exitCode, logOf(b2)).toBe(0);
    expect(postsOf(h.sandbox).find((p) => p.id === ours)?.text).toBe(same);
    state = await assertBufferEqualsFiles(h, [europe]);
    expect(idOf(state, 'posts/office-closed.md')).toBe(theirs);
  });

  it('case 7: a create whose answer was lost is adopted by the next run — exactly that post, one in Buffer, and the log says why', async () => {
    let armed = true;
    h = await createHarness({
      // At the create: the post is made but the answer is lost, and every later request fails,
      // so this run cannot find out what happened (as if the runner died).
      onRequest: async (request) => {
        if (!armed || !request.query.includes('createPost')) return;
        armed = false;
        await setFaults(h!.sandbox, {
          rules: [
            { operation: 'createPost', nth: 1, times: 1, fault: 'drop-after-commit' },
            { operation: '*', nth: 2, times: 1000, fault: 'unexpected' },
          ],
        });
      },
    });
    const due = futureDue(50);
    const text = 'Release notes for version 3 are out.';
    // Someone scheduled the same words by hand in Buffer's app two weeks ago: not ours to adopt.
    const handMade = '6b0000000000000000000abc';
    await sandboxControl(h.sandbox, 'POST', 'reset', {
      ...defaultSeed(),
      posts: [
        {
          id: handMade,
          channelId: defaultChannelId('twitter'),
          text,
          status: 'scheduled',
          dueAt: new Date(due).toISOString(),
          createdAt: new Date(Date.now() - 14 * 24 * 60 * 60 * 1000).toISOString(),
          via: 'buffer',
        },
      ],
    });

    const lost = await h.runPush(await h.pushFiles({ 'posts/v3.md': postFile({ due, items: [text] }) }, 'v3 notes'));
    expect(lost.exitCode, logOf(lost)).not.toBe(0);
    const made = postsOf(h.sandbox).filter((p) => p.id !== handMade);
    expect(made).toHaveLength(1);

    await setFaults(h.sandbox, { rules: [] });
    await h.pull();
    const next = await h.runPush(await h.pushFiles({ 'README.md': '# social\n\nv3 is out.\n' }, 'readme'));
    expect(next.exitCode, logOf(next)).toBe(0);
    expect(mutationInputs(h.requests, 'createPost')).toHaveLength(1);
    expect(postsOf(h.sandbox).filter((p) => p.id !== handMade)).toHaveLength(1);
    const state = await assertBufferEqualsFiles(h, [], { foreign: [handMade] });
    expect(idOf(state, 'posts/v3.md')).toBe(made[0]!.id);
    const line = logOf(next)
      .split('\n')
      .find((l) => /adopt/i.test(l) && l.includes(made[0]!.id));
    expect(line, logOf(next)).toBeDefined();
    expect(line).toContain('posts/v3.md');
    expect(line).toMatch(/attempt|lost|interrupted|earlier/i);
  });
});
