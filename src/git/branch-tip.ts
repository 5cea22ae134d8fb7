/**
 * The desired state is the branch tip (SPEC §3, "Apply is level-triggered"):
 * a run fetches the tip of the branch it publishes from and moves HEAD and
 * the work tree there before reading any file, so a queued run whose commit
 * is already behind the tip acts on the tip instead of on its older commit.
 *
 * actions/checkout leaves a depth-1 clone. The repository stays shallow: the
 * tip is fetched one commit deep, and history is deepened only as far as is
 * needed to say whether the event's commit is an ancestor of the tip, in
 * bounded steps. Every answer about ancestry is proven from the commits that
 * are present; when the steps run out it is "unknown", never a guess.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decisiveLine, isFullSha, type Git } from './git.js';

export interface BranchTipOptions {
  /** Default `origin`. */
  remote?: string;
  /** The publishing branch, `main` or `refs/heads/main`. */
  branch: string;
  /** The commit the event was about (the push's `after`, the dispatch's `GITHUB_SHA`). */
  eventCommit?: string;
  /** Commits of history fetched per step below the tip before the answer is "unknown". Default [10, 90, 400]. */
  deepenSteps?: readonly number[];
  /**
   * More refspecs fetched in the same `git fetch` as the tip (the push's
   * previous commit, the applied state's notes ref): one round trip instead
   * of one each (issue 16). Several fetches cannot run side by side in a
   * shallow clone (each takes `shallow.lock`). A fetch fails whole when one
   * of them is not on the remote (no applied state yet, a commit a force push
   * dropped), so on failure it is tried again without the last one, down to
   * the tip alone, which fails exactly as it would without them.
   * `alongsideFetched` names those fetched; the caller fetches the rest
   * itself and reports its own failure.
   */
  alongside?: readonly string[];
}

export type BranchTipResult =
  | {
      ok: true;
      /** The tip's commit; HEAD and the work tree are there now. */
      tip: string;
      /** Whether HEAD was elsewhere before. */
      moved: boolean;
      /** Whether the event's commit is the tip or one of its ancestors; `undefined` when that could not be known (see `reason`). */
      eventCommitOnTip: boolean | undefined;
      /** Why `eventCommitOnTip` is unknown. */
      reason?: string;
      /** Given `alongside`: those fetched with the tip (a prefix of it). */
      alongsideFetched?: string[];
    }
  | {
      /** The tip could not be fetched: HEAD and the work tree are as they were. */
      ok: false;
      moved: false;
      eventCommitOnTip: undefined;
      reason: string;
    };

/** History fetched per step while looking for the event's commit below the tip (a queued run is usually a few commits behind). */
const DEEPEN_STEPS = [10, 90, 400];

export async function moveToBranchTip(git: Git, opts: BranchTipOptions): Promise<BranchTipResult> {
  const remote = opts.remote ?? 'origin';
  const failed = (reason: string): BranchTipResult => ({
    ok: false,
    moved: false,
    eventCommitOnTip: undefined,
    reason,
  });

  const [branch, shallow] = await Promise.all([git.branchName(opts.branch), git.isShallow()]);
  if (branch === undefined || remote.startsWith('-')) return failed(`"${opts.branch}" is not a valid branch name`);

  // One commit deep in a shallow clone: fetching without a depth could pull
  // the whole history of the tip (after a force push, all of it).
  const fetchTip = (more: readonly string[]) =>
    git.exec(
      [
        'fetch',
        '--no-tags',
        '--no-recurse-submodules',
        ...(shallow ? ['--depth=1'] : []),
        remote,
        // First: FETCH_HEAD lists the fetched refs in the order given, so its first line is the tip.
        `refs/heads/${branch}`,
        ...more,
      ],
      { allowFailure: true, auth: true },
    );
  const alongside = (opts.alongside ?? []).filter((spec) => spec !== '' && !spec.startsWith('-'));
  let fetched = await fetchTip(alongside);
  while (fetched.exitCode !== 0 && alongside.length > 0) {
    alongside.pop();
    fetched = await fetchTip(alongside);
  }
  if (fetched.exitCode !== 0) {
    return failed(
      `could not fetch branch "${branch}" from ${remote}: ${git.redact(decisiveLine(fetched.stderr)) || `git fetch exited with ${fetched.exitCode}`}`,
    );
  }
  const [tip, before] = await Promise.all([git.revParse('FETCH_HEAD'), git.headCommit()]);
  if (before !== tip) {
    // reset --hard moves the checked-out branch with HEAD: right for the publishing
    // branch itself, never for another one, which is left where it is.
    const current = await git.currentBranch();
    if (current !== undefined && current !== branch) await git.exec(['checkout', '--quiet', '--detach']);
    await git.exec(['reset', '--hard', '--quiet', tip]);
  }
  const moved = before !== tip;

  const ancestry = await eventCommitOnTip(git, remote, opts.eventCommit, tip, opts.deepenSteps ?? DEEPEN_STEPS);
  return {
    ok: true,
    tip,
    moved,
    eventCommitOnTip: ancestry.onTip,
    ...(ancestry.reason ? { reason: ancestry.reason } : {}),
    ...(opts.alongside ? { alongsideFetched: alongside } : {}),
  };
}

type Ancestry = { onTip: boolean | undefined; reason?: string };

async function eventCommitOnTip(
  git: Git,
  remote: string,
  eventCommit: string | undefined,
  tip: string,
  steps: readonly number[],
): Promise<Ancestry> {
  if (eventCommit === undefined || eventCommit.trim() === '')
    return { onTip: undefined, reason: 'the event names no commit' };
  const event = eventCommit.trim().toLowerCase();
  if (!isFullSha(event))
    return { onTip: undefined, reason: `the event's commit "${eventCommit}" is not a commit name` };
  if (event === tip) return { onTip: true };

  for (let step = 0; ; step++) {
    const verdict = await provenAncestry(git, event, tip);
    if (verdict !== undefined) return { onTip: verdict };
    const deepen = steps[step];
    if (deepen === undefined) {
      const total = steps.reduce((a, b) => a + b, 0);
      return {
        onTip: undefined,
        reason: `the event's commit ${event.slice(0, 7)} is not within ${total} commits below the tip ${tip.slice(0, 7)}, and no more history was fetched`,
      };
    }
    // --deepen counts from the current shallow boundary, so the tip's history
    // grows step by step. The event's own history is not deepened: a commit a
    // force push dropped is unreachable on the remote, and git will not deepen
    // below it; what the checkout holds of it (fetch-depth) is used as it is.
    const tipDeeper = await git.exec(
      ['fetch', '--no-tags', '--no-recurse-submodules', `--deepen=${deepen}`, remote, tip],
      { allowFailure: true, auth: true },
    );
    if (tipDeeper.exitCode !== 0) {
      return {
        onTip: undefined,
        reason: `deepening the history of ${tip.slice(0, 7)} from ${remote} failed: ${git.redact(decisiveLine(tipDeeper.stderr))}`,
      };
    }
  }
}

/**
 * Ancestry decided from the commits present, or `undefined` when they do not
 * decide it. A shallow clone only hides parents, so reaching the event's
 * commit from the tip proves it is an ancestor. Not reaching it proves the
 * opposite only when every shallow boundary below the tip is a proper
 * ancestor of the event's commit (a commit below the event cannot have the
 * event in its history); a complete history has no boundary at all.
 */
async function provenAncestry(git: Git, event: string, tip: string): Promise<boolean | undefined> {
  const eventPresent = await git.commitExists(event);
  if (eventPresent) {
    const reach = await git.exec(['merge-base', '--is-ancestor', event, tip], { allowFailure: true });
    if (reach.exitCode === 0) return true;
    if (reach.exitCode !== 1) return undefined;
  }
  const boundaries = await shallowBoundariesBelow(git, tip);
  if (boundaries.length === 0) return false;
  if (!eventPresent) return undefined;
  for (const boundary of boundaries) {
    if (boundary === event) return undefined;
    const below = await git.exec(['merge-base', '--is-ancestor', boundary, event], { allowFailure: true });
    if (below.exitCode !== 0) return undefined;
  }
  return false;
}

/** The shallow commits (history cut off below them) reachable from a commit. */
async function shallowBoundariesBelow(git: Git, commit: string): Promise<string[]> {
  const shallowFile = (await git.exec(['rev-parse', '--git-path', 'shallow'])).stdout.trim();
  let listed: string[];
  try {
    listed = (await readFile(path.resolve(git.cwd, shallowFile), 'utf8'))
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  } catch {
    return []; // no shallow file: a complete repository
  }
  if (listed.length === 0) return [];
  const reachable = new Set(
    (await git.exec(['rev-list', commit])).stdout
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  );
  return listed.filter((sha) => reachable.has(sha));
}
