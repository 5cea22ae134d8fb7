/**
 * The desired state is the branch tip (src/git/branch-tip.ts): a queued run
 * moves to the tip of its branch from actions/checkout's depth-1 clone, the
 * repository stays shallow, and whether the event's commit is on the tip is
 * proven (true or false) from fetched history, or the fetch failure is a
 * reason with HEAD left alone.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { moveToBranchTip } from '../../src/git/branch-tip.js';
import { Git } from '../../src/git/git.js';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';

let fx: GitFixture;
let first: string;

beforeEach(async () => {
  fx = await createGitFixture();
  await fx.writeFiles({ 'posts/a.md': 'v1\n' });
  first = await fx.commitAll('first');
  await fx.push();
});
afterEach(async () => {
  await fx.cleanup();
});

/** `n` commits on the work clone's branch (not pushed), written by one fast-import, so a shallow clone has history it did not fetch. */
async function addHistory(n: number): Promise<void> {
  const parent = await fx.git(['rev-parse', 'HEAD']);
  const data = (text: string): string => `data ${Buffer.byteLength(text)}\n${text}\n`;
  let stream = '';
  for (let i = 0; i < n; i++) {
    stream += `commit refs/heads/${fx.branch}\ncommitter Test <t@example.test> ${1_700_000_000 + i} +0000\n${data(`history ${i}`)}`;
    if (i === 0) stream += `from ${parent}\n`;
    stream += `M 100644 inline history.txt\n${data(`${i}`)}`;
  }
  const git = new Git({ cwd: fx.work, env: fx.env });
  await git.exec(['fast-import', '--quiet'], { input: stream });
  await fx.git(['reset', '--hard', '--quiet', 'HEAD']);
}

const head = (dir: string): Promise<string> => fx.git(['rev-parse', 'HEAD'], dir);

/** The fetches a Git runs from now on. */
function countFetches(git: Git): string[][] {
  const fetches: string[][] = [];
  const exec = git.exec.bind(git);
  git.exec = (args, opts) => {
    if (args[0] === 'fetch') fetches.push(args);
    return exec(args, opts);
  };
  return fetches;
}
const shallow = (dir: string): Promise<string> => fx.git(['rev-parse', '--is-shallow-repository'], dir);

describe('moveToBranchTip', () => {
  it('moves a queued run from its depth-1 checkout to the tip two commits ahead, keeping the branch and the clone shallow', async () => {
    await addHistory(30);
    const event = await fx.git(['rev-parse', 'HEAD']);
    await fx.push();
    const dir = await fx.cloneShallow(1);
    await fx.writeFiles({ 'posts/a.md': 'v2\n' });
    await fx.commitAll('second');
    await fx.writeFiles({ 'posts/a.md': 'v3\n', 'posts/b.md': 'b\n' });
    const tip = await fx.commitAll('third');
    await fx.push();

    const git = new Git({ cwd: dir, env: fx.env });
    const result = await moveToBranchTip(git, { branch: 'main', eventCommit: event });

    expect(result).toEqual({ ok: true, tip, moved: true, eventCommitOnTip: true });
    expect(await head(dir)).toBe(tip);
    expect(await readFile(path.join(dir, 'posts/a.md'), 'utf8')).toBe('v3\n');
    expect(await readFile(path.join(dir, 'posts/b.md'), 'utf8')).toBe('b\n');
    expect(await fx.git(['symbolic-ref', '--short', 'HEAD'], dir)).toBe('main');
    expect(await shallow(dir)).toBe('true');
    // A few commits below the tip were fetched, not the 33 of the whole history.
    expect(Number(await fx.git(['rev-list', '--count', 'HEAD'], dir))).toBeLessThanOrEqual(13);
  });

  it('on a detached HEAD at the tip already: nothing moves, the event commit is the tip', async () => {
    const dir = await fx.cloneShallow(1, { detach: true });
    const git = new Git({ cwd: dir, env: fx.env });
    const result = await moveToBranchTip(git, { branch: 'refs/heads/main', eventCommit: first });
    expect(result).toEqual({ ok: true, tip: first, moved: false, eventCommitOnTip: true });
    expect(await fx.git(['symbolic-ref', '--quiet', 'HEAD'], dir).catch(() => 'detached')).toBe('detached');
  });

  it('after a force push that dropped the event commit: reaches the new tip and proves the event commit is not on it', async () => {
    await fx.writeFiles({ 'posts/a.md': 'dropped\n' });
    const dropped = await fx.commitAll('will be dropped');
    await fx.push();
    const dir = await fx.cloneShallow(1);
    expect(await head(dir)).toBe(dropped);

    await fx.git(['reset', '--hard', '--quiet', first]);
    await fx.writeFiles({ 'posts/a.md': 'rewritten\n' });
    const tip = await fx.commitAll('rewritten');
    await fx.git(['push', '--quiet', '--force', 'origin', 'HEAD:refs/heads/main']);

    const git = new Git({ cwd: dir, env: fx.env });
    const result = await moveToBranchTip(git, { branch: 'main', eventCommit: dropped });
    expect(result).toEqual({ ok: true, tip, moved: true, eventCommitOnTip: false });
    expect(await head(dir)).toBe(tip);
    expect(await readFile(path.join(dir, 'posts/a.md'), 'utf8')).toBe('rewritten\n');
    expect(await shallow(dir)).toBe('true');
  });

  it('proves "not on the tip" from the history a deeper checkout holds, without fetching the tip\'s whole history', async () => {
    await addHistory(70);
    const base = await fx.git(['rev-parse', 'HEAD']);
    await fx.push();
    for (let i = 0; i < 3; i++) {
      await fx.writeFiles({ 'posts/a.md': `dropped ${i}\n` });
      await fx.commitAll(`dropped ${i}`);
    }
    const dropped = await fx.git(['rev-parse', 'HEAD']);
    await fx.push();
    // actions/checkout with fetch-depth: 30; the force push dropped more than it added.
    const dir = await fx.cloneShallow(30);

    await fx.git(['reset', '--hard', '--quiet', base]);
    await fx.writeFiles({ 'posts/a.md': 'instead\n' });
    const tip = await fx.commitAll('instead');
    await fx.git(['push', '--quiet', '--force', 'origin', 'HEAD:refs/heads/main']);

    const git = new Git({ cwd: dir, env: fx.env });
    const result = await moveToBranchTip(git, { branch: 'main', eventCommit: dropped });
    expect(result).toEqual({ ok: true, tip, moved: true, eventCommitOnTip: false });
    expect(await shallow(dir)).toBe('true');
    // One step of history below the tip, not the 72 commits of its whole history.
    expect(Number(await fx.git(['rev-list', '--count', 'HEAD'], dir))).toBeLessThanOrEqual(12);
  });

  it('says "unknown" with the reason, never a guess, when the bounded history does not decide', async () => {
    await addHistory(20);
    const base = await fx.git(['rev-parse', 'HEAD']);
    for (let i = 0; i < 3; i++) {
      await fx.writeFiles({ 'posts/a.md': `dropped ${i}\n` });
      await fx.commitAll(`dropped ${i}`);
    }
    const dropped = await fx.git(['rev-parse', 'HEAD']);
    await fx.push();
    const dir = await fx.cloneShallow(1);
    await fx.git(['reset', '--hard', '--quiet', base]);
    const tip = await fx.commitAll('instead');
    await fx.git(['push', '--quiet', '--force', 'origin', 'HEAD:refs/heads/main']);

    const git = new Git({ cwd: dir, env: fx.env });
    const result = await moveToBranchTip(git, { branch: 'main', eventCommit: dropped, deepenSteps: [2] });
    expect(result).toEqual({
      ok: true,
      tip,
      moved: true,
      eventCommitOnTip: undefined,
      reason: `the event's commit ${dropped.slice(0, 7)} is not within 2 commits below the tip ${tip.slice(0, 7)}, and no more history was fetched`,
    });
    expect(await head(dir)).toBe(tip);
  });

  it('never moves another checked-out branch: HEAD is detached at the tip instead', async () => {
    const dir = await fx.otherClone();
    await fx.git(['checkout', '--quiet', '-b', 'feature'], dir);
    await fx.writeFiles({ 'posts/a.md': 'v2\n' });
    const tip = await fx.commitAll('second');
    await fx.push();
    const git = new Git({ cwd: dir, env: fx.env });
    expect(await moveToBranchTip(git, { branch: 'main', eventCommit: first })).toEqual({
      ok: true,
      tip,
      moved: true,
      eventCommitOnTip: true,
    });
    expect(await head(dir)).toBe(tip);
    expect(await fx.git(['rev-parse', 'refs/heads/feature'], dir)).toBe(first);
    expect(await fx.git(['symbolic-ref', '--quiet', 'HEAD'], dir).catch(() => 'detached')).toBe('detached');
  });

  it('a commit that exists nowhere is not on the tip', async () => {
    const dir = await fx.cloneShallow(1);
    const git = new Git({ cwd: dir, env: fx.env });
    const result = await moveToBranchTip(git, { branch: 'main', eventCommit: 'ab'.repeat(20) });
    expect(result).toEqual({ ok: true, tip: first, moved: false, eventCommitOnTip: false });
  });

  it('says why when the event names no usable commit', async () => {
    const dir = await fx.cloneShallow(1);
    const git = new Git({ cwd: dir, env: fx.env });
    expect(await moveToBranchTip(git, { branch: 'main' })).toEqual({
      ok: true,
      tip: first,
      moved: false,
      eventCommitOnTip: undefined,
      reason: 'the event names no commit',
    });
    expect(await moveToBranchTip(git, { branch: 'main', eventCommit: 'HEAD~1' })).toEqual({
      ok: true,
      tip: first,
      moved: false,
      eventCommitOnTip: undefined,
      reason: 'the event\'s commit "HEAD~1" is not a commit name',
    });
  });

  it('works in a full clone, which stays full', async () => {
    await fx.writeFiles({ 'posts/a.md': 'v2\n' });
    const tip = await fx.commitAll('second');
    await fx.push();
    const dir = await fx.otherClone();
    await fx.git(['reset', '--hard', '--quiet', first], dir);
    const git = new Git({ cwd: dir, env: fx.env });
    expect(await moveToBranchTip(git, { branch: 'main', eventCommit: first })).toEqual({
      ok: true,
      tip,
      moved: true,
      eventCommitOnTip: true,
    });
    expect(await shallow(dir)).toBe('false');
  });

  it('a missing remote branch is a reason, and HEAD and the work tree stay as they were', async () => {
    const dir = await fx.cloneShallow(1);
    await fx.writeFiles({ 'posts/a.md': 'local edit\n' }, dir);
    const git = new Git({ cwd: dir, env: fx.env });
    const result = await moveToBranchTip(git, { branch: 'release', eventCommit: first });
    expect(result.ok).toBe(false);
    expect(result.moved).toBe(false);
    expect(result.eventCommitOnTip).toBeUndefined();
    expect(result.reason).toMatch(
      /^could not fetch branch "release" from origin: fatal: couldn't find remote ref refs\/heads\/release$/,
    );
    expect(await head(dir)).toBe(first);
    expect(await readFile(path.join(dir, 'posts/a.md'), 'utf8')).toBe('local edit\n');
  });

  it('fetches a missing previous commit and the notes ref in the same git fetch as the tip (one fetch, one commit deep each)', async () => {
    await fx.writeFiles({ 'posts/a.md': 'v2\n' });
    const second = await fx.commitAll('second');
    await fx.writeFiles({ 'posts/a.md': 'v3\n' });
    const tip = await fx.commitAll('third');
    await fx.push();
    const notes = 'refs/notes/buffer-gitops/main';
    await fx.git(['notes', `--ref=${notes}`, 'add', '-m', 'state', tip]);
    await fx.git(['push', '--quiet', 'origin', notes]);
    const noteCommit = await fx.git(['rev-parse', notes]);
    const dir = await fx.cloneShallow(1);
    const git = new Git({ cwd: dir, env: fx.env });
    expect(await git.commitExists(first)).toBe(false);
    const fetches = countFetches(git);

    const alongside = [first, `+${notes}:${notes}`];
    const result = await moveToBranchTip(git, { branch: 'main', eventCommit: tip, alongside });

    expect(result).toEqual({ ok: true, tip, moved: false, eventCommitOnTip: true, alongsideFetched: alongside });
    expect(fetches).toHaveLength(1);
    expect(await fx.git(['rev-parse', notes], dir)).toBe(noteCommit);
    expect(await git.commitExists(first)).toBe(true);
    // Each commit came one deep: the clone stays shallow, the middle commit was not fetched.
    expect(await shallow(dir)).toBe('true');
    expect(await git.commitExists(second)).toBe(false);
  });

  it('without a notes ref on the remote (no state yet): tried again without it, the previous commit still comes with the tip', async () => {
    const dir = await fx.cloneShallow(1);
    await fx.writeFiles({ 'posts/a.md': 'v2\n' });
    const second = await fx.commitAll('second');
    await fx.writeFiles({ 'posts/a.md': 'v3\n' });
    const tip = await fx.commitAll('third');
    await fx.push();
    const git = new Git({ cwd: dir, env: fx.env });
    const fetches = countFetches(git);
    const notes = 'refs/notes/buffer-gitops/main';
    const result = await moveToBranchTip(git, {
      branch: 'main',
      eventCommit: first,
      alongside: [second, `+${notes}:${notes}`],
    });
    expect(result).toEqual({ ok: true, tip, moved: true, eventCommitOnTip: true, alongsideFetched: [second] });
    // Then one more, deepening the history to place the event's commit.
    expect(fetches.map((args) => args.slice(4).join(' '))).toEqual([
      `origin refs/heads/main ${second} +${notes}:${notes}`,
      `origin refs/heads/main ${second}`,
      `origin ${tip}`,
    ]);
    expect(await head(dir)).toBe(tip);
    expect(await git.commitExists(second)).toBe(true);
    await expect(fx.git(['rev-parse', '--verify', '--quiet', notes], dir)).rejects.toThrow();
  });

  it('when nothing fetched along can be fetched, fetches the tip alone; a missing branch fails with the same reason as without them', async () => {
    const dir = await fx.cloneShallow(1);
    const git = new Git({ cwd: dir, env: fx.env });
    const gone = 'ab'.repeat(20);
    expect(await moveToBranchTip(git, { branch: 'main', eventCommit: first, alongside: [gone] })).toEqual({
      ok: true,
      tip: first,
      moved: false,
      eventCommitOnTip: true,
      alongsideFetched: [],
    });
    const result = await moveToBranchTip(git, { branch: 'release', eventCommit: first, alongside: [first] });
    expect(result.reason).toMatch(
      /^could not fetch branch "release" from origin: fatal: couldn't find remote ref refs\/heads\/release$/,
    );
  });

  it('refuses a branch name git would not accept, before running any fetch', async () => {
    const dir = await fx.cloneShallow(1);
    const git = new Git({ cwd: dir, env: fx.env });
    expect(await moveToBranchTip(git, { branch: 'bad..name' })).toEqual({
      ok: false,
      moved: false,
      eventCommitOnTip: undefined,
      reason: '"bad..name" is not a valid branch name',
    });
  });
});
