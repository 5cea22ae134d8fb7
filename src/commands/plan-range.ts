/**
 * Which two commits a plan compares (SPEC §3: plans diff merge-base..head,
 * what the merge will do):
 *
 * - `pull_request` checked out as GitHub's merge commit (refs/pull/N/merge,
 *   actions/checkout's default): its first parent is the base it merged
 *   into, so first-parent..merge is exactly what merging publishes;
 * - the pull request's head checked out (`ref: …head.sha`), or
 *   `pull_request_target` (checkout = base; the head is fetched and read as
 *   data only): merge-base(base, head)..head, deepening a shallow clone;
 * - `merge_group`: the queue's base_sha..head_sha;
 * - a push: before..after; the CLI: --base..HEAD.
 */
import type { EventContext } from '../event/context.js';
import { isFullSha, type Git } from '../git/git.js';
import { findMergeBase, parentsOf } from '../git/merge-base.js';
import { optionalNotesRefspec } from '../state/notes.js';

export interface PlanRange {
  base?: string;
  head: string;
  /** The head is what is checked out: files are read from the work tree; otherwise from the object database. */
  headIsCheckout: boolean;
  /** For the comment: the range is not the merge's (the merge base could not be found). */
  note?: string;
  /**
   * On a pull request: the base branch's applied state came with the range's
   * fetch, so its local notes ref is the remote's (or absent: no state yet).
   */
  stateFetched?: boolean;
  /**
   * The range's base is the base branch's current tip (GitHub's merge commit's
   * first parent, or a merge base that is the event's base.sha): only then is
   * a file the state holds and the head does not a file the merge removes. A
   * merge base behind the tip has not seen what the base branch restored since.
   */
  baseIsTip?: boolean;
}

export async function planRange(
  git: Git,
  event: EventContext,
  opts: { base?: string; head?: string },
): Promise<PlanRange> {
  if (opts.base !== undefined || opts.head !== undefined)
    return { base: opts.base, head: opts.head ?? 'HEAD', headIsCheckout: true };
  // Through revParse: the commit is then known, and the diff's own check of the head needs no process.
  const checkedOut = (await git.headCommit()) ?? '';

  const group = event.mergeGroup;
  if (group && isFullSha(group.headSha)) {
    const onHead = checkedOut === group.headSha;
    if (!onHead && (await git.fetchMissing([group.headSha])).missing.length > 0) {
      return {
        base: checkedOut,
        head: 'HEAD',
        headIsCheckout: true,
        note: `The merge queue's commit ${group.headSha.slice(0, 7)} could not be fetched; nothing it changes is planned.`,
      };
    }
    return { base: group.baseSha || undefined, head: onHead ? 'HEAD' : group.headSha, headIsCheckout: onHead };
  }

  const pr = event.pullRequest;
  if (pr && isFullSha(pr.headSha) && isFullSha(pr.baseSha)) {
    if (event.name === 'pull_request') {
      const parents = await parentsOf(git, 'HEAD');
      if (parents.length === 2 && parents[1] === pr.headSha) {
        const stateFetched = await fetchWithState(git, [parents[0]!], pr.baseRef);
        return { base: parents[0], head: 'HEAD', headIsCheckout: true, stateFetched, baseIsTip: true };
      }
    }
    // pull_request_target checks out the base: the head is planned from the object database.
    const headIsCheckout = event.name !== 'pull_request_target' || checkedOut === pr.headSha;
    const head = headIsCheckout ? checkedOut || 'HEAD' : pr.headSha;
    const stateFetched = await fetchWithState(git, [pr.baseSha, head], pr.baseRef);
    const found = await findMergeBase(git, pr.baseSha, head);
    if (found.ok) return { base: found.base, head, headIsCheckout, stateFetched, baseIsTip: found.base === pr.baseSha };
    if (!headIsCheckout && !(await git.commitExists(pr.headSha))) {
      return {
        base: checkedOut,
        head: 'HEAD',
        headIsCheckout: true,
        note: `The pull request's head ${pr.headSha.slice(0, 7)} could not be fetched (${found.reason}); nothing it changes is planned.`,
      };
    }
    return {
      base: pr.baseSha,
      head,
      headIsCheckout,
      stateFetched,
      note:
        `The merge base of \`${pr.baseRef || 'the base branch'}\` and this pull request could not be found (${found.reason}). ` +
        `This plan compares with the base branch's commit ${pr.baseSha.slice(0, 7)}, so changes made on \`${pr.baseRef || 'the base branch'}\` since this branch started may show up as changes this pull request makes.`,
    };
  }
  if (pr) return { base: pr.baseSha || undefined, head: 'HEAD', headIsCheckout: true };
  if (event.push) return { base: event.push.before, head: event.push.after, headIsCheckout: true };
  return { head: 'HEAD', headIsCheckout: true };
}

/**
 * The range's commits that are not here yet (one commit deep in a shallow
 * clone) and the base branch's applied state, in one fetch (issue 16). A
 * commit already here is not named: fetching it with --depth=1 would make it
 * a shallow boundary and cut the history a deeper checkout has (a --depth=5
 * clone would keep one commit, and the merge base would then need a deepen).
 * A base branch without a state is not an error (the refspec then matches
 * nothing). When the fetch fails, the range's own steps fetch what they need
 * as before, and the plan goes without the state (false).
 */
async function fetchWithState(git: Git, commits: string[], branch: string): Promise<boolean> {
  if (!branch) return false;
  const [spec, shallow, missing] = await Promise.all([
    optionalNotesRefspec(git, branch),
    git.isShallow(),
    git.missingCommits(commits.filter(isFullSha)),
  ]);
  if (!spec) return false;
  const fetched = await git.exec(
    [
      'fetch',
      '--prune',
      '--no-tags',
      '--no-recurse-submodules',
      // Only missing commits and the notes' own commit are fetched this shallow: nothing already here.
      ...(shallow ? ['--depth=1'] : []),
      'origin',
      ...missing,
      spec,
    ],
    { allowFailure: true, auth: true },
  );
  return fetched.exitCode === 0;
}
