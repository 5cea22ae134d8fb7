/**
 * Write-back (SPEC §3): commit the front-matter changes (Buffer IDs, statuses)
 * and push them to the branch that triggered the run, without ever clobbering
 * someone else's commit.
 *
 * The push is a plain fast-forward push, never forced. When it is rejected
 * because the branch moved meanwhile, our commit is thrown away, the work tree
 * moves to the new tip and the changes are applied again there by the
 * caller's `apply` (which re-reads the files), then committed and pushed
 * again, a bounded number of times. A rejection that is not about the branch
 * having moved (branch protection, a hook, missing permission) ends the
 * write-back at once with a message that says what to do.
 */
import { Git, GitError } from './git.js';
import { GITHUB_ACTIONS_BOT, identityArgs, pushRefusal, WITHOUT_IDENTITY_ENV, type CommitIdentity } from './push.js';
import { WRITE_BACK_BRANCH_PREFIX } from './write-back-names.js';

export interface WriteBackOptions {
  /** The branch to push to (`main` or `refs/heads/main`); HEAD may be detached. */
  branch: string;
  /** Default `origin`. */
  remote?: string;
  /** The commit message; the caller ends it with `[skip ci]`. */
  message: string;
  /** Default github-actions[bot]. Passed per command: no git configuration is written. */
  identity?: CommitIdentity;
  /** Pushes tried before giving up. Default 5. */
  maxAttempts?: number;
  /**
   * Writes the front-matter changes into the work tree at the current HEAD;
   * returns the changed paths (empty = nothing to commit). Called again after
   * every rejected push, on the new tip.
   */
  apply: () => Promise<string[]>;
  /** Called before each retry (n ≥ 2) with why the previous push was rejected. */
  onAttempt?: (n: number, reason: string) => void;
}

export type WriteBackResult = { status: 'pushed'; commit: string; attempts: number } | { status: 'nothing-to-commit' };

/** The server refused the push for a reason retrying cannot fix (protection rule, hook, permission). */
export class WriteBackRejectedError extends Error {
  constructor(
    message: string,
    readonly branch: string,
    /** What the server said (redacted). */
    readonly detail: string,
  ) {
    super(message);
    this.name = 'WriteBackRejectedError';
  }
}

/** The branch kept moving: every attempt was overtaken by another push. */
export class WriteBackRetriesExhaustedError extends Error {
  constructor(
    readonly branch: string,
    readonly attempts: number,
  ) {
    super(
      `Could not push the Buffer IDs to "${branch}": the branch moved during each of ${attempts} attempts. ` +
        'Nothing was overwritten. Run the workflow again (the IDs are recovered by matching Buffer posts), ' +
        'or use `write-back: pull-request`.',
    );
    this.name = 'WriteBackRetriesExhaustedError';
  }
}

export async function commitAndPush(git: Git, opts: WriteBackOptions): Promise<WriteBackResult> {
  const branch = await checkedBranchName(git, opts.branch);
  const remote = opts.remote ?? 'origin';
  const identity = opts.identity ?? GITHUB_ACTIONS_BOT;
  const maxAttempts = Math.max(1, opts.maxAttempts ?? 5);

  for (let attempt = 1; ; attempt++) {
    const base = await git.revParse('HEAD');
    const paths = await opts.apply();
    const commit = await commitPaths(git, paths, opts.message, identity);
    if (commit === undefined) return { status: 'nothing-to-commit' };

    const outcome = await pushHead(git, remote, branch);
    switch (outcome.kind) {
      case 'pushed':
        return { status: 'pushed', commit, attempts: attempt };
      case 'declined':
        await uncommit(git, base);
        throw declinedError(branch, outcome.detail);
      case 'unauthorized':
        await uncommit(git, base);
        throw unauthorizedError(branch, outcome.detail);
      case 'behind':
        if (attempt >= maxAttempts) {
          await uncommit(git, base);
          throw new WriteBackRetriesExhaustedError(branch, attempt);
        }
        opts.onAttempt?.(attempt + 1, `${branch} moved on ${remote} (${outcome.detail})`);
        await moveToRemoteTip(git, remote, branch);
        break;
    }
  }
}

/**
 * After a push that will not succeed, takes our commit back off HEAD but
 * keeps its changes in the work tree, so the caller can still carry them
 * elsewhere (e.g. `openPullRequestBranch` for `write-back: pull-request`)
 * and HEAD again matches the remote branch.
 */
async function uncommit(git: Git, base: string): Promise<void> {
  await git.exec(['reset', '--quiet', '--mixed', base]);
}

export interface PullRequestBranchOptions {
  /** Default `origin`. */
  remote?: string;
  message: string;
  identity?: CommitIdentity;
  /** As for `commitAndPush`; called once. */
  apply: () => Promise<string[]>;
  /** Default `buffer-gitops/ids-`; the short name of the new commit is appended. */
  branchPrefix?: string;
}

export type PullRequestBranchResult =
  { status: 'pushed'; branch: string; commit: string } | { status: 'nothing-to-commit' };

/**
 * For `write-back: pull-request`: commits the changes on top of HEAD and pushes
 * them to a new branch named after the commit (unique, so it never collides
 * with an earlier run's branch). The pull request itself is opened by the caller.
 */
export async function openPullRequestBranch(
  git: Git,
  opts: PullRequestBranchOptions,
): Promise<PullRequestBranchResult> {
  const remote = opts.remote ?? 'origin';
  const paths = await opts.apply();
  const commit = await commitPaths(git, paths, opts.message, opts.identity ?? GITHUB_ACTIONS_BOT);
  if (commit === undefined) return { status: 'nothing-to-commit' };

  const branch = await checkedBranchName(git, `${opts.branchPrefix ?? WRITE_BACK_BRANCH_PREFIX}${commit.slice(0, 12)}`);
  const outcome = await pushHead(git, remote, branch);
  switch (outcome.kind) {
    case 'pushed':
      return { status: 'pushed', branch, commit };
    case 'unauthorized':
      throw unauthorizedError(branch, outcome.detail);
    case 'declined':
    case 'behind': // a new branch named after a fresh commit cannot be behind; if it is, someone else owns that name
      throw new WriteBackRejectedError(
        `Could not push the branch "${branch}" for the pull request: ${outcome.detail}. ` +
          'Allow the workflow token to create branches (permissions: contents: write), or use `write-back: none`.',
        branch,
        outcome.detail,
      );
  }
}

/**
 * Stages exactly the given paths (additions, edits and deletions) and commits
 * only them, whatever else the index holds. Returns the new commit, or
 * `undefined` when those paths have no change.
 */
async function commitPaths(
  git: Git,
  paths: string[],
  message: string,
  identity: CommitIdentity,
): Promise<string | undefined> {
  const unique = [...new Set(paths)];
  if (unique.length === 0) return undefined;
  // Paths are file names, never globs.
  await git.exec(['--literal-pathspecs', 'add', '--all', '--', ...unique]);
  const staged = await git.exec(['--literal-pathspecs', 'diff', '--cached', '--quiet', '--', ...unique], {
    allowFailure: true,
  });
  if (staged.exitCode === 0) return undefined;
  if (staged.exitCode !== 1) {
    throw new GitError(
      `git diff --cached failed with exit code ${staged.exitCode}`,
      ['diff', '--cached'],
      staged.exitCode,
      staged.stderr,
    );
  }

  await git.exec(
    [
      // Identity per command, no signing (a repository that asks for it would make every write-back fail).
      ...identityArgs(identity),
      '--literal-pathspecs',
      'commit',
      // Local hooks (husky, lint-staged) installed by an earlier workflow step must not block the bot's commit.
      '--no-verify',
      '--file=-',
      '--',
      ...unique,
    ],
    { input: message, env: WITHOUT_IDENTITY_ENV },
  );
  return git.revParse('HEAD');
}

type PushOutcome =
  | { kind: 'pushed' }
  /** The branch has commits we do not have: fetch, re-apply, retry. */
  | { kind: 'behind'; detail: string }
  /** A protection rule or hook refused the update. */
  | { kind: 'declined'; detail: string }
  /** The token may not push (or there is none). */
  | { kind: 'unauthorized'; detail: string };

/** `git push <remote> HEAD:refs/heads/<branch>`: works on a detached HEAD, never forced. */
async function pushHead(git: Git, remote: string, branch: string): Promise<PushOutcome> {
  const args = ['push', '--porcelain', '--no-verify', '--no-recurse-submodules', remote, `HEAD:refs/heads/${branch}`];
  const result = await git.exec(args, { allowFailure: true, auth: true });
  if (result.exitCode === 0) return { kind: 'pushed' };

  const refusal = pushRefusal(git, result);
  // "fetch first" rather than "[rejected] (fetch first); remote: …": the retry's log line says the branch moved.
  if (refusal.kind === 'behind') {
    const { summary } = refusal;
    return {
      kind: 'behind',
      detail: summary.startsWith('[rejected]') ? summary.replace(/^\[rejected\]\s*/, '').replace(/[()]/g, '') : summary,
    };
  }
  if (refusal.kind !== 'other') return { kind: refusal.kind, detail: refusal.detail };
  throw new GitError(
    `git ${args.join(' ')} failed with exit code ${result.exitCode}: ${refusal.detail}`,
    args,
    result.exitCode,
    refusal.stderr,
    refusal.stdout,
  );
}

/** Discards our unpushed commit and moves HEAD and the work tree to the remote branch's tip. */
async function moveToRemoteTip(git: Git, remote: string, branch: string): Promise<void> {
  // One commit deep in a shallow clone, as at the start of the run (branch-tip.ts): the commit is made
  // on the tip alone, and a fetch without a depth would pull every commit pushed meanwhile.
  const depth = (await git.isShallow()) ? ['--depth=1'] : [];
  await git.exec(['fetch', '--no-tags', '--no-recurse-submodules', ...depth, remote, `refs/heads/${branch}`], {
    auth: true,
  });
  await git.exec(['reset', '--hard', '--quiet', 'FETCH_HEAD']);
}

/** Accepts `main` or `refs/heads/main`; refuses names git would not accept as a branch. */
async function checkedBranchName(git: Git, branch: string): Promise<string> {
  const name = await git.branchName(branch);
  if (name === undefined) throw new Error(`"${branch}" is not a valid branch name`);
  return name;
}

function declinedError(branch: string, detail: string): WriteBackRejectedError {
  return new WriteBackRejectedError(
    `The push of the Buffer IDs to branch "${branch}" was rejected by the server (${detail}). ` +
      `The branch is protected or a hook refuses the bot's commit. Either set \`write-back: pull-request\` ` +
      `so the IDs arrive through a pull request, or allow the workflow's token to push to "${branch}" ` +
      '(add it to the branch protection / ruleset bypass list).',
    branch,
    detail,
  );
}

function unauthorizedError(branch: string, detail: string): WriteBackRejectedError {
  return new WriteBackRejectedError(
    `The token may not push the Buffer IDs to branch "${branch}" (${detail}). ` +
      'Give the workflow `permissions: contents: write` (or pass a `github-token` that can push), ' +
      'or set `write-back: pull-request`.',
    branch,
    detail,
  );
}
