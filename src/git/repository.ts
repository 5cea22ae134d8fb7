/**
 * Whether a folder is the top of a git checkout, asked before any command
 * runs, so a workflow that checked out into a subfolder (actions/checkout
 * `path:`) gets one sentence naming what to set instead of git's raw
 * `fatal: not a git repository`.
 *
 * The top folder is read from the file system when the layout is plain (a
 * `.git` folder, or a `.git` file pointing at a linked worktree's folder):
 * a git process costs a CLI start several ms (issue 16). Anything else —
 * environment variables that steer git's search, a bare repository, a
 * `core.worktree`, a folder another user owns (safe.directory), a file
 * system boundary, a `.git` that is not a valid repository — is left to
 * `git rev-parse --show-toplevel`, so the answer is git's wherever git
 * gives one (test/cli/repository-root.test.ts compares both on real
 * repositories). A config file git refuses to read is not checked here: the
 * next git command reports it, in git's words.
 */
import { accessSync, constants, lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Git } from './git.js';

export type RepositoryCheck =
  | { ok: true }
  | { ok: false; kind: 'missing' }
  | { ok: false; kind: 'not-a-repository' }
  | { ok: false; kind: 'not-the-top'; top: string };

/** `env`: the environment `git` runs with; given, a plain layout is read without a git process (topLevel). */
export async function checkRepository(git: Git, env?: NodeJS.ProcessEnv): Promise<RepositoryCheck> {
  let folder: string;
  try {
    folder = realpathSync(git.cwd);
  } catch {
    return { ok: false, kind: 'missing' };
  }
  const top = await topLevel(git, env);
  if (top === undefined) return { ok: false, kind: 'not-a-repository' };
  let realTop = top;
  try {
    realTop = realpathSync(top);
  } catch {
    // git printed it, so it exists; keep git's spelling.
  }
  return realTop === folder ? { ok: true } : { ok: false, kind: 'not-the-top', top };
}

/**
 * The top folder of the work tree around `git.cwd`, as git finds it; undefined outside a repository.
 * `env`: the environment `git` runs with (the variables that steer git's search are read from it); given,
 * a plain layout is answered from the file system (plainTopLevel), anything else by git.
 */
export async function topLevel(git: Git, env?: NodeJS.ProcessEnv): Promise<string | undefined> {
  const plain = env ? plainTopLevel(git.cwd, env) : undefined;
  if (plain !== undefined) return plain;
  const result = await git.exec(['rev-parse', '--show-toplevel'], { allowFailure: true });
  const top = result.stdout.trim();
  return result.exitCode === 0 && top ? top : undefined;
}

/** Variables that change where or whether git finds a repository (git's environment variables, setup.c). */
const STEERING_VARIABLES = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_COMMON_DIR',
  'GIT_OBJECT_DIRECTORY',
  'GIT_CEILING_DIRECTORIES',
  'GIT_DISCOVERY_ACROSS_FILESYSTEM',
  // Configuration given on git's command line (`git -c`) or through variables.
  'GIT_CONFIG_PARAMETERS',
  'GIT_CONFIG_COUNT',
  // The ownership check (safe.directory): trusts SUDO_UID when running as root; a test switch.
  'SUDO_UID',
  'GIT_TEST_ASSUME_DIFFERENT_OWNER',
];

/**
 * The top folder git would print for `rev-parse --show-toplevel` in `cwd`, when
 * the repository is laid out plainly enough to be sure without running git;
 * undefined whenever git itself must answer (including outside a repository).
 * Follows git's discovery (setup_git_directory_gently): from the physical
 * current folder upwards, the first folder whose `.git` is a valid git
 * directory, or a `gitdir:` file naming one, is the top.
 */
export function plainTopLevel(cwd: string, env: NodeJS.ProcessEnv): string | undefined {
  // Windows (drive letters, git's forward slashes) and macOS (core.precomposeunicode rewrites the folder's name) print paths git's own way.
  if (process.platform === 'win32') return undefined;
  if (STEERING_VARIABLES.some((name) => env[name] !== undefined)) return undefined;
  const uid = process.geteuid?.();
  if (uid === undefined) return undefined;
  try {
    // git works from getcwd(): the physical path, symbolic links resolved.
    let dir = realpathSync(cwd);
    if (process.platform === 'darwin' && /[^\x20-\x7e]/.test(dir)) return undefined;
    const device = statSync(dir).dev;
    for (;;) {
      const found = gitDirectoryIn(dir, uid);
      if (found === 'ask-git') return undefined;
      if (found) return dir === '/' ? undefined : dir;
      const parent = dirname(dir);
      // The root reached without a repository, or a file system boundary git would stop at: git says what that means.
      if (parent === dir || statSync(parent).dev !== device) return undefined;
      dir = parent;
    }
  } catch {
    return undefined;
  }
}

/** Whether `dir` is a work tree's top git would accept without question: true, false (keep looking upwards), or 'ask-git'. */
function gitDirectoryIn(dir: string, uid: number): boolean | 'ask-git' {
  const dotGit = join(dir, '.git');
  const entry = lstatSync(dotGit, { throwIfNoEntry: false });
  if (!entry) {
    // git next asks whether `dir` itself is a git directory (a bare repository, or the inside of `.git`).
    return lstatSync(join(dir, 'HEAD'), { throwIfNoEntry: false }) ? 'ask-git' : false;
  }
  if (entry.uid !== uid || lstatSync(dir).uid !== uid) return 'ask-git';
  if (entry.isDirectory()) {
    // A `commondir` inside `.git` is a layout git allows but this reading does not follow.
    if (lstatSync(join(dotGit, 'commondir'), { throwIfNoEntry: false })) return 'ask-git';
    return plainGitDirectory(dotGit, dotGit, uid) ? true : 'ask-git';
  }
  if (!entry.isFile()) return 'ask-git';
  // A linked worktree (or a submodule): `gitdir: PATH`, relative to the file's folder.
  const match = /^gitdir: (.+?)[\r\n]*$/.exec(readFileSync(dotGit, 'utf8'));
  if (!match?.[1]) return 'ask-git';
  const gitDir = isAbsolute(match[1]) ? match[1] : resolve(dir, match[1]);
  const common = readFileSync(join(gitDir, 'commondir'), 'utf8').replace(/[\r\n]+$/, '');
  const commonDir = isAbsolute(common) ? common : resolve(gitDir, common);
  return plainGitDirectory(gitDir, commonDir, uid) ? true : 'ask-git';
}

/**
 * A git directory git would accept as it is (is_git_directory, the repository
 * format check, the ownership check) whose configuration cannot move the work
 * tree elsewhere: the found folder is then the top.
 */
function plainGitDirectory(gitDir: string, commonDir: string, uid: number): boolean {
  if (lstatSync(gitDir).uid !== uid) return false;
  const head = lstatSync(join(gitDir, 'HEAD'), { throwIfNoEntry: false });
  if (
    !head?.isFile() ||
    !/^(?:ref: refs\/\S+|[0-9a-f]{40}|[0-9a-f]{64})\r?\n?$/.test(readFileSync(join(gitDir, 'HEAD'), 'utf8'))
  )
    return false;
  for (const name of ['objects', 'refs']) {
    const path = join(commonDir, name);
    if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) return false;
    // git's test is access(X_OK); throws (and git decides) when it fails.
    accessSync(path, constants.X_OK);
  }
  return plainConfig(readFileSync(join(commonDir, 'config'), 'utf8'));
}

/**
 * A repository configuration that leaves the work tree where `.git` is: no
 * core.worktree, core.bare false or unset, format version 0 or 1 without
 * extensions (a worktree-specific config could say otherwise), no includes.
 * Anything this reading does not recognise (continuation lines, odd section
 * headers) counts as not plain.
 */
function plainConfig(text: string): boolean {
  let section = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    if (line.endsWith('\\')) return false;
    if (line.startsWith('[')) {
      const header = /^\[([A-Za-z0-9.-]+)(?:\s+"(?:[^"\\]|\\.)*")?\]\s*(?:[#;].*)?$/.exec(line);
      if (!header?.[1]) return false;
      const name = header[1].toLowerCase();
      if (name === 'include' || name === 'includeif' || name === 'extensions') return false;
      if (name === 'core' && line.includes('"')) return false;
      section = line.includes('"') ? `${name} "` : name;
      continue;
    }
    const pair = /^([A-Za-z][A-Za-z0-9-]*)\s*(?:=\s*(.*))?$/.exec(line);
    if (!pair?.[1]) return false;
    if (section !== 'core') continue;
    const key = pair[1].toLowerCase();
    const value = (pair[2] ?? 'true')
      .replace(/\s*[#;].*$/, '')
      .replace(/^"(.*)"$/, '$1')
      .trim()
      .toLowerCase();
    if (key === 'worktree') return false;
    if (key === 'bare' && !['false', 'no', 'off', '0'].includes(value)) return false;
    if (key === 'repositoryformatversion' && value !== '0' && value !== '1') return false;
  }
  return true;
}
