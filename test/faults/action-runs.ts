/**
 * Runs of the bundled action for issue 6's process-level tests: a branch of
 * a bare `origin` (commits written with fast-import), the sandbox, and a
 * checkout per run like actions/checkout's on a push (the event's commit,
 * depth 1, on the branch), so a re-run sees exactly what the first run saw.
 */
import path from 'node:path';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../src/sandbox/index.js';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { fastCommits } from './commits.js';
import { filesAfter, filesBefore, gitRaw, NOW, seedFor, type World } from './world.js';

export interface ActionBench {
  fx: GitFixture;
  sandbox: RunningSandbox;
  /** Seeds Buffer with `world`, writes its two commits on a new branch; returns the branch and the push range. */
  stage(world: World): Promise<{ branch: string; before: string; after: string }>;
  /** Runs the bundled action on the push `before..after` of `branch`, in a fresh checkout of `after`. */
  run(
    branch: string,
    range: { before: string; after: string },
    opts?: { inputs?: Record<string, string>; env?: NodeJS.ProcessEnv },
  ): Promise<ActionRun>;
  close(): Promise<void>;
}

export async function createActionBench(sandboxOptions: SandboxOptions = {}): Promise<ActionBench> {
  const fx = await createGitFixture();
  const sandbox = await startSandbox({ now: NOW, rateLimits: false, ...sandboxOptions });
  await fx.writeFiles({ 'README.md': '# social\n' });
  const initial = await fx.commitAll('initial');
  await fx.push();
  let n = 0;

  async function checkout(branch: string, sha: string): Promise<string> {
    const dir = path.join(fx.root, `ws-${++n}`);
    await gitRaw(['init', '--quiet', dir], fx.root, fx.env);
    await gitRaw(['remote', 'add', 'origin', `file://${fx.bare}`], dir, fx.env);
    await gitRaw(
      ['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', `+${sha}:refs/remotes/origin/${branch}`],
      dir,
      fx.env,
    );
    await gitRaw(['checkout', '--quiet', '--force', '-B', branch, `refs/remotes/origin/${branch}`], dir, fx.env);
    return dir;
  }

  return {
    fx,
    sandbox,
    async stage(world) {
      sandbox.reset(seedFor(world));
      sandbox.setClock(NOW);
      const branch = `push-${++n}`;
      const [before, after] = (await fastCommits(fx.bare, fx.env, branch, initial, [
        { message: 'tracked posts', files: filesBefore(world) },
        { message: 'the push under test', files: filesAfter(world) },
      ])) as [string, string];
      return { branch, before, after };
    },
    async run(branch, range, opts = {}) {
      return runAction({
        workspace: await checkout(branch, range.after),
        eventName: 'push',
        event: {
          ref: `refs/heads/${branch}`,
          before: range.before,
          after: range.after,
          repository: { full_name: 'acme/social', default_branch: 'main' },
        },
        ref: `refs/heads/${branch}`,
        sha: range.after,
        // Each case lives on its own branch; these are the branches this
        // repository publishes from (the `branches` input), as a team's would be.
        inputs: {
          'buffer-api-key': sandbox.apiKey,
          'api-url': sandbox.url,
          'github-token': 'ghs_issue6_token',
          branches: 'push-*',
          ...opts.inputs,
        },
        env: { ...fx.env, ...opts.env },
      });
    },
    async close() {
      await sandbox.close();
      await fx.cleanup();
    },
  };
}
