/**
 * `npm start`: the main job end to end on the sample posts, with nothing real
 * at stake. A scratch copy of the repository (with a local bare `origin`), the
 * Buffer sandbox in this process, and the bundled action run as the runner
 * runs it for a push. Prints the plan, the Buffer IDs created and the
 * write-back diff. Needs no key and no network; the checkout is not touched.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSandbox } from '../src/sandbox/index.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const scratch = await mkdtemp(path.join(os.tmpdir(), 'buffer-gitops-start-'));
const home = path.join(scratch, 'home');
await mkdir(home);
await writeFile(path.join(scratch, 'gitconfig'), '');
const gitEnv: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: home,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: path.join(scratch, 'gitconfig'),
  GIT_AUTHOR_NAME: 'Dana Developer',
  GIT_AUTHOR_EMAIL: 'dana@example.com',
  GIT_COMMITTER_NAME: 'Dana Developer',
  GIT_COMMITTER_EMAIL: 'dana@example.com',
  GIT_TERMINAL_PROMPT: '0',
};

function run(file: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd: opts.cwd, env: opts.env ?? gitEnv, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}
async function git(args: string[], cwd: string): Promise<string> {
  const result = await run('git', args, { cwd });
  if (result.code !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}
const heading = (text: string) => console.log(`\n\u001b[1m== ${text}\u001b[0m`);

const sandbox = await startSandbox();
try {
  // The repository as the team has it before the merge, then the merge adding the posts.
  const bare = path.join(scratch, 'origin.git');
  const work = path.join(scratch, 'repo');
  await git(['init', '--quiet', '--bare', '--initial-branch=main', bare], scratch);
  await git(['clone', '--quiet', bare, work], scratch);
  await git(['symbolic-ref', 'HEAD', 'refs/heads/main'], work);
  await writeFile(path.join(work, 'README.md'), '# Our social posts\n');
  await git(['add', '-A'], work);
  await git(['commit', '--quiet', '-m', 'Start the social repository'], work);
  const before = await git(['rev-parse', 'HEAD'], work);
  await cp(path.join(root, 'posts'), path.join(work, 'posts'), { recursive: true });
  await git(['add', '-A'], work);
  await git(['commit', '--quiet', '-m', 'Merge pull request #1: the Acme 2.0 launch posts'], work);
  const after = await git(['rev-parse', 'HEAD'], work);
  await git(['push', '--quiet', 'origin', 'main'], work);

  // What actions/checkout gives the job: a depth-1 clone of the pushed commit.
  const checkout = path.join(scratch, 'checkout');
  await git(['clone', '--quiet', '--depth=1', '--no-tags', '--branch', 'main', `file://${bare}`, checkout], scratch);

  const eventPath = path.join(scratch, 'event.json');
  const outputPath = path.join(scratch, 'output');
  const summaryPath = path.join(scratch, 'summary.md');
  await writeFile(eventPath, JSON.stringify({ ref: 'refs/heads/main', before, after, repository: { full_name: 'acme/social', default_branch: 'main' } }));
  await writeFile(outputPath, '');
  await writeFile(summaryPath, '');

  heading(`Running the action on a push (${before.slice(0, 7)}..${after.slice(0, 7)}) against the sandbox at ${sandbox.url}`);
  const action = await run(process.execPath, [path.join(root, 'dist/index.js')], {
    cwd: checkout,
    env: {
      ...gitEnv,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_WORKSPACE: checkout,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: after,
      GITHUB_REPOSITORY: 'acme/social',
      RUNNER_TEMP: scratch,
      'INPUT_BUFFER-API-KEY': sandbox.apiKey,
      'INPUT_API-URL': sandbox.url,
      'INPUT_GITHUB-TOKEN': 'not-needed-for-a-local-remote',
    },
  });
  process.stdout.write(action.stdout.replace(/^/gm, '  '));
  if (action.stderr) process.stderr.write(action.stderr);

  heading('Plan (the `plan` output)');
  const outputs = await readFile(outputPath, 'utf8');
  const planText = /plan<<(.+)\n([\s\S]*?)\n\1/.exec(outputs)?.[2] ?? '[]';
  for (const item of JSON.parse(planText) as { action: string; file: string; ref?: string; when?: string }[]) {
    console.log(`  ${item.action.padEnd(7)} ${item.file} → ${item.ref ?? ''}${item.when ? `  (${item.when})` : ''}`);
  }

  heading('Posts now in the Buffer sandbox');
  const state = sandbox.state();
  for (const post of state.posts) {
    const channel = state.channels.find((c) => c.id === post.channelId);
    console.log(`  ${post.id}  ${(channel?.service ?? '?').padEnd(9)} ${post.status.padEnd(9)} ${post.dueAt ?? ''}  ${JSON.stringify(post.text.slice(0, 50))}`);
  }
  console.log(`  (${state.stats.requests} HTTP requests to the sandbox)`);

  heading('Write-back commit');
  await git(['pull', '--quiet', '--ff-only', 'origin', 'main'], work);
  console.log(await git(['show', '--stat', '--format=%h %s%n%an <%ae>', 'HEAD'], work));
  console.log(await git(['show', '--format=', 'HEAD', '--', 'posts'], work));
  process.exitCode = action.code;
} finally {
  await sandbox.close();
  await rm(scratch, { recursive: true, force: true });
}
