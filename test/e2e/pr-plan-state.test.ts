/**
 * A pull request's plan against the base branch's applied state (issue 16):
 * the bundled action on `pull_request`, after a real apply on push recorded
 * the state of main (refs/notes/buffer-gitops/main on the bare `origin`),
 * against the sandbox and a fake GitHub REST API. The files the pull request
 * did not touch are taken from the state; the plan is the one the action
 * makes without a state, and the log says how many files the state vouched
 * for. With the ref gone, the same pull request plans as before. The plan
 * also shows what the merge's apply would remove: a post the state holds
 * that no file holds any more.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { runCli } from '../cli/run-cli.js';
import { createHarness, type Harness } from './harness.js';

const TOKEN = 'ghs_test_token';
const MUTATIONS = ['createPost', 'editPost', 'deletePost', 'createIdea'];
const REPO = { full_name: 'acme/social', default_branch: 'main' };
const NOTES = 'refs/notes/buffer-gitops/main';
const post = (channel: string, text: string) => `---\nchannel: ${channel}\n---\n${text}\n`;

describe('pull request plans against the applied state', () => {
  let h: Harness;
  let gh: FakeGitHub;
  /** main after the apply's write-back (the state's commit), and the pull request's head. */
  let applied: string;
  let head: string;
  let n = 0;

  beforeAll(async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z' });
    gh = await startFakeGitHub({ tokens: [TOKEN] });
    const { fx } = h;
    const push = await h.pushFiles(
      {
        'posts/a.md': post('twitter', 'First post.'),
        'posts/b.md': post('mastodon', 'Second post.'),
        'posts/c.md': post('bluesky', 'Third post.'),
      },
      'three posts',
    );
    const apply = await h.runPush(push);
    expect(apply.exitCode, apply.stdout).toBe(0);
    expect(apply.stdout).toMatch(/Recorded the applied state of main/);
    await h.pull();
    applied = await h.head();

    // The pull request edits one post.
    await fx.git(['checkout', '--quiet', '-b', 'feature']);
    const edited = (await h.read('posts/b.md')).replace('Second post.', 'Second post, edited.');
    await fx.writeFiles({ 'posts/b.md': edited });
    head = await fx.commitAll('edit b');
    await fx.git(['push', '--quiet', 'origin', 'HEAD:refs/heads/feature', 'HEAD:refs/pull/1/head']);
    await fx.git(['checkout', '--quiet', 'main']);
  });
  afterAll(async () => {
    await gh?.close();
    await h?.close();
  });

  /** A checkout of `sha` as actions/checkout leaves it: one commit deep, or the whole history (`fetch-depth: 0`). */
  async function checkout(sha: string, full = false): Promise<string> {
    const dir = path.join(h.fx.root, `pr-state-${++n}`);
    await h.fx.git(['init', '--quiet', dir], h.fx.root);
    await h.fx.git(['remote', 'add', 'origin', pathToFileURL(h.fx.bare).href], dir);
    await h.fx.git(['fetch', '--quiet', '--no-tags', ...(full ? [] : ['--depth=1']), 'origin', sha], dir);
    await h.fx.git(['checkout', '--quiet', '--detach', sha], dir);
    return dir;
  }

  async function plan(opts: {
    number: number;
    head: string;
    base: string;
    workspace: string;
    sha: string;
    env?: NodeJS.ProcessEnv;
  }): Promise<ActionRun> {
    const before = mutations();
    const run = await runAction({
      workspace: opts.workspace,
      eventName: 'pull_request',
      event: {
        action: 'synchronize',
        number: opts.number,
        pull_request: {
          number: opts.number,
          head: { sha: opts.head, ref: 'feature', repo: REPO },
          base: { sha: opts.base, ref: 'main', repo: REPO },
        },
        repository: REPO,
      },
      ref: `refs/pull/${opts.number}/merge`,
      sha: opts.sha,
      inputs: { 'buffer-api-key': h.sandbox.apiKey, 'api-url': h.sandbox.url, 'github-token': TOKEN },
      env: { ...h.fx.env, GITHUB_API_URL: gh.url, ...opts.env },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    // A plan never changes Buffer.
    expect(mutations()).toBe(before);
    return run;
  }
  const planned = (r: ActionRun) =>
    (JSON.parse(r.outputs.plan ?? '[]') as { action: string; file: string }[]).map((i) => `${i.action} ${i.file}`);
  const mutations = () => MUTATIONS.reduce((sum, f) => sum + (h.sandbox.state().stats.byRootField[f] ?? 0), 0);

  let withState: ActionRun;

  it('trusts the files the pull request did not touch, and plans the same', async () => {
    withState = await plan({ number: 1, head, base: applied, workspace: await checkout(head), sha: head });
    expect(planned(withState)).toEqual(['edit posts/b.md']);
    expect(withState.stdout).toMatch(
      new RegExp(
        `Against the applied state of main at ${applied.slice(0, 7)} \\([^)]*\\): 2 file\\(s\\) unchanged since, 1 to compare, 0 idea file\\(s\\), 0 post\\(s\\) no file holds any more`,
      ),
    );
  });

  it('without a state (the ref deleted on origin), the same pull request plans as before', async () => {
    const noteCommit = await h.fx.git(['rev-parse', NOTES], h.fx.bare);
    await h.fx.git(['update-ref', '-d', NOTES], h.fx.bare);
    try {
      const without = await plan({ number: 1, head, base: applied, workspace: await checkout(head), sha: head });
      expect(without.stdout).toMatch(/No applied state of main to start from \(no applied state recorded yet\)\./);
      expect(without.stdout).not.toMatch(/Against the applied state/);
      expect(planned(without)).toEqual(planned(withState));
      expect(without.outputs.plan).toBe(withState.outputs.plan);
    } finally {
      await h.fx.git(['update-ref', NOTES, noteCommit], h.fx.bare);
    }
  });

  it("shows what the merge's apply removes: a post the state holds that no file holds (GitHub's merge commit, full history)", async () => {
    const { fx } = h;
    // main deletes c.md and no apply runs (failed, or still queued): the state still holds its post.
    const gone = await h.pushFiles({ 'posts/c.md': null }, 'remove c');
    await fx.git(['checkout', '--quiet', '-b', 'feature-2']);
    const edited = (await h.read('posts/a.md')).replace('First post.', 'First post, edited.');
    await fx.writeFiles({ 'posts/a.md': edited });
    const head2 = await fx.commitAll('edit a');
    await fx.git(['push', '--quiet', 'origin', 'HEAD:refs/pull/2/head']);
    // GitHub's merge commit: the base tip first, the head second.
    await fx.git(['checkout', '--quiet', '--detach', gone.after]);
    await fx.git(['merge', '--quiet', '--no-ff', '-m', 'Merge pull request #2', head2]);
    const merge = await fx.git(['rev-parse', 'HEAD']);
    await fx.git(['push', '--quiet', 'origin', 'HEAD:refs/pull/2/merge']);
    await fx.git(['checkout', '--quiet', 'main']);

    const run = await plan({
      number: 2,
      head: head2,
      base: gone.after,
      workspace: await checkout(merge, true),
      sha: merge,
    });
    expect(planned(run).sort()).toEqual(['delete posts/c.md', 'edit posts/a.md']);
    expect(run.stdout).toMatch(
      /: 1 file\(s\) unchanged since, 1 to compare, 0 idea file\(s\), 1 post\(s\) no file holds any more/,
    );
  });

  it("a head checkout: no removal of a file main restored after the branch started (the merge base is not main's tip)", async () => {
    const { fx } = h;
    // main deleted c.md without an apply (the test above); a branch starts there and edits b.md.
    const gone = await fx.git(['rev-parse', 'main']);
    await fx.git(['checkout', '--quiet', '-b', 'feature-3', gone]);
    const b = await h.read('posts/b.md');
    await fx.writeFiles({ 'posts/b.md': b.replace('Second post.', 'Second post, once more.') });
    const head3 = await fx.commitAll('edit b again');
    await fx.git(['push', '--quiet', 'origin', 'HEAD:refs/pull/3/head']);
    await fx.git(['checkout', '--quiet', 'main']);
    // main then restores c.md with its `buffer:` block: the merge keeps it, and its post.
    const restored = await h.pushFiles({ 'posts/c.md': await fx.git(['show', `${applied}:posts/c.md`]) }, 'restore c');
    expect(await h.read('posts/c.md')).toMatch(/buffer:/);

    const run = await plan({
      number: 3,
      head: head3,
      base: restored.after,
      workspace: await checkout(head3, true),
      sha: head3,
    });
    expect(planned(run)).toEqual(['edit posts/b.md']);
    expect(run.stdout).not.toMatch(/delete\s+posts\/c\.md/);
    expect(run.stdout).toMatch(
      new RegExp(
        `posts only the state holds are not shown \\(this plan's base ${gone.slice(0, 7)} is the merge base, not main's tip`,
      ),
    );
  });

  it('a deeper shallow head checkout keeps its history, and needs no deepen when the merge base is in it', async () => {
    const { fx } = h;
    // Four commits on a branch from main's tip: a --depth=5 checkout of the head holds the merge base (the tip).
    const tip = await fx.git(['rev-parse', 'main']);
    await fx.git(['checkout', '--quiet', '-b', 'feature-4', tip]);
    let head4 = '';
    for (const n of [1, 2, 3, 4]) {
      const a = await h.read('posts/a.md');
      await fx.writeFiles({ 'posts/a.md': a.replace(/First post[^\n]*/, `First post, take ${n}.`) });
      head4 = await fx.commitAll(`edit a, take ${n}`);
    }
    await fx.git(['push', '--quiet', 'origin', 'HEAD:refs/pull/4/head']);
    await fx.git(['checkout', '--quiet', 'main']);
    const dir = path.join(fx.root, 'pr-state-depth-5');
    await fx.git(['init', '--quiet', dir], fx.root);
    await fx.git(['remote', 'add', 'origin', pathToFileURL(fx.bare).href], dir);
    await fx.git(['fetch', '--quiet', '--no-tags', '--depth=5', 'origin', head4], dir);
    await fx.git(['checkout', '--quiet', '--detach', head4], dir);
    expect(await fx.git(['rev-list', '--count', 'HEAD'], dir)).toBe('5');

    const trace = path.join(fx.root, 'depth-5-trace.txt');
    const run = await plan({
      number: 4,
      head: head4,
      base: tip,
      workspace: dir,
      sha: head4,
      env: { GIT_TRACE: trace },
    });
    expect(planned(run)).toEqual(['edit posts/a.md']);
    expect(await fx.git(['rev-list', '--count', 'HEAD'], dir)).toBe('5');
    const fetches = (await readFile(trace, 'utf8')).split('\n').filter((l) => /built-in: git fetch /.test(l));
    // One fetch, of the notes only: the head and the base are here already.
    expect(fetches).toHaveLength(1);
    expect(fetches[0]).not.toMatch(/deepen|[0-9a-f]{40}/);
    expect(fetches[0]).toMatch(/refs\/notes\/buffer-gitops\/main/);
  });
});

describe('buffer-gitops plan --base against the clone’s own copy of the applied state', () => {
  let h: Harness;
  let clone: string;

  beforeAll(async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z' });
    const apply = await h.runPush(
      await h.pushFiles(
        {
          'posts/a.md': post('twitter', 'First post.'),
          'posts/b.md': post('mastodon', 'Second post.'),
          'posts/c.md': post('bluesky', 'Third post.'),
        },
        'three posts',
      ),
    );
    expect(apply.exitCode, apply.stdout).toBe(0);
    // A teammate's clone (it knows origin's default branch) on a branch that edits b.md.
    clone = await h.fx.otherClone();
    await h.fx.git(['checkout', '--quiet', '-b', 'feature'], clone);
    const edited = (await h.read('posts/b.md', clone)).replace('Second post.', 'Second post, edited.');
    await h.fx.writeFiles({ 'posts/b.md': edited }, clone);
    await h.fx.commitAll('edit b', clone);
  });
  afterAll(async () => {
    await h?.close();
  });

  const cli = (args: string[]) =>
    runCli(args, {
      cwd: clone,
      gitEnv: h.fx.env,
      env: { BUFFER_API_KEY: h.sandbox.apiKey, BUFFER_API_URL: h.sandbox.url },
    });

  it('without a local copy: the plan as before, no word about a state, no fetch', async () => {
    const run = await cli(['plan', '--base', 'origin/main']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^edit\s+posts\/b\.md:2 → mastodon/m);
    expect(run.stdout).toMatch(/^Plan: 0 to create, 1 to edit, 0 to delete, 0 errors$/m);
    expect(run.stdout + run.stderr).not.toMatch(/applied state/);
    await expect(h.fx.git(['rev-parse', '--verify', '--quiet', NOTES], clone)).rejects.toThrow();
  });

  it('with the notes fetched: trusts the untouched files, and reads a file edited in the work tree', async () => {
    await h.fx.git(['fetch', '--quiet', 'origin', `+${NOTES}:${NOTES}`], clone);
    const clean = await cli(['plan', '--base', 'origin/main']);
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.stdout + clean.stderr).toMatch(
      /Against the applied state of main at [0-9a-f]{7} \([^)]*\): 2 file\(s\) unchanged since, 1 to compare/,
    );
    expect(clean.stdout).toMatch(/^Plan: 0 to create, 1 to edit, 0 to delete, 0 errors$/m);

    // Not committed: a.md's `buffer:` block removed in the work tree. The blob at HEAD would vouch for it; the file is read.
    const a = await h.read('posts/a.md', clone);
    await h.fx.writeFiles({ 'posts/a.md': a.replace(/^buffer:\n(?: .*\n)+/m, '') }, clone);
    expect(await h.read('posts/a.md', clone)).not.toMatch(/buffer:/);
    const dirty = await cli(['plan', '--base', 'origin/main']);
    expect(dirty.stdout + dirty.stderr).toMatch(/: 1 file\(s\) unchanged since, 2 to compare/);
    expect(dirty.stdout).toMatch(/^create\s+posts\/a\.md:2 → twitter/m);
    await h.fx.writeFiles({ 'posts/a.md': a }, clone);
  });

  it('with a stale copy: shows no removal the remote already made, and still trusts unchanged files', async () => {
    // The notes were fetched once (above). Later main deletes c.md and an apply deletes its post and records a new state.
    await h.pull();
    const apply = await h.runPush(await h.pushFiles({ 'posts/c.md': null }, 'remove c'));
    expect(apply.exitCode, apply.stdout).toBe(0);
    expect(apply.stdout).toMatch(/delete\s+posts\/c\.md → bluesky/);
    await h.fx.git(['fetch', '--quiet', 'origin'], clone);
    await h.fx.git(['checkout', '--quiet', '-b', 'feature-2', 'origin/main'], clone);
    const b = await h.read('posts/b.md', clone);
    await h.fx.writeFiles({ 'posts/b.md': b.replace(/Second post[^\n]*/, 'Second post, again.') }, clone);
    await h.fx.commitAll('edit b again', clone);

    // Offline: the sandbox is not asked whether the post is gone, so only the plan's own decision shows.
    const run = await runCli(['plan', '--base', 'origin/main'], {
      cwd: clone,
      gitEnv: h.fx.env,
      env: { BUFFER_API_URL: h.sandbox.url },
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toMatch(/posts\/c\.md/);
    expect(run.stdout).toMatch(/^Plan: 0 to create, 1 to edit, 0 to delete, 0 errors$/m);
    expect(run.stdout + run.stderr).toMatch(
      /Against the applied state of main at [0-9a-f]{7} \([^)]*\): 1 file\(s\) unchanged since, 1 to compare, 0 idea file\(s\); posts only the state holds are not shown \(this clone's copy of the notes may be older than main's/,
    );
  });
});
