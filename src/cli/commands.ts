/**
 * The CLI's commands and their options, in one table: the parser checks
 * against it, `buffer-gitops <command> --help` is printed from it, and an
 * option given to the wrong command is named with the commands that take it.
 */
import type { OptionSpec, OptionSpecs } from './args.js';
import { VERSION } from '../version.js';

const FILE = 'buffer-gitops.yml';

export const OPTIONS = {
  base: {
    type: 'string',
    value: 'REF',
    help: 'Compare with this revision (branch, tag or commit): removed files delete their posts, changed files edit them',
  },
  'api-url': {
    type: 'string',
    value: 'URL',
    help: `Buffer endpoint (default: $BUFFER_API_URL, then api-url in ${FILE}, then https://api.buffer.com)`,
  },
  'posts-dir': {
    type: 'string',
    value: 'DIR',
    help: `Folder of post files, from the repository's top folder (default: posts-dir in ${FILE}, then posts)`,
  },
  'ideas-dir': {
    type: 'string',
    value: 'DIR',
    help: `Folder of idea files (default: ideas-dir in ${FILE}, then ideas)`,
  },
  'organization-id': {
    type: 'string',
    value: 'ID',
    help: `Buffer organization, when the account has several (default: organization-id in ${FILE})`,
  },
  timezone: {
    type: 'string',
    value: 'ZONE',
    help: `IANA zone for dueAt values without an offset, e.g. Europe/Berlin (default: timezone in ${FILE})`,
  },
  'delete-sent': {
    type: 'boolean',
    help: `Also delete posts Buffer already sent when their file is removed (default: delete-sent in ${FILE}, then no)`,
  },
  'no-delete-sent': { type: 'boolean', help: `Never delete sent posts, whatever ${FILE} says` },
  'on-drift': {
    type: 'string',
    value: 'POLICY',
    help: `report (default) or restore posts changed or deleted in Buffer's app (default: on-drift in ${FILE})`,
  },
  'max-wait': {
    type: 'string',
    value: 'SECONDS',
    help: `Longest wait for one Buffer rate-limit pause before stopping cleanly (default: max-wait in ${FILE}, then 300)`,
  },
  'metrics-file': {
    type: 'string',
    value: 'FILE',
    help: `CSV that sync writes post metrics to, from the repository's top folder; none: off (default: metrics-file in ${FILE}, then metrics.csv in the posts folder)`,
  },
  'batch-size': { type: 'string', value: 'N', help: 'Buffer changes sent per request, 1 to 25 (default 25)' },
  status: {
    type: 'string',
    value: 'LIST',
    help: 'Buffer statuses to import, comma-separated (default: scheduled,draft)',
  },
  branches: {
    type: 'string',
    multiple: true,
    value: 'LIST',
    help: `Branches (globs; repeat or comma-separate) that may change Buffer (default: branches in ${FILE}, then origin's default branch)`,
  },
  'branch-check': { type: 'string', value: 'on|off', help: 'off: run on any branch (also --no-branch-check)' },
  'no-branch-check': { type: 'boolean', help: 'Run on any branch' },
  'dry-run': { type: 'boolean', help: 'Everything but changes to Buffer and to the files' },
  force: { type: 'boolean', help: 'Overwrite files that differ from what init writes (without it, they are kept)' },
  since: {
    type: 'string',
    value: 'WHEN',
    help: 'Start of the window: days (30d: today and the 29 days before), weeks (8w) or a date (2026-01-01); UTC days, as Buffer counts them (default 30d)',
  },
  channel: {
    type: 'string',
    value: 'REF',
    help: 'Only this channel, as post files write it (twitter, "linkedin:Acme Inc", or a channel ID)',
  },
  csv: { type: 'boolean', help: "Only the posts' rows, in the metrics file's CSV format, on stdout" },
  json: { type: 'boolean', help: 'Only the result, as JSON, on stdout' },
  help: { type: 'boolean', short: 'h', help: 'Show this help' },
} satisfies Record<string, OptionSpec>;
export type OptionName = keyof typeof OPTIONS;

export interface CommandSpec {
  usage: string;
  summary: string;
  /** Paragraphs after the usage line. */
  about: string;
  options: OptionName[];
  examples: string[];
  /** Takes file or folder paths. */
  paths?: boolean;
}

const BUFFER: OptionName[] = ['api-url', 'organization-id'];
const FILES: OptionName[] = ['posts-dir', 'ideas-dir', 'timezone'];
const CHANGES: OptionName[] = [
  'delete-sent',
  'no-delete-sent',
  'max-wait',
  'batch-size',
  'branches',
  'branch-check',
  'no-branch-check',
  'dry-run',
];

export const COMMAND_SPECS: Record<string, CommandSpec> = {
  init: {
    usage: 'buffer-gitops init [options]',
    summary: 'Set up this repository: the workflow, buffer-gitops.yml and an example post',
    about:
      "Writes .github/workflows/buffer.yml (the README's workflow), buffer-gitops.yml (with --timezone, else this system's zone) and an example post in the posts folder, as a Buffer draft. With BUFFER_API_KEY set, the example names your Buffer channels; without it, a placeholder to fill in. A file that already exists is kept unless --force is given, so running init again changes nothing. Then it prints the steps left: the repository secret, the setting a protected branch needs, the first plan.",
    options: ['timezone', 'posts-dir', 'ideas-dir', ...BUFFER, 'force', 'json', 'help'],
    examples: [
      'buffer-gitops init --timezone Europe/Berlin',
      'BUFFER_API_KEY=… buffer-gitops init   # the example post names your channels',
      'buffer-gitops init --force   # write every file again',
    ],
  },
  validate: {
    usage: 'buffer-gitops validate [paths...] [options]',
    summary: 'Check post and idea files offline (no key needed)',
    about:
      'Checks the posts and ideas folders, or the files and folders given, without asking Buffer. Each problem is printed as file:line:col: severity: message.',
    options: [...FILES, 'json', 'help'],
    examples: ['buffer-gitops validate', 'buffer-gitops validate posts/launch.md ideas/series.md'],
    paths: true,
  },
  plan: {
    usage: 'buffer-gitops plan [--base REF] [options]',
    summary: 'Show what apply would do (Buffer is only read)',
    about:
      "Shows, for every post file and channel, what apply would create, edit, replace or delete, with the length in each network's unit. Buffer is only read; without BUFFER_API_KEY the plan is offline.",
    options: ['base', ...BUFFER, ...FILES, 'delete-sent', 'no-delete-sent', 'json', 'help'],
    examples: ['buffer-gitops plan --base origin/main', 'buffer-gitops plan --json > plan.json'],
  },
  apply: {
    usage: 'buffer-gitops apply [--base REF] [options]',
    summary: 'Make Buffer equal the post files; write the IDs into the files',
    about:
      'Creates, edits and deletes Buffer posts so Buffer matches the files, then writes the Buffer IDs into the files (commit them afterwards). With --base, files removed or changed since REF delete or edit their posts, exactly as `plan --base REF` shows.',
    options: ['base', ...BUFFER, ...FILES, ...CHANGES, 'json', 'help'],
    examples: [
      'buffer-gitops apply --base origin/main   # after `buffer-gitops plan --base origin/main` showed what it does',
      'buffer-gitops apply --dry-run',
    ],
  },
  sync: {
    usage: 'buffer-gitops sync [options]',
    summary: "Write Buffer's statuses into the files; create what lacks an ID; report drift",
    about:
      "Writes each tracked post's Buffer status (sent, the link, Buffer's error) into its file, creates posts that still lack an ID, reports posts changed or deleted in Buffer's app (--on-drift restore puts them back), and writes Buffer's numbers for sent posts to the metrics file (posts/metrics.csv; --metrics-file none turns it off). Commit the files afterwards.",
    options: [...BUFFER, ...FILES, 'on-drift', 'metrics-file', ...CHANGES, 'json', 'help'],
    examples: ['buffer-gitops sync', 'buffer-gitops sync --on-drift restore', 'buffer-gitops sync --metrics-file none'],
  },
  import: {
    usage: 'buffer-gitops import [--status LIST] [options]',
    summary: 'Write a post file for every Buffer post no file tracks yet',
    about:
      'Writes one post file per Buffer post that no file tracks yet, so a team can adopt buffer-gitops with an existing queue. Review and commit the new files afterwards.',
    options: [...BUFFER, 'posts-dir', 'timezone', 'status', 'max-wait', 'dry-run', 'json', 'help'],
    examples: ['buffer-gitops import --status scheduled,draft'],
  },
  report: {
    usage: 'buffer-gitops report [--since 30d] [--channel REF] [--json|--csv] [--metrics-file FILE] [options]',
    summary: 'Post metrics: the top posts of the window and the totals per channel',
    about:
      "Shows the top posts of the window (reactions, comments, reposts, shares, impressions, as Buffer counts them) and each channel's totals. With BUFFER_API_KEY it reads Buffer, and names each post's file from the posts' buffer: blocks; without it, it reads the metrics file the last sync wrote (no totals). Dates are shown in --timezone (default: timezone in buffer-gitops.yml, then UTC). --json prints every sent post of the window and the totals; --csv the posts in the metrics file's format.",
    options: ['since', 'channel', 'metrics-file', ...BUFFER, 'posts-dir', 'timezone', 'json', 'csv', 'help'],
    examples: [
      'buffer-gitops report',
      'buffer-gitops report --since 8w --channel linkedin',
      'buffer-gitops report --since 2026-01-01 --json > metrics.json',
      'buffer-gitops report --csv > metrics.csv',
    ],
  },
  channels: {
    usage: 'buffer-gitops channels [options]',
    summary: 'List organizations and channels, with the reference to write in front-matter',
    about:
      'Lists the organizations and channels of the account behind BUFFER_API_KEY, with the reference to write in `channels:`.',
    options: [...BUFFER, 'json', 'help'],
    examples: ['buffer-gitops channels', 'buffer-gitops channels --json'],
  },
  sandbox: {
    usage: 'buffer-gitops sandbox [options]',
    summary: 'Run the local Buffer sandbox (see `buffer-gitops sandbox --help`)',
    about: '',
    options: [],
    examples: ['buffer-gitops sandbox --port 0'],
  },
};

export const COMMAND_NAMES = Object.keys(COMMAND_SPECS);

export function specsOf(command: string): OptionSpecs {
  return Object.fromEntries(COMMAND_SPECS[command]!.options.map((name) => [name, OPTIONS[name]]));
}

/** The commands (other than `command`) that take option `name`. */
export function commandsTaking(command: string, name: string): string[] {
  return COMMAND_NAMES.filter((c) => c !== command && (COMMAND_SPECS[c]!.options as string[]).includes(name));
}

function optionLines(names: OptionName[]): string[] {
  const heads = names.map((name) => {
    const spec: OptionSpec = OPTIONS[name];
    return `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.value ? ` ${spec.value}` : ''}`;
  });
  const width = Math.max(...heads.map((h) => h.length)) + 2;
  return names.map((name, i) => `  ${heads[i]!.padEnd(width)}${OPTIONS[name].help}`);
}

export function commandHelp(command: string): string {
  const spec = COMMAND_SPECS[command]!;
  return [
    `Usage: ${spec.usage}`,
    '',
    spec.about,
    '',
    'Options:',
    ...optionLines(spec.options),
    '',
    `Settings come from the flags, then the environment, then ${FILE} at the repository's top folder (or .github/${FILE}), then the defaults.`,
    '',
    spec.examples.length > 1 ? 'Examples:' : 'Example:',
    ...spec.examples.map((e) => `  ${e}`),
  ].join('\n');
}

/** The exit codes by name, for the commands' code; their meanings are EXIT_CODES below. */
export const EXIT = { ok: 0, problems: 1, usage: 2, api: 3, auth: 4 } as const;

/** The README's exit-code table, word for word (test/cli/exit-codes.test.ts holds them together). */
export const EXIT_CODES: [number, string][] = [
  [0, 'OK'],
  [1, 'Problems found in the files, or Buffer actions that failed'],
  [
    2,
    'Usage: an unknown command or option, a bad flag value, a missing posts folder, a bad settings file, a branch that does not publish',
  ],
  [3, 'Buffer API error: Buffer unreachable, or an unexpected answer'],
  [4, 'Authentication: BUFFER_API_KEY missing or rejected'],
];

export function mainHelp(): string {
  const width = Math.max(...COMMAND_NAMES.map((c) => c.length)) + 2;
  return [
    `buffer-gitops ${VERSION} — a Git repository as the source of truth for a Buffer queue`,
    '',
    'Usage: buffer-gitops <command> [options]',
    '',
    'Commands:',
    ...COMMAND_NAMES.map((c) => `  ${c.padEnd(width)}${COMMAND_SPECS[c]!.summary}`),
    '',
    'Run `buffer-gitops <command> --help` for its options and an example.',
    '',
    `buffer-gitops works in the git repository around the current folder. The key is read from BUFFER_API_KEY; timezone, posts-dir and the other settings from flags, then ${FILE} at the repository's top folder.`,
    '',
    'Exit codes:',
    ...EXIT_CODES.map(([code, meaning]) => `  ${code}  ${meaning}`),
    '',
    '  -h, --help     Show this help',
    '  -v, --version  Show the version',
  ].join('\n');
}
