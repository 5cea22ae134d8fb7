/**
 * The action's first Buffer read goes out before git work when the push
 * payload says the run will likely need Buffer (issue 16): it travels while git
 * fetches the branch tip, and connect() uses its answer. Runs the bundled
 * action on push payloads as GitHub Actions gives them to a workflow (commits
 * with ids and messages, without file lists), and as webhook deliveries write
 * them (`commits[].added/removed/modified`, from the pushed commits).
 *
 * The ordering is observed, not timed: the bare remote serves fetches through
 * `uploadpack.packObjectsHook`, a script that holds every pack until the
 * sandbox has received its first request (or gives up after a while and says
 * so). The action's first fetch can then only finish before the first request
 * if the request waits for it; the hook's log says which happened.
 */
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushNeedsBuffer } from '../../src/event/push-files.js';
import { WRITE_BACK_MESSAGE_PREFIX } from '../../src/git/write-back-names.js';
import type { ObservedRequest } from '../../src/sandbox/index.js';
import { listenRecording } from '../helpers/recording-server.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { createHarness, postsOf, type Harness } from './harness.js';

const post = (body: string) => `---
channels: [twitter]
mode: customScheduled
dueAt: 2027-03-02T09:00:00+01:00
---
${body}
`;

/**
 * The push payload for before..after. `webhook`: each commit with the paths it added, removed and modified, as a
 * webhook delivery has them; `actions`: without those lists, as GitHub Actions gives the payload to a workflow.
 */
async function pushPayload(
  h: Harness,
  range: { before: string; after: string },
  shape: 'actions' | 'webhook' = 'actions',
) {
  const ids = (await h.fx.git(['rev-list', '--reverse', `${range.before}..${range.after}`])).split('\n');
  const commits = [];
  for (const id of ids) {
    const message = await h.fx.git(['log', '-1', '--format=%B', id]);
    // GitHub's payload has no renames: a renamed file is a removed path and an added one.
    const lines = (await h.fx.git(['diff-tree', '--no-commit-id', '--name-status', '--no-renames', '-r', id]))
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('\t') as [string, string]);
    const paths = (status: string) => lines.filter(([s]) => s === status).map(([, p]) => p);
    commits.push(
      shape === 'webhook'
        ? { id, message, added: paths('A'), removed: paths('D'), modified: paths('M') }
        : { id, message },
    );
  }
  return {
    ref: 'refs/heads/main',
    before: range.before,
    after: range.after,
    forced: false,
    commits,
    head_commit: commits.at(-1),
    repository: { full_name: 'acme/social', default_branch: 'main' },
  };
}

/** The action on a push, as the runner runs it: `payload` false leaves out the commits (the action then reads nothing ahead). */
async function runOn(
  h: Harness,
  range: { before: string; after: string },
  opts: {
    payload?: 'actions' | 'webhook' | false;
    inputs?: Record<string, string>;
    env?: NodeJS.ProcessEnv;
  } = {},
): Promise<ActionRun> {
  const full = await pushPayload(h, range, opts.payload || 'actions');
  const event = opts.payload === false ? { ...full, commits: undefined, head_commit: undefined } : full;
  return runAction({
    workspace: await h.fx.cloneShallow(1),
    eventName: 'push',
    event,
    sha: range.after,
    inputs: {
      'buffer-api-key': h.sandbox.apiKey,
      'api-url': h.sandbox.url,
      'github-token': 'ghs_test',
      ...opts.inputs,
    },
    env: { ...h.fx.env, ...opts.env },
  });
}

/** Each request's operation name (`query Account`, `mutation Batch1`…). */
const operations = (requests: ObservedRequest[]) => requests.map((r) => /^\s*(\w+\s+\w+)/.exec(r.query)?.[1]);

describe('the first Buffer read travels while git works', () => {
  let h: Harness;
  /** A second repository and sandbox: the same push, run without the payload's file lists (no read ahead), as before. */
  let before: Harness;
  let firstRequestSeen = false;
  let marker: string;
  let hookLog: string;
  let hookConfig: string;

  beforeAll(async () => {
    h = await createHarness({
      now: '2027-01-01T00:00:00Z',
      onRequest: async () => {
        if (!firstRequestSeen) {
          firstRequestSeen = true;
          await writeFile(marker, '');
        }
      },
    });
    before = await createHarness({ now: '2027-01-01T00:00:00Z' });
    marker = path.join(h.fx.root, 'first-request');
    hookLog = path.join(h.fx.root, 'pack-hook.log');
    const hook = path.join(h.fx.root, 'pack-hook.sh');
    // Holds each pack until the first request arrived (at most ~20 s), and logs whether it had to wait.
    await writeFile(
      hook,
      `#!/bin/sh
if [ -e '${marker}' ]; then echo 'started after' >> '${hookLog}'; else echo 'started before' >> '${hookLog}'; fi
i=0
while [ ! -e '${marker}' ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i+1)); done
if [ -e '${marker}' ]; then echo 'served after' >> '${hookLog}'; else echo 'served without it' >> '${hookLog}'; fi
exec "$@"
`,
    );
    await chmod(hook, 0o755);
    // Only a protected configuration (the global one here) may set the hook: the action's git gets its own copy.
    hookConfig = path.join(h.fx.root, 'gitconfig-with-hook');
    await writeFile(
      hookConfig,
      `${await readFile(h.fx.env.GIT_CONFIG_GLOBAL!, 'utf8')}\n[uploadpack]\n\tpackObjectsHook = ${hook}\n`,
    );
  });
  afterAll(async () => {
    await h?.close();
    await before?.close();
  });

  it('a push adding one post: the account read arrives while the first fetch is held, and the run sends what it sent before', async () => {
    const file = { 'posts/launch.md': post('We launched.') };
    const range = await h.pushFiles(file, 'add launch');
    const run = await runOn(h, range, { env: { GIT_CONFIG_GLOBAL: hookConfig } });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(postsOf(h.sandbox)).toHaveLength(1);

    // The first pack (the action's first fetch: the tip, the previous commit, the applied state) was served only after
    // the first request arrived: it had started before (and was held), or was asked for after the request.
    const log = (await readFile(hookLog, 'utf8')).split('\n').filter(Boolean);
    expect(log.find((line) => line.startsWith('served'))).toBe('served after');
    expect(h.requests[0]!.query).toMatch(/^\s*query Account\b/);

    // The same push without the payload's commits is read as before: the same requests, in the same order.
    const beforeRange = await before.pushFiles(file, 'add launch');
    const beforeRun = await runOn(before, beforeRange, { payload: false });
    expect(beforeRun.exitCode, beforeRun.stdout).toBe(0);
    expect(operations(h.requests)).toEqual(operations(before.requests));
    // SPEC §8: one new post costs 2 + ⌈1/25⌉ requests without organization-id; the run's report counts them all.
    expect(h.requests).toHaveLength(3);
    const report = JSON.parse(await readFile(run.outputs.report!, 'utf8')) as { requests?: number };
    expect(report.requests).toBe(3);
  });

  it("the write-back's commit is one the payload rule leaves out", async () => {
    const tip = await h.head();
    await h.pull();
    const range = { before: tip, after: await h.head() };
    const payload = await pushPayload(h, range, 'webhook');
    expect(payload.commits).toHaveLength(1);
    expect(payload.commits[0]!.message.startsWith(WRITE_BACK_MESSAGE_PREFIX)).toBe(true);
    expect(payload.commits[0]!.modified).toEqual(['posts/launch.md']);
    expect(pushNeedsBuffer(payload, ['posts', 'ideas'])).toBe(false);
    expect(pushNeedsBuffer(await pushPayload(h, range, 'actions'), ['posts', 'ideas'])).toBe(false);
  });

  it('a rename-only push and a push of README.md alone: no request with the file lists, the one read without them', async () => {
    const sent = h.requests.length;
    const content = await h.read('posts/launch.md');
    const rename = await h.pushFiles({ 'posts/launch.md': null, 'posts/2027-launch.md': content }, 'rename');
    const renamed = await runOn(h, rename, { payload: 'webhook' });
    expect(renamed.exitCode, renamed.stdout).toBe(0);
    expect((await pushPayload(h, rename, 'webhook')).commits[0]).toMatchObject({
      added: ['posts/2027-launch.md'],
      removed: ['posts/launch.md'],
    });

    const readme = await h.pushFiles({ 'README.md': '# social\n\nOur posts.\n' }, 'readme');
    const other = await runOn(h, readme, { payload: 'webhook' });
    expect(other.exitCode, other.stdout).toBe(0);
    expect(h.requests.length).toBe(sent);

    // As GitHub Actions gives the payload (no file lists), a person's commit reads ahead: the account read, nothing else.
    const back = await h.pushFiles({ 'posts/2027-launch.md': null, 'posts/launch.md': content }, 'rename back');
    const actions = await runOn(h, back);
    expect(actions.exitCode, actions.stdout).toBe(0);
    expect(actions.stdout).toContain('Nothing in this push changes Buffer.');
    expect(operations(h.requests.slice(sent))).toEqual(['query Account']);
    expect(postsOf(h.sandbox)).toHaveLength(1);
  });

  it('a run that turns out not to need Buffer ends at once, its read ahead answered by a long Retry-After', async () => {
    // The payload names a post the pushed commit does not change (a payload is not the truth the run acts on).
    const range = await h.pushFiles({ 'README.md': '# social\n\nOur posts, weekly.\n' }, 'readme again');
    const payload = await pushPayload(h, range, 'webhook');
    payload.commits[0]!.modified = ['posts/2027-launch.md'];
    // Buffer refuses every request for two minutes: waiting for it would outlast the test's timeout.
    const busy = await listenRecording(createServer(), 'http', (_seen, res) => {
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '120' });
      res.end(
        JSON.stringify({ errors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMIT_EXCEEDED' } }] }),
      );
    });
    try {
      const run = await runAction({
        workspace: await h.fx.cloneShallow(1),
        eventName: 'push',
        event: payload,
        sha: range.after,
        inputs: { 'buffer-api-key': h.sandbox.apiKey, 'api-url': busy.url, 'github-token': 'ghs_test' },
        env: h.fx.env,
      });
      expect(run.exitCode, run.stdout + run.stderr).toBe(0);
      expect(busy.seen).toHaveLength(1);
      expect(run.stdout).toContain('Nothing in this push changes Buffer.');
      expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
      const report = JSON.parse(await readFile(run.outputs.report!, 'utf8')) as { requests?: number };
      expect(report.requests).toBe(1);
    } finally {
      await busy.close();
    }
  });

  it(
    'a run that turns out not to need Buffer ends its read ahead instead of waiting for the answer',
    { timeout: 20_000 },
    async () => {
      // Without the abort the run waits for Buffer's answer or the request's 30 s timeout: longer than this test's.
      // A person's commit that touches no post: the payload (no file lists) reads ahead; the run needs nothing.
      const range = await h.pushFiles({ 'README.md': '# social\n\nNothing for Buffer here.\n' }, 'readme, no post');
      let closed = false;
      const silent = await listenRecording(createServer(), 'http', (_seen, _res, req) => {
        req?.socket.on('close', () => (closed = true));
      });
      try {
        const run = await runAction({
          workspace: await h.fx.cloneShallow(1),
          eventName: 'push',
          event: await pushPayload(h, range),
          sha: range.after,
          inputs: { 'buffer-api-key': h.sandbox.apiKey, 'api-url': silent.url, 'github-token': 'ghs_test' },
          env: h.fx.env,
        });
        expect(run.exitCode, run.stdout + run.stderr).toBe(0);
        expect(silent.seen).toHaveLength(1);
        expect(run.stdout).toContain('Nothing in this push changes Buffer.');
        expect(closed).toBe(true);
      } finally {
        await silent.close();
      }
    },
  );

  it('a rejected key fails as it did without the read ahead, after one request', async () => {
    const file = { 'posts/rejected.md': post('Not with this key.') };
    const inputs = { 'buffer-api-key': 'not-a-buffer-key' };
    await before.pull();
    const sent = h.requests.length;
    const ahead = await runOn(h, await h.pushFiles(file, 'add with a wrong key'), { inputs });
    const sentBefore = before.requests.length;
    const plain = await runOn(before, await before.pushFiles(file, 'add with a wrong key'), {
      inputs,
      payload: false,
    });
    expect(ahead.exitCode).toBe(1);
    expect(plain.exitCode).toBe(1);
    const errors = (run: ActionRun) => run.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors(ahead).length).toBeGreaterThan(0);
    expect(errors(ahead)).toEqual(errors(plain));
    expect(errors(ahead).join('\n')).toMatch(/API key/i);
    expect(h.requests.length - sent).toBe(1);
    expect(before.requests.length - sentBefore).toBe(1);
    expect(ahead.stderr).not.toMatch(/Unhandled|UnhandledPromiseRejection/);
  });
});
