/**
 * Blob IDs of the post and idea files at a commit, for the fast path of a
 * level-triggered apply: a file whose blob at the tip equals the one the
 * applied state recorded is neither parsed nor looked up in Buffer.
 *
 * Git's blob ID names the exact bytes, so comparing IDs is comparing
 * content; `gitBlobId` computes the same name for bytes the action is about
 * to write, without starting git.
 */
import { createHash } from 'node:crypto';
import type { Git } from './git.js';

/**
 * Path → blob ID of the regular files under `dirs` (recursive) whose names end
 * with `ext`, at `commit`, read by one `git ls-tree`. Symbolic links and
 * submodules are left out: they are never a post file the action applied, so
 * a caller finds no blob for them and takes the slow path (which reports them).
 */
export async function blobsAt(git: Git, commit: string, dirs: string[], ext = '.md'): Promise<Map<string, string>> {
  const blobs = new Map<string, string>();
  for (const { mode, type, object, path } of await git.treeEntries(commit, dirs)) {
    if (type !== 'blob' || (mode !== '100644' && mode !== '100755') || !object) continue;
    if (path.endsWith(ext)) blobs.set(path, object);
  }
  return blobs;
}

/**
 * The blob ID git gives this content (`git hash-object --stdin`, no filters):
 * the hash of `blob <byte length>\0<bytes>`. A string is taken as UTF-8.
 * `sha256` is for repositories created with `--object-format=sha256`.
 */
export function gitBlobId(content: Uint8Array | string, algorithm: 'sha1' | 'sha256' = 'sha1'): string {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return createHash(algorithm).update(`blob ${bytes.byteLength}\0`, 'utf8').update(bytes).digest('hex');
}
