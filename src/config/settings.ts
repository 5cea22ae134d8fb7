/**
 * One typed settings object for a run, built from the action's inputs or the
 * CLI's flags. Every problem names the input and says what to write instead,
 * so a misconfigured workflow fails before anything touches Buffer.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { compileBranchPattern, splitPatternList, type BranchPattern } from './branch-patterns.js';
import { isValidTimeZone } from '../time/wall-time.js';

export const COMMANDS = ['plan', 'apply', 'sync', 'import'] as const;
export type Command = (typeof COMMANDS)[number];
export const WRITE_BACK_MODES = ['commit', 'pull-request', 'none'] as const;
export type WriteBackMode = (typeof WRITE_BACK_MODES)[number];
export const DRIFT_POLICIES = ['report', 'restore'] as const;
export type DriftPolicy = (typeof DRIFT_POLICIES)[number];

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
  githubToken?: string;
  /**
   * Branches where apply and sync may change Buffer or push (input
   * `branches`); undefined: the repository's default branch.
   */
  branches?: BranchPattern[];
  /** Absolute path of the repository checkout (GITHUB_WORKSPACE joined with `working-directory`). */
  workspace: string;
  /** `working-directory` as given (default `.`), for messages. */
  workingDirectory: string;
}

export class SettingsError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`Input \`${input}\`: ${message}`);
    this.name = 'SettingsError';
  }
}

/** Reads one raw input; returns undefined for empty values. */
export type InputReader = (name: string) => string | undefined;

export const DEFAULT_API_URL = 'https://api.buffer.com';

export function readSettings(read: InputReader, workspace: string, env: NodeJS.ProcessEnv = process.env): Settings {
  const command = oneOf(read, 'command', ['auto', ...COMMANDS], 'auto');
  const apiKey = read('buffer-api-key') ?? nonEmpty(env.BUFFER_API_KEY);
  const apiUrl = url(read, 'api-url', nonEmpty(env.BUFFER_API_URL) ?? DEFAULT_API_URL);
  const timezone = read('timezone');
  if (timezone !== undefined && !isValidTimeZone(timezone)) {
    throw new SettingsError(
      'timezone',
      `"${timezone}" is not an IANA time zone. Use a name such as Europe/Berlin, America/New_York or UTC.`,
    );
  }
  const maxWaitSeconds = number(read, 'max-wait', 300);
  const workingDirectory = read('working-directory') ?? '.';
  return {
    command,
    apiKey,
    apiUrl,
    postsDir: dir(read, 'posts-dir', 'posts'),
    ideasDir: dir(read, 'ideas-dir', 'ideas'),
    organizationId: read('organization-id'),
    timezone,
    dryRun: bool(read, 'dry-run', false),
    deleteSent: bool(read, 'delete-sent', false),
    writeBack: oneOf(read, 'write-back', WRITE_BACK_MODES, 'commit'),
    onDrift: oneOf(read, 'on-drift', DRIFT_POLICIES, 'report'),
    maxWaitMs: maxWaitSeconds * 1000,
    batchSize: batchSize(read),
    githubToken: read('github-token'),
    branches: branches(read),
    workspace: insideWorkspace(workspace, workingDirectory),
    workingDirectory,
  };
}

function branches(read: InputReader): BranchPattern[] | undefined {
  const value = read('branches');
  if (value === undefined) return undefined;
  const patterns: BranchPattern[] = [];
  for (const source of splitPatternList(value)) {
    try {
      patterns.push(compileBranchPattern(source));
    } catch (error) {
      throw new SettingsError('branches', `${(error as Error).message}. Write one branch name or pattern per line, e.g. \`main\` or \`release/**\`.`);
    }
  }
  if (patterns.length === 0) return undefined;
  if (!patterns.some((p) => !p.negated)) {
    throw new SettingsError('branches', `lists only exclusions (${patterns.map((p) => `\`${p.source}\``).join(', ')}); name the branches to publish from too, e.g. \`main\`.`);
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

function oneOf<T extends string>(read: InputReader, name: string, allowed: readonly T[], fallback: T): T {
  const value = read(name);
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new SettingsError(name, `"${value}" is not one of ${allowed.map((a) => `\`${a}\``).join(', ')}.`);
}

function bool(read: InputReader, name: string, fallback: boolean): boolean {
  const value = read(name);
  if (value === undefined) return fallback;
  // The YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them.
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new SettingsError(name, `"${value}" is not a boolean. Write \`true\` or \`false\`.`);
}

function number(read: InputReader, name: string, fallback: number): number {
  const value = read(name);
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) {
    throw new SettingsError(name, `"${value}" is not a number of seconds (0 or more).`);
  }
  return parsed;
}

/** Aliased mutations per request: Buffer allows 30 aliases per document; we stay at 25. */
function batchSize(read: InputReader): number {
  const value = read('batch-size');
  if (value === undefined) return 25;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 25) {
    throw new SettingsError('batch-size', `"${value}" is not a whole number from 1 to 25.`);
  }
  return parsed;
}

function url(read: InputReader, name: string, fallback: string): string {
  const value = read(name) ?? fallback;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new SettingsError(name, `"${value}" is not a URL. Write the endpoint, e.g. ${DEFAULT_API_URL}.`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new SettingsError(name, `"${value}" must be an http(s) URL.`);
  }
  return value;
}

function dir(read: InputReader, name: string, fallback: string): string {
  const value = (read(name) ?? fallback).replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  if (value === '' || value.startsWith('/') || value.split('/').includes('..')) {
    throw new SettingsError(name, `"${value}" must be a folder inside the repository, e.g. \`${fallback}\`.`);
  }
  return value;
}

