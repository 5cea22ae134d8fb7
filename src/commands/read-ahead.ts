/**
 * The action's first Buffer read, sent before git work (issue 16): only the
 * action on a push reads ahead, so this is apart from the context every
 * command gets (context.ts).
 */
import type { BufferClient } from '../buffer/client.js';
import type { Settings } from '../config/settings.js';
import type { EventContext } from '../event/context.js';
import { pushNeedsBuffer } from '../event/push-files.js';
import { bufferClient } from './context.js';

/**
 * For an apply on a push whose payload says the run will likely need Buffer
 * (event/push-files.ts): the Buffer client, with its first read (the account) sent now, while git fetches the
 * branch tip, instead of after (issue 16). connect() then gets that answer
 * from account() without a second request. Undefined, sending nothing,
 * otherwise, on a re-run, and when `organization-id` is set: then the first document depends on the
 * applied state, read from git (whether the run may create posts, and the
 * posts created since when ride along), so there is nothing to send ahead.
 */
export function clientReadingAhead(
  settings: Settings,
  event: EventContext,
  env: NodeJS.ProcessEnv = process.env,
): BufferClient | undefined {
  if (!settings.apiKey || settings.organizationId || !event.push) return undefined;
  // A re-run of a job: the push it answers was most likely applied by the first attempt.
  if (Number(env.GITHUB_RUN_ATTEMPT ?? '1') > 1) return undefined;
  if (!pushNeedsBuffer(event.payload, [settings.postsDir, settings.ideasDir])) return undefined;
  let client: BufferClient;
  try {
    client = bufferClient({ ...settings, apiKey: settings.apiKey });
  } catch {
    // An unusable key or api-url: the command fails on it where it makes its client, as without this.
    return undefined;
  }
  client.readAccountAhead();
  return client;
}
