/**
 * A plan over a large repository: M post files, all tracked (they carry a
 * `buffer:` block with an ID, as after earlier runs), and a pull request that
 * edits 10 of them. The bundled action runs the pull_request event (plan: no
 * mutation, no commit); its CPU time and peak memory come from
 * process.resourceUsage() of the action's own node process, written at exit by
 * bench/rusage-hook.mjs (getrusage RUSAGE_SELF: all its threads); the git
 * processes it starts are measured apart. Three runs, each on a fresh
 * checkout; the median run is reported (the machine is shared and noisy).
 *
 * The base branch has a recorded applied state, as after the apply that
 * wrote those IDs (issue 11): the note `refs/notes/buffer-gitops/main` on the
 * base commit, every file complete with its blob and its ID, written by the
 * product's own writer (src/state/notes.ts) from the blobs git lists and the
 * IDs the files carry (an apply of 10,000 posts would take minutes). The plan
 * trusts the files the pull request did not touch from it (issue 16).
 * `{ state: false }` measures the same plan without a state (every file read).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createGitFixture, type GitFixture } from '../../test/helpers/git-fixture.js';
import { Git } from '../../src/git/git.js';
import { blobsAt } from '../../src/git/tree-blobs.js';
import type { AppliedState } from '../../src/state/applied-state.js';
import { writeAppliedState } from '../../src/state/notes.js';
import { benchSeed, runBundledAction, sandboxInputs, startBenchSandbox, trackedPosts } from './common.js';

export interface PlanResult {
  files: number;
  changed: number;
  /** user + system CPU of the action's node process, ms. */
  cpuMs: number;
  userMs: number;
  systemMs: number;
  /** user + system CPU of the git processes the action ran (Linux), ms. */
  childrenCpuMs?: number;
  /** Peak resident set size of the action's node process, MiB. */
  peakRssMb: number;
  wallMs: number;
  requests: number;
  /** Plan items that would change Buffer (the 10 edits). */
  planned: number;
  exitCode: number;
  /** The runs measured (each on a fresh checkout); the figures are the median run's, peak RSS the highest. */
  runs: number;
  cpuRunsMs: number[];
}

export const PLAN_CHANGED = 10;

export async function planOverRepository(files: number, runs = 3, opts: { state?: boolean } = {}): Promise<PlanResult> {
  const fx = await createGitFixture();
  const { contents, seedPosts } = trackedPosts(files, () => '2027-01-04T09:00:00.000Z');
  await fx.writeFiles(contents);
  const base = await fx.commitAll(`${files} tracked posts`);
  await fx.push();
  if (opts.state !== false) await recordState(fx, base, contents);

  // The pull request: 10 files edited, spread over the repository.
  const edits: Record<string, string> = {};
  const step = Math.floor(files / PLAN_CHANGED);
  for (let k = 0; k < PLAN_CHANGED; k++) {
    const file = Object.keys(contents)[k * step]!;
    edits[file] = contents[file]!.replace('with **notes**', 'with **edited notes**');
  }
  await fx.writeFiles(edits);
  const head = await fx.commitAll('edit 10 posts');
  await fx.git(['push', '--quiet', 'origin', 'HEAD:refs/heads/feature']);

  const seed = benchSeed();
  seed.posts = seedPosts;
  const sandbox = await startBenchSandbox({ seed });
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'bench-plan-'));
  const samples: PlanResult[] = [];
  try {
    for (let r = 0; r < runs; r++) {
      // actions/checkout on a pull request: one commit deep, a fresh checkout each run.
      const workspace = path.join(fx.root, `pr-checkout-${r}`);
      await fx.git(
        [
          'clone',
          '--quiet',
          '--no-tags',
          '--single-branch',
          '--branch=feature',
          '--depth=1',
          pathToFileURL(fx.bare).href,
          workspace,
        ],
        fx.root,
      );
      const requestsBefore = sandbox.state().stats.requests;
      const repo = { full_name: 'acme/social', default_branch: 'main' };
      const run = await runBundledAction({
        workspace,
        eventName: 'pull_request',
        event: {
          action: 'synchronize',
          number: 1,
          pull_request: {
            number: 1,
            head: { sha: head, ref: 'feature', repo },
            base: { sha: base, ref: 'main', repo },
          },
          repository: repo,
        },
        ref: 'refs/pull/1/merge',
        sha: head,
        inputs: sandboxInputs(sandbox),
        env: fx.env,
        rusageFile: path.join(scratch, `rusage-${r}.json`),
      });
      const usage = run.rusage;
      // The figure is the plan against the state only if the plan read it.
      if (opts.state !== false && !/Against the applied state of main at /.test(run.stdout))
        throw new Error(`plan over ${files} files: the applied state was not used:\n${run.stdout.slice(-2000)}`);
      if (!usage)
        throw new Error(
          `plan over ${files} files: no resource usage recorded (exit ${run.exitCode}): ${run.stderr.slice(0, 500)}`,
        );
      let planned = 0;
      try {
        planned = countChanges(JSON.parse(run.outputs.plan ?? '[]'));
      } catch {
        planned = -1;
      }
      samples.push({
        files,
        changed: PLAN_CHANGED,
        cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
        userMs: usage.userCPUTime / 1000,
        systemMs: usage.systemCPUTime / 1000,
        childrenCpuMs: usage.childrenCPUTime === undefined ? undefined : usage.childrenCPUTime / 1000,
        peakRssMb: usage.maxRSS / 1024,
        wallMs: run.wallMs,
        requests: sandbox.state().stats.requests - requestsBefore,
        planned,
        exitCode: run.exitCode,
        runs,
        cpuRunsMs: [],
      });
      await rm(workspace, { recursive: true, force: true });
    }
  } finally {
    await sandbox.close();
    await rm(scratch, { recursive: true, force: true });
    await fx.cleanup();
  }
  // The run with the median CPU time stands for the size; every run's CPU is kept.
  const sorted = [...samples].sort((a, b) => a.cpuMs - b.cpuMs);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return {
    ...median,
    peakRssMb: Math.max(...samples.map((s) => s.peakRssMb)),
    cpuRunsMs: samples.map((s) => Math.round(s.cpuMs)),
  };
}

/** The applied state of main at `commit`, as the apply that wrote these files' IDs records it: every file complete. */
async function recordState(fx: GitFixture, commit: string, contents: Record<string, string>): Promise<void> {
  const git = new Git({ cwd: fx.work, env: fx.env });
  const blobs = await blobsAt(git, commit, ['posts']);
  const state: AppliedState = {
    version: 1,
    branch: fx.branch,
    commit,
    recordedAt: new Date().toISOString(),
    files: {},
    ideas: {},
    orphans: [],
    attempts: [],
  };
  for (const [file, content] of Object.entries(contents)) {
    const tracked = /^buffer:\n {2}(\w+): \{id: (\w+),/m.exec(content);
    if (!tracked || !blobs.has(file)) throw new Error(`bench: ${file} has no buffer: entry or no blob`);
    state.files[file] = { blob: blobs.get(file)!, complete: true, posts: { [tracked[1]!]: tracked[2]! } };
  }
  const written = await writeAppliedState(git, { branch: fx.branch, state, expectedNoteCommit: undefined });
  if (written.status !== 'recorded') throw new Error(`bench: the applied state was not recorded: ${written.message}`);
}

function countChanges(plan: unknown): number {
  const items = Array.isArray(plan) ? plan : ((plan as { items?: unknown[] }).items ?? []);
  return items.filter((i) => {
    const action = (i as { action?: string }).action;
    return action !== undefined && action !== 'skip';
  }).length;
}
