/**
 * A commit's post and idea folders written out as plain files, read from the
 * object database: for `pull_request_target`, whose checkout is the base, the
 * pull request's head is planned from here. Nothing is checked out, no
 * filter, hook or attribute runs: blobs are copied as data into a fresh
 * folder outside the checkout, and only what the plan reads (the given
 * folders) is copied. Symbolic links stay links (never followed, the reader
 * reports them); files over `maxBytes` keep their size but not their bytes
 * (the reader refuses them by size without reading).
 */
import { mkdir, open, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Git } from './git.js';

export interface SnapshotOptions {
  /** Folders to copy (repository paths, recursive). */
  dirs: string[];
  /** An empty folder to write into. */
  target: string;
  /** Blobs larger than this are written as a hole of the same size. */
  maxBytes: number;
}

export async function snapshotTree(git: Git, rev: string, opts: SnapshotOptions): Promise<string[]> {
  const written: string[] = [];
  for (const { mode, type, object, size, path } of await git.treeEntries(rev, opts.dirs, { sizes: true })) {
    if (type !== 'blob' || !object || !safePath(path)) continue;
    const file = join(opts.target, path);
    await mkdir(dirname(file), { recursive: true });
    if (mode === '120000') {
      await symlink((await git.blob(object)).toString('utf8'), file);
    } else if (size !== undefined && size > opts.maxBytes) {
      const handle = await open(file, 'w');
      await handle.truncate(size);
      await handle.close();
    } else {
      // The exact bytes: a file that is not UTF-8 reaches the reader as it is, and is reported.
      await writeFile(file, await git.blob(object));
    }
    written.push(path);
  }
  return written;
}

/** A relative path whose every segment is a plain name: never `..`, `.git`, empty or absolute. */
function safePath(path: string): boolean {
  if (path.startsWith('/') || path.includes('\\')) return false;
  return path.split('/').every((s) => s !== '' && s !== '.' && s !== '..' && s.toLowerCase() !== '.git');
}
