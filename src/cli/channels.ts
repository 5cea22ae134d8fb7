/**
 * `buffer-gitops channels`: the organizations and their channels, with the
 * reference to write in front-matter (SPEC §5), whether a channel can take
 * posts, and Pinterest's boards for `metadata.pinterest.boardServiceId`.
 * A table on a terminal, JSON with `--json`.
 */
import type { BufferClient } from '../buffer/client.js';
import { bufferClient } from '../commands/context.js';
import { CHANNELS_LISTING_QUERY } from '../buffer/documents.js';
import { toChannel } from '../buffer/mappers.js';
import type { Organization } from '../buffer/types.js';
import type { Settings } from '../config/settings.js';
import { byServiceThenName } from '../channels/order.js';
import { chooseOrganization, referenceFor } from '../channels/resolve.js';
import { MissingApiKeyError } from '../commands/missing-api-key.js';

export interface ChannelRow {
  reference: string;
  id: string;
  service: string;
  name: string;
  displayName?: string;
  timezone: string;
  /** `ok`, `locked` (not in the plan) or `disconnected` (reconnect in Buffer). */
  state: 'ok' | 'locked' | 'disconnected';
  boards?: { name: string; serviceId: string }[];
}

export interface OrganizationChannels {
  organization: { id: string; name: string };
  channels: ChannelRow[];
}

export async function runChannelsCommand(
  settings: Settings,
  io: { stdout: NodeJS.WritableStream; json: boolean },
): Promise<number> {
  if (!settings.apiKey) throw new MissingApiKeyError('channels', 'cli');
  const client = bufferClient({ ...settings, apiKey: settings.apiKey });
  const account = await client.account();
  // A configured organization must exist (the same message as every other command).
  const orgs: Organization[] = settings.organizationId
    ? [chooseOrganization(account, settings.organizationId)]
    : account.organizations;
  const result: OrganizationChannels[] = [];
  for (const org of orgs)
    result.push({ organization: { id: org.id, name: org.name }, channels: await listChannels(client, org.id) });

  if (io.json) {
    io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  if (orgs.length === 0) io.stdout.write('The Buffer account has no organization.\n');
  for (const { organization, channels } of result) {
    io.stdout.write(
      `${organization.name} (${organization.id})${orgs.length > 1 ? `  — pass --organization-id ${organization.id} (or set organization-id in buffer-gitops.yml) to use it` : ''}\n`,
    );
    if (channels.length === 0) {
      io.stdout.write('  No channels connected.\n');
      continue;
    }
    const rows = [
      ['REFERENCE', 'SERVICE', 'NAME', 'ID', 'STATE'],
      ...channels.map((c) => [c.reference, c.service, c.name, c.id, c.state]),
    ];
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
    for (const row of rows)
      io.stdout.write(
        `  ${row
          .map((v, i) => v.padEnd(widths[i]!))
          .join('  ')
          .trimEnd()}\n`,
      );
    for (const c of channels.filter((ch) => ch.boards?.length)) {
      io.stdout.write(`  Boards of ${c.reference} (metadata.pinterest.boardServiceId):\n`);
      for (const b of c.boards!) io.stdout.write(`    ${b.serviceId}  ${b.name}\n`);
    }
  }
  return 0;
}

async function listChannels(client: BufferClient, organizationId: string): Promise<ChannelRow[]> {
  const data = await client.read('ChannelsListing', CHANNELS_LISTING_QUERY, { input: { organizationId } }, 1);
  const wire = Array.isArray(data.channels) ? (data.channels as Record<string, unknown>[]) : [];
  const channels = wire.map(toChannel);
  return channels
    .map((c, i): ChannelRow => {
      const boards = (
        (wire[i]?.metadata as { boards?: { name: string; serviceId: string }[] } | null)?.boards ?? []
      ).map((b) => ({ name: b.name, serviceId: b.serviceId }));
      return {
        reference: referenceFor(c, channels),
        id: c.id,
        service: c.service,
        name: c.name,
        ...(c.displayName && c.displayName !== c.name ? { displayName: c.displayName } : {}),
        timezone: c.timezone,
        state: c.isDisconnected ? 'disconnected' : c.isLocked ? 'locked' : 'ok',
        ...(boards.length ? { boards } : {}),
      };
    })
    .sort(byServiceThenName);
}
