/**
 * Drives the fault matrix in-process: the engine's `runApply` (what the
 * bundled action runs on a push), a real sandbox over HTTP, a real git
 * repository with a bare `origin` and a fresh checkout per run like
 * actions/checkout's. In-process because 72+ cases × two runs through the
 * bundle would cost minutes; the process-kill cases use the bundle.
 *
 * Each case lives on its own branch of one repository (the push under test
 * goes to `case-N`, and so does the write-back), and the sandbox is reset to
 * the case's seed, so cases cannot see each other and share the set-up cost.
 */
import path from 'node:path';
import { BufferClient } from '../../src/buffer/client.js';
import { runApply } from '../../src/commands/apply.js';
import { readSettings } from '../../src/config/settings.js';
import type { EventContext } from '../../src/event/context.js';
import { MemoryReporter } from '../../src/report/reporter.js';
import { startSandbox, type FaultKind, type RunningSandbox, type SandboxStats } from '../../src/sandbox/index.js';
import type { MutationErrorType } from '../../src/sandbox/errors.js';
import type { RateLimits } from '../../src/sandbox/rate-limiter.js';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';
import { fastCommits } from './commits.js';
import { filesAfter, filesBefore, gitRaw, invariantViolations, NOW, seedFor, type World } from './world.js';

export interface RunResult {
  exitCode: number;
  reporter: MemoryReporter;
  /** Every wait the client asked for (Retry-After, transport backoff), in ms: nothing really sleeps. */
  sleeps: number[];
}

export interface CaseOutcome {
  first: RunResult;
  second: RunResult;
  /** The sandbox's request counters right after the first run. */
  firstStats: SandboxStats;
  violations: string[];
  /** The invariants' violations after the first run (only with `checkAfterFirst`). */
  afterFirst?: string[];
}

export interface BenchOptions {
  /** Buffer's request budget per window (default: off). */
  rateLimits?: RateLimits;
  /** Mutations per request (the engine's `batchSize`). */
  batchSize?: number;
}

export interface CaseOptions {
  maxWaitSeconds?: number;
  /** Also check the invariants right after the first run (outcome.afterFirst). */
  checkAfterFirst?: boolean;
  /** The sandbox's `ideaResponseEvery` during the first run. */
  ideaResponseEvery?: number;
  /** Called between the two runs (e.g. to let time pass in Buffer). */
  between?: () => void;
}

export interface FaultRuleSpec {
  operation: string;
  nth: number;
  times: number;
  fault: FaultKind;
  member?: MutationErrorType;
  message?: string;
}

export interface MatrixBench {
  fx: GitFixture;
  sandbox: RunningSandbox;
  /** Seeds Buffer and the repository with `world`, pushes its change, runs with `faults`, runs again without, checks. */
  runCase(world: World, faults: FaultRuleSpec[], opts?: CaseOptions): Promise<CaseOutcome>;
  close(): Promise<void>;
}

export async function createMatrixBench(benchOpts: BenchOptions = {}): Promise<MatrixBench> {
  const fx = await createGitFixture();
  // The engine's own git calls run with process.env: give this test process
  // the fixture's isolated git configuration (each test file is its own process).
  for (const key of ['HOME', 'GIT_CONFIG_NOSYSTEM', 'GIT_CONFIG_GLOBAL', 'LC_ALL', 'GIT_TERMINAL_PROMPT'] as const)
    process.env[key] = fx.env[key];
  const sandbox = await startSandbox({ now: NOW, rateLimits: benchOpts.rateLimits ?? false });
  await fx.writeFiles({ 'README.md': '# social\n' });
  await fx.commitAll('initial');
  await fx.push();
  const initial = await fx.git(['rev-parse', 'HEAD']);
  let runs = 0;
  let cases = 0;

  /**
   * The checkout a run works in: the branch at the event's `after` commit, as
   * actions/checkout leaves it. A local clone sharing origin's objects (full
   * history: shallow checkouts have their own E2E tests) keeps this cheap.
   */
  async function checkout(branch: string, sha: string): Promise<string> {
    const dir = path.join(fx.root, `run-${++runs}`);
    await gitRaw(
      ['clone', '--quiet', '--shared', '--no-tags', '--single-branch', `--branch=${branch}`, fx.bare, dir],
      fx.root,
      fx.env,
    );
    await gitRaw(['reset', '--quiet', '--hard', sha], dir, fx.env);
    return dir;
  }

  async function runOnce(
    branch: string,
    range: { before: string; after: string },
    maxWaitSeconds?: number,
  ): Promise<RunResult> {
    const workspace = await checkout(branch, range.after);
    const inputs: Record<string, string> = {
      'buffer-api-key': sandbox.apiKey,
      'api-url': sandbox.url,
      'github-token': 'ghs_matrix_token',
      ...(maxWaitSeconds !== undefined ? { 'max-wait': String(maxWaitSeconds) } : {}),
    };
    const settings = readSettings((name) => inputs[name], workspace, {});
    const event: EventContext = {
      name: 'push',
      repository: 'acme/social',
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      ref: `refs/heads/${branch}`,
      branch,
      sha: range.after,
      push: { before: range.before, after: range.after, ref: `refs/heads/${branch}` },
      payload: {},
    };
    const reporter = new MemoryReporter();
    const sleeps: number[] = [];
    const result = await runApply({
      settings,
      event,
      reporter,
      now: () => new Date(NOW),
      reportPath: path.join(fx.root, `report-${runs}.json`),
      batchSize: benchOpts.batchSize,
      createClient: (s) =>
        new BufferClient({
          apiKey: s.apiKey!,
          apiUrl: s.apiUrl,
          maxWaitMs: s.maxWaitMs,
          // Nothing really sleeps: a wait is recorded and Buffer's clock moves on by as much.
          sleep: async (ms) => {
            sleeps.push(ms);
            sandbox.advanceClock(ms / 1000);
          },
        }),
    }).catch((error: unknown) => {
      reporter.error(`thrown: ${error instanceof Error ? error.stack : String(error)}`);
      return { exitCode: 99 };
    });
    return { exitCode: result.exitCode, reporter, sleeps };
  }

  return {
    fx,
    sandbox,
    async runCase(world, faults, opts = {}) {
      sandbox.reset(seedFor(world));
      sandbox.setClock(NOW);
      const branch = `case-${++cases}`;
      const [before, after] = (await fastCommits(fx.bare, fx.env, branch, initial, [
        { message: 'tracked posts', files: filesBefore(world) },
        { message: 'the push under test', files: filesAfter(world) },
      ])) as [string, string];

      sandbox.setFaults({ rules: faults, ideaResponseEvery: opts.ideaResponseEvery });
      const first = await runOnce(branch, { before, after }, opts.maxWaitSeconds);
      const firstStats = sandbox.state().stats;
      const afterFirst = opts.checkAfterFirst
        ? await invariantViolations(world, { sandbox, bare: fx.bare, env: fx.env, branch, after })
        : undefined;
      sandbox.setFaults({ rules: [] });
      opts.between?.();
      // "Re-run job": the same event, a fresh checkout of the same commit.
      const second = await runOnce(branch, { before, after }, opts.maxWaitSeconds);
      const violations = await invariantViolations(world, { sandbox, bare: fx.bare, env: fx.env, branch, after });
      return { first, second, firstStats, violations, afterFirst };
    },
    async close() {
      await sandbox.close();
      await fx.cleanup();
    },
  };
}
