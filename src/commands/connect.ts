/**
 * The organization and its channels, in as few requests as possible: one
 * document for both when the organization is configured, else two.
 */
import type { BufferClient } from '../buffer/client.js';
import type { Channel, Organization } from '../buffer/types.js';
import { chooseOrganization } from '../channels/resolve.js';

export interface Connection {
  organization: Organization;
  channels: Channel[];
}

export async function connect(client: BufferClient, organizationId: string | undefined): Promise<Connection> {
  if (organizationId) {
    const { account, channels } = await client.accountAndChannels(organizationId);
    return { organization: chooseOrganization(account, organizationId), channels };
  }
  const account = await client.account();
  const organization = chooseOrganization(account, undefined);
  return { organization, channels: await client.channels(organization.id) };
}
