/**
 * The CLI's side of "only the default branch publishes" (SPEC §3): `apply`
 * and `sync` change Buffer only from a branch in `--branches` (default: the
 * remote's default branch, from `refs/remotes/origin/HEAD`). Anywhere else
 * they refuse before reading a file or sending a request, in the CLI's words;
 * `--branch-check=off` is there for people who know what they are doing.
 */
import type { Settings } from '../config/settings.js';
import { matchesBranches } from '../config/branch-patterns.js';
import { Git } from '../git/git.js';
import { checkRepository } from '../git/repository.js';

/** Why `command` may not run here, or undefined when it may. */
export async function branchRefusal(command: string, settings: Settings): Promise<string | undefined> {
  // The user's own git, as every other CLI command runs it.
  const git = new Git({ cwd: settings.workspace });
  const repository = await checkRepository(git, process.env);
  if (!repository.ok) {
    return repository.kind === 'not-the-top'
      ? `${command} runs in the repository's top folder (${repository.top}); cd there and pass --posts-dir for the posts folder.`
      : `${settings.workspace} is not a git repository; run buffer-gitops ${command} in your repository's top folder.`;
  }
  const branch = await git.currentBranch();
  const off = 'or pass --branch-check=off to run anyway';
  if (!branch) {
    return `${command} changes Buffer only from a branch, and HEAD is detached. Check out the branch you publish from (e.g. \`git switch main\`), ${off}.`;
  }
  if (settings.branches) {
    if (matchesBranches(branch, settings.branches)) return undefined;
    const list = settings.branches.map((p) => p.source).join(', ');
    return `${command} changes Buffer only from ${list} (--branches), and the checked-out branch is ${branch}. Switch branches, add it with --branches ${branch}, ${off}.`;
  }
  const remoteDefault = await git.remoteDefaultBranch();
  if (!remoteDefault) {
    return `${command} changes Buffer only from the repository's default branch, and this clone does not know it. Pass --branches main (your default branch), or run \`git remote set-head origin --auto\`; ${off}.`;
  }
  if (branch === remoteDefault) return undefined;
  return `${command} changes Buffer only from ${remoteDefault} (origin's default branch), and the checked-out branch is ${branch}. Switch to ${remoteDefault}, pass --branches ${branch}, ${off}.`;
}
