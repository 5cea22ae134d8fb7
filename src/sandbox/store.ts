/**
 * The sandbox's data: accounts, organizations, channels, posts, ideas, idea
 * groups and post templates, held in memory, snapshotted as JSON (`GET /__sandbox/state`, `--state FILE`).
 */
import type { Service } from '../buffer/types.js';
import { externalLinkFor } from './external-links.js';
import { assertPinnedMetrics, postMetricsAt, type PostMetricsAnswer } from './metrics.js';
import {
  DEFAULT_DAILY_POSTING_LIMIT,
  type SandboxSeed,
  type SeedAccount,
  type SeedChannel,
  type SeedOrganization,
  type StoredIdea,
  type StoredIdeaGroup,
  type StoredPost,
  type StoredPostTemplate,
} from './seed.js';

export interface StoreSnapshot {
  accounts: Omit<SeedAccount, 'apiKeys'>[];
  organizations: SeedOrganization[];
  channels: SeedChannel[];
  /** Each with `metrics` and `metricsUpdatedAt` exactly as the API answers them at the snapshot's time. */
  posts: (StoredPost & PostMetricsAnswer)[];
  ideas: StoredIdea[];
  ideaGroups: StoredIdeaGroup[];
  postTemplates: StoredPostTemplate[];
}

/** What `--state FILE` holds: enough to continue exactly where the sandbox stopped. */
export interface PersistedState {
  version: 1;
  now: string;
  nextId: number;
  seed: SandboxSeed;
}

export class SandboxStore {
  accounts: SeedAccount[] = [];
  organizations = new Map<string, SeedOrganization>();
  channels = new Map<string, SeedChannel>();
  posts = new Map<string, StoredPost>();
  ideas = new Map<string, StoredIdea>();
  ideaGroups = new Map<string, StoredIdeaGroup>();
  postTemplates = new Map<string, StoredPostTemplate>();
  /** The seed's `metricsSalt` ('' when it has none): metrics are derived from it, never stored. */
  metricsSalt = '';
  private nextId = 1;

  constructor(seed: SandboxSeed, nowIso: string) {
    this.load(seed, nowIso);
  }

  load(seed: SandboxSeed, nowIso: string, nextId = 1): void {
    assertSeed(seed);
    this.accounts = structuredClone(seed.accounts);
    this.organizations = new Map(seed.organizations.map((o) => [o.id, structuredClone(o)]));
    this.channels = new Map(seed.channels.map((c) => [c.id, structuredClone(c)]));
    this.posts = new Map();
    for (const p of seed.posts ?? []) {
      const channel = this.channels.get(p.channelId);
      if (!channel) throw new Error(`Seed post ${p.id} names unknown channel ${p.channelId}`);
      this.posts.set(p.id, completePost(p, channel, nowIso));
    }
    this.ideas = new Map((seed.ideas ?? []).map((i) => [i.id, structuredClone(i)]));
    this.ideaGroups = new Map((seed.ideaGroups ?? []).map((g) => [g.id, structuredClone(g)]));
    this.postTemplates = new Map((seed.postTemplates ?? []).map((t) => [t.id, structuredClone(t)]));
    this.metricsSalt = seed.metricsSalt ?? '';
    this.nextId = nextId;
  }

  /** A fresh 24-hex ID: creation second (sandbox clock) + a counter, like an ObjectId. */
  newId(nowMs: number): string {
    const seconds = Math.floor(nowMs / 1000)
      .toString(16)
      .padStart(8, '0')
      .slice(-8);
    return `${seconds}${(this.nextId++).toString(16).padStart(16, '0')}`;
  }

  accountForKey(key: string): SeedAccount | undefined {
    return this.accounts.find((a) => a.apiKeys.includes(key));
  }

  organizationsOf(account: SeedAccount): SeedOrganization[] {
    const all = [...this.organizations.values()];
    return account.organizationIds ? all.filter((o) => account.organizationIds!.includes(o.id)) : all;
  }

  canSee(account: SeedAccount, organizationId: string): boolean {
    return this.organizationsOf(account).some((o) => o.id === organizationId);
  }

  /** An admin or the owner (by `ownerEmail`) of an organization the account belongs to. */
  isAdmin(account: SeedAccount, organizationId: string): boolean {
    const org = this.organizations.get(organizationId);
    if (!org || !this.canSee(account, organizationId)) return false;
    return org.ownerEmail === account.email || (account.adminOrganizationIds ?? []).includes(organizationId);
  }

  dailyLimit(channel: SeedChannel): number | null {
    return channel.dailyPostingLimit === undefined ? DEFAULT_DAILY_POSTING_LIMIT : channel.dailyPostingLimit;
  }

  /** Publishes every scheduled post due by `nowMs`, as Buffer would have. Returns how many. */
  publishDue(nowMs: number): number {
    let n = 0;
    for (const post of this.posts.values()) {
      if (post.status !== 'scheduled' || !post.dueAt || Date.parse(post.dueAt) > nowMs) continue;
      markSent(post, this.channels.get(post.channelId), post.dueAt);
      n++;
    }
    return n;
  }

  /** `nowMs`: the sandbox time the posts' derived metrics are read at. */
  snapshot(nowMs: number): StoreSnapshot {
    return structuredClone({
      accounts: this.accounts.map(({ apiKeys: _keys, ...rest }) => rest),
      organizations: [...this.organizations.values()],
      channels: [...this.channels.values()],
      posts: [...this.posts.values()].map((p) => ({ ...p, ...postMetricsAt(p, this.metricsSalt, nowMs) })),
      ideas: [...this.ideas.values()],
      ideaGroups: [...this.ideaGroups.values()],
      postTemplates: [...this.postTemplates.values()],
    });
  }

  persisted(nowIso: string): PersistedState {
    return {
      version: 1,
      now: nowIso,
      nextId: this.nextId,
      seed: structuredClone({
        accounts: this.accounts,
        organizations: [...this.organizations.values()],
        channels: [...this.channels.values()],
        posts: [...this.posts.values()],
        ideas: [...this.ideas.values()],
        ideaGroups: [...this.ideaGroups.values()],
        postTemplates: [...this.postTemplates.values()],
        ...(this.metricsSalt === '' ? {} : { metricsSalt: this.metricsSalt }),
      }),
    };
  }
}

export function markSent(post: StoredPost, channel: SeedChannel | undefined, sentAt: string): void {
  post.status = 'sent';
  post.sentAt = sentAt;
  post.updatedAt = sentAt;
  post.error = null;
  post.externalLink = externalLinkFor(post.channelService, channel?.name ?? 'acme', post.id);
}

function completePost(
  p: Partial<StoredPost> & { id: string; channelId: string },
  channel: SeedChannel,
  nowIso: string,
): StoredPost {
  const service: Service = channel.service;
  // A state snapshot fed back as a seed carries derived metrics; they are recomputed, never stored.
  const { metrics: _metrics, metricsUpdatedAt: _updated, ...fields } = p as typeof p & Partial<PostMetricsAnswer>;
  return {
    organizationId: channel.organizationId,
    channelService: service,
    status: 'scheduled',
    text: '',
    assets: [],
    metadata: null,
    dueAt: null,
    sentAt: null,
    createdAt: nowIso,
    updatedAt: nowIso,
    shareMode: 'addToQueue',
    schedulingType: 'automatic',
    isCustomScheduled: false,
    sharedNow: false,
    via: 'buffer',
    externalLink: null,
    error: null,
    tagIds: [],
    ideaId: null,
    authorId: null,
    ...structuredClone(fields),
  };
}

/** Fails early with a readable message on a malformed `--seed` file. */
function assertSeed(seed: SandboxSeed): void {
  if (!seed || !Array.isArray(seed.accounts) || !Array.isArray(seed.organizations) || !Array.isArray(seed.channels)) {
    throw new Error('A sandbox seed needs arrays "accounts", "organizations" and "channels"');
  }
  const orgs = new Set(seed.organizations.map((o) => o.id));
  for (const c of seed.channels) {
    if (!orgs.has(c.organizationId))
      throw new Error(`Seed channel ${c.id} names unknown organization ${c.organizationId}`);
  }
  for (const a of seed.accounts) {
    if (!Array.isArray(a.apiKeys)) throw new Error(`Seed account ${a.id} needs "apiKeys"`);
  }
  for (const g of seed.ideaGroups ?? []) {
    if (!orgs.has(g.organizationId))
      throw new Error(`Seed idea group ${g.id} names unknown organization ${g.organizationId}`);
  }
  for (const t of seed.postTemplates ?? []) {
    // Buffer's curated public templates belong to Buffer, not to an organization of the seed.
    if (t.visibility !== 'public' && !orgs.has(t.organizationId))
      throw new Error(`Seed post template ${t.id} names unknown organization ${t.organizationId}`);
    if (t.visibility !== 'public' && !seed.accounts.some((a) => a.id === t.accountId))
      throw new Error(`Seed post template ${t.id} needs "accountId", the account that created it`);
  }
  if (seed.metricsSalt !== undefined && typeof seed.metricsSalt !== 'string')
    throw new Error('A sandbox seed\'s "metricsSalt" must be a string');
  const services = new Map(seed.channels.map((c) => [c.id, c.service]));
  for (const p of seed.posts ?? []) {
    const service = services.get(p.channelId);
    if (service) assertPinnedMetrics(p, service);
  }
}
