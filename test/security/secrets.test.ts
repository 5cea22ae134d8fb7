/**
 * Secret hygiene (issue 6 item 4): the bundled action runs the E2E scenarios
 * with a distinctive Buffer key and GitHub token (a push that publishes and
 * writes back over authenticated HTTP, a push that partly fails and whose
 * write-back is refused, a wrong key, a pull request plan with its comment,
 * a scheduled sync), and neither secret, nor its base64 or Basic-auth form,
 * appears anywhere the action writes (other than the `::add-mask::` lines
 * that tell the runner to mask it): stdout, stderr, GITHUB_OUTPUT, the step
 * summary, the report file, PR comment bodies, commit messages, any file of
 * any commit (`git log -p --all`), or any file left in a checkout
 * (`.git/config` included).
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSeed, startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';
import { installRejectingPreReceiveHook, startGitHttpServer, type GitHttpServer } from '../helpers/git-http-server.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';

const KEY = 'bgk_S3CR3T_api_key_7f3a9c1e5d2b_DO-NOT-LEAK';
const WRONG_KEY = 'bgk_WR0NG_api_key_1a2b3c4d5e6f_DO-NOT-LEAK';
const TOKEN = 'ghs_S3CR3T_token_0a9b8c7d6e5f4a3b2c1d';
const basic = (token: string) => Buffer.from(`x-access-token:${token}`).toString('base64');
/** Every spelling of a secret that could end up somewhere. */
const FORBIDDEN = [
  KEY,
  WRONG_KEY,
  TOKEN,
  basic(TOKEN),
  ...[KEY, WRONG_KEY, TOKEN].map((s) => Buffer.from(s).toString('base64')),
];

const post = (text: string, service = 'twitter') =>
  `---\nchannel: ${service}\nmode: customScheduled\ndueAt: 2027-03-02T09:00:00+01:00\n---\n${text}\n`;

describe('no secret anywhere the action writes', () => {
  let fx: GitFixture;
  let server: GitHttpServer;
  let sandbox: RunningSandbox;
  let gh: FakeGitHub;
  const runs: { name: string; run: ActionRun }[] = [];
  const workspaces: string[] = [];

  /** A checkout over authenticated HTTP that, unlike actions/checkout's default, persists nothing. */
  async function checkout(refspec: string, branch?: string): Promise<string> {
    const dir = path.join(fx.root, `ws-${workspaces.length + 1}`);
    workspaces.push(dir);
    const auth = ['-c', `http.${server.baseUrl}/.extraheader=AUTHORIZATION: basic ${basic(TOKEN)}`];
    await fx.git(['init', '--quiet', dir], fx.root);
    await fx.git(['remote', 'add', 'origin', server.repoUrl('origin.git')], dir);
    await fx.git(
      [...auth, 'fetch', '--quiet', '--no-tags', '--depth=1', 'origin', `+${refspec}:refs/remotes/origin/checked-out`],
      dir,
    );
    await fx.git(
      branch
        ? ['checkout', '--quiet', '-B', branch, 'refs/remotes/origin/checked-out']
        : ['checkout', '--quiet', '--detach', 'refs/remotes/origin/checked-out'],
      dir,
    );
    return dir;
  }

  async function act(
    name: string,
    eventName: string,
    event: Record<string, unknown>,
    workspace: string,
    opts: { key?: string; ref?: string; sha?: string } = {},
  ) {
    const run = await runAction({
      workspace,
      eventName,
      event,
      ref: opts.ref ?? 'refs/heads/main',
      sha: opts.sha,
      serverUrl: server.baseUrl,
      inputs: { 'buffer-api-key': opts.key ?? KEY, 'api-url': sandbox.url, 'github-token': TOKEN },
      env: { ...fx.env, GITHUB_API_URL: gh.url, GITHUB_RUN_ID: '77' },
    });
    runs.push({ name, run });
    return run;
  }

  async function commit(
    files: Record<string, string | null>,
    message: string,
  ): Promise<{ before: string; after: string }> {
    await fx.git(['pull', '--quiet', '--ff-only', 'origin', 'main']);
    const before = await fx.git(['rev-parse', 'HEAD']);
    await fx.writeFiles(files);
    const after = await fx.commitAll(message);
    await fx.push();
    return { before, after };
  }

  const pushEvent = (range: { before: string; after: string }) => ({
    ref: 'refs/heads/main',
    ...range,
    repository: { full_name: 'acme/social', default_branch: 'main' },
  });

  beforeAll(async () => {
    fx = await createGitFixture();
    await fx.writeFiles({ 'README.md': '# social\n' });
    await fx.commitAll('initial');
    await fx.push();
    server = await startGitHttpServer({ projectRoot: fx.root, token: TOKEN, env: fx.env });
    const seed = defaultSeed();
    seed.accounts[0]!.apiKeys = [KEY];
    sandbox = await startSandbox({ now: '2027-01-01T00:00:00Z', rateLimits: false, seed });
    gh = await startFakeGitHub({ tokens: [TOKEN] });

    // 1. A push that publishes two posts and an idea and writes the IDs back over HTTP.
    const first = await commit(
      {
        'posts/a.md': post('First post.'),
        'posts/b.md': post('Second post.', 'mastodon'),
        'ideas/i.md': '---\ntitle: An idea\n---\nNotes.\n',
      },
      'posts',
    );
    await act('push', 'push', pushEvent(first), await checkout(first.after, 'main'), { sha: first.after });

    // 2. A push that partly fails: a broken file, Buffer failing the second create, and the write-back refused.
    const second = await commit(
      {
        'posts/c.md': post('Third post.'),
        'posts/d.md': post('Fourth post.', 'bluesky'),
        'posts/broken.md': '---\nchannel: [twitter\n---\nBroken.\n',
      },
      'more posts',
    );
    sandbox.setFaults({ rules: [{ operation: 'createPost', nth: 2, times: 100, fault: 'http-500' }] });
    await installRejectingPreReceiveHook(fx.bare, 'GH006: Protected branch update failed for refs/heads/main.');
    await act('push that fails', 'push', pushEvent(second), await checkout(second.after, 'main'), {
      sha: second.after,
    });
    sandbox.setFaults({ rules: [] });
    await rm(path.join(fx.bare, 'hooks', 'pre-receive'));

    // 3. The wrong key.
    await act('wrong key', 'push', pushEvent(second), await checkout(second.after, 'main'), {
      key: WRONG_KEY,
      sha: second.after,
    });

    // 4. A pull request: plan and sticky comment.
    await fx.git(['checkout', '--quiet', '-b', 'feature']);
    await fx.writeFiles({ 'posts/e.md': post('A post under review.', 'linkedin') });
    const head = await fx.commitAll('a post under review');
    await fx.git(['checkout', '--quiet', '--detach', second.after]);
    await fx.git(['merge', '--quiet', '--no-ff', '-m', 'Merge feature', head]);
    const merge = await fx.git(['rev-parse', 'HEAD']);
    await fx.git(['push', '--quiet', 'origin', `${head}:refs/heads/feature`, `${merge}:refs/pull/1/merge`]);
    await fx.git(['checkout', '--quiet', 'main']);
    const prEvent = {
      number: 1,
      pull_request: {
        number: 1,
        head: { sha: head, ref: 'feature', repo: { full_name: 'acme/social' } },
        base: { sha: second.after, ref: 'main', repo: { full_name: 'acme/social' } },
      },
      repository: { full_name: 'acme/social', default_branch: 'main' },
    };
    await act('pull request', 'pull_request', prEvent, await checkout('refs/pull/1/merge'), {
      ref: 'refs/pull/1/merge',
      sha: merge,
    });

    // 5. A scheduled sync of main.
    const tip = await fx.git(['rev-parse', 'refs/heads/main'], fx.bare);
    await act(
      'schedule',
      'schedule',
      { schedule: '17 * * * *', repository: { full_name: 'acme/social', default_branch: 'main' } },
      await checkout(tip, 'main'),
      { sha: tip },
    );
  });
  afterAll(async () => {
    await gh?.close();
    await sandbox?.close();
    await server?.close();
    await fx?.cleanup();
  });

  function leaks(where: string, text: string): string[] {
    return FORBIDDEN.filter((secret) => text.includes(secret)).map(
      (secret) =>
        `${where} contains ${secret === KEY || secret === WRONG_KEY ? 'a Buffer key' : 'the token'} (${secret.slice(0, 8)}…)`,
    );
  }

  /** Every regular file under `dir`, except git's compressed objects (their content is checked through `git log -p`). */
  async function filesUnder(dir: string): Promise<string[]> {
    const found: string[] = [];
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (full.endsWith(path.join('.git', 'objects'))) continue;
        found.push(...(await filesUnder(full)));
      } else if (entry.isFile()) found.push(full);
    }
    return found;
  }

  it('the runs did what they should, with the secrets really in use', () => {
    const by = Object.fromEntries(runs.map((r) => [r.name, r.run]));
    expect(by['push']!.exitCode, by['push']!.stdout).toBe(0);
    expect(by['push that fails']!.exitCode).toBe(1);
    expect(by['push that fails']!.stdout).toMatch(/GH006|rejected/);
    expect(by['wrong key']!.exitCode).toBe(1);
    expect(by['wrong key']!.stdout).toMatch(/Buffer rejected the API key/);
    expect(by['pull request']!.exitCode, by['pull request']!.stdout).toBe(0);
    expect(gh.comments(1)).toHaveLength(1);
    expect(by['schedule']!.stdout).not.toMatch(/is not available/);
    // The key reached Buffer, the token reached git and GitHub: there was something to leak.
    expect(sandbox.state().stats.byApiKey[KEY]).toBeGreaterThan(0);
    expect(server.requests.some((r) => r.authorized && r.url.includes('git-receive-pack'))).toBe(true);
    expect(gh.requests.some((r) => r.authorization !== undefined)).toBe(true);
  });

  it('stdout, stderr, outputs, step summaries and report files', async () => {
    const found: string[] = [];
    for (const { name, run } of runs) {
      // `::add-mask::<secret>` is how the runner learns what to mask: it consumes
      // the line and never shows it. It must come first, before anything is printed.
      const lines = run.stdout.split('\n');
      const masks = lines.filter((l) => l.startsWith('::add-mask::'));
      expect(lines.slice(0, masks.length), name).toEqual(masks);
      expect(masks.map((l) => l.slice('::add-mask::'.length)).sort(), name).toEqual(
        [name === 'wrong key' ? WRONG_KEY : KEY, TOKEN].sort(),
      );
      const shown = lines.filter((l) => !l.startsWith('::add-mask::')).join('\n');
      found.push(
        ...leaks(`${name}: stdout`, shown),
        ...leaks(`${name}: stderr`, run.stderr),
        ...leaks(`${name}: outputs`, JSON.stringify(run.outputs)),
        ...leaks(`${name}: summary`, run.summary),
      );
      // RUNNER_TEMP of the run: the raw GITHUB_OUTPUT file, the summary file, the JSON report.
      const temp = run.runnerTemp;
      expect((await stat(path.join(temp, 'output'))).isFile()).toBe(true);
      for (const file of await filesUnder(temp))
        if (!file.endsWith('event.json'))
          found.push(...leaks(`${name}: ${path.basename(file)}`, await readFile(file, 'latin1')));
    }
    expect(found).toEqual([]);
  });

  it('pull request comments, as stored and as sent', () => {
    const found = gh
      .comments()
      .flatMap((c) => c.history.flatMap((body, i) => leaks(`comment ${c.id} version ${i + 1}`, body)));
    found.push(
      ...gh.requests.flatMap((r) => leaks(`GitHub request ${r.method} ${r.path}`, JSON.stringify(r.body ?? ''))),
    );
    expect(found).toEqual([]);
  });

  it('commit messages and every file of every commit', async () => {
    const log = await fx.git(['log', '--all', '-p', '--format=%H%n%an <%ae>%n%B'], fx.bare);
    expect(log).toContain('[skip ci]'); // the write-backs are in there
    expect(leaks('git log -p --all', log)).toEqual([]);
  });

  it('the checkouts the action worked in, .git/config included', async () => {
    const found: string[] = [];
    for (const dir of workspaces) {
      for (const file of await filesUnder(dir))
        found.push(...leaks(path.relative(fx.root, file), await readFile(file, 'latin1')));
    }
    expect(found).toEqual([]);
  });
});
