/**
 * The one decision every action run starts with (SPEC §3): which command
 * runs, whether it may change Buffer or push, and whether it may use the
 * Buffer key at all. A wrong post is public, so anything not clearly a push
 * (or sync) on a branch the team publishes from gets no mutation, no push and
 * one notice line saying why; untrusted heads get an offline plan.
 */
import type { Command, Settings } from '../config/settings.js';
import { matchesBranches } from '../config/branch-patterns.js';
import { foreignHeadReason, resolveCommand } from './command.js';
import type { EventContext } from './context.js';

export interface Decision {
  /** `none`: nothing runs (the notice says why), so not one Buffer request is sent. */
  command: Command | 'none';
  /** apply, sync and import may change Buffer and push. When false they run as a dry run (a report only). */
  mutate: boolean;
  /** Whether the Buffer key may be used; false means an offline plan (zero requests). */
  online: boolean;
  /** Why the plan is offline, for the comment and the log. */
  offlineReason?: string;
  /** One line for the log (a `::notice::`): why this run publishes nothing, or only reports. */
  notice?: string;
  /** A command was asked for that this event does not allow. */
  warning?: string;
}

const DISPATCH_EVENTS = new Set(['workflow_dispatch', 'repository_dispatch']);
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

export function decide(settings: Settings, event: EventContext): Decision {
  const nothing = (notice: string): Decision => ({ command: 'none', mutate: false, online: false, notice });

  const pr = event.pullRequest;
  if (pr && PULL_REQUEST_EVENTS.has(event.name) && pr.action === 'closed') {
    return nothing(`Nothing to do: pull request #${pr.number} is closed; its plan comment is left as it was.`);
  }

  let command: Command;
  if (settings.command === 'auto') {
    try {
      command = resolveCommand(settings, event);
    } catch {
      return nothing(
        `Nothing to do: the \`${event.name}\` event has no default command. Set the \`command\` input (plan, apply or sync) to run one on it.`,
      );
    }
  } else {
    command = settings.command;
  }

  const offlineReason = foreignHeadReason(event);
  if (offlineReason) {
    const warning =
      command === 'plan'
        ? undefined
        : `The \`${event.name}\` event carries code or content from a fork; buffer-gitops only plans here and sends nothing to Buffer.`;
    return { command: 'plan', mutate: false, online: false, offlineReason, warning };
  }
  if (event.name === 'pull_request_target' && command !== 'plan') {
    return {
      command: 'plan',
      mutate: false,
      online: true,
      warning: `The \`pull_request_target\` event runs with this repository's secrets for a pull request's content; buffer-gitops only plans here and never changes Buffer.`,
    };
  }
  if (command === 'plan') return { command, mutate: false, online: true };

  const verb = command === 'apply' ? 'Nothing published' : command === 'sync' ? 'Nothing synced' : 'Nothing imported';
  const ref = event.push?.ref || event.ref;
  if (event.push?.deleted) return nothing(`${verb}: ${ref || 'the ref'} was deleted.`);
  if (!ref)
    return nothing(
      `${verb}: the run names no branch (GITHUB_REF is not set); buffer-gitops changes Buffer only from a branch listed in the input \`branches\`.`,
    );

  const known = settings.branches ? settings.branches.map((p) => p.source).join(', ') : event.defaultBranch;
  const from = known ? `${known} (input \`branches\`)` : 'the branches listed in the input `branches`';
  if (ref.startsWith('refs/tags/')) return nothing(`${verb}: ${ref} is a tag; buffer-gitops publishes from ${from}.`);
  if (!ref.startsWith('refs/heads/'))
    return nothing(`${verb}: ${ref} is not a branch; buffer-gitops publishes from ${from}.`);
  const branch = ref.slice('refs/heads/'.length);

  let allowed: boolean;
  let why: string;
  if (settings.branches || event.defaultBranch) {
    allowed = settings.branches ? matchesBranches(branch, settings.branches) : branch === event.defaultBranch;
    why = `${ref} is another branch; buffer-gitops publishes from ${from}`;
  } else {
    // GitHub runs schedules on the default branch only, and its schedule payload may not name it.
    allowed = event.name === 'schedule';
    why = `the event does not name the repository's default branch, so buffer-gitops cannot tell whether ${ref} is where it publishes from; set the input \`branches\` (e.g. \`branches: main\`)`;
  }
  if (allowed) return { command, mutate: true, online: true };

  if (command === 'sync' && DISPATCH_EVENTS.has(event.name)) {
    return {
      command,
      mutate: false,
      online: true,
      notice: `Read-only report: ${why}. This shows what sync would do; nothing is changed in Buffer or pushed.`,
    };
  }
  return nothing(`${verb}: ${why}.`);
}
