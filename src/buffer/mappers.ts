/**
 * Wire objects (as selected by documents.ts) → the shared types of types.ts.
 * Only reshaping happens here: Mastodon's `maxCharacters` is lifted out of the
 * channel metadata union, and a thread out of the post metadata union.
 */
import type { PostMetric } from '../metrics/types.js';
import { toPostContent } from './post-content.js';
import type { Account, Channel, Idea, Post } from './types.js';

type Wire = Record<string, unknown>;

function obj(value: unknown): Wire {
  return value && typeof value === 'object' ? (value as Wire) : {};
}

export function toAccount(wire: unknown): Account {
  const w = obj(wire);
  const orgs = Array.isArray(w.organizations) ? w.organizations : [];
  return {
    id: String(w.id),
    email: String(w.email ?? ''),
    timezone: (w.timezone as string | null | undefined) ?? null,
    organizations: orgs.map((o) => {
      const org = obj(o);
      return {
        id: String(org.id),
        name: String(org.name ?? ''),
        ...(typeof org.channelCount === 'number' ? { channelCount: org.channelCount } : {}),
      };
    }),
  };
}

export function toChannel(wire: unknown): Channel {
  const w = obj(wire);
  const metadata = obj(w.metadata);
  const channel: Channel = {
    id: String(w.id),
    name: String(w.name ?? ''),
    displayName: (w.displayName as string | null | undefined) ?? null,
    service: w.service as Channel['service'],
    organizationId: String(w.organizationId ?? ''),
    timezone: String(w.timezone ?? ''),
  };
  if (typeof w.isLocked === 'boolean') channel.isLocked = w.isLocked;
  if (typeof w.isDisconnected === 'boolean') channel.isDisconnected = w.isDisconnected;
  if (typeof metadata.maxCharacters === 'number') channel.maxCharacters = metadata.maxCharacters;
  return channel;
}

export function toPost(wire: unknown): Post {
  const w = obj(wire);
  const metadata = obj(w.metadata);
  const thread = Array.isArray(metadata.thread)
    ? metadata.thread.map((item) => ({ text: String(obj(item).text ?? '') }))
    : null;
  const error = w.error ? { message: String(obj(w.error).message ?? '') } : null;
  const post: Post = {
    id: String(w.id),
    channelId: String(w.channelId ?? ''),
    status: w.status as Post['status'],
    text: String(w.text ?? ''),
    dueAt: (w.dueAt as string | null | undefined) ?? null,
    sentAt: (w.sentAt as string | null | undefined) ?? null,
    externalLink: (w.externalLink as string | null | undefined) ?? null,
    error,
    thread: thread && thread.length > 0 ? thread : null,
  };
  if (w.channelService) post.channelService = w.channelService as Post['channelService'];
  if (typeof w.createdAt === 'string') post.createdAt = w.createdAt;
  if (typeof w.updatedAt === 'string') post.updatedAt = w.updatedAt;
  if (w.shareMode) post.shareMode = w.shareMode as Post['shareMode'];
  if (w.schedulingType !== undefined) post.schedulingType = (w.schedulingType as Post['schedulingType']) ?? null;
  // Only the full fragment selects `assets`: without it, what the post holds is unknown, not empty.
  if (Array.isArray(w.assets)) post.content = toPostContent(w, post.channelService);
  // Only the metrics fragment selects these: absent means "not asked", not "none".
  if ('metrics' in w) post.metrics = Array.isArray(w.metrics) ? w.metrics.map(toPostMetric) : null;
  if ('metricsUpdatedAt' in w) post.metricsUpdatedAt = (w.metricsUpdatedAt as string | null | undefined) ?? null;
  return post;
}

/** One page of a `posts` connection (edges and pageInfo, as documents.ts selects them). */
export function toPostsPage(wire: unknown): { posts: Post[]; endCursor?: string; hasNextPage: boolean } {
  const w = (wire ?? {}) as {
    edges?: { node?: unknown }[] | null;
    pageInfo?: { endCursor?: string | null; hasNextPage?: boolean };
  };
  return {
    posts: (w.edges ?? []).filter((e) => e?.node).map((e) => toPost(e.node)),
    endCursor: w.pageInfo?.endCursor ?? undefined,
    hasNextPage: Boolean(w.pageInfo?.hasNextPage),
  };
}

/** One `PostMetric` entry (also what `aggregatedPostMetrics` lists). */
export function toPostMetric(wire: unknown): PostMetric {
  const w = obj(wire);
  const metric: PostMetric = {
    type: String(w.type ?? ''),
    value: Number(w.value),
    unit: w.unit === 'percentage' ? 'percentage' : 'count',
  };
  if (typeof w.name === 'string') metric.name = w.name;
  return metric;
}

export function toIdea(wire: unknown): Idea {
  const w = obj(wire);
  const content = obj(w.content);
  return {
    id: String(w.id),
    organizationId: String(w.organizationId ?? ''),
    content: {
      title: (content.title as string | null | undefined) ?? null,
      text: (content.text as string | null | undefined) ?? null,
    },
    ...(typeof w.createdAt === 'number' ? { createdAt: w.createdAt } : {}),
  };
}
