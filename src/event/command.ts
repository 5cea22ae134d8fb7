/** Which command a run performs: the `command` input, or the event (SPEC §3). */
import type { Command, Settings } from '../config/settings.js';
import type { EventContext } from './context.js';

export function resolveCommand(settings: Settings, event: EventContext): Command {
  if (settings.command !== 'auto') return settings.command;
  switch (event.name) {
    case 'pull_request':
    case 'pull_request_target':
    case 'merge_group':
      return 'plan';
    case 'push':
      return 'apply';
    case 'schedule':
    case 'workflow_dispatch':
    case 'repository_dispatch':
      return 'sync';
    default:
      throw new Error(
        `The event \`${event.name}\` has no default command. Set the \`command\` input to plan, apply or sync.`,
      );
  }
}

/**
 * Events whose code or content may come from someone without write access.
 * On these the action never sends mutations (SPEC §3, issue 6 item 6).
 * `pull_request_target` is one even from the same repository: it runs with
 * the base's secrets for whatever the pull request contains.
 */
export function isUntrustedEvent(event: EventContext): boolean {
  return event.name === 'pull_request_target' || hasForeignHead(event);
}

/**
 * Events whose head is not known to be this repository's: a fork's pull
 * request (or a review of one, a `workflow_run` it started), and one whose
 * head repository is missing or null (GitHub sends null for a deleted fork).
 * These never use the Buffer key at all: the plan is offline.
 */
export function hasForeignHead(event: EventContext): boolean {
  return foreignHeadReason(event) !== undefined;
}

/** Why an event's head is foreign (the offline plan says so), or undefined when it is this repository's. */
export function foreignHeadReason(event: EventContext): string | undefined {
  const fork = 'this pull request comes from a fork, so the Buffer key is not available to it';
  // Other events about a pull request (reviews, review comments) carry its
  // head too: from a fork, they are as untrusted as the pull request.
  const pr = record(event.payload.pull_request);
  if (pr) {
    const prHead = repoName(record(pr.head)?.repo);
    if (prHead === undefined)
      return "this pull request's head repository is gone (a deleted fork) or not named, so the Buffer key is not used";
    const prBase = repoName(record(pr.base)?.repo) ?? repoName(event.payload.repository) ?? event.repository;
    if (prHead !== prBase) return fork;
  }
  if (event.pullRequest?.fromFork === true) return fork;
  // A workflow_run runs with secrets after a workflow another event started
  // (the classic way fork code reaches secrets): trusted only when the run's
  // head is this repository.
  if (event.name === 'workflow_run') {
    const run = record(event.payload.workflow_run);
    const head = repoName(run?.head_repository);
    const base = repoName(run?.repository) ?? repoName(event.payload.repository) ?? event.repository;
    if (head === undefined || head !== base)
      return 'this workflow_run was started by a workflow from a fork, so the Buffer key is not used';
  }
  return undefined;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
}

function repoName(repo: unknown): string | undefined {
  const name = record(repo)?.full_name;
  return typeof name === 'string' && name !== '' ? name : undefined;
}
