/**
 * One post of every `PostMetadata` member the reference defines (and each
 * Google Business details variant), with every option its `PostInputMetaData`
 * field takes (issue 12): the import round-trip tests create them in a
 * sandbox through `createPost` and expect them back, exactly, in the files.
 */
import { expect } from 'vitest';
import { METADATA_KEY, type Service } from '../../src/buffer/types.js';
import { defaultChannelId } from '../../src/sandbox/index.js';
import { gql } from '../sandbox/http-client.js';

const image = (name: string) => ({
  image: { url: `https://example.com/${name}.png`, metadata: { altText: `${name} alt` } },
});
const video = (name: string) => ({
  video: { url: `https://example.com/${name}.mp4`, metadata: { title: `${name} video` } },
});
const card = (name: string) => ({
  url: `https://example.com/${name}`,
  title: `${name} card`,
  description: `About ${name}`,
  thumbnail: { url: `https://example.com/${name}-thumb.png` },
});

export interface Case {
  name: string;
  service: Service;
  text: string;
  assets?: unknown[];
  metadata: Record<string, unknown>;
}

/** One post per metadata variant; `thread` goes to the body, the rest must come back in front-matter as sent. */
export const CASES: Case[] = [
  {
    name: 'twitter-thread',
    service: 'twitter',
    text: 'A thread in two parts',
    metadata: {
      isAiGenerated: true,
      thread: [
        { text: 'A thread in two parts', assets: [] },
        { text: 'Part two, with a picture', assets: [image('two')] },
      ],
    },
  },
  {
    name: 'twitter-retweet',
    service: 'twitter',
    text: 'Worth reading',
    metadata: { retweet: { id: '1790000000000000001' } },
  },
  {
    name: 'mastodon',
    service: 'mastodon',
    text: 'Spoilers ahead',
    metadata: {
      spoilerText: 'Season finale',
      thread: [
        { text: 'Spoilers ahead', assets: [] },
        { text: 'The butler did it', assets: [] },
      ],
    },
  },
  {
    name: 'bluesky',
    service: 'bluesky',
    text: 'Our notes on the launch',
    metadata: { linkAttachment: card('bluesky') },
  },
  {
    name: 'threads',
    service: 'threads',
    text: 'Threads about threads',
    metadata: {
      topic: 'Engineering',
      locationId: 'loc-42',
      locationName: 'Berlin',
      thread: [
        { text: 'Threads about threads', assets: [] },
        { text: 'Second thought', assets: [image('threads')] },
      ],
    },
  },
  {
    name: 'linkedin',
    service: 'linkedin',
    text: 'We are hiring',
    metadata: { firstComment: 'Apply by Friday', linkAttachment: card('jobs') },
  },
  {
    name: 'facebook',
    service: 'facebook',
    text: 'Open house on Saturday',
    metadata: { type: 'post', firstComment: 'Bring a friend', linkAttachment: card('open-house') },
  },
  {
    name: 'instagram',
    service: 'instagram',
    text: 'Behind the scenes',
    assets: [image('bts')],
    metadata: {
      type: 'post',
      shouldShareToFeed: false,
      firstComment: '#team',
      link: 'https://example.com/shop',
      isAiGenerated: true,
      geolocation: { id: '212988663', text: 'Berlin' },
      stickerFields: { text: 'Swipe up', music: 'Track 1' },
    },
  },
  {
    name: 'pinterest',
    service: 'pinterest',
    text: 'Ten desk setups',
    assets: [image('desk')],
    metadata: { title: 'Desk setups', url: 'https://example.com/desks', boardServiceId: '900000000000000002' },
  },
  {
    name: 'tiktok',
    service: 'tiktok',
    text: 'Day in the life',
    assets: [video('day')],
    metadata: { title: 'A day', isAiGenerated: true },
  },
  {
    name: 'youtube',
    service: 'youtube',
    text: 'How we ship',
    assets: [video('ship')],
    metadata: {
      title: 'How we ship',
      categoryId: '28',
      privacy: 'unlisted',
      license: 'creativeCommon',
      notifySubscribers: false,
      embeddable: false,
      madeForKids: true,
      isAiGenerated: true,
    },
  },
  {
    name: 'google-whats-new',
    service: 'googlebusiness',
    text: 'New opening hours',
    metadata: { type: 'whats_new', detailsWhatsNew: { button: 'learn_more', link: 'https://example.com/hours' } },
  },
  {
    name: 'google-offer',
    service: 'googlebusiness',
    text: 'Spring sale',
    metadata: {
      type: 'offer',
      title: 'Spring sale',
      detailsOffer: {
        title: 'Spring sale',
        startDate: '2027-03-01T09:00:00.000Z',
        endDate: '2027-03-31T18:00:00.000Z',
        code: 'SPRING27',
        link: 'https://example.com/sale',
        terms: 'One per customer',
      },
    },
  },
  {
    name: 'google-event',
    service: 'googlebusiness',
    text: 'Meetup at the shop',
    metadata: {
      type: 'event',
      title: 'Meetup',
      detailsEvent: {
        title: 'Meetup',
        startDate: '2027-04-10T17:00:00.000Z',
        endDate: '2027-04-10T20:00:00.000Z',
        isFullDayEvent: false,
        button: 'signup',
        link: 'https://example.com/meetup',
      },
    },
  },
];

const CREATE = `mutation CreatePost($input: CreatePostInput!) {
  createPost(input: $input) {
    __typename
    ... on PostActionSuccess { post { id } }
    ... on MutationError { message }
  }
}`;

export function withoutThread(metadata: Record<string, unknown>): Record<string, unknown> {
  const { thread: _thread, ...rest } = metadata;
  return rest;
}

/** Creates every case in the sandbox, due on consecutive days from 2027-02-01; returns the post ID by case name. */
export async function createEveryVariant(sandbox: { url: string; apiKey: string }): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [i, c] of CASES.entries()) {
    const input = {
      channelId: defaultChannelId(c.service),
      schedulingType: 'automatic',
      mode: 'customScheduled',
      dueAt: new Date(Date.UTC(2027, 1, 1 + i, 9, 0)).toISOString(),
      text: c.text,
      assets: c.assets ?? [],
      metadata: { [METADATA_KEY[c.service]!]: c.metadata },
    };
    const r = await gql(sandbox.url, CREATE, { input }, sandbox.apiKey);
    expect(r.body.data?.createPost, `${c.name}: ${JSON.stringify(r.body)}`).toMatchObject({
      __typename: 'PostActionSuccess',
    });
    ids.set(c.name, r.body.data.createPost.post.id);
  }
  return ids;
}
