/**
 * Blob IDs for the fast path (src/git/tree-blobs.ts): `blobsAt` lists the
 * files of a commit with their blob IDs in one git call, whatever their
 * names; `gitBlobId` names content exactly as git does, without git.
 */
import { chmod, readFile, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Git } from '../../src/git/git.js';
import { blobsAt, gitBlobId, workTreeBlobs } from '../../src/git/tree-blobs.js';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';

let fx: GitFixture;
let git: Git;
let older: string;
let head: string;

const NAMES = [
  'posts/plain.md',
  'posts/with space.md',
  'posts/ünïcødé – 日本語.md',
  'posts/new\nline.md',
  'posts/tab\there "quoted".md',
  'posts/[draft]/nested *.md',
  'posts/exec.md',
  'ideas/idea.md',
];

beforeAll(async () => {
  fx = await createGitFixture();
  git = new Git({ cwd: fx.work, env: fx.env });
  await fx.writeFiles({ 'posts/plain.md': 'old\n' });
  older = await fx.commitAll('older');
  await fx.writeFiles(Object.fromEntries(NAMES.map((name, i) => [name, `content ${i} of ${name}\r\n`])));
  await fx.writeFiles({
    'posts/notes.txt': 'not a post\n',
    'README.md': 'outside\n',
    'postscript/x.md': 'a sibling folder, not posts/\n',
  });
  await chmod(path.join(fx.work, 'posts', 'exec.md'), 0o755);
  await symlink('plain.md', path.join(fx.work, 'posts', 'link.md'));
  head = await fx.commitAll('names');
});
afterAll(async () => fx?.cleanup());

describe('blobsAt', () => {
  it('maps every post file to the blob git hashes for it, NUL-safe, links and other extensions left out', async () => {
    const blobs = await blobsAt(git, head, ['posts', './ideas/']);
    expect([...blobs.keys()].sort()).toEqual([...NAMES].sort());
    for (const name of NAMES) {
      expect(blobs.get(name), name).toBe(await fx.git(['hash-object', '--no-filters', '--', name]));
    }
    expect(await fx.git(['ls-tree', '--format=%(objectmode)', head, '--', 'posts/exec.md'])).toBe('100755');
  });

  it('reads the commit, not the work tree, and only the folders asked for', async () => {
    await writeFile(path.join(fx.work, 'posts', 'plain.md'), 'edited, not committed\n');
    const blobs = await blobsAt(git, older, ['posts']);
    expect([...blobs.entries()]).toEqual([['posts/plain.md', gitBlobId('old\n')]]);
    expect([...(await blobsAt(git, head, ['ideas'])).keys()]).toEqual(['ideas/idea.md']);
    expect((await blobsAt(git, head, [])).size).toBe(0);
  });

  it('throws on a commit that does not exist', async () => {
    await expect(blobsAt(git, 'ab'.repeat(20), ['posts'])).rejects.toThrow(/ls-tree/);
  });
});

describe('gitBlobId', () => {
  it('equals git hash-object --stdin for text', async () => {
    for (const text of ['', 'hello\n', 'ünïcødé ✓ 日本語\r\nline 2', '---\nbuffer:\n  twitter: {id: x}\n---\nHi\n']) {
      expect(gitBlobId(text), JSON.stringify(text)).toBe(
        (await git.exec(['hash-object', '--stdin'], { input: text })).stdout.trim(),
      );
    }
  });

  it('equals git hash-object for bytes that are not UTF-8', async () => {
    const bytes = Buffer.from([0xff, 0xfe, 0x00, 0x41, 0xc3, 0x28, 0x0a]);
    const file = path.join(fx.root, 'binary.bin');
    await writeFile(file, bytes);
    expect(gitBlobId(bytes)).toBe(await fx.git(['hash-object', '--no-filters', file]));
    expect(gitBlobId(new Uint8Array(bytes))).toBe(gitBlobId(bytes));
  });
});

describe('workTreeBlobs', () => {
  it("is HEAD's blobs less every file the work tree or the index changes", async () => {
    await fx.push();
    const clone = await fx.otherClone();
    const other = new Git({ cwd: clone, env: fx.env });
    await fx.git(['checkout', '--quiet', '--detach', head], clone);
    const atHead = await blobsAt(other, 'HEAD', ['posts']);
    expect(await workTreeBlobs(other, ['posts'])).toEqual(atHead);

    await writeFile(path.join(clone, 'posts', 'plain.md'), 'edited, not staged\n');
    await writeFile(path.join(clone, 'posts', 'with space.md'), 'edited and staged\n');
    await fx.git(['add', '--', 'posts/with space.md'], clone);
    await fx.git(['rm', '--quiet', '--', 'posts/exec.md'], clone);
    await writeFile(path.join(clone, 'posts', 'untracked.md'), 'never added\n');
    const clean = await workTreeBlobs(other, ['posts']);
    const changed = ['posts/plain.md', 'posts/with space.md', 'posts/exec.md'];
    expect([...clean.keys()].sort()).toEqual([...atHead.keys()].filter((p) => !changed.includes(p)).sort());
    for (const [p, blob] of clean) expect(blob, p).toBe(atHead.get(p));
  });

  it('only reads the index: a stale index is not refreshed and written back (no index.lock taken)', async () => {
    const clone = await fx.otherClone();
    const other = new Git({ cwd: clone, env: fx.env });
    await fx.git(['checkout', '--quiet', '--detach', head], clone);
    // The same bytes written again: the file's stat no longer matches the index, its content does.
    const file = path.join(clone, 'posts', 'plain.md');
    await writeFile(file, await readFile(file));
    const later = new Date(Date.now() + 5_000);
    await utimes(file, later, later);
    const index = path.join(clone, '.git', 'index');
    const before = await readFile(index);
    const blobs = await workTreeBlobs(other, ['posts']);
    expect(blobs.get('posts/plain.md')).toBe(
      await fx.git(['hash-object', '--no-filters', '--', 'posts/plain.md'], clone),
    );
    // `git status` would refresh the stale entry and rewrite the index; --no-optional-locks leaves it as it was.
    expect((await readFile(index)).equals(before)).toBe(true);
    await fx.git(['status', '--porcelain'], clone);
    expect((await readFile(index)).equals(before)).toBe(false);
  });
});
