/**
 * GitHub's local action runner (`@github/local-action`, issue 10): the way a
 * user debugs the action at their desk, as the README describes it. It loads
 * `src/main.ts` through tsx, replaces @actions/core with its own stub, reads
 * inputs and GITHUB_* from a dotenv file, and calls the exported `run()`.
 * Here on a push event against the Buffer sandbox and a real git repository
 * with a bare `origin`: the post must reach the sandbox and its ID must come
 * back in a commit on the remote.
 *
 * The stub's `setFailed` does not change the exit code, so success is read
 * from what happened, not from the exit code alone.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitCodeOf } from '../helpers/run-action.js';
import { createHarness, mutationInputs, postsOf, type Harness } from './harness.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LOCAL_ACTION = path.join(ROOT, 'node_modules', '@github', 'local-action', 'bin', 'local-action.js');

const POST = `---
channel: twitter
---
Debugged locally, published for real (in the sandbox).
`;

describe('@github/local-action runs the action on a push against the sandbox', () => {
  let h: Harness;
  let result: { exitCode: number; stdout: string; stderr: string };
  let range: { before: string; after: string };
  let envFile: string;

  beforeAll(async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z' });
    range = await h.pushFiles({ 'posts/debug.md': POST }, 'a post to publish');
    const workspace = await h.fx.cloneShallow(1);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'buffer-gitops-local-action-'));
    const runnerTemp = path.join(dir, 'runner-temp');
    await mkdir(runnerTemp);
    const eventPath = path.join(dir, 'event.json');
    await writeFile(
      eventPath,
      JSON.stringify({
        ref: 'refs/heads/main',
        before: range.before,
        after: range.after,
        repository: { full_name: 'acme/social', default_branch: 'main' },
      }),
    );
    await writeFile(path.join(dir, 'summary.md'), '');
    // The .env file the README tells users to write: input names keep their dashes.
    envFile = path.join(dir, '.env');
    await writeFile(
      envFile,
      [
        `INPUT_BUFFER-API-KEY=${h.sandbox.apiKey}`,
        `INPUT_API-URL=${h.sandbox.url}`,
        'INPUT_GITHUB-TOKEN=ghs_local_debug',
        'GITHUB_EVENT_NAME=push',
        `GITHUB_EVENT_PATH=${eventPath}`,
        'GITHUB_REF=refs/heads/main',
        `GITHUB_SHA=${range.after}`,
        'GITHUB_REPOSITORY=acme/social',
        `GITHUB_WORKSPACE=${workspace}`,
        `GITHUB_STEP_SUMMARY=${path.join(dir, 'summary.md')}`,
        `RUNNER_TEMP=${runnerTemp}`,
        '',
      ].join('\n'),
    );
    result = await new Promise((resolve) => {
      execFile(
        process.execPath,
        [LOCAL_ACTION, 'run', ROOT, 'src/main.ts', envFile],
        {
          // local-action runs `npm ls` in its working directory to find the @actions packages to stub.
          cwd: ROOT,
          env: {
            ...h.fx.env,
            // No update check, nothing fetched: tsx and the stubs come from node_modules.
            npm_config_update_notifier: 'false',
            npm_config_offline: 'true',
            NO_COLOR: '1',
          },
          maxBuffer: 64 * 1024 * 1024,
          timeout: 120_000,
        },
        (error, stdout, stderr) => resolve({ exitCode: exitCodeOf(error), stdout, stderr }),
      );
    });
  }, 180_000);
  afterAll(async () => h?.close());

  it('runs src/main.ts under the stubbed toolkit and finishes without an error', () => {
    const log = `${result.stdout}\n--- stderr\n${result.stderr}`;
    expect(result.exitCode, log).toBe(0);
    expect(result.stdout, log).toContain('Running Action');
    expect(result.stdout, log).toContain('Action Outputs');
    expect(result.stdout, log).not.toMatch(/^::error/m);
    // The outputs table local-action prints at the end.
    expect(result.stdout, log).toMatch(/'created'\s*│\s*'1'/);
    expect(result.stdout, log).toMatch(/'failed'\s*│\s*'0'/);
  });

  it('creates the post in the sandbox: one createPost with the file text', () => {
    const created = mutationInputs(h.requests, 'createPost');
    expect(created).toHaveLength(1);
    expect(created[0]!.text).toBe('Debugged locally, published for real (in the sandbox).');
    expect(postsOf(h.sandbox).map((p) => p.text)).toContain('Debugged locally, published for real (in the sandbox).');
  });

  it('pushes the Buffer ID back to the remote in a [skip ci] commit', async () => {
    const id = postsOf(h.sandbox).find((p) => p.text.startsWith('Debugged locally'))!.id;
    await h.pull();
    expect(await h.head()).not.toBe(range.after);
    expect(await h.fx.git(['log', '-1', '--format=%s'])).toMatch(/\[skip ci\]$/);
    const file = await h.read('posts/debug.md');
    expect(file).toMatch(new RegExp(`^buffer:\\n  twitter: \\{id: "?${id}"?`, 'm'));
    expect(file.startsWith('---\nchannel: twitter\n')).toBe(true);
    expect(file.endsWith('---\nDebugged locally, published for real (in the sandbox).\n')).toBe(true);
  });
});
