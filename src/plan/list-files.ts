/**
 * The Markdown files under a folder of the repository, sorted, as
 * repository-relative paths with forward slashes. Symbolic links are not
 * followed: a link could point outside the repository. Links named `*.md`
 * go to `links` when given, so they can be reported.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export async function listMarkdownFiles(workspace: string, dir: string, links?: string[]): Promise<string[]> {
  const found: string[] = [];
  async function walk(relative: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(join(workspace, relative), { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR')
        return;
      throw error;
    }
    for (const entry of entries) {
      const path = `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== '.git' && entry.name !== 'node_modules') await walk(path);
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) {
        found.push(path);
      } else if (links && entry.isSymbolicLink() && entry.name.toLowerCase().endsWith('.md')) {
        // Not followed, but not silently skipped either: the caller reports it.
        links.push(path);
      }
    }
  }
  await walk(dir);
  return found.sort();
}
