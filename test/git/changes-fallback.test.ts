/**
 * The push-event situations where `before` is not simply there: actions/checkout's
 * depth-1 clone, a branch's first push, a force push whose old commit is gone.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectChanges, readFileAt } from '../../src/git/changes.js';
import { Git } from '../../src/git/git.js';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';

let fx: GitFixture;

beforeEach(async () => {
  fx = await createGitFixture();
});
afterEach(async () => {
  await fx.cleanup();
});

describe('detectChanges in a depth-1 clone', () => {
  it('fetches the missing before commit and diffs the two trees', async () => {
    await fx.writeFiles({ 'posts/a.md': 'a\n', 'posts/gone.md': '---\nbuffer:\n  twitter: {id: p-42}\n---\ngone\n' });
    const before = await fx.commitAll('initial');
    await fx.writeFiles({ 'posts/middle.md': 'in between\n' });
    await fx.commitAll('a commit between before and after');
    await fx.writeFiles({ 'posts/a.md': 'a edited\n', 'posts/gone.md': null, 'posts/b.md': 'b\n' });
    const after = await fx.commitAll('after');
    await fx.push();

    const dir = await fx.cloneShallow(1);
    const git = new Git({ cwd: dir, env: fx.env });
    expect(await git.isShallow()).toBe(true);
    expect(await git.commitExists(before)).toBe(false);

    const set = await detectChanges(git, { before, after, dirs: ['posts', 'ideas'] });
    expect(set.kind).toBe('diff');
    if (set.kind !== 'diff') return;
    expect([...set.changes].sort((x, y) => x.path.localeCompare(y.path))).toEqual([
      { status: 'modified', path: 'posts/a.md' },
      { status: 'added', path: 'posts/b.md' },
      { status: 'deleted', path: 'posts/gone.md' },
      { status: 'added', path: 'posts/middle.md' },
    ]);
    // The deleted file's IDs are readable after the one-commit fetch.
    expect(await readFileAt(git, before, 'posts/gone.md')).toContain('id: p-42');
    // Only that one commit came in: the clone is still shallow, with no history in between.
    expect(await git.isShallow()).toBe(true);
    expect(await fx.git(['rev-list', '--count', 'HEAD'], dir)).toBe('1');
  });
});

describe('detectChanges falls back to a full listing, never to "nothing changed"', () => {
  async function seed(): Promise<string> {
    await fx.writeFiles({
      'posts/one.md': '1\n',
      'posts/nested/two.md': '2\n',
      'posts/image.png': 'not markdown',
      'ideas/idea.md': 'i\n',
      'other/three.md': 'outside\n',
    });
    const sha = await fx.commitAll('seed');
    await fx.push();
    return sha;
  }
  const allFiles = ['ideas/idea.md', 'posts/nested/two.md', 'posts/one.md'];

  it.each([
    ['all zeros', '0000000000000000000000000000000000000000'],
    ['undefined', undefined],
    ['empty', ''],
  ])('on a first push (before %s)', async (_label, before) => {
    const after = await seed();
    const git = new Git({ cwd: await fx.cloneShallow(1), env: fx.env });
    const set = await detectChanges(git, { before, after, dirs: ['posts', 'ideas'] });
    expect(set).toEqual({ kind: 'full', after, reason: expect.stringContaining('first push'), files: allFiles });
  });

  it('on a force push whose before commit no longer exists on the remote', async () => {
    const base = await seed();
    await fx.writeFiles({ 'posts/rewritten-away.md': 'soon unreachable\n' });
    const lost = await fx.commitAll('will be force-pushed away');
    await fx.push();

    await fx.git(['reset', '--quiet', '--hard', base]);
    await fx.writeFiles({ 'posts/replacement.md': 'new history\n' });
    const after = await fx.commitAll('rewritten');
    await fx.git(['push', '--quiet', '--force', 'origin', 'HEAD:refs/heads/main']);
    // Make the old commit truly gone on the server, as after garbage collection.
    await fx.git(['reflog', 'expire', '--expire=now', '--all'], fx.bare);
    await fx.git(['gc', '--quiet', '--prune=now'], fx.bare);

    const git = new Git({ cwd: await fx.cloneShallow(1), env: fx.env });
    const set = await detectChanges(git, { before: lost, after, dirs: ['posts', 'ideas'] });
    expect(set.kind).toBe('full');
    if (set.kind !== 'full') return;
    expect(set.reason).toContain(lost);
    expect(set.reason).toMatch(/could not be fetched/);
    expect(set.files).toEqual([...allFiles, 'posts/replacement.md'].sort());
  });

  it('when before is not a commit name (never passed to git as an option)', async () => {
    const after = await seed();
    const git = new Git({ cwd: fx.work, env: fx.env });
    const marker = path.join(fx.root, 'pwned');
    const set = await detectChanges(git, { before: `--upload-pack=touch ${marker}`, after, dirs: ['posts', 'ideas'] });
    expect(set).toMatchObject({ kind: 'full', after, files: allFiles });
    expect(existsSync(marker)).toBe(false);
  });

  it('when the remote cannot be reached to fetch before', async () => {
    const after = await seed();
    const dir = await fx.cloneShallow(1);
    await fx.git(['remote', 'set-url', 'origin', `${fx.root}/does-not-exist.git`], dir);
    const git = new Git({ cwd: dir, env: fx.env });
    const set = await detectChanges(git, { before: 'a'.repeat(40), after, dirs: ['posts', 'ideas'] });
    expect(set).toMatchObject({ kind: 'full', after, files: allFiles });
    if (set.kind === 'full') expect(set.reason).toMatch(/could not be fetched from origin/);
  });
});
