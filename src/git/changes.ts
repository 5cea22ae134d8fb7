/**
 * What a push changed in the post and idea directories (SPEC §3, `push` row).
 *
 * The answer is a tree diff between the `before` and `after` commits of the
 * push event, so it needs neither history nor a merge base: it works on
 * actions/checkout's depth-1 clone (after fetching the single `before`
 * commit), on merges of many commits and on force pushes. Whenever the diff
 * cannot be computed, the answer is a full listing of the directories at
 * `after` with the reason, so the caller reconciles everything instead of
 * concluding that nothing changed.
 */
import { decisiveLine, Git, GitError, isFullSha, isNullSha, isUnderDirs, normalizeDir, splitNul } from './git.js';

export type FileChange = {
  status: 'added' | 'modified' | 'deleted' | 'renamed';
  path: string;
  /** For `renamed`: the path at `before`. */
  oldPath?: string;
};

export type ChangeSet =
  | { kind: 'diff'; before: string; after: string; changes: FileChange[] }
  | { kind: 'full'; after: string; reason: string; files: string[] };

export interface DetectChangesOptions {
  /** The push event's `before` commit; missing or all zeros on a branch's first push. */
  before?: string;
  /** The push event's `after` commit (what is checked out). */
  after: string;
  /** Directories to watch, e.g. `['posts', 'ideas']`; recursive. */
  dirs: string[];
  /** Remote to fetch a missing `before` commit from. Default `origin`. */
  remote?: string;
  /** File name suffix of the files that matter. Default `.md`. */
  ext?: string;
}

export async function detectChanges(git: Git, opts: DetectChangesOptions): Promise<ChangeSet> {
  const dirs = [...new Set(opts.dirs.map(normalizeDir))];
  const ext = opts.ext ?? '.md';
  const remote = opts.remote ?? 'origin';
  // `after` is what the run operates on; without it there is nothing to reconcile against.
  const after = await git.revParse(opts.after);

  const full = async (reason: string): Promise<ChangeSet> => ({
    kind: 'full',
    after,
    reason,
    files: await git.listFiles(dirs, ext, after),
  });

  const before = opts.before?.trim();
  if (before === undefined || isNullSha(before)) {
    return full('first push of the branch: there is no previous commit to compare with');
  }
  if (!isFullSha(before)) {
    return full(`the push event's previous commit "${before}" is not a commit name`);
  }

  const { missing, detail } = await git.fetchMissing([before], remote);
  if (missing.length > 0) {
    return full(
      `the previous commit ${before} could not be fetched from ${remote} (force push or deleted history?)` +
        (detail ? `: ${detail}` : ''),
    );
  }

  try {
    const changes = await diffTrees(git, before, after, dirs, ext);
    return { kind: 'diff', before, after, changes };
  } catch (err) {
    const detail =
      err instanceof GitError ? decisiveLine(err.stderr) : err instanceof Error ? err.message : String(err);
    return full(`the changes between ${before} and ${after} could not be computed${detail ? `: ${detail}` : ''}`);
  }
}

/**
 * The push's previous commit when `detectChanges` would have to fetch it (a
 * shallow clone without it), so it can come along with another fetch (one
 * round trip, issue 16); otherwise undefined. Outside a shallow clone it is
 * never fetched ahead: there `detectChanges` decides as before.
 */
export async function previousCommitToFetch(git: Git, before: string | undefined): Promise<string | undefined> {
  const sha = before?.trim();
  if (sha === undefined || isNullSha(sha) || !isFullSha(sha)) return undefined;
  const [shallow, present] = await Promise.all([git.isShallow(), git.commitExists(sha)]);
  return shallow && !present ? sha : undefined;
}

/**
 * A file as it was at a revision, or `undefined` if it did not exist there.
 * Deleted posts are found through this: their Buffer IDs are in the file as it
 * was at `before`.
 */
export async function readFileAt(git: Git, rev: string, path: string): Promise<string | undefined> {
  return git.show(rev, path);
}

/**
 * `git diff-tree` (plumbing: unaffected by the user's diff configuration) with
 * rename detection, NUL-separated so names with spaces, quotes, newlines or
 * non-ASCII characters arrive verbatim.
 */
async function diffTrees(git: Git, before: string, after: string, dirs: string[], ext: string): Promise<FileChange[]> {
  if (dirs.length === 0) return [];
  const pathspecs = dirs.includes('') ? [] : dirs;
  const { stdout } = await git.exec([
    '--literal-pathspecs',
    'diff-tree',
    '-r',
    '-z',
    '--name-status',
    '-M',
    '--no-commit-id',
    '--no-ext-diff',
    '--no-textconv',
    before,
    after,
    '--',
    ...pathspecs,
  ]);

  const fields = splitNul(stdout);
  const matters = (path: string): boolean => path.endsWith(ext) && isUnderDirs(path, dirs);
  const changes: FileChange[] = [];
  for (let i = 0; i < fields.length;) {
    const status = fields[i++] ?? '';
    const letter = status.charAt(0);
    if (letter === 'R' || letter === 'C') {
      const oldPath = fields[i++] ?? '';
      const path = fields[i++] ?? '';
      const oldMatters = matters(oldPath);
      const newMatters = matters(path);
      if (letter === 'R' && oldMatters && newMatters) changes.push({ status: 'renamed', path, oldPath });
      // A rename across the boundary (e.g. `draft.txt` → `post.md`) is, for us, a file appearing or disappearing.
      else if (letter === 'R' && oldMatters) changes.push({ status: 'deleted', path: oldPath });
      else if (newMatters) changes.push({ status: 'added', path });
      continue;
    }
    const path = fields[i++] ?? '';
    if (!matters(path)) continue;
    switch (letter) {
      case 'A':
        changes.push({ status: 'added', path });
        break;
      case 'D':
        changes.push({ status: 'deleted', path });
        break;
      case 'M':
      case 'T': // type change (file ↔ symlink): its content changed
        changes.push({ status: 'modified', path });
        break;
      default:
        throw new Error(`unexpected diff status "${status}" for ${path}`);
    }
  }
  return changes;
}
