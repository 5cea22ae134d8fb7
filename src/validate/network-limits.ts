/**
 * What each network accepts through Buffer, as one table. Every number here
 * has its source in `docs/limits.md` (and its URL in `sources`), so a reviewer
 * can check a figure without reading the rules that use it.
 *
 * Where a network publishes no limit we can rely on, the field is `null` and
 * the check is skipped: a wrong "too many images" error would block a post
 * Buffer would have accepted.
 */
import type { Service } from '../buffer/types.js';
import type { LengthUnit } from './length.js';

/** Mastodon's out-of-the-box `max_characters`; instances may raise it. */
export const MASTODON_DEFAULT_LIMIT = 500;

export type MediaRequirement = 'image' | 'video' | 'imageOrVideo';

export interface NetworkRules {
  /** The name users know the network by, for messages. */
  label: string;
  /** Text limit in the network's unit; for Mastodon the default, overridden by the channel. */
  length: { unit: LengthUnit; limit: number | null; /** Every URL counts this much, if set. */ urlLength?: number };
  /** At most this many hashtags in the text. */
  maxHashtags?: number;
  /** At most this many distinct links in the text. */
  maxLinks?: number;
  /** A post without this media is rejected. */
  requiredMedia?: MediaRequirement;
  maxImages: number | null;
  maxVideos: number | null;
  /** Images and videos together, for carousels that mix them. */
  maxMedia?: number;
  /** Document (PDF) assets; 0 where the network has no document post. */
  maxDocuments: number;
  /** Whether one post may carry more than one kind of media (image, video, document). */
  mixesMediaKinds: boolean;
  /** Fields of `metadata.<METADATA_KEY>` that Buffer requires on create. */
  requiredMetadata: readonly string[];
  /** Limit on `metadata.<key>.title`, in UTF-16 characters, where the network has a title. */
  maxTitle?: number;
  /** Where the figures above come from (see docs/limits.md). */
  sources: readonly string[];
}

const BUFFER_LIMITS = 'https://support.buffer.com/article/588-character-limits-for-each-social-network';
const BUFFER_PITFALLS = 'shared/reference/buffer-pitfalls.md';

export const NETWORK_LIMITS: Record<Service, NetworkRules> = {
  twitter: {
    label: 'X',
    length: { unit: 'weighted', limit: 280, urlLength: 23 },
    maxImages: 4,
    maxVideos: 1,
    maxDocuments: 0,
    mixesMediaKinds: false,
    requiredMetadata: [],
    sources: [
      'https://docs.x.com/fundamentals/counting-characters',
      'https://developer.x.com/en/docs/twitter-api/v1/media/upload-media/uploading-media/media-best-practices',
      BUFFER_LIMITS,
    ],
  },
  mastodon: {
    label: 'Mastodon',
    length: { unit: 'graphemes', limit: MASTODON_DEFAULT_LIMIT, urlLength: 23 },
    maxImages: 4,
    maxVideos: 1,
    maxDocuments: 0,
    mixesMediaKinds: false,
    requiredMetadata: [],
    sources: [
      'https://docs.joinmastodon.org/user/posting/#text',
      'https://docs.joinmastodon.org/entities/Instance/#statuses',
      'https://docs.joinmastodon.org/methods/statuses/#create',
      BUFFER_LIMITS,
    ],
  },
  bluesky: {
    label: 'Bluesky',
    length: { unit: 'graphemes', limit: 300 },
    maxImages: 4,
    maxVideos: 1,
    maxDocuments: 0,
    mixesMediaKinds: false,
    requiredMetadata: [],
    sources: [
      'https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/feed/post.json',
      'https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/embed/images.json',
      BUFFER_LIMITS,
    ],
  },
  threads: {
    label: 'Threads',
    length: { unit: 'weighted', limit: 500 },
    maxLinks: 5,
    maxImages: 20,
    maxVideos: 20,
    maxMedia: 20,
    maxDocuments: 0,
    mixesMediaKinds: true,
    requiredMetadata: [],
    sources: [
      'https://developers.facebook.com/documentation/threads/posts',
      'https://developers.facebook.com/documentation/threads/create-posts/text-attachments',
      BUFFER_LIMITS,
    ],
  },
  linkedin: {
    label: 'LinkedIn',
    length: { unit: 'characters', limit: 3000 },
    maxImages: 20,
    maxVideos: 1,
    maxDocuments: 1,
    mixesMediaKinds: false,
    requiredMetadata: [],
    sources: [
      BUFFER_LIMITS,
      'https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/posts-api',
      'https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/multiimage-post-api',
    ],
  },
  instagram: {
    label: 'Instagram',
    length: { unit: 'characters', limit: 2200 },
    maxHashtags: 5,
    requiredMedia: 'imageOrVideo',
    maxImages: 10,
    maxVideos: 10,
    maxMedia: 10,
    maxDocuments: 0,
    mixesMediaKinds: true,
    requiredMetadata: ['type', 'shouldShareToFeed'],
    sources: [
      BUFFER_LIMITS,
      'https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media',
      'https://developers.facebook.com/docs/instagram-platform/content-publishing/',
      'SPEC.md §6',
      BUFFER_PITFALLS,
    ],
  },
  facebook: {
    label: 'Facebook',
    // Buffer caps Facebook at 5,000 although Facebook itself takes 63,206:
    // the post goes through Buffer, so Buffer's figure is the one that bites.
    length: { unit: 'characters', limit: 5000 },
    maxImages: null,
    maxVideos: 1,
    maxDocuments: 0,
    mixesMediaKinds: false,
    requiredMetadata: [],
    sources: [BUFFER_LIMITS, BUFFER_PITFALLS],
  },
  pinterest: {
    label: 'Pinterest',
    length: { unit: 'characters', limit: 500 },
    requiredMedia: 'image',
    maxImages: 1,
    maxVideos: 1,
    maxDocuments: 0,
    mixesMediaKinds: false,
    requiredMetadata: ['boardServiceId'],
    maxTitle: 100,
    sources: [BUFFER_LIMITS, 'https://developers.pinterest.com/docs/api/v5/pins-create', BUFFER_PITFALLS],
  },
  tiktok: {
    label: 'TikTok',
    length: { unit: 'characters', limit: 2200 },
    requiredMedia: 'imageOrVideo',
    maxImages: 35,
    maxVideos: 1,
    maxDocuments: 0,
    mixesMediaKinds: false,
    requiredMetadata: [],
    sources: [
      BUFFER_LIMITS,
      'https://developers.tiktok.com/doc/content-posting-api-reference-direct-post',
      BUFFER_PITFALLS,
    ],
  },
  youtube: {
    label: 'YouTube',
    length: { unit: 'bytes', limit: 5000 },
    requiredMedia: 'video',
    maxImages: 0,
    maxVideos: 1,
    maxDocuments: 0,
    mixesMediaKinds: false,
    requiredMetadata: ['title', 'categoryId'],
    maxTitle: 100,
    sources: [BUFFER_LIMITS, 'https://developers.google.com/youtube/v3/docs/videos', BUFFER_PITFALLS],
  },
  googlebusiness: {
    label: 'Google Business Profile',
    length: { unit: 'characters', limit: 1500 },
    maxImages: null,
    maxVideos: null,
    maxDocuments: 0,
    mixesMediaKinds: false,
    requiredMetadata: ['type'],
    sources: [
      'https://developers.google.com/my-business/reference/rest/v4/accounts.locations.localPosts',
      BUFFER_PITFALLS,
    ],
  },
  startPage: {
    label: 'Start Page',
    length: { unit: 'characters', limit: 5000 },
    maxImages: null,
    maxVideos: null,
    maxDocuments: 0,
    mixesMediaKinds: false,
    requiredMetadata: [],
    sources: [BUFFER_LIMITS],
  },
};
