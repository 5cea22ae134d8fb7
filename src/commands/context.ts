/** What every command gets: settings, the event, where to report, and injectable clocks and clients. */
import { BufferClient } from '../buffer/client.js';
import { Git } from '../git/git.js';
import type { Settings } from '../config/settings.js';
import type { Surface } from '../config/settings-location.js';
import type { EventContext } from '../event/context.js';
import type { Reporter } from '../report/reporter.js';
import { MissingApiKeyError } from './missing-api-key.js';

export interface RunContext {
  settings: Settings;
  event: EventContext;
  reporter: Reporter;
  now: () => Date;
  /** Mutations per request (25; 1 turns batching off for the benchmark). */
  batchSize?: number;
  /** Where the JSON run report goes (the `report` output). */
  reportPath?: string;
  /** The CLI writes IDs into files without committing. */
  writeFilesOnly?: boolean;
  /** Who runs the command, so messages name inputs (action, the default) or flags and variables (CLI). */
  surface?: Surface;
  createClient?: (settings: Settings) => BufferClient;
  /** The action's client, made before the command with its first read already sent (clientReadingAhead). */
  client?: BufferClient;
  /** The run may not use the Buffer key (a fork's head): the plan is offline, and this says why. */
  offlineReason?: string;
}

/** The Buffer client for `command`; fails at once, before any other work, without a key. Constructing it sends nothing. */
export function clientFor(ctx: RunContext, command: string): BufferClient {
  if (ctx.createClient) return ctx.createClient(ctx.settings);
  if (!ctx.settings.apiKey) throw new MissingApiKeyError(command, ctx.surface);
  if (ctx.client) return ctx.client;
  return bufferClient({ ...ctx.settings, apiKey: ctx.settings.apiKey });
}

/** A Buffer client as the settings say (key, endpoint, longest rate-limit wait); for callers that checked the key. */
export function bufferClient(settings: Pick<Settings, 'apiUrl' | 'maxWaitMs'> & { apiKey: string }): BufferClient {
  return new BufferClient({ apiKey: settings.apiKey, apiUrl: settings.apiUrl, maxWaitMs: settings.maxWaitMs });
}

/** The repository's git, with the token for pushes and both secrets redacted from every error. */
export function gitFor(ctx: RunContext): Git {
  const { settings, event } = ctx;
  return new Git({
    cwd: settings.workspace,
    token: settings.githubToken,
    serverUrl: event.serverUrl,
    secrets: runSecrets(settings),
  });
}

/** The secrets a run holds: redacted from git errors and GitHub API messages. */
export function runSecrets(settings: Settings): string[] {
  return [settings.apiKey, settings.githubToken].filter((s): s is string => Boolean(s));
}
