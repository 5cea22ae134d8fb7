/**
 * Edits, channel changes, deletes and renames on push (issue 3): only the
 * changed fields are sent; removed files and channels delete their posts; a
 * rename costs no request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelIdOf, createHarness, mutationInputs, postsOf, type Harness } from './harness.js';

const post = (body: string, channels = '[twitter]', due = '2027-03-02T09:00:00+01:00') => `---
channels: ${channels}
mode: customScheduled
dueAt: ${due}
---
${body}
`;

describe('editing, re-channelling, deleting and renaming posts', () => {
  let h: Harness;
  const file = 'posts/news.md';

  beforeAll(async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z' });
    const range = await h.pushFiles({ [file]: post('First version.') }, 'add news');
    const run = await h.runPush(range);
    expect(run.exitCode, run.stdout).toBe(0);
    await h.pull();
  });
  afterAll(async () => h?.close());

  /** Replaces the front-matter/body text in the work clone, keeping the buffer: block the action wrote. */
  async function edit(transform: (text: string) => string, message: string) {
    const current = await h.read(file);
    const range = await h.pushFiles({ [file]: transform(current) }, message);
    const stats = h.sandbox.state().stats.byRootField;
    const counts = { edit: stats.editPost ?? 0, create: stats.createPost ?? 0, del: stats.deletePost ?? 0 };
    const run = await h.runPush(range);
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    await h.pull();
    const after = h.sandbox.state().stats.byRootField;
    return {
      run,
      edits: (after.editPost ?? 0) - counts.edit,
      creates: (after.createPost ?? 0) - counts.create,
      deletes: (after.deletePost ?? 0) - counts.del,
    };
  }

  it('edits the text in place, keeping the schedule', async () => {
    const { edits, creates } = await edit((t) => t.replace('First version.', 'Second version.'), 'reword');
    expect(edits).toBe(1);
    expect(creates).toBe(0);
    const [only] = postsOf(h.sandbox);
    expect(postsOf(h.sandbox)).toHaveLength(1);
    expect(only!.text).toBe('Second version.');
    expect(only!.dueAt).toBe('2027-03-02T08:00:00.000Z');
    // Only the text travels: no mode, so Buffer keeps the schedule.
    expect(mutationInputs(h.requests, 'editPost').at(-1)).toEqual({ id: only!.id, text: 'Second version.' });
  });

  it('edits the due time', async () => {
    const { edits, creates } = await edit(
      (t) => t.replace('2027-03-02T09:00:00+01:00', '2027-03-05T10:30:00+01:00'),
      'move',
    );
    expect(edits).toBe(1);
    expect(creates).toBe(0);
    const [only] = postsOf(h.sandbox);
    expect(only!.dueAt).toBe('2027-03-05T09:30:00.000Z');
    expect(only!.text).toBe('Second version.');
    expect(mutationInputs(h.requests, 'editPost').at(-1)).toEqual({
      id: only!.id,
      mode: 'customScheduled',
      dueAt: '2027-03-05T09:30:00.000Z',
    });
  });

  it('adding a channel creates one post there', async () => {
    const { edits, creates } = await edit(
      (t) => t.replace('channels: [twitter]', 'channels: [twitter, mastodon]'),
      'add mastodon',
    );
    expect(creates).toBe(1);
    expect(edits).toBe(0);
    const mastodon = postsOf(h.sandbox).filter((p) => p.channelId === channelIdOf(h.sandbox, 'mastodon'));
    expect(mastodon).toHaveLength(1);
    expect(mastodon[0]!.text).toBe('Second version.');
    expect(await h.read(file)).toContain(mastodon[0]!.id);
  });

  it('removing a channel deletes its post and its buffer: entry', async () => {
    const twitterId = postsOf(h.sandbox).find((p) => p.channelId === channelIdOf(h.sandbox, 'twitter'))!.id;
    const { deletes, creates } = await edit(
      (t) => t.replace('channels: [twitter, mastodon]', 'channels: [mastodon]'),
      'drop twitter',
    );
    expect(deletes).toBe(1);
    expect(creates).toBe(0);
    expect(postsOf(h.sandbox).map((p) => p.id)).not.toContain(twitterId);
    expect(await h.read(file)).not.toContain(twitterId);
  });

  it('renaming the file costs no request', async () => {
    const requests = h.sandbox.state().stats.requests;
    const content = await h.read(file);
    const range = await h.pushFiles({ [file]: null, 'posts/renamed-news.md': content }, 'rename');
    const run = await h.runPush(range);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(h.sandbox.state().stats.requests).toBe(requests);
    expect(postsOf(h.sandbox)).toHaveLength(1);
  });

  it('deleting the file deletes its post', async () => {
    const range = await h.pushFiles({ 'posts/renamed-news.md': null }, 'remove the post');
    const run = await h.runPush(range);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.deleted).toBe('1');
    expect(postsOf(h.sandbox)).toHaveLength(0);
  });
});
