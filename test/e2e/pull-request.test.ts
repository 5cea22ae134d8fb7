/**
 * Review in pull requests (issue 4): the bundled action on pull_request
 * events, checked out as actions/checkout does (GitHub's merge commit, depth
 * 1), against the Buffer sandbox and a local fake of GitHub's REST API at
 * GITHUB_API_URL. One sticky comment per PR, updated in place; annotations at
 * the right line; no Buffer mutation; fork PRs validated offline.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_COMMENT_MARKER } from '../../src/report/plan-comment.js';
import { defaultChannelId, defaultSeed, DEFAULT_ORGANIZATION_ID } from '../../src/sandbox/index.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { createUndiciProbe, type UndiciProbe } from '../helpers/undici-probe.js';
import { createHarness, type Harness } from './harness.js';

const PR = 1;
const TOKEN = 'ghs_test_token';

const LAUNCH = `---
channels: [twitter, "linkedin:Acme Inc"]
mode: customScheduled
dueAt: 2027-03-02T09:00:00+01:00
---
**Acme 2.0 is here.** Read [the notes](https://example.com/blog/acme-2)
`;
const THREAD = `---
channels: [twitter]
---
How does Acme sync in under a second? 🧵

---

1. Every edit is a small operation.

![Operations as arrows between two laptops](https://example.com/img/ops.png)

---

2. Operations merge on the server.

---

3. The write-up: https://example.com/blog/sync
`;
// 240 ASCII + a space + 20 CJK characters (weight 2) = 281 on X; the text is on line 4.
const LONG_TEXT = `${'a'.repeat(240)} ${'語'.repeat(20)}`;
const LONG = `---
channel: twitter
---
${LONG_TEXT}
`;

/** A pull request from `feature` into main, and the merge commit GitHub would check out. */
interface PullRequest {
  base: string;
  head: string;
  merge: string;
}

async function pushToPullRequest(
  h: Harness,
  files: Record<string, string | null>,
  message: string,
  base: string,
): Promise<PullRequest> {
  const { fx } = h;
  const branches = await fx.git(['branch', '--list', 'feature']);
  if (!branches) await fx.git(['checkout', '--quiet', '-b', 'feature', base]);
  else await fx.git(['checkout', '--quiet', 'feature']);
  await fx.writeFiles(files);
  const head = await fx.commitAll(message);
  await fx.git(['push', '--quiet', '--force', 'origin', 'HEAD:refs/heads/feature']);
  // GitHub's refs/pull/N/merge: the head merged into the base.
  await fx.git(['checkout', '--quiet', '--detach', base]);
  await fx.git(['merge', '--quiet', '--no-ff', '-m', `Merge ${head} into ${base}`, head]);
  const merge = await fx.git(['rev-parse', 'HEAD']);
  await fx.git(['push', '--quiet', '--force', 'origin', `HEAD:refs/pull/${PR}/merge`]);
  await fx.git(['checkout', '--quiet', 'feature']);
  return { base, head, merge };
}

/** actions/checkout on pull_request: the merge ref, one commit deep, detached. */
async function checkoutMerge(h: Harness): Promise<string> {
  const dir = path.join(h.fx.root, `pr-checkout-${Math.random().toString(36).slice(2, 8)}`);
  await h.fx.git(['init', '--quiet', dir], h.fx.root);
  await h.fx.git(['remote', 'add', 'origin', pathToFileURL(h.fx.bare).href], dir);
  await h.fx.git(
    ['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', `+refs/pull/${PR}/merge:refs/remotes/pull/${PR}/merge`],
    dir,
  );
  await h.fx.git(['checkout', '--quiet', '--detach', `refs/remotes/pull/${PR}/merge`], dir);
  return dir;
}

async function runPullRequest(
  h: Harness,
  gh: FakeGitHub,
  pr: PullRequest,
  opts: { fork?: boolean; inputs: Record<string, string>; env?: NodeJS.ProcessEnv },
): Promise<ActionRun> {
  return runAction({
    workspace: await checkoutMerge(h),
    eventName: 'pull_request',
    ref: `refs/pull/${PR}/merge`,
    sha: pr.merge,
    event: {
      action: 'synchronize',
      number: PR,
      pull_request: {
        number: PR,
        head: { sha: pr.head, ref: 'feature', repo: { full_name: opts.fork ? 'contributor/social' : 'acme/social' } },
        base: { sha: pr.base, ref: 'main', repo: { full_name: 'acme/social' } },
      },
      repository: { full_name: 'acme/social', default_branch: 'main' },
    },
    inputs: opts.inputs,
    env: { ...h.fx.env, GITHUB_API_URL: gh.url, GITHUB_RUN_ID: '4242', ...opts.env },
  });
}

const MUTATIONS = ['createPost', 'editPost', 'deletePost', 'createIdea'];

describe('pull_request from the same repository', () => {
  let h: Harness;
  let gh: FakeGitHub;
  let first: ActionRun;
  let second: ActionRun;
  let firstBody: string;
  let probe: UndiciProbe;

  beforeAll(async () => {
    probe = await createUndiciProbe();
    const seed = defaultSeed();
    seed.posts = [
      {
        id: '650000000000000000000001',
        organizationId: DEFAULT_ORGANIZATION_ID,
        channelId: defaultChannelId('twitter'),
        channelService: 'twitter',
        status: 'scheduled',
        text: 'Webinar: Acme 1.9 tips, starting soon',
        dueAt: '2027-03-02T07:30:00.000Z',
        shareMode: 'customScheduled',
        isCustomScheduled: true,
      },
    ];
    h = await createHarness({ now: '2027-01-01T00:00:00Z', seed });
    gh = await startFakeGitHub({ tokens: [TOKEN] });
    gh.seed(PR, 'Looks good, but please check the thread.');
    const inputs = { 'buffer-api-key': h.sandbox.apiKey, 'api-url': h.sandbox.url, 'github-token': TOKEN };

    const base = await h.head();
    const pr1 = await pushToPullRequest(
      h,
      { 'posts/launch.md': LAUNCH, 'posts/thread.md': THREAD },
      'add launch and thread',
      base,
    );
    first = await runPullRequest(h, gh, pr1, { inputs, env: probe.env('first') });
    firstBody = gh.comments(PR).find((c) => c.body.startsWith(PLAN_COMMENT_MARKER))?.body ?? '';
    const pr2 = await pushToPullRequest(h, { 'posts/long.md': LONG }, 'add a long post', base);
    second = await runPullRequest(h, gh, pr2, { inputs });
  });
  afterAll(async () => {
    await gh?.close();
    await h?.close();
    await probe?.cleanup();
  });

  it('first run: succeeds and creates the plan comment', () => {
    expect(first.exitCode, first.stdout).toBe(0);
    expect(firstBody).toContain('**3 to create, 0 to edit, 0 to delete, 0 errors**');
    expect(gh.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it("first run: never loads Node's undici (no fetch: Buffer and GitHub requests go over node:http, issue 16)", async () => {
    // It did talk to both: Buffer's sandbox for the plan, the fake GitHub for the comment.
    expect(first.exitCode, first.stdout).toBe(0);
    expect(gh.requests.map((r) => r.method)).toContain('POST');
    expect(await probe.loaded('first')).toEqual([]);
    // The probe sees undici when a process does use fetch.
    await new Promise<void>((resolve) =>
      execFile(
        process.execPath,
        ['-e', `fetch(${JSON.stringify(gh.url)}).catch(() => {})`],
        { env: { PATH: process.env.PATH, ...probe.env('control') } },
        () => resolve(),
      ),
    );
    expect(await probe.loaded('control')).toContain('NativeModule internal/deps/undici/undici');
  });

  it('second run with another commit: updates that same comment in place and fails the check', () => {
    const ours = gh.comments(PR).filter((c) => c.body.startsWith(PLAN_COMMENT_MARKER));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.history).toHaveLength(2);
    expect(ours[0]!.history[0]).toBe(firstBody);
    expect(gh.comments(PR)).toHaveLength(2); // the reviewer's comment and ours
    expect(gh.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(gh.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(ours[0]!.body).toContain('**3 to create, 0 to edit, 0 to delete, 1 error**');
    expect(second.exitCode).toBe(1);
  });

  it("shows the too-long X post's weighted count and annotates its line", () => {
    const body = gh.comments(PR).find((c) => c.body.startsWith(PLAN_COMMENT_MARKER))!.body;
    expect(body).toMatch(
      /\| \[`posts\/long\.md`\]\([^)]*#L2\) \| twitter \| ⛔ blocked: fix the errors \| next queue slot \| 281 ❌ \/ 280 \|/,
    );
    expect(body).toContain('X: 281 / 280 ❌ too long');
    const errors = second.annotations.filter((a) => a.level === 'error' && a.file);
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'posts/long.md',
        line: 4,
        message: expect.stringContaining('X counts this post as 281 of 280'),
      }),
    ]);
  });

  it('previews every thread item, with its image, in the comment', () => {
    for (const text of [
      'How does Acme sync in under a second? 🧵',
      '1. Every edit is a small operation.',
      '2. Operations merge on the server.',
      '3. The write-up: https://example.com/blog/sync',
    ]) {
      expect(firstBody).toContain(`\`\`\`text\n${text}\n\`\`\``);
    }
    expect(firstBody).toContain('thread of 4');
    expect(firstBody).toContain(
      '<img src="https://example.com/img/ops.png" alt="Operations as arrows between two laptops"',
    );
  });

  it("draws the launch among the channel's posts already scheduled in Buffer", () => {
    expect(firstBody).toContain('```mermaid\ngantt');
    expect(firstBody).toMatch(
      /section X \(twitter\)\n {4}Webinar Acme 1\.9 tips starting soon :milestone, 2027-03-02 07:30, 0m\n {4}NEW Acme 2\.0 is here\. Read the notes/,
    );
  });

  it('puts the same content in the job summary', () => {
    expect(first.summary).toContain(firstBody.trim());
    expect(second.summary).toContain('**3 to create, 0 to edit, 0 to delete, 1 error**');
  });

  it('sends no mutation to Buffer, in few read requests', () => {
    const stats = h.sandbox.state().stats;
    for (const field of MUTATIONS) expect(stats.byRootField[field] ?? 0).toBe(0);
    expect(h.sandbox.state().posts).toHaveLength(1);
    // Per run: account, channels, and one read of the posts already scheduled (the timeline).
    expect(stats.requests).toBe(6);
    expect(stats.byRootField).toEqual({ account: 2, channels: 2, posts: 2 });
  });

  it('never shows the GitHub token', () => {
    for (const run of [first, second]) {
      // `::add-mask::` is the command that tells the runner to hide it; the runner never prints it.
      const log = run.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n');
      expect(log + run.stderr + run.summary + JSON.stringify(run.outputs)).not.toContain(TOKEN);
    }
    for (const c of gh.comments(PR)) expect(c.history.join('\n')).not.toContain(TOKEN);
  });
});

describe('pull_request from a fork (no Buffer key, read-only token)', () => {
  let h: Harness;
  let gh: FakeGitHub;
  let failing: ActionRun;
  let fixed: ActionRun;

  beforeAll(async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z' });
    gh = await startFakeGitHub({ tokens: [], readOnlyTokens: ['ghs_fork_readonly'] });
    // What a fork's workflow gets: no secrets, a token that can read but not comment.
    const inputs = { 'api-url': h.sandbox.url, 'github-token': 'ghs_fork_readonly' };
    const base = await h.head();
    const pr1 = await pushToPullRequest(
      h,
      { 'posts/thread.md': THREAD, 'posts/long.md': LONG },
      'fork: thread and long post',
      base,
    );
    failing = await runPullRequest(h, gh, pr1, { fork: true, inputs });
    const pr2 = await pushToPullRequest(
      h,
      { 'posts/long.md': LONG.replace(LONG_TEXT, 'Short enough now.') },
      'fork: shorten',
      base,
    );
    fixed = await runPullRequest(h, gh, pr2, { fork: true, inputs });
  });
  afterAll(async () => {
    await gh?.close();
    await h?.close();
  });

  it('reports the offline findings as annotations and fails only because of them', () => {
    expect(failing.exitCode).toBe(1);
    const errors = failing.annotations.filter((a) => a.level === 'error' && a.file);
    expect(errors).toEqual([
      expect.objectContaining({ file: 'posts/long.md', line: 4, message: expect.stringContaining('281 of 280') }),
    ]);
  });

  it('passes once the errors are fixed, although the comment could not be posted', () => {
    expect(fixed.exitCode, fixed.stdout).toBe(0);
    expect(fixed.annotations.filter((a) => a.level === 'error')).toEqual([]);
    const warnings = fixed.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /Could not post the plan comment on #1 \(GitHub answered 403: Resource not accessible by integration.*\)\. A pull request from a fork gets a read-only token/,
      ),
    );
    expect(gh.comments(PR)).toHaveLength(0);
    expect(gh.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([403, 403]);
  });

  it('says plainly in the job summary what could not be checked', () => {
    for (const run of [failing, fixed]) {
      expect(run.summary).toContain('**Offline validation only**: this pull request comes from a fork');
      expect(run.summary).toContain('**Not checked**');
    }
    expect(failing.summary).toContain('**1 to create, 0 to edit, 0 to delete, 1 error**');
    expect(failing.summary).toContain('281 ❌ / 280');
    expect(fixed.summary).toContain('**2 to create, 0 to edit, 0 to delete, 0 errors**');
    expect(fixed.summary).toContain('| create _(offline)_ |');
  });

  it('never talks to Buffer', () => {
    expect(h.sandbox.state().stats.requests).toBe(0);
  });
});
