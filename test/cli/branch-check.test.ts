/**
 * `buffer-gitops apply` and `sync` change Buffer only from the branch the team
 * publishes from (issue 10): on any other branch they refuse before sending
 * a request, in the CLI's words and with the usage exit code (2);
 * `--branches` names other branches, `--branch-check=off` overrides.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionWordsIn, runMain } from './run-cli.js';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';

describe('buffer-gitops apply/sync on a branch that does not publish', () => {
  let fx: GitFixture;
  let sandbox: RunningSandbox;
  /** A clone that knows origin's default branch (refs/remotes/origin/HEAD → main), on branch `feature`. */
  let clone: string;

  beforeAll(async () => {
    fx = await createGitFixture();
    sandbox = await startSandbox({ now: '2027-01-01T00:00:00Z', rateLimits: false });
    await fx.writeFiles({ 'README.md': '# social\n' });
    await fx.commitAll('initial');
    await fx.push();
    clone = await fx.otherClone();
    await fx.git(['checkout', '--quiet', '-b', 'feature'], clone);
    await fx.writeFiles({ 'posts/draft.md': '---\nchannel: twitter\n---\nNot merged yet.\n' }, clone);
    await fx.commitAll('a post on a branch', clone);
  });
  afterAll(async () => {
    await sandbox?.close();
    await fx?.cleanup();
  });

  async function cli(args: string[], cwd = clone) {
    const env = { BUFFER_API_KEY: sandbox.apiKey, BUFFER_API_URL: sandbox.url };
    const result = await runMain(args, { env, cwd });
    expect(actionWordsIn(result.stdout + result.stderr), `buffer-gitops ${args.join(' ')}`).toEqual([]);
    return result;
  }

  it('apply refuses, naming the branch, the default branch and the flags; no request is sent', async () => {
    const run = await cli(['apply']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "buffer-gitops: apply changes Buffer only from main (origin's default branch), and the checked-out branch is feature. Switch to main, pass --branches feature, or pass --branch-check=off to run anyway.\n",
    );
    expect((await cli(['sync'])).code).toBe(2);
    expect(sandbox.state().stats.requests).toBe(0);
  });

  it('when the clone does not know the default branch, it says how to tell it', async () => {
    await fx.git(['remote', 'set-head', 'origin', '--delete'], clone);
    try {
      const run = await cli(['apply']);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        /Pass --branches main \(your default branch\), or run `git remote set-head origin --auto`/,
      );
    } finally {
      await fx.git(['remote', 'set-head', 'origin', 'main'], clone);
    }
  });

  it('--branches with a glob that does not match still refuses; a bad pattern is a usage error naming the option', async () => {
    const run = await cli(['apply', '--branches', 'release/*', '--branches', 'main']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/only from release\/\*, main \(--branches\), and the checked-out branch is feature/);
    const bad = await cli(['apply', '--branches', 'v[0-9']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^buffer-gitops: Option --branches: "v\[0-9"/);
  });

  it('--branch-check=off runs anyway (with --dry-run: nothing is sent)', async () => {
    const run = await cli(['apply', '--branch-check=off', '--dry-run']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).toMatch(/posts\/draft\.md/);
    expect((await cli(['apply', '--no-branch-check', '--dry-run'])).code).toBe(0);
    expect((await cli(['apply', '--branch-check=maybe'])).code).toBe(2);
  });

  it('--branches feat* publishes from here: the post is created and its ID written into the file', async () => {
    const run = await cli(['apply', '--branches', 'feat*']);
    expect(run.code, run.stderr).toBe(0);
    const posts = sandbox.state().posts;
    expect(posts).toHaveLength(1);
    expect(await readFile(`${clone}/posts/draft.md`, 'utf8')).toContain(posts[0]!.id);
  });

  it('apply --help shows the flags', async () => {
    const run = await cli(['apply', '--help']);
    expect(run.stdout).toMatch(/--branches LIST/);
    expect(run.stdout).toMatch(/--branch-check on\|off/);
    expect(run.stdout).toMatch(/--no-branch-check/);
  });
});
