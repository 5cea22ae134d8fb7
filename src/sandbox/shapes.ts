/**
 * Stored records → the objects graphql-js resolves `Account`, `Channel`, `Post`
 * and `Idea` from. Union and interface members carry `__typename`, which
 * graphql-js's default type resolver reads, so no `__resolveType` is needed.
 */
import type { Service } from '../buffer/types.js';
import { postMetricsAt } from './metrics.js';
import type { SandboxStore } from './store.js';
import type { SeedAccount, SeedChannel, SeedOrganization, StoredIdea, StoredPost } from './seed.js';

type Obj = Record<string, unknown>;
/** The part of the GraphQL request context (engine.ts) a post's metrics read: the sandbox clock. */
type ClockedContext = { op: { nowMs: () => number } };

const SCHEDULED_POSTS_PER_CHANNEL: Record<SeedOrganization['plan'], number> = {
  free: 10,
  essentials: 2000,
  team: 2000,
};
const CHANNELS_PER_PLAN: Record<SeedOrganization['plan'], number> = { free: 3, essentials: 100, team: 100 };

export function scheduledPostLimit(org: SeedOrganization): number {
  return SCHEDULED_POSTS_PER_CHANNEL[org.plan];
}

export function accountShape(store: SandboxStore, account: SeedAccount): Obj {
  return {
    id: account.id,
    email: account.email,
    backupEmail: null,
    avatar: `https://www.gravatar.com/avatar/${account.id}`,
    createdAt: '2025-01-01T00:00:00.000Z',
    organizations: (args: { filter?: { organizationId: string } | null }) =>
      store
        .organizationsOf(account)
        .filter((o) => !args.filter || o.id === args.filter.organizationId)
        .map((o) => organizationShape(store, o)),
    timezone: account.timezone,
    name: account.name ?? null,
    preferences: { timeFormat: '24h', startOfWeek: 'monday', defaultScheduleOption: 'Queue' },
    connectedApps: [],
  };
}

export function organizationShape(store: SandboxStore, org: SeedOrganization): Obj {
  const channelCount = [...store.channels.values()].filter((c) => c.organizationId === org.id).length;
  return {
    id: org.id,
    name: org.name,
    channelCount,
    ownerEmail: org.ownerEmail ?? '',
    shouldEnforce2FASetup: false,
    members: { totalCount: 1 },
    limits: {
      channels: CHANNELS_PER_PLAN[org.plan],
      generateContent: org.plan === 'free' ? 0 : 100,
      ideaGroups: org.plan === 'free' ? 3 : 100,
      ideas: org.plan === 'free' ? 100 : 10000,
      members: org.plan === 'team' ? 100 : 1,
      postTemplates: org.plan === 'free' ? 3 : 100,
      savedReplies: org.plan === 'free' ? 0 : 100,
      scheduledPosts: SCHEDULED_POSTS_PER_CHANNEL[org.plan],
      scheduledStoriesPerChannel: SCHEDULED_POSTS_PER_CHANNEL[org.plan],
      scheduledThreadsPerChannel: SCHEDULED_POSTS_PER_CHANNEL[org.plan],
      tags: org.plan === 'free' ? 3 : 250,
    },
  };
}

const CHANNEL_TYPE: Record<Service, string> = {
  bluesky: 'profile',
  facebook: 'page',
  googlebusiness: 'business',
  instagram: 'business',
  linkedin: 'page',
  mastodon: 'profile',
  pinterest: 'business',
  startPage: 'page',
  threads: 'profile',
  tiktok: 'business',
  twitter: 'profile',
  youtube: 'channel',
};

function channelMetadata(c: SeedChannel): Obj | null {
  switch (c.service) {
    case 'instagram':
      return { __typename: 'InstagramMetadata', defaultToReminders: false };
    case 'tiktok':
      return { __typename: 'TiktokMetadata', defaultToReminders: false };
    case 'youtube':
      return { __typename: 'YoutubeMetadata', defaultToReminders: false };
    case 'pinterest':
      return {
        __typename: 'PinterestMetadata',
        boards: (c.boards ?? []).map((b) => ({ avatar: null, description: null, ...b })),
      };
    case 'mastodon':
      return {
        __typename: 'MastodonMetadata',
        maxCharacters: c.maxCharacters ?? 500,
        serverUrl: c.serverUrl ?? 'https://mastodon.social',
      };
    case 'bluesky':
      return { __typename: 'BlueskyMetadata', serverUrl: c.serverUrl ?? 'https://bsky.social' };
    case 'googlebusiness':
      return {
        __typename: 'GoogleBusinessMetadata',
        locationData: { googleAccountId: null, location: 'Acme Inc', mapsLink: null },
      };
    case 'facebook':
      return { __typename: 'FacebookMetadata', locationData: null };
    case 'twitter':
      return { __typename: 'TwitterMetadata', subscriptionType: null };
    case 'linkedin':
      return { __typename: 'LinkedInMetadata', shouldShowLinkedinAnalyticsRefreshBanner: false };
    default:
      return null; // ChannelMetadata has no Threads or StartPage member.
  }
}

export function channelShape(c: SeedChannel): Obj {
  const created = c.createdAt ?? '2025-01-01T00:00:00.000Z';
  return {
    id: c.id,
    allowedActions: ['viewChannel', 'viewPublish', 'readUpdates', 'manageUpdates', 'managePostingSchedule'],
    avatar: `https://avatars.example.com/${c.service}/${c.id}.png`,
    descriptor: CHANNEL_TYPE[c.service][0]!.toUpperCase() + CHANNEL_TYPE[c.service].slice(1),
    displayName: c.displayName ?? c.name,
    externalLink: null,
    hasActiveMemberDevice: false,
    isDisconnected: c.isDisconnected ?? false,
    isLocked: c.isLocked ?? false,
    isNew: false,
    isQueuePaused: c.isQueuePaused ?? false,
    linkShortening: { isEnabled: false, config: null },
    metadata: channelMetadata(c),
    name: c.name,
    organizationId: c.organizationId,
    postingGoal: null,
    postingSchedule: (c.postingSchedule ?? []).map((s) => ({ day: s.day, times: s.times, paused: s.paused ?? false })),
    products: ['publish'],
    scopes: [],
    service: c.service,
    serviceId: c.serviceId ?? c.id,
    showTrendingTopicSuggestions: false,
    timezone: c.timezone,
    type: CHANNEL_TYPE[c.service],
    weeklyPostingLimit: null,
    createdAt: created,
    updatedAt: created,
  };
}

function mimeFor(url: string, fallback: string): string {
  const ext = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase();
  const known: Record<string, string> = {
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    png: 'image/png',
    gif: 'image/gif',
    webp: 'image/webp',
    mp4: 'video/mp4',
    mov: 'video/quicktime',
    pdf: 'application/pdf',
  };
  return (ext && known[ext]) || fallback;
}

/** `AssetInput` → the `Asset` interface's members (a link input has no output member, so it is dropped). */
export function assetShapes(assets: unknown[], postId: string): Obj[] {
  const out: Obj[] = [];
  assets.forEach((raw, i) => {
    const a = raw as Record<string, Obj | undefined>;
    const id = `${postId}-${i}`;
    if (a.image) {
      const meta = (a.image.metadata ?? {}) as Obj;
      const url = String(a.image.url);
      out.push({
        __typename: 'ImageAsset',
        id,
        type: 'image',
        source: url,
        mimeType: mimeFor(url, 'image/jpeg'),
        thumbnail: (a.image.thumbnailUrl as string | undefined) ?? url,
        image: {
          altText: (meta.altText as string | undefined) ?? '',
          animatedThumbnail: meta.animatedThumbnail ?? null,
          height: 1080,
          width: 1080,
          isAnimated: url.toLowerCase().endsWith('.gif'),
          userTags: meta.userTags ?? null,
        },
      });
    } else if (a.video) {
      const meta = (a.video.metadata ?? {}) as Obj;
      const url = String(a.video.url);
      out.push({
        __typename: 'VideoAsset',
        id,
        type: 'video',
        source: url,
        mimeType: mimeFor(url, 'video/mp4'),
        thumbnail: url,
        video: {
          durationMs: 30_000,
          height: 1920,
          width: 1080,
          isTranscodingRequired: false,
          isVideoProcessing: false,
          thumbnailOffset: meta.thumbnailOffset ?? null,
          title: meta.title ?? null,
        },
      });
    } else if (a.document) {
      const url = String(a.document.url);
      out.push({
        __typename: 'DocumentAsset',
        id,
        type: 'document',
        source: url,
        mimeType: mimeFor(url, 'application/pdf'),
        thumbnail: String(a.document.thumbnailUrl ?? url),
        document: {
          title: a.document.title ?? null,
          numPages: 1,
          thumbnails: [String(a.document.thumbnailUrl ?? url)],
          filesize: null,
        },
      });
    }
  });
  return out;
}

function linkAttachmentShape(input: unknown): Obj | null {
  if (!input || typeof input !== 'object') return null;
  const l = input as { url: string; title?: string; description?: string; thumbnail?: { url: string } };
  return {
    url: l.url,
    expandedUrl: l.url,
    title: l.title ?? l.url,
    text: l.description ?? '',
    thumbnail: l.thumbnail?.url ?? null,
    thumbnails: l.thumbnail ? [l.thumbnail.url] : [],
  };
}

/** A retweet as Buffer shows it: the input carries only the tweet's id (and a comment it does not echo). */
function retweetShape(input: unknown, createdAt: string): Obj | null {
  if (!input || typeof input !== 'object') return null;
  const id = String((input as Obj).id);
  return {
    id,
    text: '',
    thumbnails: [],
    url: `https://x.com/i/status/${id}`,
    user: { avatar: '', name: 'Original author', username: 'original' },
    createdAt,
  };
}

/** The board a Pin is saved to: the channel's board with that `boardServiceId` (null when it has none). */
function boardShape(channel: SeedChannel | undefined, boardServiceId: unknown): Obj | null {
  if (typeof boardServiceId !== 'string') return null;
  const board = (channel?.boards ?? []).find((b) => b.serviceId === boardServiceId);
  return board ? { avatar: null, description: null, ...board } : null;
}

function threadShape(meta: Obj, postId: string): Obj[] {
  const thread = Array.isArray(meta.thread) ? (meta.thread as { text?: string | null; assets?: unknown[] }[]) : [];
  return thread.map((t, i) => ({
    text: t.text ?? '',
    assets: assetShapes(t.assets ?? [], `${postId}-t${i}`),
    linkAttachment: null,
  }));
}

/**
 * The `PostMetadata` union member for the post's service, from the stored
 * metadata input: every field the input set comes back (issue 12: import
 * round-trips it), the rest at the defaults the reference documents.
 */
function postMetadataShape(p: StoredPost, channel: SeedChannel | undefined): Obj | null {
  const m = (p.metadata ?? {}) as Obj;
  const annotations: unknown[] = [];
  const thread = threadShape(m, p.id);
  const threaded = { thread, threadCount: thread.length };
  const type = thread.length > 1 ? 'thread' : 'post';
  switch (p.channelService) {
    case 'twitter':
      return {
        __typename: 'TwitterPostMetadata',
        annotations,
        type,
        isAiGenerated: m.isAiGenerated ?? false,
        retweet: retweetShape(m.retweet, p.createdAt),
        ...threaded,
      };
    case 'mastodon':
      return { __typename: 'MastodonPostMetadata', annotations, type, spoilerText: m.spoilerText ?? null, ...threaded };
    case 'bluesky':
      return {
        __typename: 'BlueskyPostMetadata',
        annotations,
        type,
        linkAttachment: linkAttachmentShape(m.linkAttachment),
        ...threaded,
      };
    case 'threads':
      return {
        __typename: 'ThreadsPostMetadata',
        annotations,
        type: m.type ?? type,
        linkAttachment: linkAttachmentShape(m.linkAttachment),
        locationId: m.locationId ?? null,
        locationName: m.locationName ?? null,
        topic: m.topic ?? null,
        ...threaded,
      };
    case 'linkedin':
      return {
        __typename: 'LinkedInPostMetadata',
        annotations,
        type: 'post',
        firstComment: m.firstComment ?? null,
        linkAttachment: linkAttachmentShape(m.linkAttachment),
      };
    case 'facebook':
      return {
        __typename: 'FacebookPostMetadata',
        annotations,
        type: m.type ?? 'post',
        firstComment: m.firstComment ?? null,
        linkAttachment: linkAttachmentShape(m.linkAttachment),
        title: null,
      };
    case 'instagram':
      return {
        __typename: 'InstagramPostMetadata',
        annotations,
        type: m.type ?? 'post',
        firstComment: m.firstComment ?? null,
        geolocation: m.geolocation ?? null,
        isAiGenerated: m.isAiGenerated ?? false,
        link: m.link ?? null,
        shouldShareToFeed: m.shouldShareToFeed ?? true,
        stickerFields: m.stickerFields ?? null,
      };
    case 'pinterest':
      return {
        __typename: 'PinterestPostMetadata',
        annotations,
        type: 'post',
        title: m.title ?? null,
        url: m.url ?? null,
        board: boardShape(channel, m.boardServiceId),
      };
    case 'tiktok':
      return {
        __typename: 'TiktokPostMetadata',
        annotations,
        type: 'post',
        isAiGenerated: m.isAiGenerated ?? false,
        title: m.title ?? null,
      };
    case 'youtube':
      return {
        __typename: 'YoutubePostMetadata',
        annotations,
        type: 'short',
        title: m.title ?? null,
        isAiGenerated: m.isAiGenerated ?? false,
        category: m.categoryId
          ? {
              categoryId: String(m.categoryId),
              title: YOUTUBE_CATEGORIES[String(m.categoryId)] ?? `Category ${String(m.categoryId)}`,
            }
          : null,
        embeddable: m.embeddable ?? true,
        license: m.license ?? 'youtube',
        madeForKids: m.madeForKids ?? false,
        notifySubscribers: m.notifySubscribers ?? true,
        privacy: m.privacy ?? 'public',
      };
    case 'googlebusiness':
      return {
        __typename: 'GoogleBusinessPostMetadata',
        annotations,
        type: m.type ?? 'whats_new',
        title: m.title ?? null,
        details: googleDetails(m),
      };
    default:
      return null;
  }
}

/** YoutubePostMetadataInput.categoryId's list in the reference. */
const YOUTUBE_CATEGORIES: Record<string, string> = {
  '1': 'Film & Animation',
  '2': 'Autos & Vehicles',
  '10': 'Music',
  '15': 'Pets & Animals',
  '17': 'Sports',
  '19': 'Travel & Events',
  '20': 'Gaming',
  '22': 'People & Blogs',
  '23': 'Comedy',
  '24': 'Entertainment',
  '25': 'News & Politics',
  '26': 'Howto & Style',
  '27': 'Education',
  '28': 'Science & Technology',
  '29': 'Nonprofits & Activism',
};

/** A DateTime as Buffer answers one (UTC, milliseconds); what it cannot read stays as written. */
function utc(value: unknown, fallback: string): string {
  if (typeof value !== 'string') return fallback;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}

/** `HH:mm` of a DateTime, for the deprecated start/endTime fields ("get time from the startDate"). */
function timeOf(iso: string): string {
  return iso.slice(11, 16);
}

function googleDetails(m: Obj): Obj | null {
  const d = (x: unknown): Obj => (x && typeof x === 'object' ? (x as Obj) : {});
  if (m.type === 'offer') {
    const o = d(m.detailsOffer);
    return {
      __typename: 'GoogleBusinessOfferMetaData',
      title: o.title ?? '',
      startDate: utc(o.startDate, '1970-01-01T00:00:00.000Z'),
      endDate: utc(o.endDate, '1970-01-01T00:00:00.000Z'),
      code: o.code ?? null,
      link: o.link ?? null,
      terms: o.terms ?? null,
    };
  }
  if (m.type === 'event') {
    const e = d(m.detailsEvent);
    const startDate = utc(e.startDate, '1970-01-01T00:00:00.000Z');
    const endDate = utc(e.endDate, '1970-01-01T00:00:00.000Z');
    const fullDay = e.isFullDayEvent === true;
    return {
      __typename: 'GoogleBusinessEventMetaData',
      title: e.title ?? '',
      startDate,
      endDate,
      button: e.button ?? 'none',
      link: e.link ?? null,
      isFullDayEvent: fullDay,
      startTime: fullDay ? null : timeOf(startDate),
      endTime: fullDay ? null : timeOf(endDate),
    };
  }
  const w = d(m.detailsWhatsNew);
  return { __typename: 'GoogleBusinessWhatsNewMetaData', button: w.button ?? 'none', link: w.link ?? null };
}

function postActions(p: StoredPost): string[] {
  if (p.status === 'sent') return ['viewPost', 'copyPostLink', 'duplicatePost', 'deletePost'];
  return [
    'viewPost',
    'updatePost',
    'deletePost',
    'duplicatePost',
    'publishPostNow',
    'publishPostNext',
    'movePostToDraft',
    'addPostToQueue',
    'updatePostSchedule',
  ];
}

export function postShape(store: SandboxStore, p: StoredPost): Obj {
  const account = p.authorId ? store.accounts.find((a) => a.id === p.authorId) : store.accounts[0];
  return {
    ...p,
    assets: assetShapes(p.assets, p.id),
    metadata: postMetadataShape(p, store.channels.get(p.channelId)),
    // Resolved lazily: most documents do not select the channel.
    channel: () => {
      const c = store.channels.get(p.channelId);
      return c ? channelShape(c) : null;
    },
    author: account
      ? { id: account.id, email: account.email, avatar: '', isDeleted: false, name: account.name ?? null }
      : null,
    allowedActions: postActions(p),
    tags: [],
    notes: [],
    notificationStatus: null,
    // Read off the sandbox clock when selected: graphql-js calls a function-valued field
    // with (args, context), and the request context carries the clock (engine.ts).
    metrics: (_args: unknown, ctx: ClockedContext) => postMetricsAt(p, store.metricsSalt, ctx.op.nowMs()).metrics,
    metricsUpdatedAt: (_args: unknown, ctx: ClockedContext) =>
      postMetricsAt(p, store.metricsSalt, ctx.op.nowMs()).metricsUpdatedAt,
    error: p.error ? { message: p.error.message, supportUrl: null, rawError: null } : null,
  };
}

export function ideaShape(i: StoredIdea): Obj {
  return {
    __typename: 'Idea',
    ...i,
    content: {
      ...i.content,
      media: i.content.media.map((m) => ({ ...m, source: null })),
      tags: i.content.tags.map((t) => ({ ...t, colorName: null })),
    },
  };
}
