/**
 * One file, one claim (issue 11, case 2): an ID written in two files belongs
 * to the file that held it in the last applied state; the other file is new.
 * A copied template, a rename with a new file in its place, and a move with a
 * rewrite (git sees a delete and an add) each end with Buffer equal to the
 * files at the tip.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, mutationInputs, postsOf, type Harness } from './harness.js';
import { assertBufferEqualsFiles, futureDue, idOf, logOf, postFile } from './converge-helpers.js';

describe('one file, one claim', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  /** Pushes `files` from the work clone (which has pulled every write-back), runs the action on the tip, pulls its write-back. */
  async function pushAndRun(files: Record<string, string | null>, message: string) {
    const run = await h!.runPush(await h!.pushFiles(files, message));
    await h!.pull();
    return run;
  }

  /** `raw` with its body (everything after the front-matter) replaced, keeping the front-matter and its buffer: block. */
  function withBody(raw: string, body: string): string {
    const end = raw.indexOf('\n---\n', 4);
    return `${raw.slice(0, end)}\n---\n${body}\n`;
  }

  const textOf = (id: string) => postsOf(h!.sandbox).find((p) => p.id === id)?.text;

  it('case 2: a copy of a post file with its buffer: block gets its own post; editing or deleting the copy never touches the original', async () => {
    h = await createHarness();
    const created = await pushAndRun(
      { 'posts/a.md': postFile({ due: futureDue(20), items: ['Alpha, the original.'] }) },
      'alpha',
    );
    expect(created.exitCode, logOf(created)).toBe(0);
    const original = idOf(await assertBufferEqualsFiles(h), 'posts/a.md');

    // A teammate starts a new post from a.md, buffer: block and all.
    const template = await h.read('posts/a.md');
    expect(template).toContain(original);
    const copy = await pushAndRun(
      { 'posts/b.md': withBody(template, 'Beta, started from a copy.') },
      'beta from a copy of alpha',
    );
    expect(copy.exitCode, logOf(copy)).toBe(0);
    let state = await assertBufferEqualsFiles(h);
    const copyId = idOf(state, 'posts/b.md');
    expect(copyId).not.toBe(original);
    expect(textOf(original)).toBe('Alpha, the original.');
    expect(await h.read('posts/b.md')).not.toContain(original);
    // The run says the copied entry belongs to a.md and that b.md gets a new post.
    expect(
      logOf(copy)
        .split('\n')
        .some((line) => /cop(y|ied)/i.test(line) && line.includes(original) && line.includes('posts/a.md')),
      logOf(copy),
    ).toBe(true);

    const edit = await pushAndRun(
      { 'posts/b.md': withBody(await h.read('posts/b.md'), 'Beta, in its own words.') },
      'reword beta',
    );
    expect(edit.exitCode, logOf(edit)).toBe(0);
    expect(textOf(original)).toBe('Alpha, the original.');
    expect(textOf(copyId)).toBe('Beta, in its own words.');
    expect(mutationInputs(h.requests, 'editPost').filter((input) => input.id === original)).toEqual([]);

    const removal = await pushAndRun({ 'posts/b.md': null }, 'drop beta');
    expect(removal.exitCode, logOf(removal)).toBe(0);
    expect(postsOf(h.sandbox).map((p) => p.id)).toEqual([original]);
    expect(mutationInputs(h.requests, 'deletePost').map((input) => input.id)).toEqual([copyId]);
    state = await assertBufferEqualsFiles(h);
    expect(idOf(state, 'posts/a.md')).toBe(original);
  });

  it('case 2: a.md renamed to a-old.md and a new a.md in the same commit — a-old.md keeps the old post, a.md gets a new one', async () => {
    h = await createHarness();
    const created = await pushAndRun(
      { 'posts/roadmap.md': postFile({ due: futureDue(22), items: ['Roadmap, spring edition.'] }) },
      'roadmap',
    );
    expect(created.exitCode, logOf(created)).toBe(0);
    const old = idOf(await assertBufferEqualsFiles(h), 'posts/roadmap.md');

    const replaced = await pushAndRun(
      {
        'posts/roadmap-old.md': await h.read('posts/roadmap.md'),
        'posts/roadmap.md': postFile({ due: futureDue(23), items: ['Roadmap, summer edition.'] }),
      },
      'archive the spring roadmap, start the summer one',
    );
    expect(replaced.exitCode, logOf(replaced)).toBe(0);

    const state = await assertBufferEqualsFiles(h);
    expect(idOf(state, 'posts/roadmap-old.md')).toBe(old);
    expect(textOf(old)).toBe('Roadmap, spring edition.');
    expect(idOf(state, 'posts/roadmap.md')).not.toBe(old);
    expect(mutationInputs(h.requests, 'deletePost')).toEqual([]);
    expect(mutationInputs(h.requests, 'editPost').filter((input) => input.id === old)).toEqual([]);
  });

  it('case 2: a file moved and rewritten in one commit (git sees delete + add) keeps its post, edited, never deleted', async () => {
    h = await createHarness();
    const before = [
      'Meetup on Thursday at the office, doors open at six in the evening.',
      'Talks: a tour of our new build pipeline, lessons from the migration, and a short demo of the scheduling editor.',
      'Pizza and drinks afterwards; bring a friend who likes tools.',
    ].join(' ');
    const after = [
      'The meetup moves to Friday and to the riverside venue downtown.',
      'New line-up: three lightning talks from the community, then an open discussion about release notes that people read.',
      'Sign-up link follows next week.',
    ].join(' ');
    const created = await pushAndRun(
      { 'posts/meetup.md': postFile({ channels: ['mastodon'], due: futureDue(24), items: [before] }) },
      'meetup',
    );
    expect(created.exitCode, logOf(created)).toBe(0);
    const id = idOf(await assertBufferEqualsFiles(h), 'posts/meetup.md', 'mastodon');

    const frontMatter = (await h.read('posts/meetup.md')).replace(/\n---\n[\s\S]*$/, '\n---\n');
    const range = await h.pushFiles(
      {
        'posts/meetup.md': null,
        'posts/events/2027/meetup-friday.md': `${frontMatter.replace(/dueAt: \S+/, `dueAt: ${futureDue(25)}`)}${after}\n`,
      },
      'move and rewrite the meetup post',
    );
    // The premise: git does not see a rename here.
    expect((await h.fx.git(['diff', '--name-status', '-M', range.before, range.after])).split('\n').sort()).toEqual([
      'A\tposts/events/2027/meetup-friday.md',
      'D\tposts/meetup.md',
    ]);
    const moved = await h.runPush(range);
    await h.pull();
    expect(moved.exitCode, logOf(moved)).toBe(0);

    const state = await assertBufferEqualsFiles(h);
    expect(idOf(state, 'posts/events/2027/meetup-friday.md', 'mastodon')).toBe(id);
    expect(textOf(id)).toBe(after);
    expect(mutationInputs(h.requests, 'deletePost')).toEqual([]);
    expect(mutationInputs(h.requests, 'createPost')).toHaveLength(1);
  });
});
