/**
 * Only the branch the team publishes from changes Buffer (issue 10): the
 * bundled action on tag pushes, pushes to other branches, branch and tag
 * deletions and a dispatch on a feature branch, against the Buffer sandbox
 * and a real bare `origin`. Each run sends no mutation, pushes nothing,
 * exits 0 and says why in one notice. Pull requests whose head repository is
 * null (a deleted fork) send not one request with the key.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { createHarness, ZERO_SHA, type Harness } from './harness.js';

const MUTATIONS = ['createPost', 'editPost', 'deletePost', 'createIdea'];
const REPO = { full_name: 'acme/social', default_branch: 'main' };

describe('events that must not publish', () => {
  let h: Harness;
  let main: string;
  let feature: string;

  beforeAll(async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z' });
    // main holds a post no run has published yet: any apply or sync here would create it.
    await h.pushFiles({ 'posts/waiting.md': '---\nchannel: mastodon\n---\nWaiting on main.\n' }, 'a post on main');
    main = await h.head();
    const { fx } = h;
    await fx.git(['tag', 'v1', main]);
    await fx.git(['push', '--quiet', 'origin', 'refs/tags/v1']);
    await fx.git(['checkout', '--quiet', '-b', 'feature']);
    await fx.writeFiles({
      'posts/unmerged.md': '---\nchannel: twitter\n---\nNot merged yet.\n',
      'posts/waiting.md': '---\nchannel: mastodon\n---\nEdited on a branch.\n',
    });
    feature = await fx.commitAll('work in progress');
    await fx.git(['push', '--quiet', 'origin', 'HEAD:refs/heads/feature']);
    await fx.git(['checkout', '--quiet', 'main']);
  });
  afterAll(async () => h?.close());

  /** A depth-1 checkout of `sha`, detached, as actions/checkout leaves a tag or branch. */
  async function checkout(sha: string): Promise<string> {
    const dir = path.join(h.fx.root, `checkout-${sha.slice(0, 7)}-${Math.random().toString(36).slice(2, 8)}`);
    await h.fx.git(['init', '--quiet', dir], h.fx.root);
    await h.fx.git(['remote', 'add', 'origin', pathToFileURL(h.fx.bare).href], dir);
    await h.fx.git(['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', sha], dir);
    await h.fx.git(['checkout', '--quiet', '--detach', sha], dir);
    return dir;
  }

  /** Runs the action and checks what every case here must hold; returns the run and the requests it sent. */
  async function runSafely(opts: {
    eventName: string;
    event: Record<string, unknown>;
    ref: string;
    sha: string;
    workspace?: string;
    inputs?: Record<string, string>;
  }): Promise<{ run: ActionRun; requests: number }> {
    const refsBefore = await h.fx.git(['for-each-ref', '--format=%(refname) %(objectname)'], h.fx.bare);
    const statsBefore = h.sandbox.state().stats;
    const run = await runAction({
      workspace: opts.workspace ?? (await checkout(opts.sha === ZERO_SHA ? main : opts.sha)),
      eventName: opts.eventName,
      event: opts.event,
      ref: opts.ref,
      sha: opts.sha,
      inputs: {
        'buffer-api-key': h.sandbox.apiKey,
        'api-url': h.sandbox.url,
        'github-token': 'ghs_test_token',
        ...opts.inputs,
      },
      env: { ...h.fx.env, GITHUB_API_URL: 'http://127.0.0.1:9' },
    });
    const statsAfter = h.sandbox.state().stats;
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    for (const field of MUTATIONS)
      expect(statsAfter.byRootField[field] ?? 0, `${field}\n${run.stdout}`).toBe(statsBefore.byRootField[field] ?? 0);
    expect(h.sandbox.state().posts).toEqual([]);
    // Nothing pushed: every ref on origin where it was.
    expect(await h.fx.git(['for-each-ref', '--format=%(refname) %(objectname)'], h.fx.bare)).toBe(refsBefore);
    return { run, requests: statsAfter.requests - statsBefore.requests };
  }

  const notices = (run: ActionRun) => run.annotations.filter((a) => a.level === 'notice').map((a) => a.message);

  it('a tag push: no request, one notice naming the tag and the branch that publishes', async () => {
    const { run, requests } = await runSafely({
      eventName: 'push',
      event: { ref: 'refs/tags/v1', before: ZERO_SHA, after: main, repository: REPO },
      ref: 'refs/tags/v1',
      sha: main,
    });
    expect(requests).toBe(0);
    expect(notices(run)).toEqual([
      'Nothing published: refs/tags/v1 is a tag; buffer-gitops publishes from main (input `branches`).',
    ]);
    expect(run.outputs).toMatchObject({ created: '0', edited: '0', deleted: '0', failed: '0' });
  });

  it('a push to a branch not listed: no request, one notice', async () => {
    const { run, requests } = await runSafely({
      eventName: 'push',
      event: { ref: 'refs/heads/feature', before: main, after: feature, repository: REPO },
      ref: 'refs/heads/feature',
      sha: feature,
    });
    expect(requests).toBe(0);
    expect(notices(run)).toEqual([
      'Nothing published: refs/heads/feature is another branch; buffer-gitops publishes from main (input `branches`).',
    ]);
  });

  it('a branch matched by `branches` (`pub*`) publishes: the post is created and its ID pushed back', async () => {
    // The contrast that shows the gate, not a broken setup, stopped the run above.
    const harness = await createHarness({ now: '2027-01-01T00:00:00Z' });
    try {
      const { fx } = harness;
      const before = await harness.head();
      await fx.git(['checkout', '--quiet', '-b', 'publish']);
      await fx.writeFiles({ 'posts/one.md': '---\nchannel: twitter\n---\nFrom the publish branch.\n' });
      const after = await fx.commitAll('a post');
      await fx.git(['push', '--quiet', 'origin', 'HEAD:refs/heads/publish']);
      const workspace = path.join(fx.root, 'publish-checkout');
      await fx.git(
        ['clone', '--quiet', '--depth=1', '--branch=publish', pathToFileURL(fx.bare).href, workspace],
        fx.root,
      );
      const run = await runAction({
        workspace,
        eventName: 'push',
        event: { ref: 'refs/heads/publish', before, after, repository: REPO },
        ref: 'refs/heads/publish',
        sha: after,
        inputs: {
          'buffer-api-key': harness.sandbox.apiKey,
          'api-url': harness.sandbox.url,
          'github-token': 'ghs_test_token',
          branches: 'main\npub*',
        },
        env: fx.env,
      });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(harness.sandbox.state().posts).toHaveLength(1);
      expect(await fx.git(['show', 'refs/heads/publish:posts/one.md'], fx.bare)).toContain(
        harness.sandbox.state().posts[0]!.id,
      );
    } finally {
      await harness.close();
    }
  });

  it('a branch deletion: no request, one notice', async () => {
    const { run, requests } = await runSafely({
      eventName: 'push',
      event: {
        ref: 'refs/heads/feature',
        before: feature,
        after: ZERO_SHA,
        deleted: true,
        created: false,
        repository: REPO,
      },
      ref: 'refs/heads/feature',
      sha: ZERO_SHA,
    });
    expect(requests).toBe(0);
    expect(notices(run)).toEqual(['Nothing published: refs/heads/feature was deleted.']);
  });

  it('a tag deletion (after = 40 zeros, no `deleted` field): no request, one notice', async () => {
    const { run, requests } = await runSafely({
      eventName: 'push',
      event: { ref: 'refs/tags/v1', before: main, after: ZERO_SHA, repository: REPO },
      ref: 'refs/tags/v1',
      sha: ZERO_SHA,
    });
    expect(requests).toBe(0);
    expect(notices(run)).toEqual(['Nothing published: refs/tags/v1 was deleted.']);
  });

  it('workflow_dispatch on a feature branch: a read-only sync report, nothing created, nothing written back', async () => {
    const workspace = await checkout(feature);
    const { run, requests } = await runSafely({
      eventName: 'workflow_dispatch',
      event: { ref: 'refs/heads/feature', inputs: {}, repository: REPO },
      ref: 'refs/heads/feature',
      sha: feature,
      workspace,
    });
    expect(notices(run)).toEqual([
      expect.stringMatching(
        /^Read-only report: refs\/heads\/feature is another branch; buffer-gitops publishes from main \(input `branches`\)\. This shows what sync would do/,
      ),
    ]);
    expect(requests).toBeGreaterThan(0); // it reads Buffer to report
    expect(run.stdout).toMatch(/dry run/i);
    // What sync would create there is reported, not done; the checkout's files keep their bytes.
    expect(run.stdout).toMatch(/posts\/unmerged\.md/);
    expect(await h.fx.git(['status', '--porcelain'], workspace)).toBe('');
  });

  describe('a pull request whose head repository is null (a deleted fork)', () => {
    for (const command of ['plan', 'apply']) {
      it(`command: ${command} → not one request with the key, an offline plan`, async () => {
        const { run, requests } = await runSafely({
          eventName: 'pull_request',
          event: {
            action: 'synchronize',
            number: 5,
            pull_request: {
              number: 5,
              head: { sha: feature, ref: 'feature', repo: null },
              base: { sha: main, ref: 'main', repo: { full_name: 'acme/social' } },
            },
            repository: REPO,
          },
          ref: 'refs/pull/5/merge',
          sha: feature,
          inputs: { command },
        });
        expect(requests).toBe(0);
        expect(run.stdout).toMatch(/Offline plan: this pull request's head repository is gone \(a deleted fork\)/);
        if (command === 'apply') expect(run.stdout).toMatch(/only plans here and sends nothing to Buffer/);
        // The plan still shows the pull request's own file.
        expect(run.stdout).toMatch(/create\s+posts\/unmerged\.md/);
        // …and so does the `plan` output, marked as decided offline (no channel ID was looked up).
        const planned = JSON.parse(run.outputs.plan!) as {
          action: string;
          file: string;
          ref?: string;
          channelId?: string;
          offline?: boolean;
        }[];
        expect(planned).toContainEqual(
          expect.objectContaining({ action: 'create', file: 'posts/unmerged.md', ref: 'twitter', offline: true }),
        );
        expect(planned.find((p) => p.file === 'posts/unmerged.md')?.channelId).toBeUndefined();
      });
    }
  });
});
