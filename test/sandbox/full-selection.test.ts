/**
 * Selects every field of every object reachable from `post` and `channels`
 * (all union members included) for a post on each service, so a field the
 * sandbox forgot to fill, which would break a non-null in the SDL, fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { buildSandboxSchema } from '../../src/sandbox/schema.js';
import {
  defaultChannelId,
  DEFAULT_ORGANIZATION_ID,
  startSandbox,
  type RunningSandbox,
} from '../../src/sandbox/index.js';
import { SERVICES, type Service } from '../../src/buffer/types.js';
import { CREATE_POST, gql } from './http-client.js';

const schema: GraphQLSchema = buildSandboxSchema();

/** Every field (arguments-free ones) to `depth` levels, with inline fragments for abstract types. */
function selection(type: GraphQLNamedType, depth: number): string {
  if (isUnionType(type) || isInterfaceType(type)) {
    const members = isUnionType(type) ? type.getTypes() : schema.getPossibleTypes(type);
    return `{ __typename ${members.map((m) => `... on ${m.name} ${selection(m, depth)}`).join(' ')} }`;
  }
  if (!isObjectType(type)) return '';
  const fields = Object.values(type.getFields())
    .filter((f) => f.args.every((a) => a.type.toString().endsWith('!') === false))
    .map((f) => {
      const named = getNamedType(f.type);
      if (isObjectType(named) || isUnionType(named) || isInterfaceType(named))
        return depth > 0 ? `${f.name} ${selection(named, depth - 1)}` : '';
      return f.name;
    })
    .filter(Boolean);
  return `{ ${fields.join(' ')} }`;
}

const INPUTS: Partial<Record<Service, Record<string, unknown>>> = {
  instagram: {
    assets: [{ image: { url: 'https://cdn.example.com/a.jpg', metadata: { altText: 'alt' } } }],
    metadata: { instagram: { type: 'post', shouldShareToFeed: true } },
  },
  tiktok: { assets: [{ video: { url: 'https://cdn.example.com/a.mp4', metadata: { title: 'clip' } } }] },
  pinterest: {
    assets: [{ image: { url: 'https://cdn.example.com/a.jpg' } }],
    metadata: { pinterest: { boardServiceId: '900000000000000001', title: 'Pin' } },
  },
  youtube: {
    assets: [{ video: { url: 'https://cdn.example.com/a.mp4' } }],
    metadata: { youtube: { title: 'Video', categoryId: '28' } },
  },
  googlebusiness: { metadata: { google: { type: 'offer', detailsOffer: { title: 'Sale', code: 'X' } } } },
  linkedin: {
    assets: [
      {
        document: {
          url: 'https://cdn.example.com/a.pdf',
          title: 'Deck',
          thumbnailUrl: 'https://cdn.example.com/a.png',
        },
      },
    ],
  },
  twitter: {
    metadata: {
      twitter: {
        thread: [{ text: 'hello' }, { text: 'two', assets: [{ image: { url: 'https://cdn.example.com/b.png' } }] }],
      },
    },
  },
  bluesky: { metadata: { bluesky: { linkAttachment: { url: 'https://example.com', title: 'Example' } } } },
};

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await startSandbox({ now: '2026-03-02T10:00:00.000Z', rateLimits: false });
});
afterAll(async () => sb.close());

describe('every field resolves', () => {
  it.each(SERVICES.map((s) => [s]))('a %s post, with its channel', async (service) => {
    const created = await gql(sb.url, CREATE_POST, {
      input: {
        channelId: defaultChannelId(service),
        schedulingType: 'automatic',
        mode: 'shareNow',
        text: 'hello',
        ...INPUTS[service],
      },
    });
    expect(created.body.data.createPost.__typename).toBe('PostActionSuccess');
    const id = created.body.data.createPost.post.id;
    const r = await gql(sb.url, `query($i: PostInput!) { post(input: $i) ${selection(schema.getType('Post')!, 4)} }`, {
      i: { id },
    });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.post.channel.service).toBe(service);
    expect(r.body.data.post.externalLink).toMatch(/^https:\/\//);
  });

  it('account and channels', async () => {
    const a = await gql(sb.url, `{ account ${selection(schema.getType('Account')!, 3)} }`);
    expect(a.body.errors).toBeUndefined();
    const c = await gql(
      sb.url,
      `query($i: ChannelsInput!) { channels(input: $i) ${selection(schema.getType('Channel')!, 3)} }`,
      { i: { organizationId: DEFAULT_ORGANIZATION_ID } },
    );
    expect(c.body.errors).toBeUndefined();
    expect(c.body.data.channels).toHaveLength(12);
  });
});
