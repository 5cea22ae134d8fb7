/**
 * The sandbox's seed: the accounts, organizations and channels it starts with
 * (and optionally posts, ideas, idea groups and post templates).
 * A seed is plain JSON (`buffer-gitops sandbox --seed FILE`), so every field is a
 * JSON value and dates are ISO strings.
 */
import {
  SERVICES,
  type AssetInput,
  type PostStatus,
  type SchedulingType,
  type Service,
  type ShareMode,
} from '../buffer/types.js';
import type { PinnedMetrics } from './metrics.js';

export type Plan = 'free' | 'essentials' | 'team';
export type DayOfWeek = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface SeedAccount {
  id: string;
  email: string;
  name?: string;
  timezone: string;
  /** Keys that authenticate as this account (`Authorization: Bearer <key>`). */
  apiKeys: string[];
  /** Organizations this account belongs to; default: every organization of the seed. */
  organizationIds?: string[];
  /**
   * Organizations where this account is an admin. The owner (the organization's
   * `ownerEmail`) is one too. Admins may update and delete the organization's
   * `internal` post templates that someone else created (reference).
   */
  adminOrganizationIds?: string[];
}

export interface SeedOrganization {
  id: string;
  name: string;
  plan: Plan;
  ownerEmail?: string;
}

export interface SeedPostingSlot {
  day: DayOfWeek;
  /** Local times `HH:mm` in the channel's timezone. */
  times: string[];
  paused?: boolean;
}

export interface SeedPinterestBoard {
  id: string;
  serviceId: string;
  name: string;
  url: string;
  description?: string;
}

export interface SeedChannel {
  id: string;
  organizationId: string;
  service: Service;
  /** The handle shown in Buffer (`acme`, `acme.bsky.social`, `Acme Inc`). */
  name: string;
  displayName?: string;
  serviceId?: string;
  timezone: string;
  postingSchedule?: SeedPostingSlot[];
  isLocked?: boolean;
  isDisconnected?: boolean;
  isQueuePaused?: boolean;
  /** Posts per local day (sent + scheduled); null = unlimited; default DEFAULT_DAILY_POSTING_LIMIT. */
  dailyPostingLimit?: number | null;
  /** Mastodon only: the instance's post length limit. */
  maxCharacters?: number;
  /** Mastodon/Bluesky: the server the account lives on. */
  serverUrl?: string;
  /** Pinterest only. */
  boards?: SeedPinterestBoard[];
  createdAt?: string;
}

/** A post as the sandbox stores it; also the JSON of `GET /__sandbox/state`. */
export interface StoredPost {
  id: string;
  organizationId: string;
  channelId: string;
  channelService: Service;
  status: PostStatus;
  text: string;
  assets: AssetInput[];
  /** The channel's `PostInputMetaData` entry as sent (e.g. `{thread:[...]}` for twitter). */
  metadata: Record<string, unknown> | null;
  dueAt: string | null;
  sentAt: string | null;
  createdAt: string;
  updatedAt: string;
  shareMode: ShareMode;
  schedulingType: SchedulingType | null;
  isCustomScheduled: boolean;
  sharedNow: boolean;
  via: 'api' | 'buffer' | 'network';
  externalLink: string | null;
  error: { message: string } | null;
  tagIds: string[];
  ideaId: string | null;
  authorId: string | null;
  /** Seed only: numbers this post's metrics answer once refreshed, instead of the derived ones (metrics.ts). */
  pinnedMetrics?: PinnedMetrics;
}

export interface StoredIdea {
  id: string;
  organizationId: string;
  content: {
    title: string | null;
    text: string | null;
    media: {
      id: string;
      url: string;
      type: string;
      alt: string | null;
      thumbnailUrl: string | null;
      size: number | null;
    }[];
    services: Service[];
    tags: { id: string; name: string; color: string }[];
    date: string | null;
    aiAssisted: boolean;
  };
  groupId: string | null;
  position: number;
  /** Unix seconds, as Buffer's `Idea.createdAt: Int!`. */
  createdAt: number;
  updatedAt: number;
}

/** An idea group (a folder of the ideas board); Buffer's public API only lists them. */
export interface StoredIdeaGroup {
  id: string;
  organizationId: string;
  name: string;
  isLocked: boolean;
}

export type PostTemplateVisibility = 'private' | 'internal' | 'public';

/** A post template as the sandbox stores it; also the JSON of `GET /__sandbox/state`. */
export interface StoredPostTemplate {
  id: string;
  /** For `internal` the team that sees it; for `private` only recorded (reference). */
  organizationId: string;
  /** The account that created it; null for Buffer-curated `public` templates. */
  accountId: string | null;
  title: string;
  body: string;
  description: string;
  emoji: string;
  visibility: PostTemplateVisibility;
  createdAt: string;
  updatedAt: string;
}

export interface SandboxSeed {
  accounts: SeedAccount[];
  organizations: SeedOrganization[];
  channels: SeedChannel[];
  /** Partial posts are completed with defaults (see store.ts). */
  posts?: (Partial<StoredPost> & { id: string; channelId: string })[];
  ideas?: StoredIdea[];
  ideaGroups?: StoredIdeaGroup[];
  postTemplates?: StoredPostTemplate[];
  /** Mixed into every derived metric value (metrics.ts): another salt, other numbers for the same post IDs. */
  metricsSalt?: string;
}

export const DEFAULT_DAILY_POSTING_LIMIT = 50;
export const DEFAULT_API_KEY = 'sandbox';

/** Three slots a day, every day: a plausible "optimal times" schedule. */
export function everyDaySchedule(times: string[] = ['09:00', '13:00', '17:00']): SeedPostingSlot[] {
  const days: DayOfWeek[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  return days.map((day) => ({ day, times: [...times], paused: false }));
}

/**
 * A stable 24-hex ID shaped like a Mongo ObjectId (Buffer's IDs look like that):
 * a fixed "timestamp" part, a kind tag and a counter, so docs and tests can
 * quote the default seed's IDs.
 */
export function seedObjectId(kind: number, index: number): string {
  return `65f0c0de${kind.toString(16).padStart(4, '0')}${index.toString(16).padStart(12, '0')}`;
}

const HANDLES: Record<Service, string> = {
  bluesky: 'acme.bsky.social',
  facebook: 'Acme Inc',
  googlebusiness: 'Acme Inc',
  instagram: 'acme',
  linkedin: 'Acme Inc',
  mastodon: 'acme@mastodon.social',
  pinterest: 'Acme Inc',
  startPage: 'Acme Inc',
  threads: 'acme',
  tiktok: 'acme',
  twitter: 'acme',
  youtube: 'Acme Inc',
};

export const DEFAULT_ACCOUNT_ID = seedObjectId(1, 1);
export const DEFAULT_ORGANIZATION_ID = seedObjectId(2, 1);
/** The organization Buffer's curated `public` templates belong to (no account is a member). */
const BUFFER_TEMPLATES_ORGANIZATION_ID = seedObjectId(2, 0xb0ff);

/**
 * Buffer's curated template library: `public` templates every caller sees in
 * `postTemplates` (reference: "`public` is returned for Buffer-managed
 * templates") and none can create, change or delete.
 */
function publicTemplates(): StoredPostTemplate[] {
  const at = '2025-01-01T00:00:00.000Z';
  const template = (index: number, title: string, emoji: string, description: string, body: string) => ({
    id: seedObjectId(5, index),
    organizationId: BUFFER_TEMPLATES_ORGANIZATION_ID,
    accountId: null,
    title,
    body,
    description,
    emoji,
    visibility: 'public' as const,
    createdAt: at,
    updatedAt: at,
  });
  return [
    template(
      1,
      'Product launch',
      '🚀',
      'Announce something new',
      'Introducing {{product}}: {{one-line benefit}}. Try it today: {{link}}',
    ),
    template(
      2,
      'Behind the scenes',
      '🎬',
      'Show how the work gets done',
      'A peek behind the scenes at {{team}}: {{what we are working on}}.',
    ),
  ];
}

/** The ID of the default seed's channel for a service (channels are numbered in SERVICES order). */
export function defaultChannelId(service: Service): string {
  return seedObjectId(3, SERVICES.indexOf(service) + 1);
}

/** One account (key `sandbox`), one free organization "Acme Inc", one channel per service. */
export function defaultSeed(): SandboxSeed {
  const channels: SeedChannel[] = SERVICES.map((service) => {
    const channel: SeedChannel = {
      id: defaultChannelId(service),
      organizationId: DEFAULT_ORGANIZATION_ID,
      service,
      name: HANDLES[service],
      displayName: 'Acme Inc',
      serviceId: String(1000000000 + SERVICES.indexOf(service) + 1),
      timezone: 'Europe/London',
      postingSchedule: everyDaySchedule(),
      createdAt: '2025-01-01T00:00:00.000Z',
    };
    if (service === 'mastodon') {
      channel.maxCharacters = 500;
      channel.serverUrl = 'https://mastodon.social';
    }
    if (service === 'bluesky') channel.serverUrl = 'https://bsky.social';
    if (service === 'pinterest') {
      channel.boards = [
        {
          id: seedObjectId(4, 1),
          serviceId: '900000000000000001',
          name: 'Product news',
          url: 'https://www.pinterest.com/acme/product-news/',
        },
        {
          id: seedObjectId(4, 2),
          serviceId: '900000000000000002',
          name: 'Behind the scenes',
          url: 'https://www.pinterest.com/acme/behind-the-scenes/',
        },
      ];
    }
    return channel;
  });
  return {
    accounts: [
      {
        id: DEFAULT_ACCOUNT_ID,
        email: 'sandbox@example.com',
        name: 'Sandbox User',
        timezone: 'Europe/London',
        apiKeys: [DEFAULT_API_KEY],
      },
    ],
    organizations: [{ id: DEFAULT_ORGANIZATION_ID, name: 'Acme Inc', plan: 'free', ownerEmail: 'sandbox@example.com' }],
    channels,
    posts: [],
    ideas: [],
    ideaGroups: [],
    postTemplates: publicTemplates(),
  };
}
