/**
 * Publish N new posts three ways, each on a fresh sandbox: the bundled action
 * on a push event, the action with batching off (`batch-size: 1`), and the
 * official Buffer CLI once per post. A way that receives a 429 stops there;
 * the rest is projected from what one more post costs that way.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { GitFixture } from '../../test/helpers/git-fixture.js';
import type { RunningSandbox, StoredPost } from '../../src/sandbox/index.js';
import { project, type Projection } from './budget.js';
import {
  CHANNELS,
  log,
  OFFICIAL_CLI,
  postFile,
  pushEvent,
  repoWithPush,
  runBundledAction,
  sandboxInputs,
  startBenchSandbox,
} from './common.js';

export type Way = 'action' | 'action-unbatched' | 'official-cli';

export const WAY_LABELS: Record<Way, string> = {
  action: 'buffer-gitops (action)',
  'action-unbatched': 'buffer-gitops, batching off',
  'official-cli': 'official CLI, once per post',
};

export interface PublishResult {
  way: Way;
  n: number;
  /** HTTP requests the sandbox received, 429s included. */
  requests: number;
  rateLimited: number;
  /** Posts that exist in Buffer after the run. */
  published: number;
  /** Stopped by a 429 before every post was published. */
  stopped: boolean;
  wallMs: number;
  /** Requests by GraphQL root field, as the sandbox counted them. */
  byRootField: Record<string, number>;
  projection: Projection;
  /** For the action: its exit code and `created` output. */
  exitCode?: number;
  created?: number;
  note?: string;
}

/** Kept alive after the action publishes N, to sync those posts later. */
export interface Published {
  fx: GitFixture;
  posts: StoredPost[];
}

/** The fixed requests of one action run: account, channels, and the exactly-once `posts` check. */
const ACTION_FIXED = 3;

export async function publishWithAction(
  n: number,
  batchSize: 25 | 1,
  keep?: (p: Published) => void,
): Promise<PublishResult> {
  const files = Object.fromEntries(Array.from({ length: n }, (_, i) => postFile(i, n)).map((f) => [f.path, f.content]));
  const { fx, before, after } = await repoWithPush(files);
  const sandbox = await startBenchSandbox();
  try {
    const workspace = await fx.cloneShallow(1);
    const run = await runBundledAction({
      workspace,
      eventName: 'push',
      event: pushEvent(before, after),
      sha: after,
      // A long Retry-After (the 15-minute window) is not waited for: the run stops cleanly.
      // organization-id is set as a team's workflow would: account, channels and the
      // exactly-once look-up then share one request (without it: one request more).
      inputs: sandboxInputs(sandbox, {
        'max-wait': '1',
        'batch-size': String(batchSize),
        'organization-id': state0OrganizationId(sandbox),
      }),
      env: fx.env,
    });
    const state = sandbox.state();
    const published = state.posts.length;
    const requests = state.stats.requests;
    const rateLimited = state.stats.rateLimited;
    const rest = n - published;
    const result: PublishResult = {
      way: batchSize === 1 ? 'action-unbatched' : 'action',
      n,
      requests,
      rateLimited,
      published,
      stopped: rest > 0,
      wallMs: run.wallMs,
      byRootField: state.stats.byRootField,
      projection: project(requests - rateLimited, rest, rest > 0 ? ACTION_FIXED + Math.ceil(rest / batchSize) : 0),
      exitCode: run.exitCode,
      created: Number(run.outputs.created ?? NaN),
    };
    if (rest > 0) {
      const stop = `${run.stdout}\n${run.stderr}`
        .split('\n')
        .find((l) => /^Stopped|rate.?limit/i.test(l.replace(/^::\w+[^:]*::/, '')));
      result.note =
        rateLimited > 0
          ? `stopped at the 429: ${(stop ?? lastError(run.stdout, run.stderr)).slice(0, 200)}`
          : stop
            ? `stopped before a 429, by its own reading of the RateLimit headers: ${stop.slice(0, 200)}`
            : `stopped without a 429 (exit ${run.exitCode}): ${lastError(run.stdout, run.stderr)}`;
    }
    if (keep && rest === 0 && run.exitCode === 0) keep({ fx, posts: state.posts });
    else await fx.cleanup();
    return result;
  } finally {
    await sandbox.close();
  }
}

function lastError(stdout: string, stderr: string): string {
  const lines = `${stdout}\n${stderr}`.split('\n').filter((l) => /error|fail/i.test(l));
  return (lines.at(-1) ?? '').slice(0, 300);
}

interface CliCall {
  code: number;
  stdout: string;
  stderr: string;
  killed: boolean;
}

/**
 * One call of the official CLI, isolated like test/conformance/official-cli.test.ts
 * (temp HOME, no update check, `--quiet`). If the sandbox answers it a 429 and the
 * CLI does not exit by itself (it might wait out Retry-After), it is stopped.
 */
function officialCli(sandbox: RunningSandbox, home: string, args: string[]): Promise<CliCall> {
  return new Promise((resolve) => {
    const limitedBefore = sandbox.state().stats.rateLimited;
    const child = spawn(
      process.execPath,
      [OFFICIAL_CLI, ...args, '--api-url', sandbox.url, '--output', 'json', '--quiet'],
      {
        env: {
          PATH: process.env.PATH ?? '',
          HOME: home,
          XDG_CONFIG_HOME: path.join(home, '.config'),
          BUFFER_API_KEY: sandbox.apiKey,
          BUFFER_DISABLE_UPDATE_CHECK: '1',
          NO_COLOR: '1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let limitedAt: number | undefined;
    const started = Date.now();
    const watch = setInterval(() => {
      if (limitedAt === undefined && sandbox.state().stats.rateLimited > limitedBefore) limitedAt = Date.now();
      const overdue = Date.now() - started > 60_000;
      if ((limitedAt !== undefined && Date.now() - limitedAt > 2_000) || overdue) {
        killed = true;
        child.kill('SIGKILL');
      }
    }, 100);
    child.on('close', (code) => {
      clearInterval(watch);
      resolve({ code: code ?? 1, stdout, stderr, killed });
    });
  });
}

/** What a user scripts: look up the organization and channels once, then one `posts create` per post. */
export async function publishWithOfficialCli(n: number): Promise<PublishResult> {
  const sandbox = await startBenchSandbox();
  const home = await mkdtemp(path.join(os.tmpdir(), 'bench-buffer-cli-home-'));
  const started = performance.now();
  let note: string | undefined;
  try {
    const account = await officialCli(sandbox, home, ['account']);
    const orgId = (JSON.parse(account.stdout) as { organizations: { id: string }[] }).organizations[0]!.id;
    const list = await officialCli(sandbox, home, ['channels', 'list', '--organization-id', orgId]);
    const parsed = JSON.parse(list.stdout) as
      { id: string; service: string }[] | { items: { id: string; service: string }[] };
    const channels = Array.isArray(parsed) ? parsed : parsed.items;
    const channelIds = CHANNELS.map((service) => channels.find((c) => c.service === service)!.id);
    for (let i = 0; i < n; i++) {
      const text = `Benchmark post ${i + 1} of ${n}: what shipped in build ${String(i + 1).padStart(5, '0')}, with notes and the changelog https://example.com/changelog/${i + 1}`;
      const call = await officialCli(sandbox, home, [
        'posts',
        'create',
        '--channel-id',
        channelIds[i % channelIds.length]!,
        '--mode',
        'addToQueue',
        '--scheduling-type',
        'automatic',
        '--text',
        text,
      ]);
      if (sandbox.state().stats.rateLimited > 0) {
        note = `429 at post ${i + 1}${call.killed ? ' (the CLI was waiting; stopped)' : ''}: ${call.stderr.trim().slice(0, 160)}`;
        break;
      }
      if (call.code !== 0) {
        note = `post ${i + 1} failed (exit ${call.code}): ${call.stderr.trim().slice(0, 160)}`;
        break;
      }
      if ((i + 1) % 25 === 0) log(`  official CLI: ${i + 1}/${n} posts`);
    }
    const wallMs = performance.now() - started;
    const state = sandbox.state();
    const published = state.posts.length;
    const rest = n - published;
    return {
      way: 'official-cli',
      n,
      requests: state.stats.requests,
      rateLimited: state.stats.rateLimited,
      published,
      stopped: rest > 0,
      wallMs,
      byRootField: state.stats.byRootField,
      // The rest is one `posts create` (one request) per post.
      projection: project(state.stats.requests - state.stats.rateLimited, rest, rest),
      note,
    };
  } finally {
    await sandbox.close();
    await rm(home, { recursive: true, force: true });
  }
}

/** The sandbox organization's ID (the bench seed has one organization). */
function state0OrganizationId(sandbox: RunningSandbox): string {
  const org = sandbox.state().organizations[0];
  if (!org) throw new Error('the bench sandbox has no organization');
  return org.id;
}
