/**
 * `buffer-gitops init`: sets a repository up in one command (issue 14). In the
 * git repository around the current folder it writes the README's workflow,
 * a buffer-gitops.yml with the team's time zone, and one example post as a
 * Buffer draft; with BUFFER_API_KEY set the example names the account's real
 * channels, without it a placeholder and how to fill it. It never overwrites
 * a file without --force, so a second run changes nothing and says so; then
 * it prints the steps init cannot take (the secret, the repository setting a
 * protected branch needs, the first plan). When it cannot do what was asked
 * (a rejected key, several organizations and no --organization-id) it writes
 * nothing and says why in one line.
 */
import { lstat, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { bufferClient } from '../commands/context.js';
import { API_KEY_SETTINGS_URL, BufferApiError, BufferAuthError } from '../buffer/errors.js';
import type { Channel } from '../buffer/types.js';
import { byServiceThenName } from '../channels/order.js';
import { OrganizationError, referenceFor } from '../channels/resolve.js';
import { connect } from '../commands/connect.js';
import type { Settings } from '../config/settings.js';
import { Git } from '../git/git.js';
import { listMarkdownFiles } from '../plan/list-files.js';
import { parsePostFile } from '../posts/parse.js';
import { renderPost } from '../posts/render.js';
import { isValidTimeZone } from '../time/wall-time.js';
import { validatePost } from '../validate/rules.js';
import type { OptionValues } from './args.js';
import { EXIT } from './commands.js';
import { EXAMPLE_POST_NAME, examplePostText, settingsFileText, WORKFLOW_PATH, workflowText } from './init-files.js';

export interface InitIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** What became of one file: written new, overwritten (--force), already as init writes it, kept as it was, or not written. */
export type FileStatus = 'created' | 'overwritten' | 'unchanged' | 'kept' | 'skipped';

export interface InitFile {
  /** From the repository's top folder, with `/`. */
  path: string;
  status: FileStatus;
  /** What the file is, or why it was kept or skipped. */
  note: string;
}

export interface InitResult {
  repository: string;
  files: InitFile[];
  timezone: string;
  /** The branches the workflow publishes from. */
  branches: string[];
  /** The channel references written into the example post; empty: the placeholder. */
  channels: string[];
  changed: boolean;
  nextSteps: string[];
}

interface Planned {
  path: string;
  text: string;
  note: string;
}

/** `settings` as main read them for init (flags, then the environment, then an existing buffer-gitops.yml); `settingsPath` is that file's, or where init writes it. */
export async function runInitCommand(
  values: OptionValues,
  io: InitIo,
  { root, settings, settingsPath }: { root: string; settings: Settings; settingsPath: string },
): Promise<number> {
  const fail = (code: number, message: string) => {
    io.stderr.write(`buffer-gitops: ${message}\n`);
    return code;
  };
  const fromFlag = typeof values.timezone === 'string' && values.timezone !== '';
  const zone = timezoneFor(settings, fromFlag, io.env);
  if ('problem' in zone) return fail(EXIT.usage, zone.problem);

  // Buffer first: when the key cannot list the channels, nothing is written.
  let example: { channels: string[]; leftOut: string[] } = { channels: [], leftOut: [] };
  if (settings.apiKey) {
    try {
      example = await exampleChannels(settings, zone.timezone);
    } catch (error) {
      if (error instanceof BufferAuthError)
        return fail(
          EXIT.auth,
          `${error.messageFor('cli')} Nothing written; without BUFFER_API_KEY, init writes a placeholder channel instead.`,
        );
      if (error instanceof OrganizationError) {
        // Several organizations and none chosen: the flag, which init then keeps in the settings file.
        const several = error.message.includes('set `organization-id`');
        const message = error.message.replace('set `organization-id`', 'pass --organization-id').replace(/\.$/, '');
        return fail(
          EXIT.usage,
          `${message}${several ? `; init writes it into ${settingsPath}` : ''}. Nothing written.`,
        );
      }
      if (error instanceof BufferApiError)
        return fail(EXIT.api, `could not list your Buffer channels: ${error.message} Nothing written.`);
      throw error;
    }
  }

  const git = new Git({ cwd: root });
  const branch = await publishingBranch(git, settings);
  const examplePath = `${settings.postsDir}/${EXAMPLE_POST_NAME}`;
  const planned: Planned[] = [
    {
      path: WORKFLOW_PATH,
      text: workflowText({ branches: branch.names, postsDir: settings.postsDir, ideasDir: settings.ideasDir }),
      note: `the workflow: a plan on pull requests, publishing on pushes to ${branch.names.join(', ')} (${branch.from}), a sync every hour`,
    },
    {
      path: settingsPath,
      text: settingsFileText({
        timezone: zone.timezone,
        postsDir: settings.postsDir,
        ideasDir: settings.ideasDir,
        organizationId: settings.organizationId,
      }),
      note: `timezone ${zone.timezone} (${zone.from})`,
    },
    {
      path: examplePath,
      text: examplePostText(example),
      note:
        example.channels.length > 0
          ? `an example post, a Buffer draft for ${example.channels.join(', ')}`
          : `an example post, a Buffer draft; write its channels (${settings.apiKey ? 'none of your Buffer channels takes this text alone' : 'BUFFER_API_KEY is not set, so init could not list them'})`,
    },
  ];

  // The post files a plan would read (an unreadable folder counts as none: the example is then offered).
  const others = (await listMarkdownFiles(root, settings.postsDir).catch(() => [])).filter((f) => f !== examplePath);
  const files: InitFile[] = [];
  for (const file of planned) {
    if (file.path === examplePath && others.length > 0) {
      files.push({
        path: file.path,
        status: 'skipped',
        note: `${settings.postsDir}/ already holds ${others.length} post file(s); no example needed`,
      });
      continue;
    }
    try {
      files.push(await writeOne(root, file, Boolean(values.force)));
    } catch (error) {
      const done = files.filter((f) => f.status === 'created' || f.status === 'overwritten').map((f) => f.path);
      const message = error instanceof Error ? error.message : String(error);
      return fail(
        EXIT.problems,
        `could not write ${file.path}: ${message}${done.length ? ` (written before it: ${done.join(', ')})` : ''}.`,
      );
    }
  }

  const result: InitResult = {
    repository: root,
    files,
    timezone: zone.timezone,
    branches: branch.names,
    channels: example.channels,
    changed: files.some((f) => f.status === 'created' || f.status === 'overwritten'),
    nextSteps: await nextSteps(git, files, {
      examplePath,
      placeholder: example.channels.length === 0,
      // Paths are from the top folder, wherever init ran.
      cd: resolve(io.cwd) === resolve(root) ? '' : `cd ${root} && `,
    }),
  };
  if (values.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  (values.json ? io.stderr : io.stdout).write(report(result));
  return EXIT.ok;
}

/** The zone to write: --timezone, else buffer-gitops.yml's, else this system's (TZ, then what Intl reports). */
function timezoneFor(
  settings: Settings,
  fromFlag: boolean,
  env: NodeJS.ProcessEnv,
): { timezone: string; from: string } | { problem: string } {
  if (settings.timezone)
    return { timezone: settings.timezone, from: fromFlag ? '--timezone' : `from ${settings.settingsFile}` };
  const tz = env.TZ?.trim();
  const system =
    tz && !tz.startsWith(':') && isValidTimeZone(tz) ? tz : Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!system || !isValidTimeZone(system)) {
    return {
      problem: `could not tell this system's time zone (it reports "${system ?? ''}"); pass --timezone with an IANA zone, e.g. --timezone Europe/Berlin.`,
    };
  }
  return { timezone: system, from: "this system's zone; --timezone sets another" };
}

/**
 * The account's channels that take the example exactly as written (the same
 * validation a plan runs), and the others with why they are left out: a
 * network that needs an image or a video, a locked or disconnected channel.
 */
async function exampleChannels(
  settings: Settings,
  timezone: string,
): Promise<{ channels: string[]; leftOut: string[] }> {
  const client = bufferClient({ ...settings, apiKey: settings.apiKey! });
  const { channels } = await connect(client, settings.organizationId);
  const sorted = [...channels].sort(byServiceThenName);
  const fits: string[] = [];
  const left = { media: [] as string[], locked: [] as string[], disconnected: [] as string[] };
  for (const channel of sorted) {
    const ref = referenceFor(channel, channels);
    const label = /[:\s]/.test(ref) ? `"${ref}"` : ref;
    if (channel.isDisconnected) left.disconnected.push(label);
    else if (channel.isLocked) left.locked.push(label);
    else if (takesExample(ref, channel, timezone)) fits.push(ref);
    else left.media.push(label);
  }
  const leftOut = [
    ...(left.media.length ? [`${left.media.join(', ')} (they need media or details this text lacks)`] : []),
    ...(left.locked.length ? [`${left.locked.join(', ')} (locked: not in your Buffer plan)`] : []),
    ...(left.disconnected.length ? [`${left.disconnected.join(', ')} (disconnected: reconnect in Buffer)`] : []),
  ];
  return { channels: fits, leftOut };
}

function takesExample(ref: string, channel: Channel, timezone: string): boolean {
  const post = parsePostFile('example.md', examplePostText({ channels: [ref], leftOut: [] }), { timezone });
  if (post.findings.some((f) => f.severity === 'error')) return false;
  const target = { ref, service: channel.service, channel, rendered: renderPost(post, channel.service) };
  return !validatePost(post, [target], { now: new Date(), isNew: true }).some((f) => f.severity === 'error');
}

/**
 * The branch the workflow's push filter names: `branches` from
 * buffer-gitops.yml when set, else origin's default branch, else the
 * checked-out branch (a new repository has only that one), else main.
 */
async function publishingBranch(git: Git, settings: Settings): Promise<{ names: string[]; from: string }> {
  // GitHub's branch filter takes the same patterns, exclusions (`!name`) included.
  if (settings.branches?.length)
    return { names: settings.branches.map((p) => p.source), from: `branches in ${settings.settingsFile}` };
  const remoteDefault = await git.remoteDefaultBranch();
  if (remoteDefault) return { names: [remoteDefault], from: "origin's default branch" };
  const current = await git.currentBranch();
  if (current) return { names: [current], from: 'the checked-out branch' };
  return {
    names: ['main'],
    from: 'HEAD is detached, so main; edit `branches:` in the workflow if you publish from another',
  };
}

async function writeOne(root: string, file: Planned, force: boolean): Promise<InitFile> {
  const target = join(root, file.path);
  let existing: string | undefined;
  try {
    const info = await lstat(target);
    // A link or a folder is never written through or replaced, --force or not.
    if (!info.isFile())
      return { path: file.path, status: 'kept', note: `not a regular file; remove it to let init write ${file.path}` };
    existing = await readFile(target, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (existing === file.text) return { path: file.path, status: 'unchanged', note: file.note };
  if (existing !== undefined && !force)
    return { path: file.path, status: 'kept', note: 'differs from what init writes; --force overwrites it' };
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, file.text);
  return { path: file.path, status: existing === undefined ? 'created' : 'overwritten', note: file.note };
}

/** `owner/name` when origin is on github.com, for exact commands and links. */
async function gitHubRepository(git: Git): Promise<string | undefined> {
  const origin = await git.exec(['remote', 'get-url', 'origin'], { allowFailure: true });
  const match = /github\.com[:/]([^/\s]+\/[^/\s]+?)(?:\.git)?\/?$/.exec(origin.stdout.trim());
  return origin.exitCode === 0 && match ? match[1] : undefined;
}

async function nextSteps(
  git: Git,
  files: InitFile[],
  opts: { examplePath: string; placeholder: boolean; cd: string },
): Promise<string[]> {
  const repo = await gitHubRepository(git);
  const settingsPage = (path: string) => (repo ? ` (https://github.com/${repo}/settings/${path})` : '');
  const written = files.filter((f) => f.status !== 'skipped' && f.status !== 'kept').map((f) => f.path);
  const steps = [
    `Add your Buffer API key (create one at ${API_KEY_SETTINGS_URL}) as the repository secret BUFFER_API_KEY: \`gh secret set BUFFER_API_KEY${repo ? ` --repo ${repo}` : ''}\` (it asks for the key, so it stays out of your shell history), or on GitHub: Settings → Secrets and variables → Actions → New repository secret${settingsPage('secrets/actions/new')}.`,
  ];
  if (opts.placeholder && files.some((f) => f.path === opts.examplePath && f.status !== 'skipped')) {
    steps.push(
      `Write your channels into ${opts.examplePath}: \`buffer-gitops channels\` lists the references (with BUFFER_API_KEY set in your environment).`,
    );
  }
  steps.push(
    'See what the first push will do: `buffer-gitops plan` (with BUFFER_API_KEY set it reads your Buffer channels; without, it checks the files offline).',
  );
  if (written.length > 0)
    steps.push(
      `Commit and push: \`${opts.cd}git add ${written.join(' ')} && git commit -m "Publish posts through Buffer" && git push\`.`,
    );
  steps.push(
    `If the branch is protected (required reviews or status checks), the action cannot push the Buffer IDs back to it: uncomment \`write-back: pull-request\` in ${WORKFLOW_PATH}, so it opens a pull request with them instead, and tick "Allow GitHub Actions to create and approve pull requests" under Settings → Actions → General → Workflow permissions${settingsPage('actions')}.`,
  );
  return steps;
}

function report(result: InitResult): string {
  const width = Math.max(...result.files.map((f) => f.path.length)) + 2;
  const lines = [
    `buffer-gitops init in ${result.repository}:`,
    ...result.files.map((f) => `  ${f.status.padEnd(12)}${f.path.padEnd(width)}${f.note}`),
  ];
  const kept = result.files.filter((f) => f.status === 'kept');
  if (!result.changed)
    lines.push(kept.length > 0 ? 'Nothing changed.' : 'Nothing changed: every file is already as init writes it.');
  if (kept.length > 0) {
    lines.push(
      `Kept ${kept.length} file(s) as they are: ${kept.map((f) => f.path).join(', ')}. To replace them with what init writes, run \`buffer-gitops init --force\`.`,
    );
  }
  lines.push('', 'Next steps:', ...result.nextSteps.map((step, i) => `  ${i + 1}. ${step}`));
  return `${lines.join('\n')}\n`;
}
