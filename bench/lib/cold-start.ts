/**
 * Cold start: from spawning `node dist/index.js` (a push adding one post, its
 * payload listing the file as GitHub's does) to the first request the sandbox
 * receives: Node's start, loading the bundle, reading inputs and the event;
 * the payload shows the run needs Buffer, so that read goes out before the git
 * work (src/event/push-files.ts; without the file lists it would wait for the
 * git fetch, the diff and reading the file). Median of
 * a few runs, each on a fresh sandbox; `write-back: none` so runs do not
 * interfere. Each run takes turns with a bare `node -e 0` (spawn → exit),
 * the yardstick of issue 16. And the bundle's size on disk and gzipped.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  median,
  postFile,
  pushEvent,
  repoWithPush,
  runBundledAction,
  sandboxInputs,
  startBenchSandbox,
} from './common.js';
import { bareNode } from './startup.js';

export interface ColdStartResult {
  runs: number;
  /** Spawn → first request, ms: median, min, max. */
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Spawn → exit, median, ms. */
  medianTotalMs: number;
  /** A bare `node -e 0`, spawn → exit, median of the runs taken in turns with the action's, ms. */
  bareMs: number;
}

export interface BundleResult {
  /** dist/index.js, bytes. */
  actionBytes: number;
  actionGzipBytes: number;
  /** Every file under dist/ (action and CLI), bytes. */
  distBytes: number;
}

export async function coldStart(runs: number): Promise<ColdStartResult> {
  const file = postFile(0, 1);
  const { fx, before, after } = await repoWithPush({ [file.path]: file.content });
  const firsts: number[] = [];
  const totals: number[] = [];
  const bare: number[] = [];
  try {
    for (let r = 0; r < runs; r++) {
      let first: number | undefined;
      const sandbox = await startBenchSandbox({
        onRequest: () => {
          first ??= performance.now();
        },
      });
      try {
        const workspace = await fx.cloneShallow(1);
        bare.push(await bareNode({ cwd: workspace, env: fx.env }));
        const run = await runBundledAction({
          workspace,
          eventName: 'push',
          event: withCommits(pushEvent(before, after), after, [file.path]),
          sha: after,
          inputs: sandboxInputs(sandbox, { 'write-back': 'none', 'max-wait': '1' }),
          env: fx.env,
        });
        if (first === undefined)
          throw new Error(`cold start: the action sent no request (exit ${run.exitCode}): ${run.stderr.slice(0, 300)}`);
        firsts.push(first - run.spawnedAt);
        totals.push(run.wallMs);
      } finally {
        await sandbox.close();
      }
    }
  } finally {
    await fx.cleanup();
  }
  return {
    runs,
    medianMs: median(firsts),
    minMs: Math.min(...firsts),
    maxMs: Math.max(...firsts),
    medianTotalMs: median(totals),
    bareMs: median(bare),
  };
}

/**
 * The push payload as GitHub Actions gives it to a workflow: the pushed commit
 * with its id and message, without the file lists a webhook delivery has (GitHub
 * removes `added`/`removed`/`modified` for Actions). A commit that is not the
 * write-back's tells the action that the run will likely read Buffer
 * (src/event/push-files.ts).
 */
function withCommits<T extends object>(event: T, after: string, added: string[]) {
  const commit = { id: after, message: `add ${added.length} posts`, distinct: true };
  return { ...event, commits: [commit], head_commit: commit };
}

/** Sizes of the bundle in `dist` (the bench's snapshot of dist/). */
export async function bundleSize(dist: string): Promise<BundleResult> {
  const action = await readFile(path.join(dist, 'index.js'));
  let distBytes = 0;
  for (const entry of await readdir(dist, { recursive: true })) {
    const s = await stat(path.join(dist, entry));
    if (s.isFile()) distBytes += s.size;
  }
  return { actionBytes: action.length, actionGzipBytes: gzipSync(action, { level: 9 }).length, distBytes };
}
