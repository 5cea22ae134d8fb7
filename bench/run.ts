/**
 * `npm run bench` (issue 7): requests, time and memory of buffer-gitops side
 * by side with the official Buffer CLI, in one run, against the sandbox with
 * 100 ms latency and Buffer's free-plan rate limits. Prints the tables and the
 * targets' pass/miss; writes bench/results.json, docs/benchmarks.md and
 * docs/benchmarks.svg. A script, not a test: every loop is bounded, every way
 * stops at its first 429, and a section that would start past the time
 * budget is skipped and reported as such.
 *
 *   npm run bench                 # everything
 *   npm run bench -- --quick      # N = 10 and 100, plan over 1,000 files, sync of 100 (a smoke run; writes nothing)
 *   npm run bench -- --report     # re-render the table and docs from bench/results.json
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { bundleSize, coldStart } from './lib/cold-start.js';
import { CHANNELS, FREE, LATENCY_MS, log, ROOT, snapshotDist, startGithubStub, stopGithubStub } from './lib/common.js';
import { planOverRepository, type PlanResult } from './lib/plan.js';
import { publishWithAction, publishWithOfficialCli, type PublishResult } from './lib/publish.js';
import { evaluateTargets, markdown, printable, svgChart, type BenchResults } from './lib/report.js';
import { startup, type StartupResult } from './lib/startup.js';
import { syncSourcePresent, syncTracked, type SyncResult } from './lib/sync.js';

const quick = process.argv.includes('--quick');

if (process.argv.includes('--report')) {
  // Re-render the table, targets, docs and chart from bench/results.json, measuring nothing.
  const { readFile } = await import('node:fs/promises');
  const saved = JSON.parse(await readFile(path.join(ROOT, 'bench/results.json'), 'utf8')) as BenchResults;
  const again: BenchResults = { ...saved, targets: evaluateTargets(saved) };
  console.log(printable(again));
  await writeFile(path.join(ROOT, 'bench/results.json'), `${JSON.stringify(again, null, 2)}\n`);
  await writeFile(path.join(ROOT, 'docs/benchmarks.svg'), svgChart(again));
  await writeFile(path.join(ROOT, 'docs/benchmarks.md'), markdown(again, 'benchmarks.svg'));
  process.exit(0);
}
const PUBLISH_NS = quick ? [10, 100] : [10, 100, 1000];
const PLAN_FILES = quick ? [10, 1000] : [10, 1000, 10_000];
const SYNC_NS = quick ? [100] : [100, 1000];
/** Sections do not start after this; the whole bench must end within 5 minutes. */
const BUDGET_MS = 4 * 60_000;

const started = performance.now();
const elapsed = () => performance.now() - started;
const skipped: string[] = [];
const within = (what: string): boolean => {
  if (elapsed() < BUDGET_MS) return true;
  skipped.push(`${what}: the bench's time budget was spent (${(elapsed() / 60_000).toFixed(1)} min)`);
  log(`skipping ${what}: time budget spent`);
  return false;
};

if (!existsSync(path.join(ROOT, 'dist/index.js'))) {
  console.error('dist/index.js is missing: run `npm run bundle` first.');
  process.exit(2);
}

// Every run measures this copy: dist/ may be rebuilt while the bench runs.
const dist = await snapshotDist();
await startGithubStub();
const publish: PublishResult[] = [];
const plan: PlanResult[] = [];
const sync: SyncResult[] = [];
let cold: BenchResults['coldStart'];
let start: StartupResult | undefined;
let bundle: BenchResults['bundle'];
try {
  bundle = await bundleSize(dist);
  if (within('start-up')) {
    log(
      'start-up: node -e 0, the official CLI --version, buffer-gitops --version and validate (21 runs each, in turns)',
    );
    start = await startup(quick ? 7 : 21);
  }
  if (within('cold start')) {
    log('cold start of dist/index.js (7 runs, in turns with node -e 0)');
    cold = await coldStart(quick ? 3 : 7);
  }

  for (const n of PUBLISH_NS) {
    if (within(`publish N = ${n} with the action`)) {
      log(`publish N = ${n}: buffer-gitops (action)`);
      publish.push(await publishWithAction(n, 25));
    }
    if (within(`publish N = ${n} with batching off`)) {
      log(`publish N = ${n}: buffer-gitops, batching off`);
      publish.push(await publishWithAction(n, 1));
    }
    if (within(`publish N = ${n} with the official CLI`)) {
      log(`publish N = ${n}: official CLI, once per post`);
      publish.push(await publishWithOfficialCli(n));
    }
  }

  for (const files of PLAN_FILES) {
    if (!within(`plan over ${files} files`)) continue;
    log(`plan over ${files} files, 10 changed`);
    plan.push(await planOverRepository(files));
  }

  if (!syncSourcePresent()) {
    skipped.push('sync: not available yet');
    log('sync: not available yet');
  } else {
    for (const n of SYNC_NS) {
      if (!within(`sync of ${n} tracked posts`)) continue;
      log(`sync of ${n} tracked posts`);
      const result = await syncTracked(n);
      sync.push(result);
      if (!result.available) {
        log('sync: not available yet (this dist/ has no sync command)');
        break;
      }
    }
  }
} finally {
  await stopGithubStub();
  await rm(dist, { recursive: true, force: true });
}

const partial: Omit<BenchResults, 'targets'> = {
  generatedAt: new Date().toISOString(),
  machine: {
    node: process.versions.node,
    platform: `${os.platform()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    loadAverage: os.loadavg(),
  },
  settings: { latencyMs: LATENCY_MS, rateLimits: FREE, organizationPlan: 'team', channels: CHANNELS },
  startup: start,
  coldStart: cold,
  bundle,
  publish,
  plan,
  sync,
  skipped,
  benchWallMs: elapsed(),
};
const results: BenchResults = { ...partial, targets: evaluateTargets(partial) };

console.log(printable(results));
if (quick) {
  log('--quick: nothing written');
} else {
  await writeFile(path.join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  await mkdir(path.join(ROOT, 'docs'), { recursive: true });
  await writeFile(path.join(ROOT, 'docs/benchmarks.svg'), svgChart(results));
  await writeFile(path.join(ROOT, 'docs/benchmarks.md'), markdown(results, 'benchmarks.svg'));
  log('wrote bench/results.json, docs/benchmarks.md, docs/benchmarks.svg');
}
