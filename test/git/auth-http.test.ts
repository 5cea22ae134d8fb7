/**
 * The token over a real smart-HTTP remote: it travels only as a per-command
 * http.extraheader, is never persisted (.git/config, remote URL) and never
 * appears in an error.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectChanges } from '../../src/git/changes.js';
import { Git, GitError, basicCredential } from '../../src/git/git.js';
import { WriteBackRejectedError, commitAndPush } from '../../src/git/write-back.js';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';
import { installRejectingPreReceiveHook, startGitHttpServer, type GitHttpServer } from '../helpers/git-http-server.js';

const TOKEN = 'ghs_TestToken0123456789abcdefABCDEF';
const MESSAGE = 'buffer-gitops: record Buffer post IDs [skip ci]';

let fx: GitFixture;
let server: GitHttpServer;
let before: string;
let after: string;

beforeEach(async () => {
  fx = await createGitFixture();
  await fx.writeFiles({ 'posts/a.md': '---\nchannels: [twitter]\n---\nA\n', 'posts/gone.md': 'gone\n' });
  before = await fx.commitAll('first');
  await fx.writeFiles({ 'posts/b.md': 'B\n', 'posts/gone.md': null });
  after = await fx.commitAll('second');
  await fx.push();
  server = await startGitHttpServer({ projectRoot: fx.root, token: TOKEN, env: fx.env });
});
afterEach(async () => {
  await server.close();
  await fx.cleanup();
});

/** A depth-1 checkout over HTTP, done the way actions/checkout does it (init, remote add, fetch, checkout). */
async function checkoutOverHttp(git: Git, dir: string): Promise<void> {
  await fx.git(['init', '--quiet', dir], fx.root);
  await git.exec(['remote', 'add', 'origin', server.repoUrl('origin.git')]);
  await git.exec(['fetch', '--no-tags', '--depth=1', 'origin', '+refs/heads/main:refs/remotes/origin/main'], {
    auth: true,
  });
  await git.exec(['checkout', '--quiet', '-B', 'main', 'refs/remotes/origin/main']);
}

function expectNoSecret(text: string): void {
  expect(text).not.toContain(TOKEN);
  expect(text).not.toContain(basicCredential(TOKEN));
}

describe('token over an HTTP remote', () => {
  it('authenticates fetch, diff and push through the extraheader and persists nothing', async () => {
    const dir = path.join(fx.root, 'http-work');
    const git = new Git({ cwd: dir, env: fx.env, token: TOKEN, serverUrl: server.baseUrl });
    await checkoutOverHttp(git, dir);

    // detectChanges fetches the missing `before` commit over the authenticated remote.
    const set = await detectChanges(git, { before, after, dirs: ['posts'] });
    expect(set).toMatchObject({ kind: 'diff' });
    if (set.kind === 'diff')
      expect(set.changes.map((c) => `${c.status} ${c.path}`).sort()).toEqual([
        'added posts/b.md',
        'deleted posts/gone.md',
      ]);

    const result = await commitAndPush(git, {
      branch: 'main',
      message: MESSAGE,
      apply: async () => {
        await fx.writeFiles({ 'posts/b.md': '---\nbuffer:\n  twitter: {id: x1}\n---\nB\n' }, dir);
        return ['posts/b.md'];
      },
    });
    expect(result.status).toBe('pushed');
    if (result.status === 'pushed') expect(await fx.git(['rev-parse', 'refs/heads/main'], fx.bare)).toBe(result.commit);

    // Every request that reached git carried exactly the expected credential; none had it in the URL.
    expect(server.requests.some((r) => r.authorized && r.method === 'POST' && r.url.includes('git-receive-pack'))).toBe(
      true,
    );
    expect(server.requests.every((r) => r.authorized)).toBe(true);
    for (const r of server.requests) expectNoSecret(r.url);

    // Nothing persisted: not in the repository's config, not in the remote URL, not in the global config.
    const config = await readFile(path.join(dir, '.git', 'config'), 'utf8');
    expectNoSecret(config);
    expect(config).not.toMatch(/extraheader/i);
    expect(await fx.git(['remote', 'get-url', 'origin'], dir)).toBe(server.repoUrl('origin.git'));
    expect(await readFile(fx.env.GIT_CONFIG_GLOBAL as string, 'utf8')).toBe('');
    // And a plain git call afterwards is unauthenticated again.
    const anonymous = await git.exec(['ls-remote', 'origin'], { allowFailure: true });
    expect(anonymous.exitCode).not.toBe(0);
  });

  it('sends the header only to the configured server', async () => {
    const dir = path.join(fx.root, 'http-work');
    const git = new Git({ cwd: dir, env: fx.env, token: TOKEN, serverUrl: server.baseUrl });
    await checkoutOverHttp(git, dir);

    const elsewhere = new Git({ cwd: dir, env: fx.env, token: TOKEN, serverUrl: 'https://github.example.test' });
    const result = await elsewhere.exec(['ls-remote', 'origin'], { allowFailure: true, auth: true });
    expect(result.exitCode).not.toBe(0);
    const last = server.requests[server.requests.length - 1];
    expect(last?.authorization).toBeUndefined();
  });

  it('replaces a header persisted by an earlier checkout instead of sending two', async () => {
    const dir = path.join(fx.root, 'http-work');
    const git = new Git({ cwd: dir, env: fx.env, token: TOKEN, serverUrl: server.baseUrl });
    await checkoutOverHttp(git, dir);
    // What actions/checkout leaves behind with persist-credentials (here: an expired token).
    await git.exec([
      'config',
      `http.${server.baseUrl}/.extraheader`,
      `AUTHORIZATION: basic ${basicCredential('expired')}`,
    ]);

    const result = await git.exec(['ls-remote', 'origin', 'refs/heads/main'], { auth: true });
    expect(result.stdout).toContain('refs/heads/main');
    expect(server.requests[server.requests.length - 1]?.authorized).toBe(true);
  });

  it('keeps the token out of every error: failed command, token in arguments, rejected push', async () => {
    const dir = path.join(fx.root, 'http-work');
    const git = new Git({ cwd: dir, env: fx.env, token: TOKEN, serverUrl: server.baseUrl });
    await checkoutOverHttp(git, dir);

    const failed = await git
      .exec(['fetch', 'origin', 'refs/heads/does-not-exist'], { auth: true })
      .catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(GitError);
    const gitError = failed as GitError;
    expect(gitError.exitCode).not.toBe(0);
    expectNoSecret(`${gitError.message}\n${gitError.stderr}\n${gitError.args.join(' ')}`);

    // A token that slipped into a URL argument is redacted too.
    const withUrl = await git
      .exec(['ls-remote', server.repoUrl('origin.git').replace('http://', `http://user:${TOKEN}@`)])
      .catch((e: unknown) => e);
    expect(withUrl).toBeInstanceOf(GitError);
    expect((withUrl as GitError).message).toContain('***');
    expectNoSecret(
      `${(withUrl as GitError).message}\n${(withUrl as GitError).stderr}\n${(withUrl as GitError).args.join(' ')}`,
    );

    await installRejectingPreReceiveHook(fx.bare, 'GH006: Protected branch update failed for refs/heads/main.');
    const rejected = await commitAndPush(git, {
      branch: 'main',
      message: MESSAGE,
      apply: async () => {
        await fx.writeFiles({ 'posts/a.md': 'changed\n' }, dir);
        return ['posts/a.md'];
      },
    }).catch((e: unknown) => e);
    expect(rejected).toBeInstanceOf(WriteBackRejectedError);
    expect((rejected as Error).message).toContain('GH006');
    expectNoSecret((rejected as Error).message);
  });

  it('turns a token that may not push into a WriteBackRejectedError that says how to fix it', async () => {
    const dir = path.join(fx.root, 'http-work');
    const good = new Git({ cwd: dir, env: fx.env, token: TOKEN, serverUrl: server.baseUrl });
    await checkoutOverHttp(good, dir);
    const wrongToken = 'ghs_WrongToken9876543210';
    const git = new Git({ cwd: dir, env: fx.env, token: wrongToken, serverUrl: server.baseUrl });

    const error = await commitAndPush(git, {
      branch: 'main',
      message: MESSAGE,
      apply: async () => {
        await fx.writeFiles({ 'posts/a.md': 'changed\n' }, dir);
        return ['posts/a.md'];
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteBackRejectedError);
    expect((error as Error).message).toMatch(/contents: write/);
    expect((error as Error).message).not.toContain(wrongToken);
    expect(await fx.git(['rev-parse', 'refs/heads/main'], fx.bare)).toBe(after);
  });
});
