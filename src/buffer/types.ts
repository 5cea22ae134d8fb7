/**
 * Buffer wire types, spelled exactly as `shared/reference/buffer-api-reference.md`.
 * Only the parts this product sends or reads are typed; everything here is what
 * travels in GraphQL variables or comes back in `data`.
 */

import type { PostMetric } from '../metrics/types.js';
import type { PostContent } from './post-content.js';

export const SERVICES = [
  'bluesky',
  'facebook',
  'googlebusiness',
  'instagram',
  'linkedin',
  'mastodon',
  'pinterest',
  'startPage',
  'threads',
  'tiktok',
  'twitter',
  'youtube',
] as const;
export type Service = (typeof SERVICES)[number];

/** The seed document's spellings of services that differ from the wire's `Service` enum; accepted in files, never sent. */
export const SEED_SERVICE_SPELLINGS: Readonly<Record<string, Service>> = { startpage: 'startPage' };

export const SHARE_MODES = ['addToQueue', 'customScheduled', 'shareNext', 'shareNow'] as const;
export type ShareMode = (typeof SHARE_MODES)[number];

export const SCHEDULING_TYPES = ['automatic', 'notification'] as const;
export type SchedulingType = (typeof SCHEDULING_TYPES)[number];

export const POST_STATUSES = ['draft', 'error', 'needs_approval', 'scheduled', 'sending', 'sent'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

/** Services whose metadata input has a `thread: [ThreadedPostInput!]`. */
export const THREAD_SERVICES: readonly Service[] = ['twitter', 'mastodon', 'bluesky', 'threads'];

/** The key of `PostInputMetaData` for a service (Google Business is `google`). */
export const METADATA_KEY: Record<Service, string | undefined> = {
  bluesky: 'bluesky',
  facebook: 'facebook',
  googlebusiness: 'google',
  instagram: 'instagram',
  linkedin: 'linkedin',
  mastodon: 'mastodon',
  pinterest: 'pinterest',
  startPage: undefined,
  threads: 'threads',
  tiktok: 'tiktok',
  twitter: 'twitter',
  youtube: 'youtube',
};

export interface ImageAssetInput {
  url: string;
  thumbnailUrl?: string;
  metadata?: { altText: string; animatedThumbnail?: string };
}
export interface VideoAssetInput {
  url: string;
  thumbnailUrl?: string;
  metadata?: { thumbnailOffset?: number; title?: string };
}
export interface DocumentAssetInput {
  url: string;
  title: string;
  thumbnailUrl: string;
}
export interface LinkAssetInput {
  url: string;
  title?: string;
  description?: string;
  thumbnailUrl?: string;
}
/** Exactly one variant is set. */
export type AssetInput =
  { image: ImageAssetInput } | { video: VideoAssetInput } | { document: DocumentAssetInput } | { link: LinkAssetInput };

export interface ThreadedPostInput {
  text?: string;
  assets: AssetInput[];
}

/** `PostInputMetaData`: keyed by METADATA_KEY; values are passed through from front-matter. */
export type PostInputMetaData = Record<string, Record<string, unknown>>;

export interface CreatePostInput {
  channelId: string;
  schedulingType: SchedulingType;
  mode: ShareMode;
  text?: string;
  dueAt?: string;
  assets: AssetInput[];
  metadata?: PostInputMetaData;
  saveToDraft?: boolean;
  source?: string;
}

/** Omitted fields keep their value in Buffer (omit `mode` to keep the schedule). */
export interface EditPostInput {
  id: string;
  text?: string;
  assets?: AssetInput[];
  mode?: ShareMode;
  schedulingType?: SchedulingType;
  dueAt?: string;
  metadata?: PostInputMetaData;
  saveToDraft?: boolean;
  source?: string;
}

export interface CreateIdeaInput {
  organizationId: string;
  content: {
    title?: string;
    text?: string;
    media?: {
      url: string;
      type: 'image' | 'video' | 'gif' | 'document' | 'unsupported';
      alt?: string;
      thumbnailUrl?: string;
    }[];
    services?: Service[];
    date?: string;
  };
}

export interface Organization {
  id: string;
  name: string;
  channelCount?: number;
}
export interface Account {
  id: string;
  email: string;
  timezone?: string | null;
  organizations: Organization[];
}

export interface Channel {
  id: string;
  name: string;
  displayName?: string | null;
  service: Service;
  organizationId: string;
  timezone: string;
  isLocked?: boolean;
  isDisconnected?: boolean;
  /** From `metadata { ... on MastodonMetadata { maxCharacters } }` where present. */
  maxCharacters?: number | null;
}

/** The fields of a `Post` this product reads back. */
export interface Post {
  id: string;
  channelId: string;
  channelService?: Service;
  status: PostStatus;
  text: string;
  dueAt?: string | null;
  sentAt?: string | null;
  createdAt?: string;
  updatedAt?: string;
  externalLink?: string | null;
  shareMode?: ShareMode;
  schedulingType?: SchedulingType | null;
  error?: { message: string } | null;
  /** Thread items as Buffer stores them, when the post is a thread. */
  thread?: { text: string }[] | null;
  /**
   * Everything else the post holds (assets, thread items with their media,
   * metadata), when it was read with the full fragment (tracked-post lookups,
   * import); undefined when only PostFields was selected.
   */
  content?: PostContent;
  /**
   * Buffer's numbers for a sent post, only where the metrics fragment was
   * selected (sync's `recent` list, the metrics reads); undefined elsewhere.
   * null: not sent yet, or not yet refreshed by Buffer's daily job.
   */
  metrics?: PostMetric[] | null;
  /** When Buffer last refreshed `metrics`; null until its first daily refresh. */
  metricsUpdatedAt?: string | null;
}

export interface DailyPostingLimitStatus {
  channelId: string;
  sent: number;
  scheduled: number;
  limit: number | null;
  isAtLimit: boolean;
}

export interface Idea {
  id: string;
  organizationId: string;
  content: { title?: string | null; text?: string | null };
  /** Unix seconds (Buffer's `Idea.createdAt: Int!`), when the query selected it. */
  createdAt?: number;
}
