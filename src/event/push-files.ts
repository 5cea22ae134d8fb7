/**
 * Whether a push will need Buffer, told from the push payload alone, before
 * any git work (issue 16). The action uses it to send its first read (the
 * account) while git fetches, instead of after: on a runner that fetch is a
 * round trip to GitHub. A wrong "yes" costs one read request a run without
 * Buffer would not have sent; a wrong "no" only costs the time saved.
 *
 * Two shapes of payload:
 * - GitHub Actions removes the per-commit file lists from the push payload it
 *   gives a workflow (GitHub changelog, 2019-10-16; "Events that trigger
 *   workflows"). Then every push with a commit the write-back did not make
 *   reads ahead: the README's workflow runs on pushes that touch the posts
 *   or ideas folder only, so the read is wasted only on a push that renames
 *   files and nothing else, or one that changes only `buffer:` blocks.
 * - Webhook deliveries (Gitea and Forgejo Actions, `act` with a saved event)
 *   list per commit the paths `added`, `modified` and `removed` (a rename is a
 *   removed path and an added one). Then the answer is "yes" only when they
 *   show a post or idea file changing in a way that needs Buffer.
 * "No" whenever the payload cannot tell: no commits, a list that may be cut
 * off, a forced push (the commits may be ones already applied, amended), or
 * anything it cannot read. The payload is not the truth the run acts on (the
 * diff of the branch tip against the applied state is): it only decides
 * whether to read ahead.
 */

import { WRITE_BACK_BRANCH_PREFIX, WRITE_BACK_MESSAGE_PREFIX } from '../git/write-back-names.js';

/** GitHub's merge commit of a `write-back: pull-request` branch names it: `Merge pull request #7 from acme/buffer-gitops/ids-0123abcd4567`. */
const WRITE_BACK_MERGE = /^Merge pull request #\d+ from [^\s/]+\/(\S+)$/;

/**
 * GitHub lists at most this many commits in a push payload (its webhook
 * documentation: "a maximum of 2048 commits"); a list that long may be cut off.
 */
const MAX_LISTED_COMMITS = 2048;

interface PayloadCommit {
  id?: unknown;
  message?: unknown;
  added?: unknown;
  removed?: unknown;
  modified?: unknown;
}

/**
 * Without file lists (GitHub Actions): true when a commit of the push is not
 * the write-back's. With them: true when they show a post or idea file (a
 * `.md` file under one of `dirs`) added, changed or removed by a commit the
 * write-back did not make, other than what could be only renames. False
 * otherwise, for a forced push, when the commits may have been cut off, and
 * on anything it cannot read.
 */
export function pushNeedsBuffer(payload: Record<string, unknown>, dirs: readonly string[]): boolean {
  const commits = payload.commits;
  // A branch created from existing commits, or a force push back to an older one, lists no commit: nothing to tell from.
  if (!Array.isArray(commits) || commits.length === 0 || commits.length >= MAX_LISTED_COMMITS) return false;
  if (payload.forced === true) return false;
  // The head commit missing from the list: the list is not the whole push.
  const head = (payload.head_commit as PayloadCommit | null | undefined)?.id;
  if (typeof head === 'string' && !commits.some((c) => (c as PayloadCommit | null)?.id === head)) return false;

  const listed = (c: PayloadCommit) => 'added' in c || 'removed' in c || 'modified' in c;
  if (
    commits.every(
      (c) =>
        c !== null &&
        typeof c === 'object' &&
        typeof (c as PayloadCommit).id === 'string' &&
        !listed(c as PayloadCommit),
    )
  )
    // GitHub Actions' payload: no file lists; any commit but the write-back's may change posts.
    return commits.some((c) => !isWriteBack((c as PayloadCommit).message));

  // The settings' folders, normalized there (`./posts/` → `posts`); `.` is the whole repository.
  const folders = dirs.map((d) => (d === '.' ? '' : d));
  const matters = (path: string) => path.endsWith('.md') && folders.some((d) => d === '' || path.startsWith(`${d}/`));
  /** Each path's change over the whole push so far, relative to the commit before it. */
  const net = new Map<string, 'added' | 'removed' | 'modified'>();
  /** Paths added and then changed within the push (not what a rename alone does), while they exist. */
  const editedAfterAdding = new Set<string>();
  for (const raw of commits) {
    const commit = raw as PayloadCommit | null;
    if (!commit || typeof commit !== 'object') return false;
    const lists = [commit.added, commit.removed, commit.modified];
    if (!lists.every((l) => Array.isArray(l) && l.every((p) => typeof p === 'string'))) return false;
    if (isWriteBack(commit.message)) continue;
    const [added, removed, modified] = lists as string[][];
    for (const path of added!.filter(matters)) net.set(path, net.get(path) === 'removed' ? 'modified' : 'added');
    for (const path of removed!.filter(matters)) {
      // Added and removed within the push: the branch is as before for this path.
      editedAfterAdding.delete(path);
      if (net.get(path) === 'added') net.delete(path);
      else net.set(path, 'removed');
    }
    for (const path of modified!.filter(matters)) {
      // A file added earlier in the push and then changed: not what a rename alone does.
      if (net.get(path) === 'added') editedAfterAdding.add(path);
      else net.set(path, 'modified');
    }
  }

  const count = { added: 0, removed: 0, modified: 0 };
  for (const change of net.values()) count[change]++;
  if (net.size === 0) return false;
  // As many paths appeared as went, and none changed in place: maybe only renames, which cost no request (SPEC §3).
  if (count.modified === 0 && editedAfterAdding.size === 0 && count.added === count.removed) return false;
  return true;
}

function isWriteBack(message: unknown): boolean {
  if (typeof message !== 'string') return false;
  const first = message.split('\n', 1)[0]!.trim();
  const merged = WRITE_BACK_MERGE.exec(first)?.[1];
  return (
    first.startsWith(WRITE_BACK_MESSAGE_PREFIX) ||
    (merged !== undefined &&
      /^[0-9a-f]+$/.test(merged.slice(WRITE_BACK_BRANCH_PREFIX.length)) &&
      merged.startsWith(WRITE_BACK_BRANCH_PREFIX))
  );
}
