/**
 * What a merge will do needs the merge base of the pull request's head and
 * its base branch: diffing the base branch's tip instead shows every commit
 * the base gained since the branch started as an edit the pull request would
 * undo. actions/checkout leaves one commit of history, so the commits are
 * fetched and the history deepened in bounded steps until git finds the
 * merge base (or the steps run out and the caller says so).
 */
import type { Git } from './git.js';

/** Commits of history added per step; the sum bounds the work on a huge repository. */
const DEEPEN_STEPS = [50, 450, 4500];

export type MergeBaseResult = { ok: true; base: string } | { ok: false; reason: string };

export async function findMergeBase(git: Git, a: string, b: string, remote = 'origin'): Promise<MergeBaseResult> {
  const { missing } = await git.fetchMissing([a, b], remote);
  if (missing.length > 0)
    return {
      ok: false,
      reason: `${missing.map((s) => s.slice(0, 7)).join(' and ')} could not be fetched from ${remote}`,
    };
  for (let step = 0; ; step++) {
    const result = await git.exec(['merge-base', a, b], { allowFailure: true });
    const base = result.stdout.trim();
    if (result.exitCode === 0 && base) return { ok: true, base };
    const deepen = DEEPEN_STEPS[step];
    if (deepen === undefined)
      return {
        ok: false,
        reason: `no common commit within ${DEEPEN_STEPS.reduce((x, y) => x + y, 0)} commits of history`,
      };
    if (!(await git.isShallow())) return { ok: false, reason: 'the two commits share no history' };
    // --deepen counts from the current shallow boundary: it never cuts history another step fetched.
    const fetched = await git.exec(
      ['fetch', '--no-tags', '--no-recurse-submodules', `--deepen=${deepen}`, remote, a, b],
      { allowFailure: true, auth: true },
    );
    if (fetched.exitCode !== 0) return { ok: false, reason: `deepening the history from ${remote} failed` };
  }
}

/** The parents of a commit, read from the commit object itself (a shallow clone grafts them away for rev-parse). */
export async function parentsOf(git: Git, rev: string): Promise<string[]> {
  const { exitCode, stdout } = await git.exec(['cat-file', 'commit', rev], { allowFailure: true });
  if (exitCode !== 0) return [];
  const parents: string[] = [];
  for (const line of stdout.split('\n')) {
    if (line === '') break;
    const match = /^parent ([0-9a-f]+)$/.exec(line);
    if (match) parents.push(match[1]!);
  }
  return parents;
}

/** Whether `a` is `b` or in its history; no when git cannot tell (a shallow clone without it). */
export async function isAncestor(git: Git, a: string, b: string): Promise<boolean> {
  if (a.startsWith('-') || b.startsWith('-')) return false;
  if (a === b) return true;
  return (await git.exec(['merge-base', '--is-ancestor', a, b], { allowFailure: true })).exitCode === 0;
}
