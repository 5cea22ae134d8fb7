/**
 * A plan over a range (a pull request, the CLI's `--base`) against the base
 * branch's applied state (issue 16). Without it, every post file the range
 * did not touch is opened to learn its IDs and whether a channel still lacks
 * one (level-triggered, issue 11): thousands of reads for a change of ten.
 * A file whose blob at the head is the one the state records as complete
 * needs neither: every channel it lists has its post, and the record holds
 * its IDs. So such a file is not opened, and everything else (the range's own
 * files at both ends, files the state does not vouch for) is read as before.
 *
 * The merge's apply also removes what the state holds that no file holds (a
 * delete that failed, a file removed since the last record): the plan shows
 * those removals too, when the state describes the range's base or a commit
 * before it. A state recorded after the base (the base branch moved on since
 * the pull request started) may hold files the head has never seen, so its
 * removals are left out rather than guessed.
 */
import type { ChangeSet } from '../git/changes.js';
import { vouchesFor, type AppliedFile, type AppliedState } from '../state/applied-state.js';
import type { PostFileChange } from './build-plan.js';
import { resolveClaims, settleClaims } from './claims.js';
import { collectFiles, type Collected, type CollectOptions } from './collect.js';
import { removalChanges } from './collect-state.js';

export interface RangeStateOptions extends Omit<CollectOptions, 'trusted'> {
  changes: Extract<ChangeSet, { kind: 'diff' }>;
  state: AppliedState;
  /** Blob IDs of the post files at the head (git ls-tree), by path; a file without one is read. */
  blobs: ReadonlyMap<string, string>;
  /**
   * The range's base is the base branch's tip and the state describes it or an ancestor of it
   * (plan/base-state.ts): its posts no file holds are the merge's to remove.
   */
  removals: boolean;
}

export interface RangeCollected extends Collected {
  /** Files taken from the state without being opened. */
  trusted: number;
  /** Posts the state holds that no file holds, added as removals. */
  removals: number;
}

export async function collectRangeAgainstState(opts: RangeStateOptions): Promise<RangeCollected> {
  const { changes, state } = opts;
  const touched = new Set(changes.changes.flatMap((c) => [c.path, c.oldPath ?? c.path]));
  /** State files at the head the state does not vouch for: with the range's own, the only ones whose posts may be held by no file. */
  const refused: string[] = [];
  // Asked once per file at the head the range did not change, as collectFiles meets it: no pass over the state of its own.
  const trusted = {
    get(path: string): AppliedFile | undefined {
      const entry = Object.hasOwn(state.files, path) ? state.files[path] : undefined;
      if (entry === undefined) return undefined;
      if (vouchesFor(entry, opts.blobs.get(path)) && !touched.has(path)) return entry;
      refused.push(path);
      return undefined;
    },
  };
  const collected = await collectFiles(changes, { ...opts, trusted });
  // One file, one claim, as without a state: the range's history says which file a shared ID belongs to.
  const added = new Set(changes.changes.filter((c) => c.status === 'added').map((c) => c.path));
  collected.decisions = settleClaims(collected.tipFiles, collected.posts, added);
  const trustedFiles = collected.trustedFiles ?? 0;
  let removed: PostFileChange[] = [];
  if (opts.removals) {
    // A trusted file's posts are its claims. When the trusted files, the refused ones and the
    // range's own make up the whole state, only the last two need a look; otherwise every file does.
    const all = Object.keys(state.files);
    const others = new Set(refused);
    for (const path of touched) if (Object.hasOwn(state.files, path)) others.add(path);
    removed = stateRemovals(state, collected, trustedFiles + others.size === all.length ? [...others] : all);
  }
  collected.posts.push(...removed);
  return {
    ...collected,
    trusted: trustedFiles,
    removals: removed.reduce((n, change) => n + Object.keys(change.previous?.tracked ?? {}).length, 0),
  };
}

/**
 * The state's posts no file at the head holds, as the apply finds them
 * (plan/claims.ts: an unreadable file keeps its posts, a lost ID comes back
 * to its file), less those the range's own changes already plan.
 */
function stateRemovals(state: AppliedState, collected: Collected, candidates: readonly string[]): PostFileChange[] {
  // Usually every post the state holds is claimed by a file (the settled decisions' `taken`): nothing to remove.
  const claimed = collected.decisions?.taken;
  if (claimed && everyStatePostIn(state, candidates, claimed)) return [];
  const planned = new Set<string>();
  for (const change of collected.posts)
    for (const tracked of [change.previous?.tracked, change.current?.tracked])
      for (const entry of Object.values(tracked ?? {})) if (entry.id) planned.add(entry.id);
  const decisions = resolveClaims({ files: collected.tipFiles, state });
  return removalChanges({ ...decisions, removals: decisions.removals.filter((r) => !planned.has(r.id)) });
}

/** Whether every post of these state files, and every orphan, is in `ids`. */
function everyStatePostIn(state: AppliedState, paths: readonly string[], ids: ReadonlySet<string>): boolean {
  for (const path of paths) {
    const posts = state.files[path]!.posts;
    for (const ref in posts) if (!ids.has(posts[ref]!)) return false;
  }
  return state.orphans.every((o) => ids.has(o.id));
}
