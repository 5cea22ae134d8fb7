/**
 * Reads the files at the branch tip against the last applied state (issue 11,
 * level-triggered apply): a file whose blob is the one the state recorded as
 * fully applied is trusted without being read; every other file (changed
 * since, never applied, or left unfinished by an earlier run) is read and
 * planned against Buffer's copy of its posts. Posts the state holds that no
 * file holds any more are removals, whatever happened in between (queued
 * runs, failed or rate-limited deletes, force pushes).
 */
import type { ChangeSet } from '../git/changes.js';
import { isUnderDirs, normalizeDir } from '../git/git.js';
import { filesAt } from '../git/files-at.js';
import type { PostFile } from '../posts/model.js';
import { emptyPostFile, parsePostFile } from '../posts/parse.js';
import { vouchesFor, type AppliedFile, type AppliedState } from '../state/applied-state.js';
import type { IdeaFileChange, PostFileChange } from './build-plan.js';
import { applyClaimDecisions, resolveClaims, tipFileOf, type ClaimDecisions, type TipFile } from './claims.js';
import { ideaFileChange, type CollectOptions, type Collected } from './collect.js';
import { listMarkdownFiles } from './list-files.js';
import { readIdeaFile, readPostFile } from '../posts/read-post-file.js';

export interface StateCollectOptions extends CollectOptions {
  state: AppliedState;
  /** Blob IDs of the files at the tip, by path (git ls-tree). */
  blobs: ReadonlyMap<string, string>;
  /**
   * The push's own changes in the posts and ideas folders. A post file the
   * push deleted or changed still names the IDs it held before: a second
   * source of removals, for a post the state never learned about (its record
   * could not be written). Edits and removals of ideas are reported, never applied.
   */
  pushChanges?: ChangeSet;
}

export interface StateCollected extends Collected {
  decisions: ClaimDecisions;
  /** Files trusted from the state without being read, with the record that vouches for them. */
  trusted: Map<string, AppliedFile>;
}

export async function collectAgainstState(opts: StateCollectOptions): Promise<StateCollected> {
  const { state } = opts;
  const links: string[] = [];
  const postPaths = await listMarkdownFiles(opts.workspace, opts.postsDir, links);
  const ideaPaths = await listMarkdownFiles(opts.workspace, opts.ideasDir);

  const tipFiles: TipFile[] = [];
  const read = new Map<string, PostFile>();
  const trusted = new Map<string, AppliedFile>();
  // A file renamed without a change keeps its blob: the record of its old path still holds.
  const tip = new Set(postPaths);
  const moved = new Map<string, AppliedFile>();
  const renamedFrom = new Map<string, string>();
  for (const [path, entry] of Object.entries(state.files)) {
    if (!tip.has(path) && entry.complete && entry.blob && !moved.has(entry.blob)) moved.set(entry.blob, entry);
  }
  for (const path of postPaths) {
    const blob = opts.blobs.get(path);
    const own = state.files[path];
    const recorded = vouchesFor(own, blob) ? own : !own && blob ? moved.get(blob) : undefined;
    if (recorded) {
      if (recorded !== own) {
        moved.delete(blob!);
        const from = Object.entries(state.files).find(([, entry]) => entry === recorded)?.[0];
        if (from) renamedFrom.set(path, from);
      }
      trusted.set(path, recorded);
      tipFiles.push({ path, claims: { ...recorded.posts }, channels: Object.keys(recorded.posts) });
      continue;
    }
    const post = readPostFile(opts.workspace, path, { timezone: opts.timezone });
    read.set(path, post);
    tipFiles.push(tipFileOf(post));
  }
  for (const path of links) {
    const post = readPostFile(opts.workspace, path, { timezone: opts.timezone });
    read.set(path, post);
    tipFiles.push(tipFileOf(post));
  }

  // IDs the push's previous versions held that the state does not know: removals too, when no file holds them now.
  const known = new Set([
    ...Object.values(state.files).flatMap((f) => Object.values(f.posts)),
    ...state.orphans.map((o) => o.id),
  ]);
  const past: AppliedState['orphans'] = [];
  // The previous version of every file the push changed (posts and ideas), read by one git process.
  const pushDiff = opts.pushChanges?.kind === 'diff' ? opts.pushChanges : undefined;
  const showBefore =
    pushDiff && opts.git
      ? await filesAt(
          opts.git,
          pushDiff.before,
          pushDiff.changes.filter((c) => c.status !== 'added').map((c) => c.oldPath ?? c.path),
        )
      : undefined;
  if (pushDiff && showBefore) {
    for (const change of pushDiff.changes) {
      const oldPath = change.oldPath ?? change.path;
      if (change.status === 'added' || !isUnderDirs(oldPath, [normalizeDir(opts.postsDir)])) continue;
      const raw = await showBefore(oldPath);
      if (raw === undefined) continue;
      for (const [ref, entry] of Object.entries(parsePostFile(oldPath, raw, { timezone: opts.timezone }).tracked)) {
        if (entry.id && !known.has(entry.id)) {
          past.push({ id: entry.id, file: oldPath, ref });
          known.add(entry.id);
        }
      }
    }
  }
  if (pushDiff) {
    for (const change of pushDiff.changes)
      if (change.status === 'renamed' && change.oldPath && !renamedFrom.has(change.path))
        renamedFrom.set(change.path, change.oldPath);
  }
  const decisions = resolveClaims({
    files: tipFiles,
    state: past.length ? { ...state, orphans: [...state.orphans, ...past] } : state,
    renamedFrom,
  });
  const posts: PostFileChange[] = [];
  for (const [path, post] of read) {
    applyClaimDecisions(post, decisions);
    posts.push({ path, kind: state.files[path] ? 'modified' : 'added', current: post });
  }
  posts.push(...removalChanges(decisions));

  const ideas = new Map<string, IdeaFileChange>();
  const trackedIdeaIds = new Set<string>(Object.values(state.ideas));
  // Buffer's API can neither edit nor delete an idea: the push's own edits and removals are only reported.
  if (pushDiff && showBefore) {
    for (const change of pushDiff.changes) {
      if (change.status === 'added' || !isUnderDirs(change.oldPath ?? change.path, [normalizeDir(opts.ideasDir)]))
        continue;
      ideas.set(change.path, await ideaFileChange(change, opts, showBefore));
    }
  }
  for (const path of ideaPaths) {
    const known = ideas.get(path);
    const idea = known?.current ?? readIdeaFile(opts.workspace, path, { timezone: opts.timezone });
    if (idea.tracked?.id) trackedIdeaIds.add(idea.tracked.id);
    if (!known && !idea.tracked?.id) ideas.set(path, { path, kind: 'added', current: idea });
  }

  return {
    basis: 'diff',
    posts,
    ideas: [...ideas.values()],
    trackedIds: decisions.taken,
    trackedIdeaIds,
    allPostPaths: postPaths,
    tipFiles,
    decisions,
    trusted,
  };
}

/** The state's posts no file holds, as deleted changes, one per file. */
export function removalChanges(decisions: ClaimDecisions): PostFileChange[] {
  const byFile = new Map<string, PostFileChange>();
  for (const removal of decisions.removals) {
    let change = byFile.get(removal.file);
    if (!change) {
      change = {
        path: removal.file,
        kind: 'deleted',
        previous: emptyPostFile(removal.file, '', []),
        removalReason: removal.reason,
      };
      byFile.set(removal.file, change);
    }
    change.previous!.tracked[removal.ref] = { id: removal.id };
  }
  return [...byFile.values()];
}
