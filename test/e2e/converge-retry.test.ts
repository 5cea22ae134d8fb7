/**
 * Work that was stopped is finished (issue 11, case 5): a delete stopped by
 * Buffer's rate limit and an edit refused by a posting limit are done by the
 * next run, whatever triggered it (an unrelated push, a schedule, a manual
 * dispatch). The stopped run never ends with a silent success: it fails, or
 * says in a notice what a later run finishes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, postsOf, type Harness } from './harness.js';
import { runScheduled } from './sync-run.js';
import type { ActionRun } from '../helpers/run-action.js';
import { assertBufferEqualsFiles, futureDue, idOf, logOf, postFile, setFaults } from './converge-helpers.js';

/** Stopped work must not look like success: a non-zero exit, or a notice/warning naming the file a later run finishes. */
function expectNotSilent(run: ActionRun, file: string) {
  const named = run.annotations.filter((a) => a.level !== 'error' && (a.file === file || a.message.includes(file)));
  expect(
    run.exitCode !== 0 || named.length > 0,
    `exit ${run.exitCode} without a notice naming ${file}:\n${logOf(run)}`,
  ).toBe(true);
  expect(logOf(run)).toContain(file);
}

describe('work stopped by a limit is finished by the next run', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  async function publish(files: Record<string, string>) {
    const run = await h!.runPush(await h!.pushFiles(files, 'posts'));
    expect(run.exitCode, logOf(run)).toBe(0);
    await h!.pull();
    return assertBufferEqualsFiles(h!);
  }

  it('case 5: a delete stopped by the rate limit is done by the next push, an unrelated one', async () => {
    h = await createHarness();
    const state = await publish({
      'posts/old-news.md': postFile({ due: futureDue(10), items: ['Old news, about to be withdrawn.'] }),
      'posts/keep.md': postFile({ due: futureDue(11), items: ['This one stays.'] }),
    });
    const withdrawn = idOf(state, 'posts/old-news.md');

    await setFaults(h.sandbox, { rules: [{ operation: 'deletePost', fault: 'rate-limit', times: 1 }] });
    // max-wait 0: the 429 is not waited out in this run.
    const stopped = await h.runPush(await h.pushFiles({ 'posts/old-news.md': null }, 'withdraw old news'), {
      inputs: { 'max-wait': '0' },
    });
    expectNotSilent(stopped, 'posts/old-news.md');
    expect(postsOf(h.sandbox).map((p) => p.id)).toContain(withdrawn);

    await setFaults(h.sandbox, { rules: [] });
    await h.pull();
    const next = await h.runPush(await h.pushFiles({ 'README.md': '# social\n\nHow we write posts.\n' }, 'docs only'));
    expect(next.exitCode, logOf(next)).toBe(0);
    expect(postsOf(h.sandbox).map((p) => p.id)).not.toContain(withdrawn);
    await assertBufferEqualsFiles(h);
  });

  it('case 5: an edit refused by the posting limit (LimitReachedError) is done by the next scheduled run', async () => {
    h = await createHarness();
    const state = await publish({
      'posts/offer.md': postFile({ due: futureDue(12), items: ['Spring offer: 10% off.'] }),
    });
    const id = idOf(state, 'posts/offer.md');

    await setFaults(h.sandbox, { rules: [{ operation: 'editPost', fault: 'limit-reached', times: 1 }] });
    const edit = await h.pushFiles(
      { 'posts/offer.md': (await h.read('posts/offer.md')).replace('10% off', '20% off') },
      'better offer',
    );
    const refused = await h.runPush(edit);
    expectNotSilent(refused, 'posts/offer.md');
    expect(postsOf(h.sandbox).find((p) => p.id === id)?.text).toBe('Spring offer: 10% off.');

    await setFaults(h.sandbox, { rules: [] });
    const scheduled = await runScheduled(h, { eventName: 'schedule' });
    expect(scheduled.exitCode, logOf(scheduled)).toBe(0);
    expect(postsOf(h.sandbox).find((p) => p.id === id)?.text).toBe('Spring offer: 20% off.');
    await assertBufferEqualsFiles(h);
  });

  it('case 5: a rate-limited delete and a limit-refused edit of the same push are both done by a manual dispatch', async () => {
    h = await createHarness();
    const state = await publish({
      'posts/withdrawn.md': postFile({ due: futureDue(13), items: ['A post we take back.'] }),
      'posts/reworded.md': postFile({ due: futureDue(14), items: ['A post we reword.'] }),
    });
    const withdrawn = idOf(state, 'posts/withdrawn.md');
    const reworded = idOf(state, 'posts/reworded.md');

    await setFaults(h.sandbox, {
      rules: [
        { operation: 'editPost', fault: 'limit-reached', times: 1 },
        { operation: 'deletePost', fault: 'rate-limit', times: 1 },
      ],
    });
    const push = await h.pushFiles(
      {
        'posts/withdrawn.md': null,
        'posts/reworded.md': (await h.read('posts/reworded.md')).replace('A post we reword.', 'A post, reworded.'),
      },
      'withdraw one, reword the other',
    );
    const stopped = await h.runPush(push, { inputs: { 'max-wait': '0' } });
    expectNotSilent(stopped, 'posts/withdrawn.md');
    expectNotSilent(stopped, 'posts/reworded.md');

    await setFaults(h.sandbox, { rules: [] });
    const dispatched = await runScheduled(h, { eventName: 'workflow_dispatch' });
    expect(dispatched.exitCode, logOf(dispatched)).toBe(0);
    const posts = postsOf(h.sandbox);
    expect(posts.map((p) => p.id)).not.toContain(withdrawn);
    expect(posts.find((p) => p.id === reworded)?.text).toBe('A post, reworded.');
    await assertBufferEqualsFiles(h);
  });
});
