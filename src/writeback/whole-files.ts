/**
 * Files the write-back rewrites as a whole (the metrics file, issue 15), in
 * the same commit as the `buffer:` blocks. Each write computes the new
 * content from the file as it is at the moment of writing, so after a
 * rejected push it runs again on the new tip and keeps what someone else
 * changed there.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
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
    const absolute = join(workspace, write.path);
    let current: string | undefined;
    try {
      current = await readFile(absolute, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const next = write.next(current);
    if (next === undefined || next === current) continue;
    await mkdir(dirname(absolute), { recursive: true });
    await writeFile(absolute, next, 'utf8');
    changed.push(write.path);
  }
  return changed;
}
