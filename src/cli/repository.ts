/**
 * Where the CLI works: the top folder of the git repository around the
 * current folder, found as git finds it (`git rev-parse --show-toplevel`), so
 * `buffer-gitops plan` from `posts/` plans the whole repository. Before any
 * command reads posts, the posts folder must exist: a typo in --posts-dir or
 * a run outside the repository would otherwise be a silent "nothing to do"
 * (and for sync, every Buffer post "tracked by no file").
 */
// node:fs, not node:fs/promises: loading that costs every start ~1.4 ms (issue 16).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { Git } from '../git/git.js';
import { topLevel } from '../git/repository.js';

/**
 * The repository's top folder around `cwd`, or undefined outside a repository.
 * git runs with this process's environment, as every CLI command runs it; a
 * plain layout is read from the file system without starting git (git/repository.ts).
 */
export function repositoryRoot(cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  return topLevel(new Git({ cwd, env }), env);
}

/** Why the posts folder cannot be read, in one line naming the resolved path, or undefined when it is a folder. */
export async function postsFolderProblem(root: string, postsDir: string, from: string): Promise<string | undefined> {
  const path = join(root, postsDir);
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    return `the posts folder ${path} does not exist (${from}). Pass --posts-dir with the folder that holds your post files, set posts-dir in buffer-gitops.yml, or create it.`;
  }
  return isDirectory
    ? undefined
    : `${path} is not a folder (${from}); --posts-dir names the folder that holds your post files.`;
}
