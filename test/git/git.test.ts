import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Git, GitError, isFullSha, isNullSha, normalizeDir } from '../../src/git/git.js';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';

let fx: GitFixture;
let git: Git;
let first: string;

beforeEach(async () => {
  fx = await createGitFixture();
  git = new Git({ cwd: fx.work, env: fx.env });
  await fx.writeFiles({
    'posts/a.md': 'A\r\nwith CRLF kept\r\n',
    'posts/deep/er/b.md': 'B\n',
    'posts/[draft]/c.md': 'C\n',
    'posts/ünï côde.md': 'U\n',
    'posts/d.txt': 'not markdown\n',
    'postscript/e.md': 'sibling dir\n',
    'ideas/i.md': 'I\n',
  });
  first = await fx.commitAll('first');
});
afterEach(async () => {
  await fx.cleanup();
});

describe('Git', () => {
  it('resolves revisions and reports missing ones', async () => {
    expect(await git.revParse('HEAD')).toBe(first);
    expect(isFullSha(first)).toBe(true);
    await expect(git.revParse('no-such-branch')).rejects.toBeInstanceOf(GitError);
    expect(await git.commitExists(first)).toBe(true);
    expect(await git.commitExists('f'.repeat(40))).toBe(false);
    expect(await git.commitExists('--all')).toBe(false);
  });

  it('asks git once per run for answers that cannot change (shallow until a fetch, ref formats, known commits)', async () => {
    const asked: string[] = [];
    const exec = git.exec.bind(git);
    git.exec = (args, opts) => {
      asked.push(args.join(' '));
      return exec(args, opts);
    };
    expect(await Promise.all([git.isShallow(), git.isShallow()])).toEqual([false, false]);
    expect(await git.isShallow()).toBe(false);
    expect(await git.checkRefFormat('refs/heads/main')).toBe(true);
    expect(await git.checkRefFormat('refs/heads/main')).toBe(true);
    expect(await git.checkRefFormat('refs/heads/a..b')).toBe(false);
    expect(await git.commitExists(first)).toBe(true);
    expect(await git.commitExists(first.toUpperCase())).toBe(true);
    expect(await git.revParse(first)).toBe(first);
    expect(await git.commitExists('f'.repeat(40))).toBe(false);
    expect(await git.commitExists('f'.repeat(40))).toBe(false);
    expect(asked).toEqual([
      'rev-parse --is-shallow-repository',
      'check-ref-format refs/heads/main',
      'check-ref-format refs/heads/a..b',
      `cat-file -e ${first}^{commit}`,
      `cat-file -e ${'f'.repeat(40)}^{commit}`,
      `cat-file -e ${'f'.repeat(40)}^{commit}`,
    ]);
    // A fetch may change the answer: asked again after one.
    await git.exec(['fetch', '--quiet', 'origin']);
    expect(await git.isShallow()).toBe(false);
    expect(asked.filter((a) => a === 'rev-parse --is-shallow-repository')).toHaveLength(2);
  });

  it('knows the branch, or that HEAD is detached, and whether the clone is shallow', async () => {
    expect(await git.currentBranch()).toBe('main');
    expect(await git.isShallow()).toBe(false);
    await fx.git(['checkout', '--quiet', '--detach']);
    expect(await git.currentBranch()).toBeUndefined();

    await fx.writeFiles({ 'posts/z.md': 'Z\n' });
    await fx.commitAll('second');
    await fx.push();
    const shallow = new Git({ cwd: await fx.cloneShallow(1), env: fx.env });
    expect(await shallow.isShallow()).toBe(true);
    expect(await shallow.currentBranch()).toBe('main');
  });

  it('shows a file at a revision byte for byte, or undefined when absent', async () => {
    expect(await git.show('HEAD', 'posts/a.md')).toBe('A\r\nwith CRLF kept\r\n');
    expect(await git.show(first, 'posts/ünï côde.md')).toBe('U\n');
    expect(await git.show('HEAD', 'posts/missing.md')).toBeUndefined();
    expect(await git.show('f'.repeat(40), 'posts/a.md')).toBeUndefined();
  });

  it('lists tracked *.md files under the dirs, recursively, with literal names', async () => {
    expect(await git.listFiles(['posts'])).toEqual([
      'posts/[draft]/c.md',
      'posts/a.md',
      'posts/deep/er/b.md',
      'posts/ünï côde.md',
    ]);
    expect(await git.listFiles(['./posts/', 'ideas'])).toEqual([
      'ideas/i.md',
      'posts/[draft]/c.md',
      'posts/a.md',
      'posts/deep/er/b.md',
      'posts/ünï côde.md',
    ]);
    expect(await git.listFiles(['posts'], '.txt')).toEqual(['posts/d.txt']);
    expect(await git.listFiles(['nothing-here'])).toEqual([]);
    // Untracked files are not listed; HEAD is what counts.
    await fx.writeFiles({ 'posts/untracked.md': 'new\n' });
    expect(await git.listFiles(['posts'])).not.toContain('posts/untracked.md');
  });

  it('throws GitError with the exit code and stderr, or returns them with allowFailure', async () => {
    const error = await git.exec(['cat-file', '-p', 'HEAD:nope']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect((error as GitError).exitCode).toBe(128);
    expect((error as GitError).stderr).toMatch(/nope/);
    expect((error as GitError).args).toEqual(['cat-file', '-p', 'HEAD:nope']);

    const result = await git.exec(['cat-file', '-p', 'HEAD:nope'], { allowFailure: true });
    expect(result.exitCode).toBe(128);
  });

  it('passes standard input and redacts configured secrets', async () => {
    const hashed = await git.exec(['hash-object', '--stdin'], { input: 'hello\n' });
    expect(hashed.stdout.trim()).toBe('ce013625030ba8dba906f756967f9e9ca394464a');

    const secretive = new Git({ cwd: fx.work, env: fx.env, secrets: ['s3cr3t-value'] });
    const error = await secretive.exec(['rev-parse', '--verify', 's3cr3t-value']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect((error as GitError).message).not.toContain('s3cr3t-value');
    expect((error as GitError).args).toEqual(['rev-parse', '--verify', '***']);
  });
});

describe('helpers', () => {
  it('recognises the null SHA and normalises directory spellings', () => {
    expect(isNullSha('0'.repeat(40))).toBe(true);
    expect(isNullSha(undefined)).toBe(true);
    expect(isNullSha('a'.repeat(40))).toBe(false);
    expect(isFullSha('abc')).toBe(false);
    expect(normalizeDir('./posts/')).toBe('posts');
    expect(normalizeDir('posts\\sub')).toBe('posts/sub');
    expect(normalizeDir('.')).toBe('');
  });
});
