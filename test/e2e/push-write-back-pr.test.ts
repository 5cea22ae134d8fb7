/**
 * `write-back: pull-request` (issue 3 item 6): the IDs go to a new branch and
 * a pull request into the pushed branch, which itself is not touched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { createUndiciProbe, type UndiciProbe } from '../helpers/undici-probe.js';
import { createHarness, postsOf, type Harness } from './harness.js';

describe('write-back: pull-request', () => {
  let h: Harness;
  let github: FakeGitHub;
  let run: Awaited<ReturnType<Harness['runPush']>>;
  let mainBefore: string;
  let probe: UndiciProbe;

  beforeAll(async () => {
    probe = await createUndiciProbe();
    h = await createHarness({ now: '2027-01-01T00:00:00Z' });
    github = await startFakeGitHub();
    const range = await h.pushFiles(
      { 'posts/a.md': '---\nchannel: twitter\n---\nHello from a protected branch.\n' },
      'a post',
    );
    mainBefore = range.after;
    run = await h.runPush(range, {
      inputs: { 'write-back': 'pull-request' },
      env: { GITHUB_API_URL: github.url, ...probe.env('push') },
    });
  });
  afterAll(async () => {
    await github?.close();
    await h?.close();
    await probe?.cleanup();
  });

  it('publishes the post and opens one pull request from a new branch into main', () => {
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(postsOf(h.sandbox)).toHaveLength(1);
    expect(github.pulls).toHaveLength(1);
    expect(github.pulls[0]).toMatchObject({
      base: 'main',
      head: expect.stringMatching(/^buffer-gitops\/ids-[0-9a-f]{12}$/),
    });
    expect(github.pulls[0]!.title).toBe('buffer-gitops: record Buffer post IDs in 1 file');
    expect(github.pulls[0]!.body).toContain('`posts/a.md`');
  });

  it('leaves main as it was; the branch carries the ID', async () => {
    expect(await h.fx.git(['rev-parse', 'main'], h.fx.bare)).toBe(mainBefore);
    const file = await h.fx.git(['show', `${github.pulls[0]!.head}:posts/a.md`], h.fx.bare);
    expect(file).toContain(`id: ${postsOf(h.sandbox)[0]!.id}`);
  });

  it("never loads Node's undici: Buffer's requests and GitHub's pull request go over node:http (issue 16)", async () => {
    expect(github.requests.map((r) => r.method)).toEqual(['POST']);
    expect(await probe.loaded('push')).toEqual([]);
  });
});
