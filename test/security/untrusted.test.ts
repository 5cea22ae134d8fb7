/**
 * Untrusted code (issue 6 item 6): on `pull_request_target`, and on any event
 * whose head comes from a fork (a fork's pull request, a review of one, a
 * `workflow_run` it started), the bundled action never sends a mutation to
 * Buffer, whatever `command` says, and never checks out, merges or writes the
 * fork's code: every git call it makes is logged by a git double and none of
 * them changes the checkout.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUntrustedEvent } from '../../src/event/command.js';
import type { EventContext } from '../../src/event/context.js';
import { createHarness, type Harness } from '../e2e/harness.js';
import { installGitDouble, type GitDouble } from '../helpers/git-double.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';

const MUTATIONS = ['createPost', 'editPost', 'deletePost', 'createIdea'];
/** git subcommands that would put other code in the checkout, or change it. */
const FORBIDDEN = [
  'checkout',
  'switch',
  'reset',
  'merge',
  'rebase',
  'cherry-pick',
  'worktree',
  'submodule',
  'clone',
  'pull',
  'apply',
  'am',
  'restore',
  'stash',
  'clean',
  'commit',
  'push',
  'update-ref',
];

const POST = '---\nchannel: twitter\n---\nA post from the fork. It must never reach Buffer from here.\n';

function subcommand(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-c' || args[i] === '-C') i++;
    else if (!args[i]!.startsWith('-')) return args[i];
  }
  return undefined;
}

describe('untrusted events never mutate and never run the fork', () => {
  let h: Harness;
  let git: GitDouble;
  let base: string;
  let head: string;
  let merge: string;
  let n = 0;

  beforeAll(async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z' });
    // main has a post no run has published yet: a trusted apply would create it.
    await h.pushFiles({ 'posts/waiting.md': '---\nchannel: mastodon\n---\nWaiting on main.\n' }, 'a post on main');
    base = await h.head();
    // The fork's commit, as GitHub stores it: refs/pull/1/head and the merge refs/pull/1/merge.
    const { fx } = h;
    await fx.git(['checkout', '--quiet', '-b', 'fork-feature']);
    await fx.writeFiles({ 'posts/fork.md': POST, 'package.json': '{"scripts":{"postinstall":"touch PWNED"}}\n' });
    head = await fx.commitAll('a contribution from a fork');
    await fx.git(['push', '--quiet', 'origin', `HEAD:refs/pull/1/head`]);
    await fx.git(['checkout', '--quiet', '--detach', base]);
    await fx.git(['merge', '--quiet', '--no-ff', '-m', 'Merge fork into main', head]);
    merge = await fx.git(['rev-parse', 'HEAD']);
    await fx.git(['push', '--quiet', 'origin', `HEAD:refs/pull/1/merge`]);
    await fx.git(['checkout', '--quiet', 'main']);
    git = await installGitDouble(path.join(fx.root, 'git-double'), fx.env);
  });
  afterAll(async () => h?.close());

  /** A depth-1 checkout of `ref` (detached), as actions/checkout leaves it. */
  async function checkout(ref: string): Promise<string> {
    const dir = path.join(h.fx.root, `untrusted-${++n}`);
    await h.fx.git(['init', '--quiet', dir], h.fx.root);
    await h.fx.git(['remote', 'add', 'origin', pathToFileURL(h.fx.bare).href], dir);
    await h.fx.git(
      ['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', `+${ref}:refs/remotes/origin/checked-out`],
      dir,
    );
    await h.fx.git(['checkout', '--quiet', '--detach', 'refs/remotes/origin/checked-out'], dir);
    return dir;
  }

  const prPayload = (headRepo: string) => ({
    number: 1,
    pull_request: {
      number: 1,
      head: { sha: head, ref: 'fork-feature', repo: { full_name: headRepo } },
      base: { sha: base, ref: 'main', repo: { full_name: 'acme/social' } },
    },
    repository: { full_name: 'acme/social', default_branch: 'main' },
  });

  // `reads`: a same-repository pull_request_target may read Buffer for its plan (SPEC §3), never change it.
  const scenarios: {
    name: string;
    event: string;
    checkout: () => string;
    payload: () => Record<string, unknown>;
    ref: string;
    command?: string;
    reads?: boolean;
  }[] = [
    {
      name: 'pull_request_target from a fork (command: auto)',
      event: 'pull_request_target',
      checkout: () => base,
      payload: () => prPayload('contributor/social'),
      ref: 'refs/heads/main',
    },
    {
      name: 'pull_request_target from a fork, command: apply',
      event: 'pull_request_target',
      checkout: () => base,
      payload: () => prPayload('contributor/social'),
      ref: 'refs/heads/main',
      command: 'apply',
    },
    {
      name: 'pull_request_target from the same repository, command: apply',
      event: 'pull_request_target',
      checkout: () => base,
      payload: () => prPayload('acme/social'),
      ref: 'refs/heads/main',
      command: 'apply',
      reads: true,
    },
    {
      name: 'pull_request from a fork with the key available, command: apply',
      event: 'pull_request',
      checkout: () => merge,
      payload: () => prPayload('contributor/social'),
      ref: 'refs/pull/1/merge',
      command: 'apply',
    },
    {
      name: 'pull_request_review of a fork pull request, command: sync',
      event: 'pull_request_review',
      checkout: () => merge,
      payload: () => prPayload('contributor/social'),
      ref: 'refs/pull/1/merge',
      command: 'sync',
    },
    {
      name: 'workflow_run started by a fork pull request, its head checked out, command: apply',
      event: 'workflow_run',
      checkout: () => head,
      payload: () => ({
        workflow_run: {
          event: 'pull_request',
          head_sha: head,
          head_branch: 'fork-feature',
          head_repository: { full_name: 'contributor/social' },
          repository: { full_name: 'acme/social' },
        },
        repository: { full_name: 'acme/social', default_branch: 'main' },
      }),
      ref: 'refs/heads/main',
      command: 'apply',
    },
  ];

  for (const scenario of scenarios) {
    it(`${scenario.name}: no mutation, ${scenario.reads ? 'reads only' : 'no request'}, the checkout untouched`, async () => {
      const before = h.sandbox.state().stats;
      const workspace = await checkout(scenario.checkout());
      const headBefore = await h.fx.git(['rev-parse', 'HEAD'], workspace);
      const log = path.join(h.fx.root, `git-calls-${n}.log`);
      const run: ActionRun = await runAction({
        workspace,
        eventName: scenario.event,
        event: scenario.payload(),
        ref: scenario.ref,
        sha: scenario.checkout(),
        inputs: {
          'buffer-api-key': h.sandbox.apiKey,
          'api-url': h.sandbox.url,
          'github-token': 'ghs_test_token',
          ...(scenario.command ? { command: scenario.command } : {}),
        },
        // No GitHub API here: a plan comment attempt fails harmlessly; the point is Buffer and git.
        env: { ...h.fx.env, ...git.env({ log }), GITHUB_API_URL: 'http://127.0.0.1:9' },
      });

      const after = h.sandbox.state().stats;
      for (const field of MUTATIONS)
        expect(after.byRootField[field] ?? 0, `${field}\n${run.stdout}`).toBe(before.byRootField[field] ?? 0);
      if (!scenario.reads) expect(after.requests, run.stdout).toBe(before.requests);
      expect(h.sandbox.state().posts).toEqual([]);
      if (scenario.command)
        expect(run.stdout).toMatch(
          scenario.reads ? /only plans here and never changes Buffer/ : /only plans here and sends nothing to Buffer/,
        );

      const calls = (await readFile(log, 'utf8').catch(() => ''))
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split('\t')[1]!.split(' '));
      const forbidden = calls.filter((args) => FORBIDDEN.includes(subcommand(args) ?? ''));
      expect(forbidden, calls.map((c) => c.join(' ')).join('\n')).toEqual([]);
      expect(await h.fx.git(['rev-parse', 'HEAD'], workspace)).toBe(headBefore);
      expect(await h.fx.git(['status', '--porcelain', '--ignored'], workspace)).toBe('');
    });
  }

  it('classifies events by where their head lives', () => {
    const event = (name: string, payload: Record<string, unknown>): EventContext => ({
      name,
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      repository: 'acme/social',
      payload,
    });
    const run = (headRepo?: string) => ({
      workflow_run: {
        head_repository: headRepo ? { full_name: headRepo } : undefined,
        repository: { full_name: 'acme/social' },
      },
    });
    expect(isUntrustedEvent(event('workflow_run', run('contributor/social')))).toBe(true);
    expect(isUntrustedEvent(event('workflow_run', run()))).toBe(true);
    expect(isUntrustedEvent(event('workflow_run', run('acme/social')))).toBe(false);
    expect(isUntrustedEvent(event('pull_request_review', prPayload('contributor/social')))).toBe(true);
    expect(isUntrustedEvent(event('pull_request_review', prPayload('acme/social')))).toBe(false);
    expect(isUntrustedEvent(event('push', { repository: { full_name: 'acme/social' } }))).toBe(false);
  });
});
