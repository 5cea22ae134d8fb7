/**
 * Level-triggered apply against the branch's history (issue 11, cases 1 and
 * 6): runs queued behind a quick fix, and a force push that drops the
 * write-back commit. Each run gets the checkout actions/checkout gives it (the
 * commit that triggered it, depth 1), yet acts on the tip of the branch; the
 * end state is Buffer equal to the files at the tip.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, mutationInputs, postsOf, type Harness } from './harness.js';
import { assertBufferEqualsFiles, futureDue, idOf, logOf, postFile, runQueuedPush } from './converge-helpers.js';

describe('converging across queued runs and rewritten history', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  /** Every text a create or edit sent to Buffer (top-level text and thread items). */
  function textsSent(harness: Harness): string[] {
    return [...mutationInputs(harness.requests, 'createPost'), ...mutationInputs(harness.requests, 'editPost')].flatMap(
      (input) => {
        const metadata = input.metadata as { twitter?: { thread?: { text: string }[] } } | undefined;
        return [String(input.text ?? ''), ...(metadata?.twitter?.thread ?? []).map((item) => item.text)];
      },
    );
  }

  it('case 1: a typo fix pushed before run 1 started — both queued runs act on the tip: one post, the fixed text, the typo never sent', async () => {
    h = await createHarness();
    const due = futureDue(30);
    const typo = await h.pushFiles(
      { 'posts/launch.md': postFile({ due, items: ['Launch day is cmoing.'] }) },
      'launch post',
    );
    const fix = await h.pushFiles(
      { 'posts/launch.md': postFile({ due, items: ['Launch day is coming.'] }) },
      'fix typo',
    );

    // The workflow's concurrency group runs them one after the other, each on its own commit.
    const first = await runQueuedPush(h, typo);
    expect(first.exitCode, logOf(first)).toBe(0);
    const second = await runQueuedPush(h, fix);
    expect(second.exitCode, logOf(second)).toBe(0);

    expect(postsOf(h.sandbox).map((p) => p.text)).toEqual(['Launch day is coming.']);
    expect(mutationInputs(h.requests, 'createPost')).toHaveLength(1);
    expect(textsSent(h).filter((t) => t.includes('cmoing'))).toEqual([]);
    await assertBufferEqualsFiles(h);
  });

  it('case 1 (thread): tweet 2 fixed while run 1 was creating the thread — run 2, on a checkout without the ID, updates the whole thread', async () => {
    const items = ['How we ship, a thread.', 'Every change is reviewd first.', 'Then it goes out on its own.'];
    const fixed = [items[0]!, 'Every change is reviewed first.', items[2]!];
    const due = futureDue(31);
    let fix: Promise<{ before: string; after: string }> | undefined;
    h = await createHarness({
      // The fix is pushed the moment run 1 asks Buffer to create the thread: run 1 already read
      // the typo, and its write-back lands on top of the fix, after run 2's commit.
      onRequest: async (request) => {
        if (fix || !request.query.includes('createPost')) return;
        fix = (async () => {
          const clone = await h!.fx.otherClone();
          const before = await h!.head(clone);
          await h!.fx.writeFiles({ 'posts/how-we-ship.md': postFile({ due, items: fixed }) }, clone);
          const after = await h!.fx.commitAll('fix tweet 2', clone);
          await h!.fx.push(clone);
          return { before, after };
        })();
        await fix;
      },
    });
    const typo = await h.pushFiles({ 'posts/how-we-ship.md': postFile({ due, items }) }, 'thread');

    const first = await runQueuedPush(h, typo);
    expect(first.exitCode, logOf(first)).toBe(0);
    expect(fix, 'run 1 never sent createPost').toBeDefined();
    const second = await runQueuedPush(h, await fix!);
    expect(second.exitCode, logOf(second)).toBe(0);

    const posts = postsOf(h.sandbox);
    expect(posts).toHaveLength(1);
    expect((posts[0]!.metadata as { thread: { text: string }[] }).thread.map((t) => t.text)).toEqual(fixed);
    expect(mutationInputs(h.requests, 'createPost')).toHaveLength(1);
    await assertBufferEqualsFiles(h);
  });

  it('case 6: a force push drops the write-back commit, an edit follows before its run — one post, edited in place, its ID back in the file', async () => {
    h = await createHarness();
    const due = futureDue(32);
    const added = await h.pushFiles({ 'posts/alpha.md': postFile({ due, items: ['Alpha, first words.'] }) }, 'alpha');
    const run = await h.runPush(added);
    expect(run.exitCode, logOf(run)).toBe(0);
    const [published] = postsOf(h.sandbox);
    const writtenBack = await h.fx
      .git(['ls-remote', h.fx.bare, 'refs/heads/main'])
      .then((line) => line.split(/\s+/)[0]!);
    expect(writtenBack).not.toBe(added.after);

    // The author never pulled the write-back; they reword their commit and force-push it,
    // then push an edit right away. Both runs are queued.
    await h.fx.git(['commit', '--quiet', '--amend', '-m', 'alpha post']);
    const amended = await h.head();
    await h.fx.git(['push', '--quiet', '--force', 'origin', 'HEAD:main']);
    const edit = await h.pushFiles(
      { 'posts/alpha.md': postFile({ due, items: ['Alpha, better words.'] }) },
      'reword alpha',
    );
    expect(await h.read('posts/alpha.md')).not.toContain(published!.id);

    const forced = await runQueuedPush(h, { before: writtenBack, after: amended }, { forced: true });
    expect(forced.exitCode, logOf(forced)).toBe(0);
    const edited = await runQueuedPush(h, edit);
    expect(edited.exitCode, logOf(edited)).toBe(0);

    expect(postsOf(h.sandbox).map((p) => ({ id: p.id, text: p.text }))).toEqual([
      { id: published!.id, text: 'Alpha, better words.' },
    ]);
    expect(mutationInputs(h.requests, 'createPost')).toHaveLength(1);
    expect(mutationInputs(h.requests, 'deletePost')).toHaveLength(0);
    const state = await assertBufferEqualsFiles(h);
    expect(idOf(state, 'posts/alpha.md')).toBe(published!.id);
  });
});
