/**
 * Channel references (SPEC §2): a Buffer channel ID, a service name when the
 * organization has exactly one channel of that service, or `service:name`.
 * Anything else is an error that lists what the user could write instead.
 */
import type { Account, Channel, Organization } from '../buffer/types.js';
import { normalizeService } from '../posts/service-names.js';
import { nearest } from '../text/did-you-mean.js';

export type ChannelResolution = { ok: true; channel: Channel } | { ok: false; message: string };

/** The reference a user should write for a channel: the shortest one that is unambiguous. */
export function referenceFor(channel: Channel, channels: Channel[]): string {
  const sameService = channels.filter((c) => c.service === channel.service);
  if (sameService.length === 1) return channel.service;
  const sameName = sameService.filter((c) => c.name === channel.name);
  return sameName.length === 1 ? `${channel.service}:${channel.name}` : channel.id;
}

export function resolveChannel(ref: string, channels: Channel[]): ChannelResolution {
  const byId = channels.find((c) => c.id === ref);
  if (byId) return { ok: true, channel: byId };

  const colon = ref.indexOf(':');
  const serviceText = colon === -1 ? ref : ref.slice(0, colon);
  const name = colon === -1 ? undefined : ref.slice(colon + 1).trim();
  const service = normalizeService(serviceText.trim());
  if (!service) {
    return {
      ok: false,
      message: `Unknown channel "${ref}": not a channel ID of this organization and not a Buffer service.${suggest(ref, channels, channels)} ${candidates(channels)}`,
    };
  }
  const ofService = channels.filter((c) => c.service === service);
  if (ofService.length === 0) {
    return {
      ok: false,
      message: `No ${service} channel is connected to this Buffer organization (reference "${ref}"). ${candidates(channels)}`,
    };
  }
  if (name === undefined) {
    if (ofService.length === 1) return { ok: true, channel: ofService[0]! };
    return {
      ok: false,
      message: `"${ref}" is ambiguous: the organization has ${ofService.length} ${service} channels. Write one of: ${ofService
        .map((c) => quote(referenceFor(c, channels)))
        .join(', ')}.`,
    };
  }
  const named = ofService.filter((c) => c.name === name || c.displayName === name);
  const folded = named.length > 0 ? named : ofService.filter((c) => c.name.toLowerCase() === name.toLowerCase());
  if (folded.length === 1) return { ok: true, channel: folded[0]! };
  if (folded.length > 1) {
    return {
      ok: false,
      message: `"${ref}" is ambiguous: several ${service} channels are named "${name}". Use a channel ID: ${folded
        .map((c) => c.id)
        .join(', ')}.`,
    };
  }
  return {
    ok: false,
    message: `Unknown channel "${ref}": no ${service} channel is named "${name}".${suggest(name, ofService, channels)} Write one of: ${ofService
      .map((c) => quote(referenceFor(c, channels)))
      .join(', ')}.`,
  };
}

/**
 * ` Did you mean \`linkedin:Acme Inc\`?` when `written` is plausibly a typo of
 * one of `among`'s names or references; the suggestion is the reference to
 * write. Channel IDs are never candidates: IDs of one organization differ in
 * a character or two, and a near miss must not point at another channel.
 */
function suggest(written: string, among: Channel[], channels: Channel[]): string {
  const byText = new Map<string, string>();
  for (const channel of among) {
    const ref = referenceFor(channel, channels);
    for (const text of [ref, channel.name, `${channel.service}:${channel.name}`])
      if (!byText.has(text)) byText.set(text, ref);
  }
  const match = nearest(written, [...byText.keys()]);
  return match === undefined ? '' : ` Did you mean \`${byText.get(match)}\`?`;
}

function candidates(channels: Channel[]): string {
  if (channels.length === 0) return 'The organization has no channels.';
  return `Channels you can write: ${channels.map((c) => quote(referenceFor(c, channels))).join(', ')}.`;
}

function quote(ref: string): string {
  return /[:\s]/.test(ref) ? `"${ref}"` : ref;
}

export class OrganizationError extends Error {}

export function chooseOrganization(account: Account, organizationId: string | undefined): Organization {
  const orgs = account.organizations;
  if (organizationId) {
    const found = orgs.find((o) => o.id === organizationId);
    if (!found) {
      throw new OrganizationError(
        `The Buffer account has no organization with ID "${organizationId}" (\`organization-id\`). Organizations: ${describe(orgs)}.`,
      );
    }
    return found;
  }
  if (orgs.length === 1) return orgs[0]!;
  if (orgs.length === 0) throw new OrganizationError('The Buffer account has no organization.');
  throw new OrganizationError(
    `The Buffer account has ${orgs.length} organizations; set \`organization-id\` to one of: ${describe(orgs)}.`,
  );
}

function describe(orgs: Organization[]): string {
  return orgs.map((o) => `${o.id} (${o.name})`).join(', ');
}
