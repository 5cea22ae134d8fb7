/**
 * `buffer-gitops`: the action's engine as a command for people at their desk
 * and for scripts (SPEC §5). Runs in the repository root, reads the key from
 * BUFFER_API_KEY and the endpoint from --api-url or BUFFER_API_URL.
 * Exit codes: 0 ok, 1 problems found or actions failed, 2 usage, 3 Buffer/API
 * error, 4 authentication.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { BufferApiError, BufferAuthError } from '../buffer/errors.js';
import { readSettings, SettingsError, type Command } from '../config/settings.js';
import type { EventContext } from '../event/context.js';
import { runCommand } from '../commands/run-command.js';
import { parseStatuses, runImport } from '../commands/import.js';
import { ConsoleReporter } from '../report/console-reporter.js';
import { branchRefusal } from './branch-check.js';
import { runChannelsCommand } from './channels.js';
import { runPlanCommand } from './plan.js';
import { runValidateCommand } from './validate.js';
import { VERSION } from './version.js';

export const EXIT = { ok: 0, problems: 1, usage: 2, api: 3, auth: 4 } as const;

const HELP = `buffer-gitops ${VERSION} — a Git repository as the source of truth for a Buffer queue

Usage: buffer-gitops <command> [options]

Commands:
  validate [paths...]   Check post files offline (no key needed)
  plan [--base REF]     Show what apply would do, against Buffer (read-only)
  apply                 Send the posts that lack Buffer IDs (and edits since --base) to Buffer; write IDs into the files
  sync [--on-drift report|restore]
                        Write each tracked post's Buffer status into its file, create what still lacks an ID, report drift
  import [--status scheduled,draft]
                        Write a post file for every Buffer post no file tracks yet
  channels              List organizations and channels with the reference to write in front-matter
  sandbox               Run the local Buffer sandbox (--port N, --seed FILE, --state FILE)

Options:
  --api-url URL         Buffer endpoint (default: $BUFFER_API_URL or https://api.buffer.com)
  --posts-dir DIR       Post files folder (default: posts)
  --ideas-dir DIR       Idea files folder (default: ideas)
  --organization-id ID  Buffer organization, when the account has several
  --timezone ZONE       IANA zone for dueAt values without an offset
  --base REF            Diff against this revision (plan/apply)
  --on-drift POLICY     sync: report (default) or restore posts changed or deleted in Buffer's app
  --status LIST         import: Buffer statuses to import (default scheduled,draft)
  --branches LIST       apply/sync: branches (globs; repeat or comma-separate) that may change Buffer
                        (default: origin's default branch, from refs/remotes/origin/HEAD)
  --branch-check=off    apply/sync: run on any branch (also --no-branch-check)
  --dry-run             Everything but mutations and file writes
  --json                Machine-readable output on stdout
  -h, --help            Show this help
  -v, --version         Show the version

The API key is read from BUFFER_API_KEY. Exit codes: 0 ok, 1 problems found,
2 usage error, 3 Buffer API error, 4 authentication error.`;

const OPTIONS = {
  'api-url': { type: 'string' },
  'posts-dir': { type: 'string' },
  'ideas-dir': { type: 'string' },
  'organization-id': { type: 'string' },
  timezone: { type: 'string' },
  base: { type: 'string' },
  'on-drift': { type: 'string' },
  status: { type: 'string' },
  branches: { type: 'string', multiple: true },
  'branch-check': { type: 'string' },
  'no-branch-check': { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} satisfies ParseArgsConfig['options'];

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export async function main(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(`${HELP}\n`);
    return command ? EXIT.ok : EXIT.usage;
  }
  if (command === '--version' || command === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (command === 'sandbox') {
    const { runSandboxCommand } = await import('../sandbox/cli.js');
    return runSandboxCommand(rest, { stdout: io.stdout, stderr: io.stderr });
  }

  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr.write(`buffer-gitops: ${(error as Error).message}\nRun \`buffer-gitops --help\` for usage.\n`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(`${HELP}\n`);
    return EXIT.ok;
  }

  const flag = (name: keyof typeof OPTIONS) => {
    const value = values[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  let settings;
  try {
    settings = readSettings(
      (name) => {
        if (name === 'dry-run') return values['dry-run'] ? 'true' : undefined;
        if (name === 'buffer-api-key' || name === 'command' || name === 'github-token' || name === 'working-directory') return undefined;
        if (name === 'branches') return values.branches?.length ? values.branches.join('\n') : undefined;
        return flag(name as keyof typeof OPTIONS);
      },
      io.cwd,
      io.env,
    );
  } catch (error) {
    if (error instanceof SettingsError) {
      io.stderr.write(`buffer-gitops: ${error.message.replace(/^Input `([^`]+)`/, 'Option --$1')}\n`);
      return EXIT.usage;
    }
    throw error;
  }

  const reporter = new ConsoleReporter({ out: io.stdout, err: io.stderr, quiet: Boolean(values.json) });
  const event: EventContext = { name: 'cli', serverUrl: 'https://github.com', apiUrl: 'https://api.github.com', payload: {} };
  const base = { settings, event, reporter, now: () => new Date(), writeFilesOnly: true };
  try {
    switch (command) {
      case 'validate':
        return await runValidateCommand(settings, positionals, { ...io, json: Boolean(values.json) });
      case 'channels':
        return await runChannelsCommand(settings, { ...io, json: Boolean(values.json) });
      case 'plan':
        if (positionals.length > 0) {
          io.stderr.write(`buffer-gitops: plan takes no paths (it plans the posts and ideas directories); use \`validate ${positionals.join(' ')}\` to check files.\n`);
          return EXIT.usage;
        }
        return await runPlanCommand(base, { base: flag('base'), json: Boolean(values.json), stdout: io.stdout, stderr: io.stderr });
      case 'import': {
        const statuses = flag('status') === undefined ? undefined : parseStatuses(flag('status')!);
        if (statuses && 'error' in statuses) {
          io.stderr.write(`buffer-gitops: ${statuses.error}\n`);
          return EXIT.usage;
        }
        const result = await runImport(base, { statuses });
        if (values.json) io.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
        return result.exitCode;
      }
      case 'apply':
      case 'sync': {
        const check = values['no-branch-check'] ? 'off' : (flag('branch-check') ?? 'on');
        if (check !== 'on' && check !== 'off') {
          io.stderr.write(`buffer-gitops: --branch-check takes on or off, not "${check}".\n`);
          return EXIT.usage;
        }
        const refusal = check === 'on' ? await branchRefusal(command, settings) : undefined;
        if (refusal) {
          io.stderr.write(`buffer-gitops: ${refusal}\n`);
          return EXIT.usage;
        }
        const result = await runCommand(command as Command, base);
        if (values.json) io.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
        return result.exitCode;
      }
      default:
        io.stderr.write(`buffer-gitops: unknown command "${command}". Run \`buffer-gitops --help\`.\n`);
        return EXIT.usage;
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`buffer-gitops: ${message}\n`);
    if (error instanceof BufferAuthError) return EXIT.auth;
    if (error instanceof BufferApiError) return EXIT.api;
    return EXIT.problems;
  }
}
