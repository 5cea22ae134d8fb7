/**
 * `buffer-gitops validate [paths]` and `buffer-gitops plan [--base REF]`, run
 * in-process through the CLI's `main` in a real git repository: findings as
 * `file:line:col: severity: message`, a readable plan, `--json`, and the exit
 * codes (0 clean, 1 errors, 2 usage).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionWordsIn, runMain } from './run-cli.js';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';

const THREAD = `---
channels: [twitter, bluesky]
---
Why sync is fast 🧵

---

Operations, not documents: https://example.com/blog/sync
`;
// 240 + 1 + 20 × 2 = 281 weighted on X; the text is on line 4.
const LONG = `---
channel: twitter
---
${'a'.repeat(240)} ${'語'.repeat(20)}
`;
const FAR_FUTURE = `---
channel: linkedin
mode: customScheduled
dueAt: 2099-03-02T09:00:00Z
---
Hello LinkedIn.
`;

async function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = await runMain(args, { env, cwd });
  expect(actionWordsIn(result.stdout + result.stderr), `buffer-gitops ${args.join(' ')}`).toEqual([]);
  return result;
}

describe('buffer-gitops validate', () => {
  let fx: GitFixture;
  beforeAll(async () => {
    fx = await createGitFixture();
    await fx.writeFiles({ 'posts/thread.md': THREAD, 'posts/long.md': LONG, 'posts/later.md': FAR_FUTURE });
  });
  afterAll(async () => fx?.cleanup());

  it('prints each finding as file:line:col: severity: message and exits 1 on errors', async () => {
    const run = await cli(['validate'], fx.work);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^posts\/long\.md:4:1: error: X counts this post as 281 of 280 characters .*\[too-long\]$/m,
    );
    expect(run.stdout).not.toMatch(/^posts\/thread\.md:\d+:\d+: error/m);
    expect(run.stderr).toContain('3 file(s) checked (3 post(s), 0 idea(s)), 1 error(s)');
  });

  it('exits 0 for clean files given as paths', async () => {
    const run = await cli(['validate', 'posts/thread.md', 'posts/later.md'], fx.work);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).not.toMatch(/: error: /);
  });

  it('--json gives the findings as data', async () => {
    const run = await cli(['validate', '--json', 'posts/long.md'], fx.work);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as {
      files: number;
      errors: number;
      findings: { file: string; line: number; code: string }[];
    };
    expect(json).toMatchObject({ files: 1, errors: 1 });
    expect(json.findings.find((f) => f.code === 'too-long')).toMatchObject({ file: 'posts/long.md', line: 4 });
  });

  it('exits 2 on usage errors', async () => {
    expect((await cli(['validate', 'posts/missing.md'], fx.work)).code).toBe(2);
    expect((await cli(['validate', '--no-such-flag'], fx.work)).code).toBe(2);
  });
});

describe('buffer-gitops plan', () => {
  let fx: GitFixture;
  let sandbox: RunningSandbox;
  let base: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    fx = await createGitFixture();
    sandbox = await startSandbox({ now: '2027-01-01T00:00:00Z', rateLimits: false });
    await fx.writeFiles({ 'README.md': '# social\n' });
    base = await fx.commitAll('initial');
    await fx.writeFiles({ 'posts/thread.md': THREAD, 'posts/later.md': FAR_FUTURE });
    await fx.commitAll('two posts');
    env = { BUFFER_API_KEY: sandbox.apiKey, BUFFER_API_URL: sandbox.url };
  });
  afterAll(async () => {
    await sandbox?.close();
    await fx?.cleanup();
  });

  it('prints a readable plan with lengths and the summary line, and sends nothing to Buffer', async () => {
    const run = await cli(['plan', '--base', base], fx.work, env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('create      posts/later.md:2 → linkedin  2099-03-02 09:00 UTC  length 15 / 3,000');
    expect(run.stdout).toContain('create      posts/thread.md:2 → twitter  next queue slot  length 19 · 50 / 280');
    expect(run.stdout).toContain('create      posts/thread.md:2 → bluesky  next queue slot  length 18 · 56 / 300');
    expect(run.stdout).toMatch(/^Plan: 3 to create, 0 to edit, 0 to delete, 0 errors$/m);
    const byRoot = sandbox.state().stats.byRootField;
    for (const mutation of ['createPost', 'editPost', 'deletePost']) expect(byRoot[mutation] ?? 0).toBe(0);
  });

  it('accepts a branch name as --base and reports errors with exit 1, findings on stderr', async () => {
    await fx.git(['branch', '--force', 'before-long']);
    await fx.writeFiles({ 'posts/long.md': LONG });
    await fx.commitAll('a long post');
    const run = await cli(['plan', '--base', 'before-long'], fx.work, env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^posts\/long\.md:4:1: error: X counts this post as 281 of 280/m);
    expect(run.stdout).toContain('blocked     posts/long.md:2 → twitter  next queue slot  length 281 (too long) / 280');
    // The two earlier posts still lack Buffer IDs, so they are planned too (a failed earlier run is retried).
    expect(run.stdout).toMatch(/^Plan: 3 to create, 0 to edit, 0 to delete, 1 error$/m);
  });

  it('--json gives the plan with what each network receives', async () => {
    const run = await cli(['plan', '--json', '--base', base], fx.work, env);
    const json = JSON.parse(run.stdout) as {
      summary: string;
      exitCode: number;
      items: {
        file: string;
        ref: string;
        action: string;
        pieces: { text: string; length: { count: number; limit: number } }[];
      }[];
    };
    expect(run.code).toBe(1);
    expect(json.summary).toBe('3 to create, 0 to edit, 0 to delete, 1 error');
    const x = json.items.find((i) => i.file === 'posts/thread.md' && i.ref === 'twitter')!;
    expect(x.pieces.map((p) => [p.text, p.length.count, p.length.limit])).toEqual([
      ['Why sync is fast 🧵', 19, 280],
      ['Operations, not documents: https://example.com/blog/sync', 50, 280],
    ]);
  });

  it('plans offline without a key, and says so', async () => {
    const run = await cli(['plan', '--base', base], fx.work, {});
    expect(run.code).toBe(1); // the long post; offline changes nothing about errors
    expect(run.stderr).toContain('Offline plan: BUFFER_API_KEY is not set');
    expect(run.stdout).toContain(
      'create      posts/thread.md:2 → twitter  next queue slot  length 19 · 50 / 280  (offline)',
    );
  });

  it('exits 2 on usage errors', async () => {
    const badBase = await cli(['plan', '--base', 'no-such-ref'], fx.work, env);
    expect(badBase.code).toBe(2);
    expect(badBase.stderr).toContain('--base no-such-ref: not a commit');
    expect((await cli(['plan', 'posts/long.md'], fx.work, env)).code).toBe(2);
  });
});
