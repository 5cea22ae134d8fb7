/**
 * A checkout in a subfolder (actions/checkout with `path:`), issue 10: the
 * `working-directory` input points the action at it, and posts-dir is
 * relative to it. A workspace that is not a git repository is one clear
 * error naming the input, not git's raw `fatal:` text.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/run-action.js';
import { createHarness, postsOf, type Harness } from './harness.js';

const POST = '---\nchannel: twitter\n---\nPublished from a checkout in a subfolder.\n';

describe('working-directory', () => {
  let h: Harness;
  let range: { before: string; after: string };
  /** GITHUB_WORKSPACE: the checkout lives in its `social/` folder. */
  let workspace: string;

  beforeAll(async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z' });
    range = await h.pushFiles({ 'content/posts/launch.md': POST }, 'a post');
    workspace = path.join(h.fx.root, 'runner-workspace');
    await mkdir(workspace);
    await h.fx.git(
      [
        'clone',
        '--quiet',
        '--no-tags',
        '--depth=1',
        '--branch=main',
        pathToFileURL(h.fx.bare).href,
        path.join(workspace, 'social'),
      ],
      h.fx.root,
    );
  });
  afterAll(async () => h?.close());

  const run = (inputs: Record<string, string>) =>
    runAction({
      workspace,
      eventName: 'push',
      event: {
        ref: 'refs/heads/main',
        before: range.before,
        after: range.after,
        repository: { full_name: 'acme/social', default_branch: 'main' },
      },
      sha: range.after,
      inputs: {
        'buffer-api-key': h.sandbox.apiKey,
        'api-url': h.sandbox.url,
        'github-token': 'ghs_test_token',
        'posts-dir': 'content/posts',
        ...inputs,
      },
      env: h.fx.env,
    });

  it('without it, a workspace that is not a git repository fails with one sentence naming the input, before any request', async () => {
    const result = await run({});
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toEqual([
      `The workspace (${workspace}) is not a git repository. Run actions/checkout before this step; if actions/checkout uses \`path:\`, set the \`working-directory\` input to the same folder.`,
    ]);
    expect(result.stdout + result.stderr).not.toMatch(/fatal:/);
    expect(h.sandbox.state().stats.requests).toBe(0);
  });

  it('with `working-directory: social`, the push publishes and the ID is written back into social/content/posts', async () => {
    const result = await run({ 'working-directory': 'social' });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(postsOf(h.sandbox)).toHaveLength(1);
    expect(result.outputs.created).toBe('1');
    await h.pull();
    expect(await h.read('content/posts/launch.md')).toContain(postsOf(h.sandbox)[0]!.id);
  });

  it('a working-directory outside the workspace is refused by name', async () => {
    const result = await run({ 'working-directory': '../elsewhere' });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      expect.stringMatching(/^Input `working-directory`: "\.\.\/elsewhere" is outside the workspace/),
    ]);
  });
});
