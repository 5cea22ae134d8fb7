/**
 * Writes `buffer:` entries into files in the work tree. Only the `buffer:`
 * block changes; every other byte is kept (writeback/buffer-block.ts).
 * Re-reads each file first, so it can run again on a newer tip after a
 * rejected push and keep whatever someone else changed meanwhile.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readBufferBlock, setBufferBlock } from './buffer-block.js';
import { mergeEntries, type TrackedUpdates } from './tracked-updates.js';

export async function writeTrackedUpdates(workspace: string, updates: TrackedUpdates): Promise<string[]> {
  const changed: string[] = [];
  for (const [path, entries] of [...updates].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const absolute = join(workspace, path);
    let raw: string;
    try {
      raw = await readFile(absolute, 'utf8');
    } catch (error) {
      // Removed on the new tip by someone else: nothing to record there.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    const next = mergeEntries(readBufferBlock(raw), entries);
    if (!next) continue;
    const written = setBufferBlock(raw, Object.keys(next).length > 0 ? next : undefined);
    if (written !== raw) {
      await writeFile(absolute, written, 'utf8');
      changed.push(path);
    }
  }
  return changed;
}
