/**
 * The applied state of the branch a range merges into (issue 16), for a plan
 * that starts from it (plan/range-state.ts). On a pull request its notes ref
 * came with the range's fetch (commands/plan-range.ts); the CLI reads only the
 * clone's own copy (a `git fetch` of the notes, or an apply from this clone,
 * leaves one): a plan at the desk never needs the remote, and a fetch could
 * stop for credentials.
 */
import type { Git } from '../git/git.js';
import { isAncestor } from '../git/merge-base.js';
import { blobsAt, workTreeBlobs } from '../git/tree-blobs.js';
import type { AppliedState } from '../state/applied-state.js';
import { readAppliedState } from '../state/notes.js';

export interface BaseState {
  branch: string;
  state?: AppliedState;
  /** Why there is no state. */
  reason?: string;
  /** Blob IDs of the post files at the head. */
  blobs?: Map<string, string>;
  /** The state's posts no file at the head holds are the merge's to remove (plan/range-state.ts). */
  removals?: boolean;
  /** Why they are not shown, when not. */
  noRemovals?: string;
}

export interface BaseStateOptions {
  branch: string;
  /** The range's base and head. */
  base: string;
  head: string;
  postsDir: string;
  /**
   * The CLI: the head is the work tree (a file edited there is not the blob at
   * HEAD), and the state is the clone's own copy, which may be older than the
   * remote's: its removals may have been made already, so none are shown.
   */
  localCopy: boolean;
  /** The range's base is the base branch's current tip (commands/plan-range.ts). */
  baseIsTip: boolean;
}

export async function readBaseState(git: Git, opts: BaseStateOptions): Promise<BaseState> {
  const { branch, base } = opts;
  try {
    const read = await readAppliedState(git, { branch, fetched: true });
    if (!read.state) return { branch, reason: read.reason };
    const { commit } = read.state;
    const dirs = [opts.postsDir];
    // Removals only where the state is the remote's and the base is the tip it will be applied on:
    // a merge base behind the tip has not seen files the base branch restored since.
    const noRemovals = opts.localCopy
      ? `this clone's copy of the notes may be older than ${branch}'s, so posts it holds may be deleted already; pull requests' plans show them`
      : !opts.baseIsTip
        ? `this plan's base ${base.slice(0, 7)} is the merge base, not ${branch}'s tip, which may hold files the pull request has never seen`
        : undefined;
    const [blobs, ancestor] = await Promise.all([
      opts.localCopy ? workTreeBlobs(git, dirs) : blobsAt(git, opts.head, dirs),
      noRemovals === undefined && isAncestor(git, commit, base),
    ]);
    if (noRemovals !== undefined) return { branch, state: read.state, blobs, removals: false, noRemovals };
    if (!ancestor)
      return {
        branch,
        state: read.state,
        blobs,
        removals: false,
        noRemovals: `its commit is not known to be this plan's base ${base.slice(0, 7)} or before it (the base moved on, or a shallow clone)`,
      };
    return { branch, state: read.state, blobs, removals: true };
  } catch (error) {
    // The plan never depends on the shortcut: without it, every file is read as before.
    return { branch, reason: `it could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}
