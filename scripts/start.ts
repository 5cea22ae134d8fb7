/**
 * `npm start`: the product end to end on the sample posts, with nothing real
 * at stake, told as a person would see it on GitHub. In a scratch repository
 * (a local bare `origin`), a pull request adds the files in `posts/`; the
 * bundled action runs on it as the runner does and comments its plan; the
 * merge is pushed and the action publishes to the Buffer sandbox (in this
 * process) and pushes the IDs back. It prints, in order: the plan comment
 * (its Markdown rendered as text), the push that publishes, the IDs written
 * back, and the sandbox's request count. The action's workflow commands are
 * shown as the runner displays them (runner-log.ts), and colour is used only
 * on a terminal (never with NO_COLOR). Needs no key and no network; the
 * checkout is not touched. The plan comment goes to a local stand-in for
 * GitHub's REST API (the one the tests use), the only fake here.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startSandbox, type RunningSandbox } from '../src/sandbox/index.js';
import { startFakeGitHub } from '../test/helpers/fake-github.js';
import { prepareRunner, type RunActionOptions } from '../test/helpers/run-action.js';
import { markdownAsText } from './markdown-text.js';
import { humanLog } from './runner-log.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const ACTION = path.join(root, 'dist/index.js');
const REPOSITORY = 'acme/social';
const PR = 1;
/** The token the stand-in for GitHub accepts; a placeholder, like everything here. */
const GITHUB_TOKEN = 'ghs_test_token';

// ---- Output: plain text into a pipe, bold headings and coloured diffs on a terminal.
const colour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;
function say(text = ''): void {
  process.stdout.write(`${colour ? text : text.replace(ANSI, '')}\n`);
}
const bold = (text: string) => (colour ? `\u001b[1m${text}\u001b[0m` : text);
const dim = (text: string) => (colour ? `\u001b[2m${text}\u001b[0m` : text);
/** Every line prefixed; an empty line gets the prefix without its trailing spaces. */
const indent = (text: string, prefix = '    ') =>
  text
    .split('\n')
    .map((line) => (line === '' ? prefix.trimEnd() : prefix + line))
    .join('\n');
function heading(text: string): void {
  say();
  say(bold(`== ${text}`));
  say();
}

// ---- Git in the scratch folder, isolated from the user's configuration.
const scratch = await mkdtemp(path.join(os.tmpdir(), 'buffer-gitops-start-'));
await mkdir(path.join(scratch, 'home'));
await writeFile(path.join(scratch, 'gitconfig'), '');
const gitEnv: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: path.join(scratch, 'home'),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: path.join(scratch, 'gitconfig'),
  GIT_AUTHOR_NAME: 'Dana Developer',
  GIT_AUTHOR_EMAIL: 'dana@example.com',
  GIT_COMMITTER_NAME: 'Dana Developer',
  GIT_COMMITTER_EMAIL: 'dana@example.com',
  GIT_TERMINAL_PROMPT: '0',
};

function run(
  file: string,
  args: string[],
  opts: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { cwd: opts.cwd, env: opts.env ?? gitEnv, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}
async function git(args: string[], cwd: string): Promise<string> {
  const result = await run('git', args, { cwd });
  if (result.code !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trimEnd();
}

/** actions/checkout: a fresh one-commit-deep clone of `ref`, detached. */
async function checkout(bare: string, ref: string, name: string): Promise<string> {
  const dir = path.join(scratch, name);
  await git(['init', '--quiet', dir], scratch);
  await git(['remote', 'add', 'origin', pathToFileURL(bare).href], dir);
  await git(['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', `+${ref}:refs/remotes/checkout`], dir);
  await git(['checkout', '--quiet', '--detach', 'refs/remotes/checkout'], dir);
  return dir;
}

/** The bundled action as the runner runs it; its log shown as the run's page shows it. Returns the exit code and the requests it made. */
async function runAction(
  sandbox: RunningSandbox,
  opts: Omit<RunActionOptions, 'inputs'>,
): Promise<{ code: number; requests: number }> {
  const before = sandbox.state().stats.requests;
  const runnerTemp = await mkdtemp(path.join(scratch, 'runner-'));
  const { env } = await prepareRunner(runnerTemp, {
    ...opts,
    inputs: {
      'buffer-api-key': sandbox.apiKey,
      'api-url': sandbox.url,
      'github-token': GITHUB_TOKEN,
      timezone: 'Europe/Berlin',
    },
  });
  const action = await run(process.execPath, [ACTION], { cwd: opts.workspace, env });
  for (const line of humanLog(action.stdout))
    say(line.heading ? `  ${dim('▸')} ${line.text}` : `${'  '.repeat(line.depth + 1)}${line.text}`);
  if (action.stderr.trim()) say(indent(action.stderr.trimEnd(), '  stderr: '));
  say(`  ${dim(`(exit code ${action.code})`)}`);
  return { code: action.code, requests: sandbox.state().stats.requests - before };
}

if (!existsSync(ACTION)) {
  process.stderr.write(
    `npm start runs the bundled action, and ${path.relative(process.cwd(), ACTION)} is missing: run \`npm run bundle\` first.\n`,
  );
  process.exit(1);
}

const sandbox = await startSandbox();
const github = await startFakeGitHub({ tokens: [GITHUB_TOKEN] });
try {
  say(bold('buffer-gitops demo: a pull request adds the sample posts, the merge publishes them'));
  say(`A scratch repository with a local origin (in ${scratch}), the Buffer sandbox at ${sandbox.url},`);
  say("and a local stand-in for GitHub's comment API. Nothing real is touched; no key, no network.");

  // The repository before the pull request, and the branch that adds the posts.
  const bare = path.join(scratch, 'origin.git');
  const work = path.join(scratch, 'repo');
  await git(['init', '--quiet', '--bare', '--initial-branch=main', bare], scratch);
  await git(['clone', '--quiet', bare, work], scratch);
  await git(['symbolic-ref', 'HEAD', 'refs/heads/main'], work);
  await writeFile(path.join(work, 'README.md'), '# Our social posts\n');
  await git(['add', 'README.md'], work);
  await git(['commit', '--quiet', '-m', 'Start the social repository'], work);
  await git(['push', '--quiet', 'origin', 'main'], work);
  const base = await git(['rev-parse', 'HEAD'], work);
  await git(['checkout', '--quiet', '-b', 'launch-posts'], work);
  await cp(path.join(root, 'posts'), path.join(work, 'posts'), { recursive: true });
  await git(['add', 'posts'], work);
  await git(['commit', '--quiet', '-m', 'The Acme 2.0 launch posts'], work);
  const head = await git(['rev-parse', 'HEAD'], work);
  await git(['push', '--quiet', 'origin', 'launch-posts'], work);
  const files = (await git(['diff', '--name-only', base, head], work)).split('\n');
  // GitHub's refs/pull/1/merge: the branch merged into main, what the merge button will make.
  await git(['checkout', '--quiet', '--detach', 'main'], work);
  await git(
    ['merge', '--quiet', '--no-ff', '-m', `Merge pull request #${PR} from acme/launch-posts`, 'launch-posts'],
    work,
  );
  const merge = await git(['rev-parse', 'HEAD'], work);
  await git(['push', '--quiet', 'origin', `HEAD:refs/pull/${PR}/merge`], work);

  // 1. The pull request: `plan`, and the comment it leaves.
  heading(`1. Pull request #${PR} (launch-posts → main): the plan comment`);
  say(`The pull request adds ${files.length} post files (${files.join(', ')}).`);
  say('The action runs on the pull_request event and plans; Buffer is only read. Its log:');
  say();
  const planRun = await runAction(sandbox, {
    workspace: await checkout(bare, `refs/pull/${PR}/merge`, 'pr-checkout'),
    eventName: 'pull_request',
    ref: `refs/pull/${PR}/merge`,
    sha: merge,
    repository: REPOSITORY,
    event: {
      action: 'opened',
      number: PR,
      pull_request: {
        number: PR,
        head: { sha: head, ref: 'launch-posts', repo: { full_name: REPOSITORY } },
        base: { sha: base, ref: 'main', repo: { full_name: REPOSITORY } },
      },
      repository: { full_name: REPOSITORY, default_branch: 'main' },
    },
    env: { ...gitEnv, GITHUB_API_URL: github.url },
  });
  const comment = github.comments(PR)[0];
  say();
  if (comment) {
    say(`The comment on pull request #${PR}, as GitHub renders its Markdown:`);
    say();
    say(indent(markdownAsText(comment.body), '  │ '));
  } else {
    say(`No comment was posted on pull request #${PR}: see the log above.`);
  }

  // 2. The merge: the push to main runs `apply`, which publishes.
  heading('2. The merge: the push to main publishes');
  await git(['checkout', '--quiet', 'main'], work);
  await git(['merge', '--quiet', '--ff-only', merge], work);
  await git(['push', '--quiet', 'origin', 'main'], work);
  say(`$ git push origin main    ${base.slice(0, 7)}..${merge.slice(0, 7)}  (the merge of pull request #${PR})`);
  say('The action runs on the push event and makes Buffer equal the files at the tip of main. Its log:');
  say();
  const applyRun = await runAction(sandbox, {
    workspace: await checkout(bare, 'refs/heads/main', 'push-checkout'),
    eventName: 'push',
    ref: 'refs/heads/main',
    sha: merge,
    repository: REPOSITORY,
    event: {
      ref: 'refs/heads/main',
      before: base,
      after: merge,
      repository: { full_name: REPOSITORY, default_branch: 'main' },
    },
    env: gitEnv,
  });

  // 3. The write-back: the IDs, committed and pushed by the action.
  heading('3. The IDs written back');
  await git(['pull', '--quiet', '--ff-only', 'origin', 'main'], work);
  const writeBack = await git(['rev-parse', 'HEAD'], work);
  if (writeBack === merge) {
    say('The action pushed nothing back: see its log above.');
  } else {
    say(`The action pushed ${await git(['log', '-1', '--format=%h "%s" by %an', 'HEAD'], work)} to main:`);
    say();
    say(indent(await git(['show', '--stat', '--format=', 'HEAD'], work), '  '));
    say();
    say(
      indent(
        await git(['show', colour ? '--color=always' : '--no-color', '--format=', 'HEAD', '--', 'posts'], work),
        '  ',
      ),
    );
  }

  // 4. The sandbox: what "Buffer" holds now, and what it cost.
  heading('4. The Buffer sandbox');
  const state = sandbox.state();
  say('The posts Buffer holds now (ID, network, status, time in UTC, text):');
  say();
  for (const post of state.posts) {
    const channel = state.channels.find((c) => c.id === post.channelId);
    say(
      `  ${post.id}  ${(channel?.service ?? '?').padEnd(9)} ${post.status.padEnd(9)} ${post.dueAt ?? ''}  ${JSON.stringify(post.text.slice(0, 40))}`,
    );
  }
  say();
  say(
    `${state.stats.requests} requests to the sandbox: ${planRun.requests} for the pull request's plan (reads), ${applyRun.requests} for the merge's apply.`,
  );
  if (planRun.code !== 0 || applyRun.code !== 0) {
    say(
      `The action failed (exit code ${planRun.code} on the pull request, ${applyRun.code} on the push): see its log above.`,
    );
    process.exitCode = 1;
  }
} finally {
  await github.close();
  await sandbox.close();
  await rm(scratch, { recursive: true, force: true });
}
