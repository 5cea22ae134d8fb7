/**
 * The CLI's repository root without a git process (issue 16): in every layout
 * below, repositoryRoot gives exactly what `git rev-parse --show-toplevel`
 * prints (or nothing where git fails), and the plain layouts are answered from
 * the file system alone (plainTopLevel) while every other one is left to git.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from '../../src/cli/repository.js';
import { plainTopLevel } from '../../src/git/repository.js';

let base: string;
let env: NodeJS.ProcessEnv;

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env, encoding: 'utf8' });

/** What git prints for --show-toplevel in `cwd` with `extra` variables, or undefined when it fails. */
function gitTopLevel(cwd: string, extra: NodeJS.ProcessEnv = {}): string | undefined {
  const result = spawnSync('git', ['rev-parse', '--show-toplevel'], {
    cwd,
    env: { ...env, ...extra },
    encoding: 'utf8',
  });
  const top = result.stdout.trim();
  return result.status === 0 && top ? top : undefined;
}

/** A repository at base/NAME with one commit. */
function repo(name: string, ...initArgs: string[]): string {
  const dir = join(base, name);
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q', ...initArgs);
  if (!initArgs.includes('--bare')) git(dir, 'commit', '-q', '--allow-empty', '-m', 'first');
  return dir;
}

beforeAll(() => {
  // Physical path: git prints folders with symbolic links resolved (macOS's /var → /private/var).
  base = realpathSync(mkdtempSync(join(tmpdir(), 'bg-root-')));
  const globalConfig = join(base, 'gitconfig');
  writeFileSync(globalConfig, '[user]\n\tname = T\n\temail = t@example.test\n[init]\n\tdefaultBranch = main\n');
  env = { PATH: process.env.PATH, HOME: base, GIT_CONFIG_GLOBAL: globalConfig, GIT_CONFIG_NOSYSTEM: '1' };
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

/** repositoryRoot and git agree in `cwd`; returns what plainTopLevel said (undefined: left to git). */
async function agreesWithGit(cwd: string, extra: NodeJS.ProcessEnv = {}): Promise<string | undefined> {
  const expected = gitTopLevel(cwd, extra);
  await expect(repositoryRoot(cwd, { ...env, ...extra })).resolves.toBe(expected);
  const plain = plainTopLevel(cwd, { ...env, ...extra });
  if (plain !== undefined) expect(plain).toBe(expected);
  return plain;
}

describe('repositoryRoot without a git process', () => {
  it('answers from the file system in a plain repository, from its top and from nested folders', async () => {
    const top = repo('plain');
    mkdirSync(join(top, 'posts', 'deep', 'er'), { recursive: true });
    for (const cwd of [top, join(top, 'posts'), join(top, 'posts', 'deep', 'er')])
      await expect(agreesWithGit(cwd)).resolves.toBe(top);
  });

  it('answers from the file system in a linked worktree (a `.git` file naming the worktree’s git folder)', async () => {
    const main = repo('with-worktree');
    const worktree = join(base, 'linked');
    git(main, 'worktree', 'add', '-q', worktree);
    mkdirSync(join(worktree, 'posts'));
    await expect(agreesWithGit(worktree)).resolves.toBe(worktree);
    await expect(agreesWithGit(join(worktree, 'posts'))).resolves.toBe(worktree);
  });

  it('gives git’s answer in a submodule, and its superproject’s answer beside it', async () => {
    const sub = repo('sub-origin');
    const superproject = repo('superproject');
    git(superproject, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub, 'modules/sub');
    const inSub = join(superproject, 'modules', 'sub');
    expect(gitTopLevel(inSub)).toBe(inSub);
    await agreesWithGit(inSub);
    await expect(agreesWithGit(join(superproject, 'modules'))).resolves.toBe(superproject);
  });

  it('follows the physical path of a folder reached through a symbolic link', async () => {
    const top = repo('linked-to');
    mkdirSync(join(top, 'posts'));
    const link = join(base, 'a-link');
    symlinkSync(join(top, 'posts'), link);
    await expect(agreesWithGit(link)).resolves.toBe(top);
  });

  it('says nothing outside any repository, as git fails there', async () => {
    const outside = join(base, 'outside', 'folder');
    mkdirSync(outside, { recursive: true });
    expect(gitTopLevel(outside)).toBeUndefined();
    await expect(agreesWithGit(outside)).resolves.toBeUndefined();
  });

  it.each([
    ['GIT_DIR', (top: string) => ({ GIT_DIR: join(top, '.git') })],
    ['GIT_DIR and GIT_WORK_TREE', (top: string) => ({ GIT_DIR: join(top, '.git'), GIT_WORK_TREE: join(top, 'posts') })],
    ['GIT_CEILING_DIRECTORIES', (top: string) => ({ GIT_CEILING_DIRECTORIES: top })],
    ['GIT_DISCOVERY_ACROSS_FILESYSTEM', () => ({ GIT_DISCOVERY_ACROSS_FILESYSTEM: '1' })],
    // git's own switch for "owned by someone else": it refuses (safe.directory), and so must this.
    ['GIT_TEST_ASSUME_DIFFERENT_OWNER', () => ({ GIT_TEST_ASSUME_DIFFERENT_OWNER: '1' })],
  ])('leaves it to git when %s is set', async (_name, variables) => {
    const top = join(base, 'steered');
    if (!existsSync(top)) repo('steered');
    mkdirSync(join(top, 'posts', 'inner'), { recursive: true });
    const extra = variables(top);
    await expect(agreesWithGit(join(top, 'posts', 'inner'), extra)).resolves.toBeUndefined();
  });

  it('leaves it to git in a bare repository and inside `.git`', async () => {
    const bare = repo('bare.git', '--bare');
    await expect(agreesWithGit(bare)).resolves.toBeUndefined();
    await expect(agreesWithGit(join(bare, 'refs'))).resolves.toBeUndefined();
    const top = repo('inside-dot-git');
    await expect(agreesWithGit(join(top, '.git', 'refs'))).resolves.toBeUndefined();
  });

  it('leaves it to git when the configuration moves the work tree (core.worktree) or includes other files', async () => {
    const top = repo('moved');
    mkdirSync(join(top, 'tree'));
    git(top, 'config', 'core.worktree', join(top, 'tree'));
    await expect(agreesWithGit(top)).resolves.toBeUndefined();
    const including = repo('including');
    git(including, 'config', 'include.path', join(base, 'gitconfig'));
    await expect(agreesWithGit(including)).resolves.toBeUndefined();
  });

  it('leaves it to git when `.git` is not a valid repository (git looks further up, or fails)', async () => {
    const top = repo('outer');
    const inner = join(top, 'inner');
    mkdirSync(join(inner, '.git'), { recursive: true });
    expect(gitTopLevel(inner)).toBe(top);
    await expect(agreesWithGit(inner)).resolves.toBeUndefined();
    const broken = join(top, 'broken');
    mkdirSync(broken);
    writeFileSync(join(broken, '.git'), 'gitdir: /nowhere\n');
    await expect(agreesWithGit(broken)).resolves.toBeUndefined();
  });
});
