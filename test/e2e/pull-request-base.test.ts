/**
 * Plans show what the merge will do (issue 10): the bundled action on pull
 * requests whose base moved on after the branch started, checked out three
 * ways (the PR head, the base for `pull_request_target`, a merge queue's
 * commit), against the sandbox, a real bare `origin` and a fake GitHub REST
 * API. Only the pull request's own change is planned: the base's newer edit
 * of a published post never shows up as an edit the pull request would undo.
 * Also: a closed pull request gets a notice and no comment request, and a
 * human's comment that starts with the marker is never overwritten.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_COMMENT_MARKER } from '../../src/report/plan-comment.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { createHarness, type Harness } from './harness.js';

const TOKEN = 'ghs_test_token';
const MUTATIONS = ['createPost', 'editPost', 'deletePost', 'createIdea'];
const REPO = { full_name: 'acme/social', default_branch: 'main' };
const PUBLISHED = '---\nchannel: mastodon\n---\nPublished long ago.\n';

describe('pull requests after the base moved', () => {
  let h: Harness;
  let gh: FakeGitHub;
  /** The base tip after main moved on, the PR head, GitHub's merge commit, the merge queue's commit. */
  let baseTip: string;
  let head: string;
  let queue: string;
  let n = 0;

  beforeAll(async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z' });
    gh = await startFakeGitHub({ tokens: [TOKEN] });
    const { fx } = h;
    // A published post on main, its ID written back.
    const published = await h.runPush(await h.pushFiles({ 'posts/published.md': PUBLISHED }, 'publish'));
    expect(published.exitCode, published.stdout).toBe(0);
    await h.pull();

    // The pull request adds one post.
    await fx.git(['checkout', '--quiet', '-b', 'feature']);
    await fx.writeFiles({ 'posts/new.md': '---\nchannel: twitter\n---\nThe pull request adds this.\n' });
    head = await fx.commitAll('add a post');
    await fx.git(['push', '--quiet', 'origin', 'HEAD:refs/heads/feature', 'HEAD:refs/pull/1/head']);

    // Meanwhile main edits the published post; the branch lacks this commit, so base-tip..head would show it undone.
    await fx.git(['checkout', '--quiet', 'main']);
    const edited = (await h.read('posts/published.md')).replace('Published long ago.', 'Edited on main since.');
    await fx.writeFiles({ 'posts/published.md': edited });
    baseTip = await fx.commitAll('edit on main');
    await fx.push();

    // The merge queue's commit: the head merged into the moved base.
    await fx.git(['checkout', '--quiet', '--detach', baseTip]);
    await fx.git(['merge', '--quiet', '--no-ff', '-m', 'Merge pull request #1', head]);
    queue = await fx.git(['rev-parse', 'HEAD']);
    await fx.git(['push', '--quiet', 'origin', `HEAD:refs/heads/gh-readonly-queue/main/pr-1-${head}`]);
    await fx.git(['checkout', '--quiet', 'main']);
  });
  afterAll(async () => {
    await gh?.close();
    await h?.close();
  });

  /** A depth-1 detached checkout of `sha`, as actions/checkout leaves it. */
  async function checkout(sha: string): Promise<string> {
    const dir = path.join(h.fx.root, `pr-base-${++n}`);
    await h.fx.git(['init', '--quiet', dir], h.fx.root);
    await h.fx.git(['remote', 'add', 'origin', pathToFileURL(h.fx.bare).href], dir);
    await h.fx.git(['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', sha], dir);
    await h.fx.git(['checkout', '--quiet', '--detach', sha], dir);
    return dir;
  }

  const prPayload = (number: number, extra: Record<string, unknown> = {}, baseSha = baseTip) => ({
    action: 'synchronize',
    number,
    pull_request: {
      number,
      head: { sha: head, ref: 'feature', repo: { full_name: 'acme/social' } },
      base: { sha: baseSha, ref: 'main', repo: { full_name: 'acme/social' } },
    },
    repository: REPO,
    ...extra,
  });

  async function run(opts: {
    eventName: string;
    event: Record<string, unknown>;
    ref: string;
    workspace: string;
    sha: string;
  }): Promise<ActionRun> {
    return runAction({
      ...opts,
      inputs: { 'buffer-api-key': h.sandbox.apiKey, 'api-url': h.sandbox.url, 'github-token': TOKEN },
      env: { ...h.fx.env, GITHUB_API_URL: gh.url },
    });
  }

  const planned = (r: ActionRun) =>
    (JSON.parse(r.outputs.plan ?? '[]') as { action: string; file: string }[]).map((i) => `${i.action} ${i.file}`);
  const mutations = () => MUTATIONS.reduce((sum, f) => sum + (h.sandbox.state().stats.byRootField[f] ?? 0), 0);

  it('the PR head checked out (`ref: head.sha`): only the new post, no phantom edit of the post main changed', async () => {
    const before = mutations();
    const workspace = await checkout(head);
    const result = await run({
      eventName: 'pull_request',
      event: prPayload(1),
      ref: 'refs/pull/1/merge',
      workspace,
      sha: head,
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(planned(result)).toEqual(['create posts/new.md']);
    expect(result.stdout).not.toMatch(/posts\/published\.md/);
    expect(mutations()).toBe(before);
    const comment = gh.comments(1).find((c) => c.body.startsWith(PLAN_COMMENT_MARKER));
    expect(comment?.body).toContain('**1 to create, 0 to edit, 0 to delete, 0 errors**');
  });

  it("pull_request_target (the checkout is the base): the PR's own change, read as data; the checkout untouched; no mutation", async () => {
    const before = mutations();
    const workspace = await checkout(baseTip);
    const result = await run({
      eventName: 'pull_request_target',
      event: prPayload(2),
      ref: 'refs/heads/main',
      workspace,
      sha: baseTip,
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(planned(result)).toEqual(['create posts/new.md']);
    expect(result.stdout).toMatch(/as data, not checked out/);
    expect(result.stdout).not.toMatch(/Offline plan/); // same repository: Buffer is read, never changed
    expect(mutations()).toBe(before);
    expect(await h.fx.git(['rev-parse', 'HEAD'], workspace)).toBe(baseTip);
    expect(await h.fx.git(['status', '--porcelain', '--ignored'], workspace)).toBe('');
    expect(gh.comments(2).find((c) => c.body.startsWith(PLAN_COMMENT_MARKER))?.body).toContain(
      '**1 to create, 0 to edit, 0 to delete, 0 errors**',
    );
  });

  it('merge_group: plans the queue commit against its base, without a comment', async () => {
    const before = mutations();
    const requestsBefore = gh.requests.length;
    const headRef = `refs/heads/gh-readonly-queue/main/pr-1-${head}`;
    const result = await run({
      eventName: 'merge_group',
      event: {
        action: 'checks_requested',
        merge_group: { head_sha: queue, head_ref: headRef, base_sha: baseTip, base_ref: 'refs/heads/main' },
        repository: REPO,
      },
      ref: headRef,
      workspace: await checkout(queue),
      sha: queue,
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(planned(result)).toEqual(['create posts/new.md']);
    expect(gh.requests.length).toBe(requestsBefore);
    expect(mutations()).toBe(before);
  });

  it('a merge base that cannot be found is said in the comment', async () => {
    // A base with no history in common with the pull request.
    const { fx } = h;
    await fx.git(['checkout', '--quiet', '--orphan', 'unrelated']);
    await fx.git(['rm', '--quiet', '-r', '--cached', '.']);
    const orphan = await fx.commitAll('unrelated history');
    await fx.git(['push', '--quiet', 'origin', 'HEAD:refs/heads/unrelated']);
    await fx.git(['checkout', '--quiet', '--force', 'main']);
    const result = await run({
      eventName: 'pull_request',
      event: prPayload(3, {}, orphan),
      ref: 'refs/pull/3/merge',
      workspace: await checkout(head),
      sha: head,
    });
    const body = gh.comments(3).find((c) => c.body.startsWith(PLAN_COMMENT_MARKER))?.body ?? '';
    expect(body, result.stdout).toMatch(
      /The merge base of `main` and this pull request could not be found \(the two commits share no history\)/,
    );
  });

  it('a closed pull request: one notice, no comment request, no Buffer request', async () => {
    const githubBefore = gh.requests.length;
    const bufferBefore = h.sandbox.state().stats.requests;
    const result = await run({
      eventName: 'pull_request',
      event: prPayload(1, { action: 'closed' }),
      ref: 'refs/pull/1/merge',
      workspace: await checkout(head),
      sha: head,
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.annotations.filter((a) => a.level === 'notice').map((a) => a.message)).toEqual([
      'Nothing to do: pull request #1 is closed; its plan comment is left as it was.',
    ]);
    expect(gh.requests.length).toBe(githubBefore);
    expect(h.sandbox.state().stats.requests).toBe(bufferBefore);
  });

  it("a human's comment that starts with the marker is never overwritten, even before the action has commented", async () => {
    const human = gh.seed(4, `${PLAN_COMMENT_MARKER}\nI pasted an old plan here.`, { login: 'octocat', type: 'User' });
    const workspace = await checkout(head);
    for (let i = 0; i < 2; i++) {
      const result = await run({
        eventName: 'pull_request',
        event: prPayload(4),
        ref: 'refs/pull/4/merge',
        workspace,
        sha: head,
      });
      expect(result.exitCode, result.stdout).toBe(0);
    }
    expect(human.history).toEqual([`${PLAN_COMMENT_MARKER}\nI pasted an old plan here.`]);
    const ours = gh.comments(4).filter((c) => c.user.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1); // created once, then found again
    expect(gh.requests.filter((r) => r.method === 'PATCH' && r.path.endsWith(`/comments/${human.id}`))).toEqual([]);
  });
});
