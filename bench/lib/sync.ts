/**
 * Sync of N tracked posts: a repository whose N files carry Buffer IDs, a
 * sandbox holding those posts (the first tenth already due, so Buffer has sent
 * them and sync has statuses to write back), and the bundled action on a
 * `schedule` event (command auto → sync).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createGitFixture } from '../../test/helpers/git-fixture.js';
import { benchSeed, ROOT, runBundledAction, sandboxInputs, startBenchSandbox, trackedPosts } from './common.js';

export interface SyncResult {
  tracked: number;
  available: boolean;
  requests: number;
  rateLimited: number;
  wallMs: number;
  exitCode: number;
  /** Posts the sandbox had sent whose file now records it. */
  sentWrittenBack?: number;
  note?: string;
}

/** Whether this checkout's bundled action has a sync command at all. */
export function syncSourcePresent(): boolean {
  return existsSync(path.join(ROOT, 'src/commands/sync.ts'));
}

export async function syncTracked(n: number): Promise<SyncResult> {
  const now = Date.now();
  const hour = 3_600_000;
  // The first tenth was due an hour ago (sent by Buffer); the rest is queued over the coming days.
  const dueAt = (i: number) => new Date(i < n / 10 ? now - hour : now + (i + 1) * hour).toISOString();
  const { contents, seedPosts } = trackedPosts(n, (i) => dueAt(i).replace(/\.\d{3}Z$/, '.000Z'));
  const fx = await createGitFixture();
  const seed = benchSeed();
  seed.posts = seedPosts;
  const sandbox = await startBenchSandbox({ seed });
  try {
    await fx.writeFiles(contents);
    const head = await fx.commitAll(`${n} tracked posts`);
    await fx.push();
    const workspace = await fx.cloneShallow(1);
    const run = await runBundledAction({
      workspace,
      eventName: 'schedule',
      event: { schedule: '17 * * * *', repository: { full_name: 'acme/social', default_branch: 'main' } },
      sha: head,
      inputs: sandboxInputs(sandbox, { 'max-wait': '1' }),
      env: fx.env,
    });
    const state = sandbox.state();
    const output = `${run.stdout}\n${run.stderr}`;
    if (/`sync` command is not available|Unknown command|not one of .*sync/i.test(output)) {
      return {
        tracked: n,
        available: false,
        requests: state.stats.requests,
        rateLimited: state.stats.rateLimited,
        wallMs: run.wallMs,
        exitCode: run.exitCode,
        note: 'sync: not available yet',
      };
    }
    // What the write-back pushed: files that now say `status: sent`.
    await fx.git(['pull', '--quiet', '--ff-only', 'origin', fx.branch]);
    const sentFiles = await fx.git(['grep', '-l', '-e', 'status: sent', '--', 'posts']).catch(() => '');
    const sentWrittenBack = sentFiles === '' ? 0 : sentFiles.split('\n').length;
    const failure = run.exitCode === 0 ? undefined : lastProblem(output);
    return {
      tracked: n,
      available: true,
      requests: state.stats.requests,
      rateLimited: state.stats.rateLimited,
      wallMs: run.wallMs,
      exitCode: run.exitCode,
      sentWrittenBack,
      note: failure,
    };
  } finally {
    await sandbox.close();
    await fx.cleanup();
  }
}

function lastProblem(output: string): string {
  const lines = output.split('\n').filter((l) => /^::error|error/i.test(l));
  return (lines.at(-1) ?? '').slice(0, 300);
}
