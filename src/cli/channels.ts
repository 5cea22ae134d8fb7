/** `buffer-gitops channels`: organizations and channels, with the reference to write in front-matter. */
import { BufferClient } from '../buffer/client.js';
import type { Settings } from '../config/settings.js';
import { referenceFor } from '../channels/resolve.js';
import { MissingApiKeyError } from '../commands/context.js';

export async function runChannelsCommand(settings: Settings, io: { stdout: NodeJS.WritableStream; json: boolean }): Promise<number> {
  if (!settings.apiKey) throw new MissingApiKeyError('channels');
  const client = new BufferClient({ apiKey: settings.apiKey, apiUrl: settings.apiUrl, maxWaitMs: settings.maxWaitMs });
  const account = await client.account();
  const orgs = settings.organizationId ? account.organizations.filter((o) => o.id === settings.organizationId) : account.organizations;
  const result = [];
  for (const org of orgs) {
    const channels = await client.channels(org.id);
    result.push({
      organization: { id: org.id, name: org.name },
      channels: channels.map((c) => ({ id: c.id, service: c.service, name: c.name, reference: referenceFor(c, channels), locked: Boolean(c.isLocked) })),
    });
  }
  if (io.json) {
    io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  for (const { organization, channels } of result) {
    io.stdout.write(`${organization.name} (${organization.id})${orgs.length > 1 ? '  — set organization-id to use it' : ''}\n`);
    const rows = [['REFERENCE', 'SERVICE', 'NAME', 'ID'], ...channels.map((c) => [c.reference, c.service, c.name, c.id])];
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
    for (const row of rows) io.stdout.write(`  ${row.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd()}\n`);
  }
  return 0;
}
