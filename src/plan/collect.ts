/**
 * Reads the files a run is about: the ones the push changed (both ends of the
 * diff), plus every file that still lacks a Buffer ID for one of its channels
 * (an earlier run failed, a queue was full). In a full reconcile every file.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { isUnderDirs, normalizeDir, type Git } from '../git/git.js';
import { filesAt } from '../git/files-at.js';
import type { ChangeSet, FileChange } from '../git/changes.js';
import type { IdeaFile, PostFile } from '../posts/model.js';
import { parsePostFile } from '../posts/parse.js';
import { parseIdeaFile } from '../posts/idea.js';
import { scanFrontMatter } from '../posts/frontmatter.js';
import { stripBufferBlock } from '../writeback/buffer-block.js';
import type { IdeaFileChange, PostFileChange } from './build-plan.js';
import { listMarkdownFiles } from './list-files.js';
import { readIdeaFile, readPostFile } from '../posts/read-post-file.js';
import { scanFullyTracked } from './tracked-scan.js';
import { tipFileOf, type ClaimDecisions, type TipFile } from './claims.js';
import type { AppliedFile } from '../state/applied-state.js';

export interface CollectOptions {
  workspace: string;
  postsDir: string;
  ideasDir: string;
  timezone?: string;
  git?: Git;
  /**
   * In a diff: files the applied state vouches for (plan/range-state.ts),
   * asked by path once per file at the tip the diff did not touch. Such a
   * file is neither opened nor parsed: its IDs are the record's, and a
   * complete record means every channel has one.
   */
  trusted?: Pick<ReadonlyMap<string, AppliedFile>, 'get'>;
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
  /** Every post file at the tip and the Buffer IDs it claims (plan/claims.ts). */
  tipFiles: TipFile[];
  /** What history decided about shared and lost IDs, once settled. */
  decisions?: ClaimDecisions;
  /** Post files taken from `trusted` without being opened. */
  trustedFiles?: number;
}

export async function collectFiles(changes: ChangeSet | undefined, opts: CollectOptions): Promise<Collected> {
  // Symbolic links are listed apart: never read, always reported (read-post-file.ts).
  const postLinks: string[] = [];
  const postPaths = await listMarkdownFiles(opts.workspace, opts.postsDir, postLinks);
  const ideaPaths = await listMarkdownFiles(opts.workspace, opts.ideasDir);
  const posts = new Map<string, PostFileChange>();
  const ideas = new Map<string, IdeaFileChange>();
  const inDir = (path: string, dir: string) => isUnderDirs(path, [normalizeDir(dir)]);

  if (changes?.kind === 'diff') {
    // Every previous version in one git process, not one each.
    const previousPaths = changes.changes
      .filter((c) => c.status !== 'added' && (c.path.endsWith('.md') || (c.oldPath ?? '').endsWith('.md')))
      .map((c) => c.oldPath ?? c.path)
      .filter((p) => inDir(p, opts.postsDir) || inDir(p, opts.ideasDir));
    const showPrevious = opts.git ? await filesAt(opts.git, changes.before, previousPaths) : undefined;
    for (const change of changes.changes) {
      if (!change.path.endsWith('.md') && !(change.oldPath ?? '').endsWith('.md')) continue;
      const oldPath = change.oldPath ?? change.path;
      if (inDir(change.path, opts.postsDir) || inDir(oldPath, opts.postsDir)) {
        const current =
          change.status === 'deleted' || !inDir(change.path, opts.postsDir)
            ? undefined
            : await readPost(change.path, opts);
        const previousRaw = change.status === 'added' || !showPrevious ? undefined : await showPrevious(oldPath);
        const previous =
          previousRaw === undefined ? undefined : parsePostFile(oldPath, previousRaw, { timezone: opts.timezone });
        const kind = !current ? 'deleted' : change.status === 'added' && !previous ? 'added' : change.status;
        posts.set(change.path, {
          path: change.path,
          kind,
          current,
          previous,
          onlyBufferBlockChanged: current && previous ? sameOutsideBufferBlock(previous.raw, current.raw) : false,
        });
      } else if (inDir(change.path, opts.ideasDir) || inDir(oldPath, opts.ideasDir)) {
        ideas.set(change.path, await ideaFileChange(change, opts, showPrevious ?? (async () => undefined)));
      }
    }
  }

  // Every other file: untracked channels are picked up (SPEC §3: a file that
  // failed earlier is created on the next run without the user touching it).
  const { trackedIds, tipFiles, trustedFiles } = readTip(postPaths, posts, changes?.kind === 'diff', opts);
  for (const path of postLinks) {
    if (!posts.has(path)) posts.set(path, { path, kind: 'unchanged', current: await readPost(path, opts) });
    tipFiles.push(tipFileOf(posts.get(path)!.current!));
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
    tipFiles,
    ...(opts.trusted ? { trustedFiles } : {}),
  };
}

const HEAD_BYTES = 16 * 1024;
const headBuffer = Buffer.allocUnsafe(HEAD_BYTES);

/**
 * The post files at the tip: what each claims, and the ones the plan reads
 * (`posts` gets every file with a channel still to create, or every file
 * outside a diff). A function of its own, not inside the async collectFiles:
 * ten thousand files make V8 optimize this loop while it runs, and compiling
 * it as part of the async function took about 10 ms of CPU, against 5–6 ms on
 * its own (a plan over 10,000 files).
 */
function readTip(
  postPaths: readonly string[],
  posts: Map<string, PostFileChange>,
  diff: boolean,
  opts: CollectOptions,
): { trackedIds: Set<string>; tipFiles: TipFile[]; trustedFiles: number } {
  const trackedIds = new Set<string>();
  const tipFiles: TipFile[] = [];
  let trustedFiles = 0;
  for (const path of postPaths) {
    const known = posts.get(path);
    let post = known?.current;
    if (!post) {
      const vouched = diff && !known ? opts.trusted?.get(path) : undefined;
      if (vouched) {
        for (const ref in vouched.posts) trackedIds.add(vouched.posts[ref]!);
        tipFiles.push({ path, claims: vouched.posts, channels: Object.keys(vouched.posts) });
        trustedFiles++;
        continue;
      }
      const file = `${opts.workspace}/${path}`;
      let raw: string | undefined;
      if (diff) {
        // Unchanged and tracked on every channel: only its IDs matter, and a
        // cheap scan of the file's head reads them (the full parse would cost
        // most of a large plan's CPU).
        const head = readHead(file);
        // Only a whole file that decoded cleanly: anything odd takes the careful reader below.
        const clean = head.complete && !/[\0\uFFFD]/.test(head.text);
        const quick = clean ? scanFullyTracked(head.text) : undefined;
        if (quick) {
          for (const id of quick.ids) trackedIds.add(id);
          tipFiles.push({ path, claims: quick.claims, channels: Object.keys(quick.claims) });
          continue;
        }
        if (clean) raw = head.text;
      }
      // A head that decoded cleanly is the file; anything odd (NUL, bytes that
      // are not UTF-8, a huge file) goes through the careful reader, which says what is wrong.
      post =
        raw !== undefined && !/[\0\uFFFD]/.test(raw)
          ? parsePostFile(path, raw, { timezone: opts.timezone })
          : readPostFile(opts.workspace, path, { timezone: opts.timezone });
    }
    for (const entry of Object.values(post.tracked)) if (entry.id) trackedIds.add(entry.id);
    tipFiles.push(tipFileOf(post));
    if (known) continue;
    const untracked = post.channels.some((c) => !post.tracked[c.ref]?.id);
    if (untracked || !diff) {
      posts.set(path, { path, kind: 'unchanged', current: post });
    }
  }
  return { trackedIds, tipFiles, trustedFiles };
}

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

/** A post file; links, binaries, huge or non-UTF-8 files come back as a post with one finding (read-post-file.ts). */
export async function readPost(path: string, opts: Pick<CollectOptions, 'workspace' | 'timezone'>): Promise<PostFile> {
  return readPostFile(opts.workspace, path, { timezone: opts.timezone });
}

async function readIdea(path: string, opts: CollectOptions): Promise<IdeaFile> {
  return readIdeaFile(opts.workspace, path, { timezone: opts.timezone });
}

/** Whether two versions of a post file differ only in their `buffer:` block (or not at all). */
export function sameOutsideBufferBlock(a: string, b: string): boolean {
  if (a === b) return true;
  // The same front matter, character for character, up to the body: stripping the block
  // leaves each body as it is, so two different files stay different. Most edits change
  // only the text, and this needs no YAML parse of either version (two per changed file).
  const scanned = scanFrontMatter(a);
  if (scanned.kind === 'present' && b.startsWith(a.slice(0, scanned.bodyStart))) {
    const other = scanFrontMatter(b);
    if (other.kind === 'present' && other.bodyStart === scanned.bodyStart) return false;
  }
  return stripBufferBlock(a) === stripBufferBlock(b);
}

/** An idea file a diff touched, at both ends: build-plan reports its edits and removals (Buffer's API can do neither). */
export async function ideaFileChange(
  change: FileChange,
  opts: Pick<CollectOptions, 'workspace' | 'timezone'>,
  previousText: (path: string) => Promise<string | undefined>,
): Promise<IdeaFileChange> {
  const oldPath = change.oldPath ?? change.path;
  const current =
    change.status === 'deleted' ? undefined : readIdeaFile(opts.workspace, change.path, { timezone: opts.timezone });
  const previousRaw = change.status === 'added' ? undefined : await previousText(oldPath);
  return {
    path: change.path,
    kind: current ? change.status : 'deleted',
    current,
    previous: previousRaw === undefined ? undefined : parseIdeaFile(oldPath, previousRaw, { timezone: opts.timezone }),
  };
}
