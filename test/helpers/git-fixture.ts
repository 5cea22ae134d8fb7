/**
 * Real git repositories for tests: a bare repository playing `origin`, a work
 * clone, and helpers to make more clones the way actions/checkout does.
 *
 * Everything lives in one temp directory, and git runs with an isolated
 * configuration (own HOME, no system config, an empty global config file, a
 * fixed identity), so neither the developer's nor the CI machine's git setup
 * can change a result.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface GitFixture {
  /** The temp directory holding everything below. */
  root: string;
  /** The bare repository the clones use as `origin`. */
  bare: string;
  /** A full clone of `bare` on the fixture's branch. */
  work: string;
  /** The isolated environment every git call of the fixture uses; give it to `new Git({ env })` too. */
  env: NodeJS.ProcessEnv;
  /** The branch name (default `main`). */
  branch: string;
  /** Runs git (in `work` unless told) and returns its trimmed stdout; throws with stderr on failure. */
  git(args: string[], cwd?: string): Promise<string>;
  /** Writes files relative to `cwd` (default `work`), creating directories; `null` deletes a file. */
  writeFiles(files: Record<string, string | null>, cwd?: string): Promise<void>;
  /** Stages everything and commits; returns the new commit's SHA. */
  commitAll(message: string, cwd?: string): Promise<string>;
  /** Pushes HEAD to the fixture's branch on origin (fast-forward only). */
  push(cwd?: string): Promise<void>;
  /**
   * A new clone like actions/checkout's: one branch, `depth` commits of
   * history (default 1), no tags, checked out on the branch — or on a detached
   * HEAD with `detach: true`, as on some events.
   */
  cloneShallow(depth?: number, opts?: { detach?: boolean }): Promise<string>;
  /** Another full clone, e.g. a teammate pushing concurrently. */
  otherClone(): Promise<string>;
  cleanup(): Promise<void>;
}

let cloneCounter = 0;

export async function createGitFixture(opts: { branch?: string } = {}): Promise<GitFixture> {
  const branch = opts.branch ?? 'main';
  const root = await mkdtemp(path.join(os.tmpdir(), 'buffer-gitops-git-'));
  const home = path.join(root, 'home');
  await mkdir(home);
  const globalConfig = path.join(root, 'gitconfig');
  await writeFile(globalConfig, '');

  // Built from scratch, not from process.env: a GIT_DIR or GIT_INDEX_FILE
  // inherited from a surrounding hook would point git at the wrong repository.
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    ...(process.env.SYSTEMROOT ? { SYSTEMROOT: process.env.SYSTEMROOT } : {}),
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: globalConfig,
    GIT_AUTHOR_NAME: 'Test Author',
    GIT_AUTHOR_EMAIL: 'author@example.test',
    GIT_COMMITTER_NAME: 'Test Committer',
    GIT_COMMITTER_EMAIL: 'committer@example.test',
    GIT_TERMINAL_PROMPT: '0',
    // Messages in English, whatever the machine's locale.
    LC_ALL: 'C',
  };

  const bare = path.join(root, 'origin.git');
  const work = path.join(root, 'work');

  const git = (args: string[], cwd: string = work): Promise<string> => runGit(args, cwd, env);

  await git(['init', '--quiet', '--bare', `--initial-branch=${branch}`, bare], root);
  await git(['clone', '--quiet', bare, work], root);
  // The clone of an empty repository may be on git's own default branch; name it.
  await git(['symbolic-ref', 'HEAD', `refs/heads/${branch}`]);

  const newDir = (prefix: string): string => path.join(root, `${prefix}-${++cloneCounter}`);

  const fixture: GitFixture = {
    root,
    bare,
    work,
    env,
    branch,
    git,
    async writeFiles(files, cwd = work) {
      for (const [name, content] of Object.entries(files)) {
        const file = path.join(cwd, name);
        if (content === null) {
          await rm(file, { force: true });
        } else {
          await mkdir(path.dirname(file), { recursive: true });
          await writeFile(file, content);
        }
      }
    },
    async commitAll(message, cwd = work) {
      await git(['add', '--all'], cwd);
      await git(['commit', '--quiet', '--allow-empty', '-m', message], cwd);
      return git(['rev-parse', 'HEAD'], cwd);
    },
    async push(cwd = work) {
      await git(['push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`], cwd);
    },
    async cloneShallow(depth = 1, cloneOpts = {}) {
      const dir = newDir('shallow');
      // A file:// URL: git ignores --depth for plain-path clones.
      await git(
        [
          'clone',
          '--quiet',
          '--no-tags',
          '--single-branch',
          `--branch=${branch}`,
          `--depth=${depth}`,
          pathToFileURL(bare).href,
          dir,
        ],
        root,
      );
      if (cloneOpts.detach) await git(['checkout', '--quiet', '--detach'], dir);
      return dir;
    },
    async otherClone() {
      const dir = newDir('other');
      await git(['clone', '--quiet', `--branch=${branch}`, bare, dir], root);
      return dir;
    },
    async cleanup() {
      await rm(root, { recursive: true, force: true });
    },
  };
  return fixture;
}

function runGit(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`git ${args.join(' ')} (in ${cwd}) failed: ${stderr || error.message}`));
      else resolve(stdout.trim());
    });
  });
}
