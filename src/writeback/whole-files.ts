/**
 * Files the write-back rewrites as a whole (the metrics file, issue 15), in
 * the same commit as the `buffer:` blocks. Each write computes the new
 * content from the file as it is at the moment of writing, so after a
 * rejected push it runs again on the new tip and keeps what someone else
 * changed there.
 */
import { lstat, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface WholeFileWrite {
  /** Relative to the repository's top folder, forward slashes. */
  path: string;
  /** The new content from the current one (undefined when the file does not exist); undefined: leave the file as it is. */
  next(current: string | undefined): string | undefined;
}

/** Applies the writes in the work tree; returns the paths whose bytes changed. */
export async function writeWholeFiles(workspace: string, writes: readonly WholeFileWrite[]): Promise<string[]> {
  const changed: string[] = [];
  for (const write of writes) {
    const current = await readWholeFile(workspace, write.path);
    // Never through a link or onto a folder (the metrics step said why when it read the file).
    if ('blocked' in current) continue;
    const next = write.next(current.text);
    if (next === undefined || next === current.text) continue;
    const absolute = join(workspace, write.path);
    await mkdir(dirname(absolute), { recursive: true });
    await writeFile(absolute, next, 'utf8');
    changed.push(write.path);
  }
  return changed;
}

/**
 * A whole file's text as a write would start from (no text: it does not
 * exist yet), or why it is never written: a symbolic link on the way could
 * point outside the repository (so it is not followed, as the post folders'
 * links are not), and a folder or other non-file is not replaced.
 */
export async function readWholeFile(workspace: string, path: string): Promise<{ text?: string } | { blocked: string }> {
  const parts = path.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const at = parts.slice(0, i).join('/');
    let info;
    try {
      info = await lstat(join(workspace, at));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
    if (info.isSymbolicLink()) return { blocked: `${at} is a symbolic link` };
    const last = i === parts.length;
    if (last ? !info.isFile() : !info.isDirectory()) return { blocked: `${at} is not a ${last ? 'file' : 'folder'}` };
  }
  return { text: await readFile(join(workspace, path), 'utf8') };
}
