/**
 * `buffer-gitops`: the action's engine as a command for people at their desk
 * and for scripts (SPEC §5). Works in the top folder of the git repository
 * around the current folder; reads the key from BUFFER_API_KEY, the endpoint
 * from --api-url or BUFFER_API_URL, every other setting from its flag, then
 * buffer-gitops.yml. Speaks in flags, variables and the settings file, never
 * in the action's inputs. Exit codes (README): 0 ok, 1 problems found or
 * actions failed, 2 usage, 3 Buffer API error, 4 authentication.
 */
import { BufferApiError, BufferAuthError } from '../buffer/errors.js';
import { readSettings, SettingsError, type Command, type Settings } from '../config/settings.js';
import {
  loadSettingsFile,
  SETTINGS_FILE_PATHS,
  SettingsFileError,
  type SettingsFile,
} from '../config/settings-location.js';
import type { EventContext } from '../event/context.js';
import { Git } from '../git/git.js';
import type { RunContext } from '../commands/context.js';
import type { CommandResult } from '../commands/finish.js';
import { MissingApiKeyError } from '../commands/missing-api-key.js';
import { loadMarkdownParser } from '../posts/markdown-tree.js';
import { ConsoleReporter } from '../report/console-reporter.js';
import { nearest } from '../text/did-you-mean.js';
import { parseCommandArgs, UsageError, type OptionValues } from './args.js';
import { COMMAND_NAMES, commandHelp, commandsTaking, EXIT, mainHelp, specsOf } from './commands.js';
import { postsFolderProblem, repositoryRoot } from './repository.js';
import { VERSION } from '../version.js';

// Each command's code is imported when it runs (a chunk of its own in dist/cli/):
// `validate` never evaluates the Buffer client, apply, sync or import.
const PRELOAD: Record<string, (() => Promise<unknown>) | undefined> = {
  init: () => import('./init.js'),
  validate: () => import('./validate.js'),
  channels: () => import('./channels.js'),
  report: () => import('./report.js'),
  plan: () => import('./plan.js'),
  import: () => import('../commands/import.js'),
  apply: () => import('../commands/run-command.js').then((m) => m.loadCommand('apply')),
  sync: () => import('../commands/run-command.js').then((m) => m.loadCommand('sync')),
};

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Settings names that are never flags: the key comes from BUFFER_API_KEY; the rest belong to the action. */
const NOT_FLAGS = new Set(['buffer-api-key', 'command', 'github-token', 'working-directory', 'write-back']);

export async function main(
  argv: string[],
  io: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() },
): Promise<number> {
  const usage = (message: string) => {
    io.stderr.write(`buffer-gitops: ${message}\n`);
    return EXIT.usage;
  };
  const [command, ...rest] = argv;
  if (!command) {
    io.stderr.write(`${mainHelp()}\n`);
    return EXIT.usage;
  }
  if (command === '--help' || command === '-h') {
    io.stdout.write(`${mainHelp()}\n`);
    return EXIT.ok;
  }
  if (command === 'help') {
    const topic = rest[0];
    if (topic === undefined) io.stdout.write(`${mainHelp()}\n`);
    else if (topic === 'sandbox') return main(['sandbox', '--help'], io);
    else if (COMMAND_NAMES.includes(topic)) io.stdout.write(`${commandHelp(topic)}\n`);
    else return usage(unknownCommand(topic));
    return EXIT.ok;
  }
  if (command === '--version' || command === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (command.startsWith('-'))
    return usage(
      `${command} before a command: write the command first, e.g. \`buffer-gitops plan ${command}\`. Run \`buffer-gitops --help\` for the commands.`,
    );
  if (command === 'sandbox') {
    const { runSandboxCommand } = await import('../sandbox/cli.js');
    return runSandboxCommand(rest, { stdout: io.stdout, stderr: io.stderr });
  }
  if (!COMMAND_NAMES.includes(command)) return usage(unknownCommand(command));

  let values: OptionValues;
  let positionals: string[];
  try {
    ({ values, positionals } = parseCommandArgs(command, rest, specsOf(command), (name) =>
      commandsTaking(command, name),
    ));
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    throw error;
  }
  if (values.help) {
    io.stdout.write(`${commandHelp(command)}\n`);
    return EXIT.ok;
  }
  if (positionals.length > 0 && command !== 'validate') {
    const hint =
      command === 'plan'
        ? ` (it plans the posts and ideas folders); to check files, run \`buffer-gitops validate ${positionals.join(' ')}\``
        : '';
    return usage(`${command} takes no paths${hint}; got ${positionals.map((p) => `"${p}"`).join(', ')}.`);
  }
  if (values['delete-sent'] && values['no-delete-sent'])
    return usage('--delete-sent and --no-delete-sent contradict each other; give one.');
  const json = Boolean(values.json);
  const flag = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };

  // The command's code loads (compiles, evaluates) while git finds the repository; the switch below gets it from the module cache.
  PRELOAD[command]?.().catch(() => undefined);
  // Every command but validate may parse a post body, synchronously: the Markdown parser is loaded (awaited
  // below) before it runs. validate loads it only for a file that needs it (posts/markdown-tree.ts).
  const parserReady = command === 'validate' ? undefined : loadMarkdownParser();
  parserReady?.catch(() => undefined); // awaited below; a usage error may return first
  // The repository around the current folder, as git finds it; `channels` and `validate PATH` work outside one too.
  const root = await repositoryRoot(io.cwd);
  if (!root && command === 'init')
    return usage(
      `${io.cwd} is not inside a git repository; run \`git init\` first, or run buffer-gitops init in your repository.`,
    );
  if (!root && command !== 'channels' && !(command === 'validate' && positionals.length > 0)) {
    return usage(
      `${io.cwd} is not inside a git repository; run buffer-gitops ${command} in your repository (any folder inside it).`,
    );
  }
  const workspace = root ?? io.cwd;

  let file: SettingsFile | undefined;
  let settings: Settings;
  try {
    // The YAML parser loads only when there is a file (settings-location.ts): `--help` and a repository without one never evaluate it.
    file = await loadSettingsFile(workspace, 'cli');
    settings = readSettings(
      (name) => {
        if (NOT_FLAGS.has(name)) return undefined;
        if (name === 'dry-run') return values['dry-run'] ? 'true' : undefined;
        if (name === 'delete-sent')
          return values['no-delete-sent'] ? 'false' : values['delete-sent'] ? 'true' : undefined;
        if (name === 'branches') return (values.branches as string[] | undefined)?.join('\n') || undefined;
        return flag(name);
      },
      workspace,
      io.env,
      { surface: 'cli', settingsFile: file },
    );
  } catch (error) {
    if (error instanceof SettingsError || error instanceof SettingsFileError) return usage(error.message);
    throw error;
  }

  if (command === 'init') {
    // Before the posts folder is checked: init is what creates it. An existing settings file counts (a second
    // run, or a team that wrote one first); the flags override it.
    await parserReady;
    const { runInitCommand } = await import('./init.js');
    return runInitCommand(values, io, {
      root: workspace,
      settings,
      settingsPath: file?.path ?? SETTINGS_FILE_PATHS[0],
    });
  }
  if (command !== 'channels' && !(command === 'validate' && positionals.length > 0)) {
    const given = flag('posts-dir');
    const inFile = file?.values.get('posts-dir');
    const from =
      given !== undefined
        ? `--posts-dir ${given}`
        : inFile
          ? `posts-dir in ${file!.path}:${inFile.line}`
          : `the default posts-dir, in the repository at ${workspace}`;
    const problem = await postsFolderProblem(workspace, settings.postsDir, from);
    if (problem) return usage(problem);
  }

  const reporter = new ConsoleReporter({ out: io.stdout, err: io.stderr, quiet: json, env: io.env });
  const event: EventContext = {
    name: 'cli',
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    payload: {},
  };
  const ctx: RunContext = {
    settings,
    event,
    reporter,
    now: () => new Date(),
    writeFilesOnly: true,
    surface: 'cli',
    batchSize: settings.batchSize,
  };
  try {
    await parserReady;
    switch (command) {
      case 'validate': {
        const { runValidateCommand } = await import('./validate.js');
        return await runValidateCommand(settings, positionals, { ...io, json });
      }
      case 'channels': {
        const { runChannelsCommand } = await import('./channels.js');
        return await runChannelsCommand(settings, { ...io, json });
      }
      case 'report': {
        const { runReportCommand } = await import('./report.js');
        const flags = { since: flag('since'), channel: flag('channel'), json, csv: Boolean(values.csv) };
        return await runReportCommand(settings, flags, io);
      }
      case 'plan': {
        const base = await resolveBase(workspace, flag('base'));
        if (typeof base === 'object') return usage(base.problem);
        const { runPlanCommand } = await import('./plan.js');
        return await runPlanCommand(ctx, { base, json, stdout: io.stdout, stderr: io.stderr });
      }
      case 'import': {
        const { parseStatuses, runImport } = await import('../commands/import.js');
        const statuses = flag('status') === undefined ? undefined : parseStatuses(flag('status')!);
        if (statuses && 'error' in statuses) return usage(statuses.error);
        return finishChanging(await runImport(ctx, { statuses }), settings, io, json);
      }
      case 'apply':
      case 'sync': {
        const check = values['no-branch-check'] ? 'off' : (flag('branch-check') ?? 'on');
        if (check !== 'on' && check !== 'off') return usage(`--branch-check takes on or off, not "${check}".`);
        const { branchRefusal } = await import('./branch-check.js');
        const refusal = check === 'on' ? await branchRefusal(command, settings) : undefined;
        if (refusal) return usage(refusal);
        let runCtx = ctx;
        if (command === 'apply' && flag('base') !== undefined) {
          // The same range `plan --base` shows: files removed or changed since REF delete or edit their posts.
          const base = await resolveBase(workspace, flag('base'));
          if (typeof base === 'object') return usage(base.problem);
          const head = await new Git({ cwd: workspace }).revParse('HEAD');
          runCtx = { ...ctx, event: { ...event, push: { before: base, after: head, ref: '' } } };
        }
        const { runCommand } = await import('../commands/run-command.js');
        return finishChanging(await runCommand(command as Command, runCtx), settings, io, json);
      }
    }
    return usage(unknownCommand(command));
  } catch (error) {
    const message =
      error instanceof BufferAuthError
        ? error.messageFor('cli')
        : error instanceof Error
          ? error.message
          : String(error);
    io.stderr.write(`buffer-gitops: ${message}\n`);
    if (error instanceof MissingApiKeyError || error instanceof BufferAuthError) return EXIT.auth;
    if (error instanceof BufferApiError) return EXIT.api;
    if (error instanceof SettingsError) return EXIT.usage;
    return EXIT.problems;
  }
}

function unknownCommand(command: string): string {
  const match = nearest(command, COMMAND_NAMES);
  return `unknown command "${command}".${match ? ` Did you mean \`${match}\`?` : ''} Run \`buffer-gitops --help\` for the commands.`;
}

/** `--base REF` as a full commit name (detectChanges wants one); a typo is a usage error, never a silent full reconcile. */
async function resolveBase(
  workspace: string,
  ref: string | undefined,
): Promise<string | undefined | { problem: string }> {
  if (ref === undefined) return undefined;
  try {
    return await new Git({ cwd: workspace }).revParse(ref);
  } catch {
    return {
      problem: `--base ${ref}: not a commit in this repository (try a branch, tag or commit, e.g. --base origin/main)`,
    };
  }
}

/**
 * After apply, sync or import: the JSON report with --json, and the files the
 * run wrote, with what to do next (the CLI never commits for you).
 */
function finishChanging(result: CommandResult, settings: Settings, io: CliIo, json: boolean): number {
  if (json) io.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
  const written = result.report.writeBack?.status === 'written' ? result.report.writeBack.files : [];
  if (written.length > 0) {
    const out = json ? io.stderr : io.stdout;
    // A file outside both folders (a metrics file moved elsewhere) is named on its own.
    const folderOf = (f: string) => [settings.postsDir, settings.ideasDir].find((dir) => f.startsWith(`${dir}/`)) ?? f;
    const folders = [...new Set(written.map(folderOf))];
    const listed = [...written].sort();
    out.write(`Changed ${written.length} file(s):\n${listed.map((f) => `  ${f}\n`).join('')}`);
    // Paths are from the repository's top folder, whatever folder the command ran in.
    const cd = settings.workspace === io.cwd ? '' : `cd ${settings.workspace} && `;
    out.write(
      `Commit them so the repository records what Buffer holds: ${cd}git add ${folders.join(' ')} && git commit\n`,
    );
  }
  return result.exitCode;
}
