/**
 * The Markdown files of a folder as the plan lists them from the disk: sorted
 * repository paths, nested folders walked, `.git` and `node_modules` skipped,
 * other files left out, symbolic links named `*.md` (to a file or a folder)
 * never followed but listed apart, in the order the walk meets them.
 */
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listMarkdownFiles } from '../../src/plan/list-files.js';

let root: string | undefined;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

async function tree(files: string[], links: Record<string, string> = {}): Promise<string> {
  root = await mkdtemp(path.join(os.tmpdir(), 'list-files-'));
  for (const file of files) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), 'x\n');
  }
  for (const [link, target] of Object.entries(links)) {
    await mkdir(path.dirname(path.join(root, link)), { recursive: true });
    await symlink(target, path.join(root, link));
  }
  return root;
}

/** What a plain recursive walk finds, in the walk's order (readdir's within a folder). */
async function walkOrder(workspace: string, dir: string): Promise<{ files: string[]; links: string[] }> {
  const files: string[] = [];
  const links: string[] = [];
  async function walk(relative: string): Promise<void> {
    const entries = await readdir(path.join(workspace, relative), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const at = `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== '.git' && entry.name !== 'node_modules') await walk(at);
      } else if (entry.name.toLowerCase().endsWith('.md')) {
        if (entry.isFile()) files.push(at);
        else if (entry.isSymbolicLink()) links.push(at);
      }
    }
  }
  await walk(dir);
  return { files: files.sort(), links };
}

describe('listMarkdownFiles', () => {
  it('lists the Markdown files of nested folders, links apart, the rest left out', async () => {
    const workspace = await tree(
      [
        'posts/b.md',
        'posts/a.MD',
        'posts/notes.txt',
        'posts/2027/01/c.md',
        'posts/2027/d.md',
        'posts/z/e.md',
        'posts/node_modules/pkg/readme.md',
        'posts/.git/x.md',
        'outside/f.md',
      ],
      {
        'posts/link.md': '../outside/f.md',
        'posts/2027/folder-link.md': '../../outside',
        'posts/2027/other-link.txt': '../../outside/f.md',
        'posts/z/y.md': '../b.md',
      },
    );
    const links: string[] = [];
    const files = await listMarkdownFiles(workspace, 'posts', links);
    expect(files).toEqual(['posts/2027/01/c.md', 'posts/2027/d.md', 'posts/a.MD', 'posts/b.md', 'posts/z/e.md']);
    expect([...links].sort()).toEqual(['posts/2027/folder-link.md', 'posts/link.md', 'posts/z/y.md']);
    // The order of the links is the walk's: a folder's links come where the folder is met.
    const expected = await walkOrder(workspace, 'posts');
    expect(files).toEqual(expected.files);
    expect(links).toEqual(expected.links);
  });

  it('lists nothing for a folder that is missing or is a file, and no links when not asked', async () => {
    const workspace = await tree(['posts/a.md', 'file.md'], { 'posts/l.md': 'a.md' });
    expect(await listMarkdownFiles(workspace, 'missing')).toEqual([]);
    expect(await listMarkdownFiles(workspace, 'file.md')).toEqual([]);
    expect(await listMarkdownFiles(workspace, 'posts')).toEqual(['posts/a.md']);
  });
});
