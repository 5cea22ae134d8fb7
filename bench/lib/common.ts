/**
 * What every benchmark shares: the sandbox as the issue asks for it (100 ms
 * added latency, Buffer's free-plan rate limits), post files, git repositories
 * built with the test helpers, and a stand-in GitHub API on 127.0.0.1 so no run
 * can reach the internet.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createGitFixture, type GitFixture } from '../../test/helpers/git-fixture.js';
import { parseOutputFile, prepareRunner, type RunActionOptions } from '../../test/helpers/run-action.js';
import { FREE_PLAN_RATE_LIMITS } from '../../src/sandbox/rate-limiter.js';
import {
  defaultChannelId,
  defaultSeed,
  startSandbox,
  type RunningSandbox,
  type SandboxOptions,
  type SandboxSeed,
} from '../../src/sandbox/index.js';
import { seedObjectId } from '../../src/sandbox/seed.js';
import type { Service } from '../../src/buffer/types.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const LATENCY_MS = 100;
export const FREE = FREE_PLAN_RATE_LIMITS;
export const CHANNELS = ['twitter', 'linkedin', 'bluesky'] as const;
export const RUSAGE_HOOK = fileURLToPath(new URL('../rusage-hook.mjs', import.meta.url));

/** The official Buffer CLI's entry (its package.json `bin`), as `npx buffer` would run it. */
export const OFFICIAL_CLI = (() => {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('@bufferapp/cli/package.json');
  return path.join(path.dirname(pkg), (require(pkg) as { bin: Record<string, string> }).bin.buffer!);
})();

/**
 * The default seed on the `team` plan: the free plan also caps scheduled posts
 * at 10 per channel, which would stop every way at 30 posts and measure the
 * queue cap instead of the request cost. Rate limits stay the free plan's.
 */
export function benchSeed(): SandboxSeed {
  const seed = defaultSeed();
  for (const org of seed.organizations) org.plan = 'team';
  return seed;
}

export function startBenchSandbox(opts: SandboxOptions = {}): Promise<RunningSandbox> {
  return startSandbox({ seed: benchSeed(), clock: 'wall', latencyMs: LATENCY_MS, rateLimits: FREE, ...opts });
}

/** One post file for channel `i % 3`, with a text no other post has (the exactly-once check matches by text). */
export function postFile(i: number, n: number, extraFrontMatter = ''): { path: string; content: string } {
  const channel = CHANNELS[i % CHANNELS.length]!;
  const id = String(i + 1).padStart(5, '0');
  return {
    path: `posts/bench-${id}.md`,
    content: `---\nchannel: ${channel}\n${extraFrontMatter}---\nBenchmark post ${i + 1} of ${n}: what shipped in build ${id}, with **notes** and [the changelog](https://example.com/changelog/${id}).\n`,
  };
}

/**
 * N post files already tracked (a `buffer:` block with an ID, as the write-back
 * leaves them) and the matching posts for the sandbox's seed.
 */
export function trackedPosts(
  n: number,
  dueAt: (i: number) => string,
): { contents: Record<string, string>; seedPosts: NonNullable<SandboxSeed['posts']> } {
  const contents: Record<string, string> = {};
  const seedPosts: NonNullable<SandboxSeed['posts']> = [];
  for (let i = 0; i < n; i++) {
    const { path: file, content } = postFile(i, n);
    const service = CHANNELS[i % CHANNELS.length]! as Service;
    // 24-hex IDs, distinct from anything the sandbox generates.
    const id = seedObjectId(0xbe, i + 1);
    const due = dueAt(i);
    contents[file] = content.replace(
      /^---\n(channel: \w+\n)/,
      `---\n$1buffer:\n  ${service}: {id: ${id}, status: scheduled, dueAt: "${due}"}\n`,
    );
    const text = `Benchmark post ${i + 1} of ${n}: what shipped in build ${String(i + 1).padStart(5, '0')}, with notes and the changelog (https://example.com/changelog/${String(i + 1).padStart(5, '0')}).`;
    seedPosts.push({
      id,
      channelId: defaultChannelId(service),
      status: 'scheduled',
      dueAt: due,
      text,
      createdAt: '2026-01-05T10:00:00.000Z',
    });
  }
  return { contents, seedPosts };
}

/** A repository with an initial commit, then `files` committed and pushed; returns the push range. */
export async function repoWithPush(
  files: Record<string, string>,
): Promise<{ fx: GitFixture; before: string; after: string }> {
  const fx = await createGitFixture();
  await fx.writeFiles({ 'README.md': '# social\n' });
  const before = await fx.commitAll('initial');
  await fx.push();
  await fx.writeFiles(files);
  const after = await fx.commitAll(`add ${Object.keys(files).length} posts`);
  await fx.push();
  return { fx, before, after };
}

export interface TimedRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** Spawn to exit, ms. */
  wallMs: number;
  /** performance.now() just before the spawn. */
  spawnedAt: number;
  /** process.resourceUsage() of the action's node process at exit, and its children's CPU (see rusage-hook.mjs). */
  rusage?: NodeJS.ResourceUsage & { childrenCPUTime?: number };
}

export interface BundledRunOptions extends RunActionOptions {
  /** Preload bench/rusage-hook.mjs and read what it writes here. */
  rusageFile?: string;
}

/**
 * A copy of dist/ taken when the bench starts: every run measures the same
 * bundle, even if dist/ is rebuilt while the bench runs.
 */
let distDir = path.join(ROOT, 'dist');
let actionEntry = path.join(distDir, 'index.js');

export async function snapshotDist(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-dist-'));
  // BENCH_DIST: measure another build (e.g. a copy of an earlier dist/) the same way.
  await cp(process.env.BENCH_DIST ?? path.join(ROOT, 'dist'), dir, { recursive: true });
  distDir = dir;
  actionEntry = path.join(dir, 'index.js');
  return dir;
}

/** A file of the bundle the bench measures (its snapshot of dist/ once taken), e.g. `cli/index.js`. */
export function distFile(relative: string): string {
  return path.join(distDir, relative);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Runs the bundled action the way the runner does, as test/helpers/run-action.ts
 * does it (inputs as INPUT_* variables, the event payload in a file, outputs and
 * the summary in files), timed from the spawn, with the rusage hook preloaded
 * when asked.
 */
export async function runBundledAction(opts: BundledRunOptions): Promise<TimedRun> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-run-'));
  try {
    // The PR comment and any other REST call go to the stand-in on 127.0.0.1.
    const { env, outputPath } = await prepareRunner(dir, {
      ...opts,
      env: { ...opts.env, GITHUB_API_URL: githubStub.url },
    });
    if (opts.rusageFile) {
      env.NODE_OPTIONS = `--import=${pathToFileURL(RUSAGE_HOOK).href}`;
      env.BENCH_RUSAGE_FILE = opts.rusageFile;
    }
    const spawnedAt = performance.now();
    const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number; stdout: string; stderr: string }>(
      (resolve) => {
        // Bounded: a run that hangs is killed and reported as failed, and the bench goes on.
        execFile(
          process.execPath,
          [actionEntry],
          { cwd: opts.workspace, env, maxBuffer: 256 * 1024 * 1024, timeout: 180_000, killSignal: 'SIGKILL' },
          (error, stdout, stderr) => {
            const code =
              error && typeof (error as { code?: unknown }).code === 'number'
                ? (error as { code: number }).code
                : error
                  ? 1
                  : 0;
            resolve({ exitCode: code, stdout, stderr });
          },
        );
      },
    );
    const wallMs = performance.now() - spawnedAt;
    const outputs = parseOutputFile(await readFile(outputPath, 'utf8'));
    const rusage = opts.rusageFile
      ? (JSON.parse(await readFile(opts.rusageFile, 'utf8')) as TimedRun['rusage'])
      : undefined;
    return { exitCode, stdout, stderr, outputs, wallMs, spawnedAt, rusage };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function pushEvent(before: string, after: string) {
  return {
    ref: 'refs/heads/main',
    before,
    after,
    forced: false,
    repository: { full_name: 'acme/social', default_branch: 'main' },
  };
}

/** Inputs every run against the sandbox gets. */
export function sandboxInputs(sandbox: RunningSandbox, extra: Record<string, string> = {}): Record<string, string> {
  return { 'buffer-api-key': sandbox.apiKey, 'api-url': sandbox.url, 'github-token': 'ghs_bench_token', ...extra };
}

/** A GitHub REST stand-in on 127.0.0.1: answers everything with an empty success and counts calls. */
export const githubStub = { url: 'http://127.0.0.1:9', calls: 0, server: undefined as Server | undefined };

export async function startGithubStub(): Promise<void> {
  const server = createServer((req, res) => {
    githubStub.calls++;
    req.resume();
    req.on('end', () => {
      res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' });
      res.end(req.method === 'GET' ? '[]' : '{"id":1}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  githubStub.server = server;
  githubStub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export async function stopGithubStub(): Promise<void> {
  const server = githubStub.server;
  if (!server) return;
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
