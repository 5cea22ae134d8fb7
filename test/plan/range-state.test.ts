/**
 * A plan over a range against the base branch's applied state
 * (src/plan/range-state.ts): the state's files are vouched for as the files
 * at the head are met, and the posts the state holds that no file holds are
 * found whether the file is gone from the head, from the work tree, or was
 * changed by the range.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { detectChanges } from '../../src/git/changes.js';
import { Git } from '../../src/git/git.js';
import { blobsAt } from '../../src/git/tree-blobs.js';
import { collectRangeAgainstState } from '../../src/plan/range-state.js';
import type { AppliedState } from '../../src/state/applied-state.js';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';

const post = (id: string, text: string) =>
  `---\nchannel: twitter\nbuffer:\n  twitter: {id: ${id}, status: scheduled}\n---\n${text}\n`;

let fx: GitFixture | undefined;
afterEach(async () => {
  await fx?.cleanup();
  fx = undefined;
});

/** posts/a.md, b.md and c.md recorded complete at the base, plus `extra` records; then `edit` makes the range. */
async function setUp(extra: AppliedState['files'], edit: Record<string, string | null>) {
  fx = await createGitFixture();
  const git = new Git({ cwd: fx.work, env: fx.env });
  await fx.writeFiles({
    'posts/a.md': post('id-a', 'Alpha'),
    'posts/b.md': post('id-b', 'Beta'),
    'posts/c.md': post('id-c', 'Gamma'),
  });
  const base = await fx.commitAll('posts');
  const baseBlobs = await blobsAt(git, base, ['posts']);
  const files: AppliedState['files'] = { ...extra };
  for (const name of ['a', 'b', 'c'])
    files[`posts/${name}.md`] = {
      blob: baseBlobs.get(`posts/${name}.md`)!,
      complete: true,
      posts: { twitter: `id-${name}` },
    };
  const state: AppliedState = {
    version: 1,
    branch: 'main',
    commit: base,
    recordedAt: '2026-05-31T12:00:00Z',
    files,
    ideas: {},
    orphans: [],
    attempts: [],
  };
  await fx.writeFiles(edit);
  const head = await fx.commitAll('the range');
  const changes = await detectChanges(git, { before: base, after: head, dirs: ['posts', 'ideas'] });
  if (changes.kind !== 'diff') throw new Error('no diff');
  const blobs = await blobsAt(git, head, ['posts']);
  const opts = { workspace: fx.work, postsDir: 'posts', ideasDir: 'ideas', git, changes, state, blobs };
  return { opts };
}

const removalsOf = (posts: Awaited<ReturnType<typeof collectRangeAgainstState>>['posts']) =>
  posts
    .filter((p) => p.kind === 'deleted')
    .map((p) => [p.path, p.removalReason ?? 'range', Object.values(p.previous?.tracked ?? {}).map((t) => t.id)]);

describe('collectRangeAgainstState', () => {
  it('trusts the unchanged files and finds no removal when every recorded post is held', async () => {
    const { opts } = await setUp({}, { 'posts/b.md': post('id-b', 'Beta, edited') });
    const result = await collectRangeAgainstState({ ...opts, removals: true });
    expect(result.trusted).toBe(2);
    expect(result.removals).toBe(0);
    expect(result.posts.map((p) => [p.path, p.kind])).toEqual([['posts/b.md', 'modified']]);
  });

  it('removes the posts of a recorded file the head no longer has, outside the range', async () => {
    const { opts } = await setUp(
      { 'posts/gone.md': { blob: 'e'.repeat(40), complete: true, posts: { twitter: 'id-gone' } } },
      { 'posts/b.md': post('id-b', 'Beta, edited') },
    );
    const result = await collectRangeAgainstState({ ...opts, removals: true });
    expect(result.trusted).toBe(2);
    expect(result.removals).toBe(1);
    expect(removalsOf(result.posts)).toEqual([['posts/gone.md', 'file-removed', ['id-gone']]]);
    // Not the merge's to remove when the state may be newer than the base.
    const without = await collectRangeAgainstState({ ...opts, removals: false });
    expect(without.removals).toBe(0);
    expect(removalsOf(without.posts)).toEqual([]);
  });

  it('removes the posts of a trusted file missing from the work tree, as listing the disk finds it', async () => {
    const { opts } = await setUp({}, { 'posts/b.md': post('id-b', 'Beta, edited') });
    await fx!.writeFiles({ 'posts/c.md': null });
    const result = await collectRangeAgainstState({ ...opts, removals: true });
    expect(result.trusted).toBe(1);
    expect(removalsOf(result.posts)).toEqual([['posts/c.md', 'file-removed', ['id-c']]]);
  });

  it("plans a deleted file's posts from the range and a file changed since the record from its text", async () => {
    const { opts } = await setUp({}, { 'posts/a.md': null });
    // Recorded with another blob: not vouched for, so read.
    opts.state.files['posts/c.md']!.blob = 'b'.repeat(40);
    const result = await collectRangeAgainstState({ ...opts, removals: true });
    expect(result.trusted).toBe(1);
    expect(result.removals).toBe(0);
    expect(removalsOf(result.posts)).toEqual([['posts/a.md', 'range', ['id-a']]]);
    expect(result.tipFiles.map((f) => [f.path, f.claims])).toEqual([
      ['posts/b.md', { twitter: 'id-b' }],
      ['posts/c.md', { twitter: 'id-c' }],
    ]);
  });
});
