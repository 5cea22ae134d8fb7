import { describe, expect, it } from 'vitest';
import type { Account, Channel } from '../../src/buffer/types.js';
import { chooseOrganization, OrganizationError, referenceFor, resolveChannel } from '../../src/channels/resolve.js';
import { serviceOfReference } from '../../src/posts/service-names.js';

const ch = (id: string, service: Channel['service'], name: string): Channel => ({
  id,
  service,
  name,
  organizationId: 'o1',
  timezone: 'UTC',
});
const channels = [
  ch('c-tw', 'twitter', 'acme'),
  ch('c-li1', 'linkedin', 'Acme Inc'),
  ch('c-li2', 'linkedin', 'Acme Labs'),
  ch('c-sp', 'startPage', 'Acme Inc'),
];

describe('channel references', () => {
  it('resolves an ID, a unique service and service:name', () => {
    expect(resolveChannel('c-li2', channels)).toEqual({ ok: true, channel: channels[2] });
    expect(resolveChannel('twitter', channels)).toEqual({ ok: true, channel: channels[0] });
    expect(resolveChannel('linkedin:Acme Labs', channels)).toEqual({ ok: true, channel: channels[2] });
  });

  it("accepts the seed's spellings of services", () => {
    expect(resolveChannel('startpage', channels)).toMatchObject({ ok: true, channel: { id: 'c-sp' } });
    expect(resolveChannel('x', channels)).toMatchObject({ ok: true, channel: { id: 'c-tw' } });
  });

  it('an ambiguous service lists the references to write instead', () => {
    const result = resolveChannel('linkedin', channels);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toBe(
      '"linkedin" is ambiguous: the organization has 2 linkedin channels. Write one of: "linkedin:Acme Inc", "linkedin:Acme Labs".',
    );
  });

  it('an unknown service or name lists the candidates', () => {
    const unknown = resolveChannel('myspace', channels);
    expect(!unknown.ok && unknown.message).toMatch(
      /Unknown channel "myspace".*Channels you can write: twitter, "linkedin:Acme Inc", "linkedin:Acme Labs", startPage/,
    );
    const missing = resolveChannel('mastodon', channels);
    expect(!missing.ok && missing.message).toMatch(/No mastodon channel is connected/);
    const name = resolveChannel('linkedin:Acme', channels);
    expect(!name.ok && name.message).toMatch(
      /no linkedin channel is named "Acme"\. Write one of: "linkedin:Acme Inc", "linkedin:Acme Labs"/,
    );
  });

  it("an unknown channel name gets a did-you-mean among the organization's references", () => {
    const typo = resolveChannel('linkedin:Acme Lbas', channels);
    expect(!typo.ok && typo.message).toBe(
      'Unknown channel "linkedin:Acme Lbas": no linkedin channel is named "Acme Lbas". Did you mean `linkedin:Acme Labs`? Write one of: "linkedin:Acme Inc", "linkedin:Acme Labs".',
    );
    // A channel's name without its service: the reference to write for it.
    const bare = resolveChannel('acm', channels);
    expect(!bare.ok && bare.message).toContain('Did you mean `twitter`?');
    // Nothing close: no guess.
    const far = resolveChannel('myspace', channels);
    expect(!far.ok && far.message).not.toContain('Did you mean');
  });

  it('never suggests another channel for a mistyped channel ID', () => {
    const idChannels = [
      ch('65f0c0de0003000000000001', 'twitter', 'acme'),
      ch('65f0c0de0003000000000002', 'twitter', 'acme-labs'),
    ];
    const result = resolveChannel('65f0c0de0003000000000009', idChannels);
    expect(!result.ok && result.message).not.toContain('Did you mean');
  });

  it('writes the shortest unambiguous reference', () => {
    expect(channels.map((c) => referenceFor(c, channels))).toEqual([
      'twitter',
      'linkedin:Acme Inc',
      'linkedin:Acme Labs',
      'startPage',
    ]);
  });

  it('knows the service of a reference offline', () => {
    expect(serviceOfReference('linkedin:Acme Inc')).toBe('linkedin');
    expect(serviceOfReference('65f0c0de0003000000000001')).toBeUndefined();
    expect(serviceOfReference('X')).toBe('twitter');
    expect(serviceOfReference('startpage:Acme Inc')).toBe('startPage');
  });
});

describe('organization', () => {
  const account = (n: number): Account => ({
    id: 'a',
    email: 'e',
    organizations: Array.from({ length: n }, (_, i) => ({ id: `o${i + 1}`, name: `Org ${i + 1}` })),
  });
  it("takes the account's only organization", () => {
    expect(chooseOrganization(account(1), undefined).id).toBe('o1');
  });
  it('several organizations without organization-id is an error listing them', () => {
    expect(() => chooseOrganization(account(2), undefined)).toThrowError(
      new OrganizationError(
        'The Buffer account has 2 organizations; set `organization-id` to one of: o1 (Org 1), o2 (Org 2).',
      ),
    );
  });
  it('an unknown organization-id is an error listing the organizations', () => {
    expect(() => chooseOrganization(account(2), 'o9')).toThrow(
      /no organization with ID "o9".*o1 \(Org 1\), o2 \(Org 2\)/,
    );
    expect(chooseOrganization(account(2), 'o2').name).toBe('Org 2');
  });
});
