/**
 * pull_request_target plans the pull request's head from git's object
 * database (src/git/tree-snapshot.ts): only the post and idea folders are
 * copied, as data, into a folder of their own; links stay links (never
 * followed), oversized files keep their size but not their bytes, and
 * nothing in the checkout changes.
 */
import { lstat, mkdtemp, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Git } from '../../src/git/git.js';
import { snapshotTree } from '../../src/git/tree-snapshot.js';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';

describe('snapshotTree', () => {
  let fx: GitFixture;
  let head: string;

  beforeAll(async () => {
    fx = await createGitFixture();
    await fx.writeFiles({
      'README.md': 'not copied\n',
      'posts/a.md': 'post a\n',
      'posts/deep/b.md': 'post b\n',
      'posts/big.md': 'x'.repeat(100),
      'ideas/i.md': 'idea\n',
    });
    await symlink('/etc/passwd', path.join(fx.work, 'posts', 'link.md'));
    head = await fx.commitAll('files');
    // The work tree moves on: the snapshot must come from the commit, not from here.
    await fx.writeFiles({ 'posts/a.md': 'edited in the work tree\n' });
  });
  afterAll(async () => fx?.cleanup());

  it('copies the folders at the commit, links as links, oversized files as holes', async () => {
    const target = await mkdtemp(path.join(os.tmpdir(), 'snapshot-'));
    const git = new Git({ cwd: fx.work, env: fx.env });
    const written = await snapshotTree(git, head, { dirs: ['posts', 'ideas'], target, maxBytes: 50 });
    expect(written.sort()).toEqual(['ideas/i.md', 'posts/a.md', 'posts/big.md', 'posts/deep/b.md', 'posts/link.md']);
    expect(await readFile(path.join(target, 'posts/a.md'), 'utf8')).toBe('post a\n');
    expect(await readFile(path.join(target, 'posts/deep/b.md'), 'utf8')).toBe('post b\n');
    expect((await lstat(path.join(target, 'posts/link.md'))).isSymbolicLink()).toBe(true);
    expect(await readlink(path.join(target, 'posts/link.md'))).toBe('/etc/passwd');
    expect((await stat(path.join(target, 'posts/big.md'))).size).toBe(100);
    expect(await readFile(path.join(target, 'posts/big.md'), 'utf8')).not.toContain('x');
    await expect(stat(path.join(target, 'README.md'))).rejects.toThrow();
    expect(await fx.git(['status', '--porcelain'])).toBe('M posts/a.md');
  });

  it('copies bytes as they are: a file that is not UTF-8 is not repaired on the way', async () => {
    // Latin-1 "café", a NUL and an invalid UTF-8 sequence: the post reader must see these bytes and report them.
    const bytes = Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x00, 0xc3, 0x28, 0x0a]);
    await writeFile(path.join(fx.work, 'posts', 'latin1.md'), bytes);
    const commit = await fx.commitAll('a file in Latin-1');
    const target = await mkdtemp(path.join(os.tmpdir(), 'snapshot-'));
    await snapshotTree(new Git({ cwd: fx.work, env: fx.env }), commit, { dirs: ['posts'], target, maxBytes: 1000 });
    expect(Buffer.compare(await readFile(path.join(target, 'posts/latin1.md')), bytes)).toBe(0);
  });
});
