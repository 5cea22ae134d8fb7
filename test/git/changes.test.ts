import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectChanges, readFileAt, type ChangeSet, type FileChange } from '../../src/git/changes.js';
import { Git } from '../../src/git/git.js';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';

let fx: GitFixture;
let git: Git;

beforeEach(async () => {
  fx = await createGitFixture();
  git = new Git({ cwd: fx.work, env: fx.env });
});
afterEach(async () => {
  await fx.cleanup();
});

function sorted(changes: FileChange[]): FileChange[] {
  return [...changes].sort((a, b) => a.path.localeCompare(b.path));
}

function expectDiff(set: ChangeSet): Extract<ChangeSet, { kind: 'diff' }> {
  if (set.kind !== 'diff') throw new Error(`expected a diff, got a full listing: ${set.reason}`);
  return set;
}

describe('detectChanges on a full clone', () => {
  it('reports added, modified, deleted and renamed posts and ideas, ignoring other files', async () => {
    await fx.writeFiles({
      'posts/keep.md': 'unchanged\n',
      'posts/edit.md': 'before edit\n',
      'posts/remove.md': '---\nbuffer:\n  twitter: {id: abc123}\n---\nbye\n',
      'posts/old name.md': 'a post long enough that rename detection recognises it after the move\n',
      'ideas/idea.md': 'idea\n',
      'README.md': 'readme\n',
    });
    const before = await fx.commitAll('initial');

    await fx.writeFiles({
      'posts/edit.md': 'after edit\n',
      'posts/remove.md': null,
      'posts/old name.md': null,
      'posts/2026/new name.md': 'a post long enough that rename detection recognises it after the move\n',
      'posts/sub dir/café ünïcode 🚀.md': 'new with spaces and unicode\n',
      'posts/notes.txt': 'not a post\n',
      'ideas/idea2.md': 'another idea\n',
      'README.md': 'changed readme\n',
      'src/posts/elsewhere.md': 'outside the watched dirs\n',
      'posts-archive/x.md': 'a sibling directory whose name starts like posts\n',
    });
    const after = await fx.commitAll('change things');

    const set = expectDiff(await detectChanges(git, { before, after, dirs: ['posts', 'ideas'] }));
    expect(set.before).toBe(before);
    expect(set.after).toBe(after);
    expect(sorted(set.changes)).toEqual(
      sorted([
        { status: 'modified', path: 'posts/edit.md' },
        { status: 'deleted', path: 'posts/remove.md' },
        { status: 'renamed', path: 'posts/2026/new name.md', oldPath: 'posts/old name.md' },
        { status: 'added', path: 'posts/sub dir/café ünïcode 🚀.md' },
        { status: 'added', path: 'ideas/idea2.md' },
      ]),
    );

    // The IDs of a deleted post are read from the file as it was at `before`.
    expect(await readFileAt(git, before, 'posts/remove.md')).toContain('id: abc123');
    expect(await readFileAt(git, after, 'posts/remove.md')).toBeUndefined();
    expect(await readFileAt(git, after, 'posts/sub dir/café ünïcode 🚀.md')).toBe('new with spaces and unicode\n');
  });

  it('accepts directory spellings like ./posts/ and treats renames across the .md boundary as add/delete', async () => {
    await fx.writeFiles({ 'posts/draft.txt': 'x'.repeat(200), 'posts/was-post.md': 'y'.repeat(200) });
    const before = await fx.commitAll('initial');
    await fx.writeFiles({
      'posts/draft.txt': null,
      'posts/draft.md': 'x'.repeat(200),
      'posts/was-post.md': null,
      'posts/was-post.bak': 'y'.repeat(200),
    });
    const after = await fx.commitAll('renames');

    const set = expectDiff(await detectChanges(git, { before, after, dirs: ['./posts/'] }));
    expect(sorted(set.changes)).toEqual([
      { status: 'added', path: 'posts/draft.md' },
      { status: 'deleted', path: 'posts/was-post.md' },
    ]);
  });

  it('diffs the trees of a merge of many commits, including changes undone in between', async () => {
    await fx.writeFiles({ 'posts/base.md': 'base\n', 'posts/temp.md': 'will be deleted on the feature branch\n' });
    const before = await fx.commitAll('base');
    await fx.push();

    await fx.git(['checkout', '--quiet', '-b', 'feature']);
    for (let i = 1; i <= 12; i++) {
      await fx.writeFiles({ [`posts/feature-${i}.md`]: `feature post ${i}\n` });
      await fx.commitAll(`feature ${i}`);
    }
    // Added then removed again within the branch: not a change of the push.
    await fx.writeFiles({ 'posts/ephemeral.md': 'here for a moment\n' });
    await fx.commitAll('add ephemeral');
    await fx.writeFiles({ 'posts/ephemeral.md': null, 'posts/temp.md': null });
    await fx.commitAll('remove ephemeral and temp');

    await fx.git(['checkout', '--quiet', 'main']);
    await fx.writeFiles({ 'posts/base.md': 'base edited on main\n' });
    await fx.commitAll('edit on main');
    await fx.git(['merge', '--quiet', '--no-ff', '-m', 'Merge feature', 'feature']);
    const after = await fx.git(['rev-parse', 'HEAD']);

    const set = expectDiff(await detectChanges(git, { before, after, dirs: ['posts'] }));
    const expected: FileChange[] = [
      { status: 'modified', path: 'posts/base.md' },
      { status: 'deleted', path: 'posts/temp.md' },
      ...Array.from({ length: 12 }, (_, i) => ({ status: 'added' as const, path: `posts/feature-${i + 1}.md` })),
    ];
    expect(sorted(set.changes)).toEqual(sorted(expected));
  });

  it('returns an empty diff (not a full listing) when only files outside the dirs changed', async () => {
    await fx.writeFiles({ 'posts/a.md': 'a\n' });
    const before = await fx.commitAll('initial');
    await fx.writeFiles({ 'docs/guide.md': 'guide\n' });
    const after = await fx.commitAll('docs only');

    const set = await detectChanges(git, { before, after, dirs: ['posts', 'ideas'] });
    expect(set).toEqual({ kind: 'diff', before, after, changes: [] });
  });
});
