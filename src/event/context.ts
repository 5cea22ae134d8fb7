/**
 * What triggered the run, read from the runner's environment (GITHUB_* and the
 * event payload at GITHUB_EVENT_PATH). Read explicitly rather than through
 * @actions/github's import-time singleton so tests can pass any environment.
 */
import { readFileSync } from 'node:fs';

export interface PushEvent {
  before?: string;
  after: string;
  ref: string;
  forced?: boolean;
  /** A branch or tag deletion (`deleted: true`, or `after` all zeros): nothing to publish. */
  deleted?: boolean;
}

export interface MergeGroupEvent {
  baseSha: string;
  headSha: string;
  headRef: string;
}

export interface PullRequestEvent {
  number: number;
  headSha: string;
  baseSha: string;
  headRef: string;
  baseRef: string;
  /**
   * The head lives in another repository, or its repository is missing or
   * null (a deleted fork): no secrets, never mutate, never use the key.
   */
  fromFork: boolean;
  /** The payload's `action` (`opened`, `synchronize`, `closed`…). */
  action?: string;
}

export interface EventContext {
  name: string;
  repository?: string;
  serverUrl: string;
  apiUrl: string;
  sha?: string;
  ref?: string;
  /** Branch name for pushes and scheduled runs (from GITHUB_REF). */
  branch?: string;
  defaultBranch?: string;
  push?: PushEvent;
  pullRequest?: PullRequestEvent;
  mergeGroup?: MergeGroupEvent;
  payload: Record<string, unknown>;
}

export function readEventContext(env: NodeJS.ProcessEnv = process.env): EventContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const name = env.GITHUB_EVENT_NAME ?? 'workflow_dispatch';
  const ref = env.GITHUB_REF;
  const repo = payload.repository as { default_branch?: string; full_name?: string } | undefined;
  const context: EventContext = {
    name,
    repository: env.GITHUB_REPOSITORY ?? repo?.full_name,
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    sha: env.GITHUB_SHA,
    ref,
    branch: ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined,
    defaultBranch: repo?.default_branch,
    payload,
  };
  if (name === 'push') {
    const after = str(payload.after) ?? env.GITHUB_SHA;
    if (after) {
      const deleted = payload.deleted === true || /^0+$/.test(after);
      context.push = {
        before: str(payload.before),
        after,
        ref: str(payload.ref) ?? ref ?? '',
        forced: payload.forced === true,
        ...(deleted ? { deleted } : {}),
      };
    }
  }
  const group = payload.merge_group as Record<string, unknown> | undefined;
  if (name === 'merge_group' && group && typeof group === 'object') {
    context.mergeGroup = {
      baseSha: str(group.base_sha) ?? '',
      headSha: str(group.head_sha) ?? env.GITHUB_SHA ?? '',
      headRef: str(group.head_ref) ?? '',
    };
  }
  const pr = payload.pull_request;
  if (pr && typeof pr === 'object' && (name === 'pull_request' || name === 'pull_request_target')) {
    const headRepo = str(at(pr, 'head', 'repo', 'full_name'));
    const baseRepo = str(at(pr, 'base', 'repo', 'full_name')) ?? repo?.full_name ?? env.GITHUB_REPOSITORY;
    context.pullRequest = {
      number: Number(at(pr, 'number') ?? payload.number),
      headSha: str(at(pr, 'head', 'sha')) ?? '',
      baseSha: str(at(pr, 'base', 'sha')) ?? '',
      headRef: str(at(pr, 'head', 'ref')) ?? '',
      baseRef: str(at(pr, 'base', 'ref')) ?? '',
      // Unknown is untrusted: GitHub sends `head.repo: null` when the fork was deleted.
      fromFork: headRepo === undefined || headRepo !== baseRepo,
      action: str(payload.action),
    };
  }
  return context;
}

function readPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The value at a path of keys in parsed JSON, or undefined where the path breaks (a null fork repo, a missing field). */
function at(value: unknown, ...keys: string[]): unknown {
  let here = value;
  for (const key of keys) {
    if (!here || typeof here !== 'object') return undefined;
    here = (here as Record<string, unknown>)[key];
  }
  return here;
}
