/**
 * Reads the files a run is about: the ones the push changed (both ends of the
 * diff), plus every file that still lacks a Buffer ID for one of its channels
 * (an earlier run failed, a queue was full). In a full reconcile every file.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Git } from '../git/git.js';
import type { ChangeSet } from '../git/changes.js';
import type { IdeaFile, PostFile } from '../posts/model.js';
import { parsePostFile } from '../posts/parse.js';
import { parseIdeaFile } from '../posts/idea.js';
import { stripBufferBlock } from '../writeback/buffer-block.js';
import type { IdeaFileChange, PostFileChange } from './build-plan.js';
import { listMarkdownFiles } from './list-files.js';
import { scanFullyTracked } from './tracked-scan.js';

export interface CollectOptions {
  workspace: string;
  postsDir: string;
  ideasDir: string;
  timezone?: string;
  git?: Git;
}

export interface Collected {
  basis: 'diff' | 'full';
  basisReason?: string;
  posts: PostFileChange[];
  ideas: IdeaFileChange[];
  /** Every Buffer ID any current file tracks (never adopted for another file). */
  trackedIds: Set<string>;
  /** Every idea ID any current idea file tracks (never adopted for another idea file). */
  trackedIdeaIds: Set<string>;
  /** Every post file now in the posts dir, by path (for sync and drift). */
  allPostPaths: string[];
}

export async function collectFiles(changes: ChangeSet | undefined, opts: CollectOptions): Promise<Collected> {
  const postPaths = await listMarkdownFiles(opts.workspace, opts.postsDir);
  const ideaPaths = await listMarkdownFiles(opts.workspace, opts.ideasDir);
  const posts = new Map<string, PostFileChange>();
  const ideas = new Map<string, IdeaFileChange>();
  const inDir = (path: string, dir: string) => path === dir || path.startsWith(`${dir}/`);

  if (changes?.kind === 'diff') {
    for (const change of changes.changes) {
      if (!change.path.endsWith('.md') && !(change.oldPath ?? '').endsWith('.md')) continue;
      const oldPath = change.oldPath ?? change.path;
      if (inDir(change.path, opts.postsDir) || inDir(oldPath, opts.postsDir)) {
        const current = change.status === 'deleted' || !inDir(change.path, opts.postsDir) ? undefined : await readPost(change.path, opts);
        const previousRaw = change.status === 'added' || !opts.git ? undefined : await opts.git.show(changes.before, oldPath);
        const previous = previousRaw === undefined ? undefined : parsePostFile(oldPath, previousRaw, { timezone: opts.timezone });
        const kind = !current ? 'deleted' : change.status === 'added' && !previous ? 'added' : change.status;
        posts.set(change.path, {
          path: change.path,
          kind,
          current,
          previous,
          onlyBufferBlockChanged: current && previous ? sameOutsideBufferBlock(previous.raw, current.raw) : false,
        });
      } else if (inDir(change.path, opts.ideasDir) || inDir(oldPath, opts.ideasDir)) {
        const current = change.status === 'deleted' ? undefined : await readIdea(change.path, opts);
        const previousRaw = change.status === 'added' || !opts.git ? undefined : await opts.git.show(changes.before, oldPath);
        ideas.set(change.path, {
          path: change.path,
          kind: current ? change.status : 'deleted',
          current,
          previous: previousRaw === undefined ? undefined : parseIdeaFile(oldPath, previousRaw),
        });
      }
    }
  }

  // Every other file: untracked channels are picked up (SPEC §3: a file that
  // failed earlier is created on the next run without the user touching it).
  const trackedIds = new Set<string>();
  for (const path of postPaths) {
    const known = posts.get(path);
    let post = known?.current;
    if (!post) {
      const file = `${opts.workspace}/${path}`;
      let raw: string | undefined;
      if (changes?.kind === 'diff') {
        // Unchanged and tracked on every channel: only its IDs matter, and a
        // cheap scan of the file's head reads them (the full parse would cost
        // most of a large plan's CPU).
        const head = readHead(file);
        const quick = scanFullyTracked(head.text);
        if (quick) {
          for (const id of quick.ids) trackedIds.add(id);
          continue;
        }
        if (head.complete) raw = head.text;
      }
      post = parsePostFile(path, raw ?? readFileSync(file, 'utf8'), { timezone: opts.timezone });
    }
    for (const entry of Object.values(post.tracked)) if (entry.id) trackedIds.add(entry.id);
    if (known) continue;
    const untracked = post.channels.some((c) => !post.tracked[c.ref]?.id);
    if (untracked || changes?.kind !== 'diff') {
      posts.set(path, { path, kind: 'unchanged', current: post });
    }
  }
  const trackedIdeaIds = new Set<string>();
  for (const path of ideaPaths) {
    const known = ideas.get(path);
    const idea = known?.current ?? (await readIdea(path, opts));
    if (idea.tracked?.id) trackedIdeaIds.add(idea.tracked.id);
    if (!known && !idea.tracked?.id) ideas.set(path, { path, kind: 'unchanged', current: idea });
  }

  return {
    basis: changes?.kind === 'diff' ? 'diff' : 'full',
    basisReason: changes?.kind === 'full' ? changes.reason : changes ? undefined : 'no push range to diff',
    posts: [...posts.values()],
    ideas: [...ideas.values()],
    trackedIds,
    trackedIdeaIds,
    allPostPaths: postPaths,
  };
}

const HEAD_BYTES = 16 * 1024;
const headBuffer = Buffer.allocUnsafe(HEAD_BYTES);

/**
 * The start of a file, in whole lines: all of it when it is shorter than
 * HEAD_BYTES (`complete`). Synchronous on purpose: thousands of small files,
 * nothing to overlap with, and a promise per read costs more CPU than the read.
 */
function readHead(file: string): { text: string; complete: boolean } {
  const fd = openSync(file, 'r');
  let length: number;
  try {
    length = readSync(fd, headBuffer, 0, HEAD_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  if (length < HEAD_BYTES) return { text: headBuffer.toString('utf8', 0, length), complete: true };
  // Cut after the last line break: no half line, no half character.
  const lastBreak = headBuffer.lastIndexOf(0x0a, length - 1);
  return { text: headBuffer.toString('utf8', 0, lastBreak + 1), complete: false };
}

export async function readPost(path: string, opts: Pick<CollectOptions, 'workspace' | 'timezone'>): Promise<PostFile> {
  const raw = await readText(opts.workspace, path);
  return parsePostFile(path, raw, { timezone: opts.timezone });
}

async function readIdea(path: string, opts: CollectOptions): Promise<IdeaFile> {
  return parseIdeaFile(path, await readText(opts.workspace, path));
}

async function readText(workspace: string, path: string): Promise<string> {
  return readFile(`${workspace}/${path}`, 'utf8');
}

function sameOutsideBufferBlock(a: string, b: string): boolean {
  return stripBufferBlock(a) === stripBufferBlock(b);
}
