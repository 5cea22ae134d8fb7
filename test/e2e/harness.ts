/**
 * End-to-end harness: a real git repository with a bare `origin`, the Buffer
 * sandbox over HTTP on 127.0.0.1, and the bundled action run as the runner
 * runs it. Each test file gets its own fixture and sandbox.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import {
  startSandbox,
  type ObservedRequest,
  type RunningSandbox,
  type SandboxOptions,
} from '../../src/sandbox/index.js';

export const ZERO_SHA = '0000000000000000000000000000000000000000';

export interface Harness {
  fx: GitFixture;
  sandbox: RunningSandbox;
  /** Every GraphQL request the sandbox received, as sent. */
  requests: ObservedRequest[];
  /** Commits `files` in the work clone and pushes; returns before/after for a push event. */
  pushFiles(
    files: Record<string, string | null>,
    message: string,
    cwd?: string,
  ): Promise<{ before: string; after: string }>;
  /** Runs the action on a push event in `workspace` (default: a fresh depth-1 clone like actions/checkout). */
  runPush(
    range: { before: string; after: string },
    opts?: { workspace?: string; inputs?: Record<string, string>; forced?: boolean; env?: NodeJS.ProcessEnv },
  ): Promise<ActionRun & { workspace: string }>;
  /** Pulls the branch into the work clone (to see write-back commits). */
  pull(cwd?: string): Promise<void>;
  read(file: string, cwd?: string): Promise<string>;
  head(cwd?: string): Promise<string>;
  close(): Promise<void>;
}

export async function createHarness(sandboxOptions: SandboxOptions = {}): Promise<Harness> {
  const fx = await createGitFixture();
  const requests: ObservedRequest[] = [];
  const sandbox = await startSandbox({
    rateLimits: false,
    ...sandboxOptions,
    onRequest: async (request) => {
      requests.push(request);
      await sandboxOptions.onRequest?.(request);
    },
  });
  // An initial commit so the first push in a test has a real `before`.
  await fx.writeFiles({ 'README.md': '# social\n' });
  await fx.commitAll('initial');
  await fx.push();

  return {
    ...repositoryOn(fx, sandbox),
    sandbox,
    requests,
    async close() {
      await sandbox.close();
      await fx.cleanup();
    },
  };
}

/** The repository half of a harness: pushes in its work clone and action runs on its pushes, publishing to `sandbox` as `repository`. */
export function repositoryOn(
  fx: GitFixture,
  sandbox: RunningSandbox,
  repository = 'acme/social',
): Pick<Harness, 'fx' | 'pushFiles' | 'runPush' | 'pull' | 'read' | 'head'> {
  const head = (cwd = fx.work) => fx.git(['rev-parse', 'HEAD'], cwd);
  return {
    fx,
    head,
    async pushFiles(files, message, cwd = fx.work) {
      const before = await head(cwd);
      await fx.writeFiles(files, cwd);
      const after = await fx.commitAll(message, cwd);
      await fx.push(cwd);
      return { before, after };
    },
    async runPush(range, opts = {}) {
      const workspace = opts.workspace ?? (await fx.cloneShallow(1));
      const run = await runAction({
        workspace,
        eventName: 'push',
        event: {
          ref: 'refs/heads/main',
          before: range.before,
          after: range.after,
          forced: opts.forced ?? false,
          repository: { full_name: repository, default_branch: 'main' },
        },
        sha: range.after,
        repository,
        inputs: {
          'buffer-api-key': sandbox.apiKey,
          'api-url': sandbox.url,
          'github-token': 'ghs_test_token',
          ...opts.inputs,
        },
        env: { ...fx.env, ...opts.env },
      });
      return { ...run, workspace };
    },
    async pull(cwd = fx.work) {
      await fx.git(['pull', '--quiet', '--ff-only', 'origin', fx.branch], cwd);
    },
    read: (file, cwd = fx.work) => readFile(path.join(cwd, file), 'utf8'),
  };
}

export function postsOf(sandbox: RunningSandbox) {
  return sandbox.state().posts;
}

export function channelIdOf(sandbox: RunningSandbox, service: string): string {
  const channel = sandbox.state().channels.find((c) => c.service === service);
  if (!channel) throw new Error(`no ${service} channel in the sandbox seed`);
  return channel.id;
}

/** The inputs of every aliased `kind` mutation in the requests, in order. */
export function mutationInputs(
  requests: ObservedRequest[],
  kind: 'createPost' | 'editPost' | 'deletePost' | 'createIdea',
): Record<string, unknown>[] {
  const inputs: Record<string, unknown>[] = [];
  for (const request of requests) {
    for (const match of request.query.matchAll(new RegExp(`\\b${kind}\\(input: \\$(\\w+)\\)`, 'g'))) {
      inputs.push(request.variables[match[1]!] as Record<string, unknown>);
    }
  }
  return inputs;
}
