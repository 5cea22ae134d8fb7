/**
 * One typed settings object for a run, built from the action's inputs or the
 * CLI's flags, then the environment, then the settings file
 * (`buffer-gitops.yml`, config/settings-file.ts), then the defaults. The
 * defaults live here, not in action.yml: an input's default would always win
 * over the file. Every problem names where the value came from (the input, the
 * flag, the variable, or file:line) and says what to write instead, so a
 * misconfigured run fails before anything touches Buffer.
 */
import { isAbsolute, posix, relative, resolve, sep } from 'node:path';
import { DEFAULT_API_URL } from '../buffer/api-url.js';
import { compileBranchPattern, splitPatternList, type BranchPattern } from './branch-patterns.js';
import { loadSettingsFile, type SettingsFile, type Surface } from './settings-location.js';
import { FALSE_TEXTS, SETTINGS_FILE_FIELDS, TRUE_TEXTS, type DriftPolicy } from './settings-keys.js';
import { didYouMean } from '../text/did-you-mean.js';
import { codeList } from '../text/words.js';
import { isValidTimeZone } from '../time/wall-time.js';

export const COMMANDS = ['plan', 'apply', 'sync', 'import'] as const;
export type Command = (typeof COMMANDS)[number];
export const WRITE_BACK_MODES = ['commit', 'pull-request', 'none'] as const;
export type WriteBackMode = (typeof WRITE_BACK_MODES)[number];

export interface Settings {
  /** `auto` is resolved against the event later; see event/command.ts. */
  command: Command | 'auto';
  apiKey?: string;
  apiUrl: string;
  postsDir: string;
  ideasDir: string;
  organizationId?: string;
  timezone?: string;
  dryRun: boolean;
  deleteSent: boolean;
  writeBack: WriteBackMode;
  onDrift: DriftPolicy;
  /** Longest single wait for a rate-limit Retry-After, in milliseconds. */
  maxWaitMs: number;
  /** Mutations per Buffer request, 1–25 (default 25); 1 turns batching off (benchmarks). */
  batchSize?: number;
  /**
   * Where sync writes post metrics (issue 15), relative to `workspace` with
   * forward slashes (default `<postsDir>/metrics.csv`); null: `metrics-file: none`.
   */
  metricsFile: string | null;
  githubToken?: string;
  /**
   * Branches where apply and sync may change Buffer or push (input
   * `branches`); undefined: the repository's default branch.
   */
  branches?: BranchPattern[];
  /** The settings file read for this run (relative to `workspace`), if any. */
  settingsFile?: string;
  /** Absolute path of the repository checkout (GITHUB_WORKSPACE joined with `working-directory`). */
  workspace: string;
  /** `working-directory` as given (default `.`), for messages. */
  workingDirectory: string;
}

export class SettingsError extends Error {
  constructor(
    readonly input: string,
    message: string,
    /** Where the value came from: "Input `x`", "Option --x", "BUFFER_API_URL" or "buffer-gitops.yml:3: `x`". */
    readonly source: string = `Input \`${input}\``,
  ) {
    super(`${source}: ${message}`);
    this.name = 'SettingsError';
  }
}

/** Reads one raw input; returns undefined for empty values. */
export type InputReader = (name: string) => string | undefined;

export interface ReadSettingsOptions {
  /** Who reads: problems name inputs (the action, the default) or flags (the CLI). */
  surface?: Surface;
  /** buffer-gitops.yml as read (readSettingsWithFile reads it from the workspace); absent: none. */
  settingsFile?: SettingsFile;
}

/** A raw value and where it came from, for messages. */
interface Given {
  value: string;
  source: string;
}
type Layers = (name: string) => Given | undefined;

/**
 * readSettings with buffer-gitops.yml read from the workspace's folder (the
 * action). Async because the file's YAML parser is loaded only when there is a
 * file (settings-location.ts).
 */
export async function readSettingsWithFile(
  read: InputReader,
  workspace: string,
  env: NodeJS.ProcessEnv = process.env,
  opts: Omit<ReadSettingsOptions, 'settingsFile'> = {},
): Promise<Settings> {
  const root = insideWorkspace(workspace, read('working-directory') ?? '.');
  const file = await loadSettingsFile(root, opts.surface ?? 'action');
  return readSettings(read, workspace, env, { ...opts, settingsFile: file });
}

export function readSettings(
  read: InputReader,
  workspace: string,
  env: NodeJS.ProcessEnv = process.env,
  opts: ReadSettingsOptions = {},
): Settings {
  const surface = opts.surface ?? 'action';
  const label = (name: string) => (surface === 'cli' ? `Option --${name}` : `Input \`${name}\``);
  const workingDirectory = read('working-directory') ?? '.';
  const root = insideWorkspace(workspace, workingDirectory);
  const file = opts.settingsFile;
  // Precedence: input or flag, then the environment, then the file, then the default.
  const layers: Layers = (name) => {
    const given = read(name);
    if (given !== undefined) return { value: given, source: label(name) };
    if (name === 'api-url') {
      const fromEnv = nonEmpty(env.BUFFER_API_URL);
      if (fromEnv) return { value: fromEnv, source: 'BUFFER_API_URL' };
    }
    const inFile = file?.values.get(name as never);
    if (inFile) return { value: inFile.value, source: `${file!.path}:${inFile.line}: \`${name}\`` };
    return undefined;
  };

  const command = oneOf(layers, 'command', ['auto', ...COMMANDS], 'auto');
  const apiKey = read('buffer-api-key') ?? nonEmpty(env.BUFFER_API_KEY);
  const apiUrl = url(layers, 'api-url', DEFAULT_API_URL);
  const timezone = timeZone(layers);
  const maxWaitSeconds = number(layers, 'max-wait', 300);
  const organizationId = layers('organization-id')?.value;
  const postsDir = dir(layers, 'posts-dir', 'posts');
  const ideasDir = dir(layers, 'ideas-dir', 'ideas');
  return {
    command,
    apiKey,
    apiUrl,
    postsDir,
    ideasDir,
    organizationId,
    timezone,
    dryRun: bool(layers, 'dry-run', false),
    deleteSent: bool(layers, 'delete-sent', false),
    writeBack: oneOf(layers, 'write-back', WRITE_BACK_MODES, 'commit'),
    onDrift: oneOf(layers, 'on-drift', SETTINGS_FILE_FIELDS['on-drift'].type.values, 'report'),
    maxWaitMs: maxWaitSeconds * 1000,
    batchSize: batchSize(layers),
    metricsFile: metricsFile(layers, postsDir, ideasDir),
    githubToken: read('github-token'),
    branches: branches(layers),
    ...(file ? { settingsFile: file.path } : {}),
    workspace: root,
    workingDirectory,
  };
}

function timeZone(layers: Layers): string | undefined {
  const given = layers('timezone');
  if (given === undefined || isValidTimeZone(given.value)) return given?.value;
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const hint = didYouMean(given.value, zones);
  throw new SettingsError(
    'timezone',
    `"${given.value}" is not an IANA time zone.${hint} Use a name such as Europe/Berlin, America/New_York or UTC.`,
    given.source,
  );
}

function branches(layers: Layers): BranchPattern[] | undefined {
  const given = layers('branches');
  if (given === undefined) return undefined;
  const patterns: BranchPattern[] = [];
  for (const source of splitPatternList(given.value)) {
    try {
      patterns.push(compileBranchPattern(source));
    } catch (error) {
      throw new SettingsError(
        'branches',
        `${(error as Error).message}. Write one branch name or pattern per line, e.g. \`main\` or \`release/**\`.`,
        given.source,
      );
    }
  }
  if (patterns.length === 0) return undefined;
  if (!patterns.some((p) => !p.negated)) {
    throw new SettingsError(
      'branches',
      `lists only exclusions (${codeList(patterns.map((p) => p.source))}); name the branches to publish from too, e.g. \`main\`.`,
      given.source,
    );
  }
  return patterns;
}

/** `working-directory` resolved against the workspace; it may not leave it (a checkout is always inside GITHUB_WORKSPACE). */
function insideWorkspace(workspace: string, dirInput: string): string {
  const root = resolve(workspace);
  const target = resolve(root, dirInput);
  const rel = relative(root, target);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new SettingsError(
      'working-directory',
      `"${dirInput}" is outside the workspace. Write the folder relative to GITHUB_WORKSPACE, as given to actions/checkout's \`path:\` (e.g. \`social\`), or \`.\`.`,
    );
  }
  return target;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function oneOf<T extends string>(layers: Layers, name: string, allowed: readonly T[], fallback: T): T {
  const given = layers(name);
  if (given === undefined) return fallback;
  if ((allowed as readonly string[]).includes(given.value)) return given.value as T;
  throw new SettingsError(
    name,
    `"${given.value}" is not one of ${codeList(allowed)}.${didYouMean(given.value, allowed)}`,
    given.source,
  );
}

function bool(layers: Layers, name: string, fallback: boolean): boolean {
  const given = layers(name);
  if (given === undefined) return fallback;
  // The YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them.
  if ((TRUE_TEXTS as readonly string[]).includes(given.value)) return true;
  if ((FALSE_TEXTS as readonly string[]).includes(given.value)) return false;
  throw new SettingsError(name, `"${given.value}" is not a boolean. Write \`true\` or \`false\`.`, given.source);
}

function number(layers: Layers, name: string, fallback: number): number {
  const given = layers(name);
  if (given === undefined) return fallback;
  const parsed = Number(given.value);
  if (given.value.trim() === '' || !Number.isFinite(parsed) || parsed < 0) {
    throw new SettingsError(name, `"${given.value}" is not a number of seconds (0 or more).`, given.source);
  }
  return parsed;
}

/** Aliased mutations per request: Buffer allows 30 aliases per document; we stay at 25. */
function batchSize(layers: Layers): number {
  const given = layers('batch-size');
  if (given === undefined) return 25;
  const parsed = Number(given.value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 25) {
    throw new SettingsError('batch-size', `"${given.value}" is not a whole number from 1 to 25.`, given.source);
  }
  return parsed;
}

function url(layers: Layers, name: string, fallback: string): string {
  const given = layers(name);
  const value = given?.value ?? fallback;
  const source = given?.source;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new SettingsError(name, `"${value}" is not a URL. Write the endpoint, e.g. ${DEFAULT_API_URL}.`, source);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new SettingsError(name, `"${value}" must be an http(s) URL.`, source);
  }
  return value;
}

/**
 * `metrics-file`: a file inside the repository that no other part of the
 * product reads. Not a `.md` name (the posts folder would read it as a post),
 * not in the ideas folder; `none` turns metrics off.
 */
function metricsFile(layers: Layers, postsDir: string, ideasDir: string): string | null {
  const given = layers('metrics-file');
  // posix.join tidies a posts-dir of `.` (the top folder) to `metrics.csv`, as a given path is tidied below.
  const fallback = posix.join(postsDir, 'metrics.csv');
  if (given === undefined) return fallback;
  const raw = given.value.trim();
  if (raw === 'none') return null;
  const path = raw.replace(/\\/g, '/');
  const fail = (why: string): never => {
    throw new SettingsError(
      'metrics-file',
      `"${given.value}" ${why}. Write a file path from the repository's top folder, e.g. \`${fallback}\`, or \`none\` to turn metrics off.`,
      given.source,
    );
  };
  if (path === '' || path.endsWith('/')) fail('is not a file name');
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) fail('is an absolute path');
  const value = posix.normalize(path);
  if (value === '..' || value.startsWith('../') || value === '.') fail('is outside the repository');
  if (value.split('/')[0] === '.git') fail("is inside git's own folder (.git)");
  if (/\.md$/i.test(value)) fail('ends in .md, so it would be read as a post file');
  if (value === ideasDir || value.startsWith(`${ideasDir}/`)) fail(`is inside the ideas folder (${ideasDir})`);
  return value;
}

function dir(layers: Layers, name: string, fallback: string): string {
  const given = layers(name);
  const value = (given?.value ?? fallback).replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  if (value === '' || value.startsWith('/') || value.split('/').includes('..')) {
    throw new SettingsError(
      name,
      `"${value}" must be a folder inside the repository, e.g. \`${fallback}\`.`,
      given?.source,
    );
  }
  return value;
}
