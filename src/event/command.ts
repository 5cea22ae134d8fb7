/** Which command a run performs: the `command` input, or the event (SPEC §3). */
import type { Command, Settings } from '../config/settings.js';
import type { EventContext } from './context.js';

export function resolveCommand(settings: Settings, event: EventContext): Command {
  if (settings.command !== 'auto') return settings.command;
  switch (event.name) {
    case 'pull_request':
    case 'pull_request_target':
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
 */
export function isUntrustedEvent(event: EventContext): boolean {
  if (event.name === 'pull_request_target') return true;
  return event.pullRequest?.fromFork === true;
}
