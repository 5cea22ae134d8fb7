/**
 * The organization and its channels, in as few requests as possible: one
 * document for both when the organization is configured, else two. When the
 * run may create posts, the exactly-once check's "posts created since" rides
 * in the channels request (SPEC §8), so publishing N posts costs
 * 1 + ceil(N/25) requests with `organization-id` set, 2 + ceil(N/25) without.
 */
import type { BufferClient } from '../buffer/client.js';
import type { Channel, Organization, Post } from '../buffer/types.js';
import { chooseOrganization } from '../channels/resolve.js';

export interface Connection {
  organization: Organization;
  channels: Channel[];
  /** Posts created since `recentSince`, when asked for and complete (one page held them all). */
  recentPosts?: Post[];
}

export async function connect(
  client: BufferClient,
  organizationId: string | undefined,
  recentSince?: Date,
): Promise<Connection> {
  if (recentSince) {
    const since = recentSince.toISOString();
    const account = organizationId ? undefined : await client.account();
    const organization = account ? chooseOrganization(account, undefined) : undefined;
    const result = await client.connect(organizationId ?? organization!.id, since, Boolean(organizationId));
    return {
      organization: organization ?? chooseOrganization(result.account!, organizationId),
      channels: result.channels,
      recentPosts: result.recentComplete ? result.recentPosts : undefined,
    };
  }
  if (organizationId) {
    const { account, channels } = await client.accountAndChannels(organizationId);
    return { organization: chooseOrganization(account, organizationId), channels };
  }
  const account = await client.account();
  const organization = chooseOrganization(account, undefined);
  return { organization, channels: await client.channels(organization.id) };
}
