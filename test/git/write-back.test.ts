import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Git } from '../../src/git/git.js';
import { GITHUB_ACTIONS_BOT } from '../../src/git/push.js';
import {
  WriteBackRejectedError,
  WriteBackRetriesExhaustedError,
  commitAndPush,
  openPullRequestBranch,
} from '../../src/git/write-back.js';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';
import { installRejectingPreReceiveHook } from '../helpers/git-http-server.js';

const MESSAGE = 'buffer-gitops: record Buffer post IDs [skip ci]';

let fx: GitFixture;

beforeEach(async () => {
  fx = await createGitFixture();
  await fx.writeFiles({
    'posts/a.md': '---\nchannels: [twitter]\n---\nHello\n',
    'posts/b.md': '---\nchannels: [mastodon]\n---\nWorld\n',
    'posts/old.md': '---\nchannels: [bluesky]\n---\nOld\n',
  });
  await fx.commitAll('initial posts');
  await fx.push();
  // A server that refuses non-fast-forward updates: any force push would fail the test.
  await fx.git(['config', 'receive.denyNonFastForwards', 'true'], fx.bare);
});
afterEach(async () => {
  await fx.cleanup();
});

/** What the product's apply does, in miniature: re-read the file at the current tip and add a `buffer:` entry. */
async function addBufferId(dir: string, file: string, id: string): Promise<void> {
  const full = path.join(dir, file);
  const text = await readFile(full, 'utf8');
  await writeFile(full, text.replace(/\n---\n/, `\nbuffer:\n  twitter: {id: ${id}}\n---\n`));
}

async function tip(): Promise<string> {
  return fx.git(['rev-parse', 'refs/heads/main'], fx.bare);
}

describe('commitAndPush', () => {
  it('commits only the given paths with the bot identity and pushes to the branch', async () => {
    const dir = await fx.cloneShallow(1);
    const git = new Git({ cwd: dir, env: fx.env });
    // Unrelated work-tree state that must not end up in the commit.
    await fx.writeFiles(
      { 'posts/b.md': 'an unrelated local edit\n', 'untracked.txt': 'x\n', 'staged.txt': 'staged\n' },
      dir,
    );
    await fx.git(['add', 'staged.txt'], dir);

    let calls = 0;
    const result = await commitAndPush(git, {
      branch: 'main',
      message: MESSAGE,
      apply: async () => {
        calls++;
        await addBufferId(dir, 'posts/a.md', 'id-1');
        await rm(path.join(dir, 'posts/old.md'));
        return ['posts/a.md', 'posts/old.md'];
      },
    });

    expect(calls).toBe(1);
    expect(result).toMatchObject({ status: 'pushed', attempts: 1 });
    if (result.status !== 'pushed') return;
    expect(await tip()).toBe(result.commit);

    const show = (format: string): Promise<string> =>
      fx.git(['log', '-1', `--format=${format}`, result.commit], fx.bare);
    expect(await show('%B')).toBe(MESSAGE);
    expect(await show('%an <%ae>|%cn <%ce>')).toBe(
      `${GITHUB_ACTIONS_BOT.name} <${GITHUB_ACTIONS_BOT.email}>|${GITHUB_ACTIONS_BOT.name} <${GITHUB_ACTIONS_BOT.email}>`,
    );
    const files = await fx.git(['diff-tree', '--no-commit-id', '--name-status', '-r', result.commit], fx.bare);
    expect(files.split('\n').sort()).toEqual(['D\tposts/old.md', 'M\tposts/a.md']);
    expect(await fx.git(['show', `${result.commit}:posts/a.md`], fx.bare)).toContain('twitter: {id: id-1}');

    // The unrelated changes are still where they were, uncommitted.
    const status = (await fx.git(['status', '--porcelain'], dir)).split('\n').map((l) => l.trim());
    expect(status.sort()).toEqual(['?? untracked.txt', 'A  staged.txt', 'M posts/b.md']);
    // The identity was passed per command: nothing was written to any configuration.
    expect(await readFile(fx.env.GIT_CONFIG_GLOBAL as string, 'utf8')).toBe('');
    expect(await readFile(path.join(dir, '.git', 'config'), 'utf8')).not.toMatch(/user|github-actions/);
  });

  it('pushes from a detached HEAD to refs/heads/<branch>', async () => {
    const dir = await fx.cloneShallow(1, { detach: true });
    const git = new Git({ cwd: dir, env: fx.env });
    expect(await git.currentBranch()).toBeUndefined();

    const result = await commitAndPush(git, {
      branch: 'refs/heads/main',
      message: MESSAGE,
      identity: { name: 'Release Bot', email: 'bot@example.test' },
      apply: async () => {
        await addBufferId(dir, 'posts/b.md', 'id-2');
        return ['posts/b.md'];
      },
    });
    expect(result.status).toBe('pushed');
    if (result.status !== 'pushed') return;
    expect(await tip()).toBe(result.commit);
    expect(await fx.git(['log', '-1', '--format=%an <%ae>', result.commit], fx.bare)).toBe(
      'Release Bot <bot@example.test>',
    );
  });

  it('reports nothing-to-commit without committing or pushing', async () => {
    const dir = await fx.cloneShallow(1);
    const git = new Git({ cwd: dir, env: fx.env });
    const head = await fx.git(['rev-parse', 'HEAD'], dir);
    const before = await tip();

    expect(await commitAndPush(git, { branch: 'main', message: MESSAGE, apply: async () => [] })).toEqual({
      status: 'nothing-to-commit',
    });
    // Paths reported but unchanged (the IDs were already there) are nothing to commit either.
    expect(await commitAndPush(git, { branch: 'main', message: MESSAGE, apply: async () => ['posts/a.md'] })).toEqual({
      status: 'nothing-to-commit',
    });
    expect(await fx.git(['rev-parse', 'HEAD'], dir)).toBe(head);
    expect(await tip()).toBe(before);
  });

  it('re-applies on the new tip when someone pushed meanwhile, keeping both commits and never forcing', async () => {
    const dir = await fx.cloneShallow(1);
    const git = new Git({ cwd: dir, env: fx.env });
    const teammate = await fx.otherClone();

    const applied: string[] = [];
    const attempts: Array<[number, string]> = [];
    let teammateCommit = '';
    const result = await commitAndPush(git, {
      branch: 'main',
      message: MESSAGE,
      onAttempt: (n, reason) => attempts.push([n, reason]),
      apply: async () => {
        applied.push(await fx.git(['rev-parse', 'HEAD'], dir));
        if (applied.length === 1) {
          // While the action was talking to Buffer, a teammate edited the same post and pushed.
          await fx.writeFiles(
            { 'posts/a.md': '---\nchannels: [twitter]\n---\nHello, edited by a human\n', 'posts/c.md': 'new\n' },
            teammate,
          );
          teammateCommit = await fx.commitAll('teammate edit', teammate);
          await fx.push(teammate);
        }
        await addBufferId(dir, 'posts/a.md', 'id-1');
        return ['posts/a.md'];
      },
    });

    expect(applied).toHaveLength(2);
    // The second apply ran on the teammate's commit, not on our discarded one.
    expect(applied[1]).toBe(teammateCommit);
    expect(attempts).toHaveLength(1);
    expect(attempts[0]?.[0]).toBe(2);
    expect(attempts[0]?.[1]).toMatch(/main moved on origin/);

    expect(result).toMatchObject({ status: 'pushed', attempts: 2 });
    if (result.status !== 'pushed') return;
    expect(await tip()).toBe(result.commit);
    expect(await fx.git(['rev-parse', `${result.commit}^`], fx.bare)).toBe(teammateCommit);
    const finalText = await fx.git(['show', 'main:posts/a.md'], fx.bare);
    expect(finalText).toContain('Hello, edited by a human');
    expect(finalText).toContain('twitter: {id: id-1}');
    expect(await fx.git(['show', 'main:posts/c.md'], fx.bare)).toBe('new');
    // The work tree follows the pushed commit.
    expect(await fx.git(['rev-parse', 'HEAD'], dir)).toBe(result.commit);
  });

  it('stays one commit deep in a shallow clone when it moves to the new tip (a full clone keeps its history)', async () => {
    const pushMany = async (n: number) => {
      const teammate = await fx.otherClone();
      for (let i = 0; i < n; i++) {
        await fx.writeFiles({ [`notes/n${i}.txt`]: `${i}\n` }, teammate);
        await fx.commitAll(`teammate ${i}`, teammate);
      }
      await fx.push(teammate);
    };
    for (const shallow of [true, false]) {
      const dir = shallow ? await fx.cloneShallow(1) : await fx.otherClone();
      const git = new Git({ cwd: dir, env: fx.env });
      const before = Number(await fx.git(['rev-list', '--count', 'HEAD'], dir));
      let applies = 0;
      const result = await commitAndPush(git, {
        branch: 'main',
        message: MESSAGE,
        apply: async () => {
          if (applies++ === 0) await pushMany(12);
          await addBufferId(dir, 'posts/b.md', `id-${applies}`);
          return ['posts/b.md'];
        },
      });
      expect(result).toMatchObject({ status: 'pushed', attempts: 2 });
      const count = Number(await fx.git(['rev-list', '--count', 'HEAD'], dir));
      // Shallow: the fetched tip and our commit; a fetch without --depth would have brought all 12 teammate commits.
      expect(count).toBe(shallow ? 2 : before + 12 + 1);
      expect(await fx.git(['rev-parse', 'HEAD'], dir)).toBe(await tip());
      expect(await fx.git(['rev-parse', '--is-shallow-repository'], dir)).toBe(String(shallow));
    }
  });

  it("gives up after maxAttempts when the branch keeps moving, losing no one else's commit", async () => {
    const dir = await fx.cloneShallow(1);
    const git = new Git({ cwd: dir, env: fx.env });
    const teammate = await fx.otherClone();
    const theirs: string[] = [];

    const attempt = commitAndPush(git, {
      branch: 'main',
      message: MESSAGE,
      maxAttempts: 3,
      apply: async () => {
        await fx.git(['pull', '--quiet', '--ff-only', 'origin', 'main'], teammate);
        await fx.writeFiles({ [`posts/t${theirs.length}.md`]: 'x\n' }, teammate);
        theirs.push(await fx.commitAll(`teammate ${theirs.length}`, teammate));
        await fx.push(teammate);
        await addBufferId(dir, 'posts/b.md', 'id-9');
        return ['posts/b.md'];
      },
    });
    await expect(attempt).rejects.toBeInstanceOf(WriteBackRetriesExhaustedError);
    expect(theirs).toHaveLength(3);
    expect(await tip()).toBe(theirs[2]);
  });

  it('fails at once with a clear WriteBackRejectedError when a hook or branch protection declines', async () => {
    await installRejectingPreReceiveHook(fx.bare, 'error: GH006: Protected branch update failed for refs/heads/main.');
    const dir = await fx.cloneShallow(1);
    const git = new Git({ cwd: dir, env: fx.env });
    const before = await tip();
    let calls = 0;

    const error = await commitAndPush(git, {
      branch: 'main',
      message: MESSAGE,
      apply: async () => {
        calls++;
        await addBufferId(dir, 'posts/a.md', 'id-1');
        return ['posts/a.md'];
      },
    }).then(
      () => undefined,
      (err: unknown) => err,
    );

    expect(error).toBeInstanceOf(WriteBackRejectedError);
    const rejected = error as WriteBackRejectedError;
    expect(rejected.branch).toBe('main');
    expect(rejected.message).toContain('"main"');
    expect(rejected.message).toContain('GH006');
    expect(rejected.message).toContain('write-back: pull-request');
    expect(calls).toBe(1);
    expect(await tip()).toBe(before);
    // Our commit was taken back off HEAD; the changes stay in the work tree for a fallback.
    expect(await fx.git(['rev-parse', 'HEAD'], dir)).toBe(before);
    expect(await readFile(path.join(dir, 'posts/a.md'), 'utf8')).toContain('twitter: {id: id-1}');
  });

  it('after a protection rejection, the same changes can go out as a pull-request branch', async () => {
    await installRejectingPreReceiveHook(
      fx.bare,
      'GH006: Protected branch update failed for refs/heads/main.',
      'refs/heads/main',
    );
    const dir = await fx.cloneShallow(1);
    const git = new Git({ cwd: dir, env: fx.env });
    const base = await tip();
    const apply = async (): Promise<string[]> => {
      await addBufferId(dir, 'posts/a.md', 'id-1');
      return ['posts/a.md'];
    };

    await expect(commitAndPush(git, { branch: 'main', message: MESSAGE, apply })).rejects.toBeInstanceOf(
      WriteBackRejectedError,
    );
    // The product's apply is idempotent: run again, it finds the IDs already written and reports the path.
    const pr = await openPullRequestBranch(git, { message: MESSAGE, apply: async () => ['posts/a.md'] });
    expect(pr.status).toBe('pushed');
    if (pr.status !== 'pushed') return;
    expect(await fx.git(['rev-parse', `${pr.commit}^`], fx.bare)).toBe(base);
    expect(await fx.git(['show', `${pr.branch}:posts/a.md`], fx.bare)).toContain('twitter: {id: id-1}');
    expect(await tip()).toBe(base);
  });
});

describe('openPullRequestBranch', () => {
  it('pushes the commit to a new buffer-gitops/ids-<sha> branch and leaves the base branch alone', async () => {
    const dir = await fx.cloneShallow(1);
    const git = new Git({ cwd: dir, env: fx.env });
    const base = await tip();

    const result = await openPullRequestBranch(git, {
      message: MESSAGE,
      apply: async () => {
        await addBufferId(dir, 'posts/a.md', 'id-7');
        return ['posts/a.md'];
      },
    });
    expect(result.status).toBe('pushed');
    if (result.status !== 'pushed') return;
    expect(result.branch).toBe(`buffer-gitops/ids-${result.commit.slice(0, 12)}`);
    expect(await fx.git(['rev-parse', `refs/heads/${result.branch}`], fx.bare)).toBe(result.commit);
    expect(await fx.git(['rev-parse', `${result.commit}^`], fx.bare)).toBe(base);
    expect(await tip()).toBe(base);
  });

  it('reports nothing-to-commit and pushes no branch', async () => {
    const git = new Git({ cwd: await fx.cloneShallow(1), env: fx.env });
    expect(await openPullRequestBranch(git, { message: MESSAGE, apply: async () => [] })).toEqual({
      status: 'nothing-to-commit',
    });
    expect(await fx.git(['for-each-ref', '--format=%(refname)'], fx.bare)).toBe('refs/heads/main');
  });
});
