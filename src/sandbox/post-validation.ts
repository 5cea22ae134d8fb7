/**
 * What Buffer's backend rejects in a post (→ `InvalidInputError`), beyond what
 * GraphQL's input types already enforce: the pitfalls table's per-service
 * minimum payloads, thread and link-attachment rules, asset shape, control
 * characters and each network's length limit.
 *
 * Deliberately written apart from the product's validator (src/validate/):
 * the sandbox stands in for Buffer, so it must not share the product's
 * mistakes — a bug in one is caught by a test that goes through the other.
 * The exception is X's weighted length, which is X's own published rules
 * (src/text/, tested against twitter-text) rather than a product judgement.
 */
import { METADATA_KEY, THREAD_SERVICES, type Service } from '../buffer/types.js';
import { weightedLengthX } from '../text/x-weighted-length.js';
import type { SeedChannel } from './seed.js';

export interface PostCandidate {
  channel: SeedChannel;
  text: string;
  assets: unknown[];
  /** The channel's own `PostInputMetaData` entry, or null. */
  metadata: Record<string, unknown> | null;
  /** Drafts may be incomplete: Buffer lets you save media-less Instagram drafts. */
  isDraft: boolean;
}

const ASSET_VARIANTS = ['image', 'video', 'document', 'link'] as const;

/** Length limits in each network's own unit (SPEC §6). */
const LENGTH_LIMITS: Partial<Record<Service, number>> = {
  bluesky: 300,
  threads: 500,
  linkedin: 3000,
  instagram: 2200,
  facebook: 63206,
  tiktok: 2200,
  pinterest: 500,
  youtube: 5000,
  googlebusiness: 1500,
};

const MASTODON_URL_LENGTH = 23;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

function graphemeCount(text: string): number {
  let n = 0;
  for (const _ of graphemes.segment(text)) n++;
  return n;
}

/** The length the network counts, and its limit, for one piece of text. */
export function measure(
  service: Service,
  channel: SeedChannel,
  text: string,
): { length: number; limit: number | null } {
  if (service === 'twitter') return { length: weightedLengthX(text), limit: 280 };
  if (service === 'mastodon') {
    // Mastodon counts every URL as 23 characters whatever its length.
    const withShortUrls = text.replace(/https?:\/\/[^\s]+/g, 'x'.repeat(MASTODON_URL_LENGTH));
    return { length: graphemeCount(withShortUrls), limit: channel.maxCharacters ?? 500 };
  }
  return { length: graphemeCount(text), limit: LENGTH_LIMITS[service] ?? null };
}

// U+0000–U+001F except tab, LF and CR (pitfalls: "Control characters … are rejected").
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

function assetProblem(asset: unknown, where: string): string | null {
  if (!asset || typeof asset !== 'object') return `${where} must be an object`;
  const set = ASSET_VARIANTS.filter((k) => (asset as Record<string, unknown>)[k] != null);
  if (set.length !== 1)
    return `${where} must provide exactly one of image, video, document or link (got ${set.length})`;
  const kind = set[0]!;
  const value = (asset as Record<string, Record<string, unknown>>)[kind]!;
  for (const key of ['url', 'thumbnailUrl'] as const) {
    const url = value[key];
    if (url == null) continue;
    if (typeof url !== 'string' || !/^https?:\/\/[^\s/]+/i.test(url)) {
      return `${where}.${kind}.${key} must be an absolute http(s) URL`;
    }
  }
  if (kind === 'video' && value.thumbnailUrl != null) {
    return `${where}.video.thumbnailUrl is not supported for video assets; omit it`;
  }
  return null;
}

function kinds(assets: unknown[]): string[] {
  return assets.map((a) => ASSET_VARIANTS.find((k) => (a as Record<string, unknown>)[k] != null) ?? 'unknown');
}

/** The first problem Buffer would report, or null when the post is acceptable. */
export function validatePost(c: PostCandidate): string | null {
  const service = c.channel.service;
  const key = METADATA_KEY[service] ?? service;
  const meta = c.metadata ?? {};
  const thread = Array.isArray(meta.thread) ? (meta.thread as { text?: string | null; assets?: unknown[] }[]) : null;

  if (CONTROL.test(c.text)) return 'Text contains control characters, which are not allowed';
  for (const [i, a] of c.assets.entries()) {
    const p = assetProblem(a, `assets[${i}]`);
    if (p) return p;
  }
  if (meta.linkAttachment != null && c.assets.length > 0) {
    return `metadata.${key}.linkAttachment cannot be combined with assets; remove one of them`;
  }
  if (thread && thread.length > 0) {
    if (!THREAD_SERVICES.includes(service)) return `Threads are not supported for ${service}`;
    const root = thread[0]?.text ?? '';
    if (root !== c.text) {
      return `The post text must match the first item of metadata.${key}.thread`;
    }
    for (const [i, item] of thread.entries()) {
      const itemText = item.text ?? '';
      if (CONTROL.test(itemText)) return `metadata.${key}.thread[${i}].text contains control characters`;
      for (const [j, a] of (item.assets ?? []).entries()) {
        const p = assetProblem(a, `metadata.${key}.thread[${i}].assets[${j}]`);
        if (p) return p;
      }
      if (!itemText && (item.assets ?? []).length === 0) return `metadata.${key}.thread[${i}] needs text or assets`;
    }
  }

  if (!c.isDraft) {
    const required = requiredProblem(service, c, meta);
    if (required) return required;
  }

  const pieces = thread && thread.length > 0 ? thread.map((t) => t.text ?? '') : [c.text];
  for (const [i, piece] of pieces.entries()) {
    const { length, limit } = measure(service, c.channel, piece);
    if (limit !== null && length > limit) {
      const which = pieces.length > 1 ? `Thread item ${i + 1}` : 'Text';
      return `${which} is too long for ${service}: ${length} characters, the limit is ${limit}`;
    }
  }
  return null;
}

/** The pitfalls table's "Required besides text" column. */
function requiredProblem(service: Service, c: PostCandidate, meta: Record<string, unknown>): string | null {
  const k = kinds(c.assets);
  const hasVisual = k.includes('image') || k.includes('video');
  switch (service) {
    case 'instagram':
      if (!hasVisual) return 'Instagram posts require at least one image or video asset';
      if (meta.type == null) return 'Instagram posts require metadata.instagram.type';
      if (meta.shouldShareToFeed == null) return 'Instagram posts require metadata.instagram.shouldShareToFeed';
      return null;
    case 'tiktok':
      return hasVisual ? null : 'TikTok posts require an image or video asset';
    case 'pinterest': {
      if (!k.includes('image')) return 'Pinterest posts require an image asset';
      const board = meta.boardServiceId;
      if (typeof board !== 'string' || board === '') return 'Pinterest posts require metadata.pinterest.boardServiceId';
      const boards = c.channel.boards ?? [];
      if (boards.length > 0 && !boards.some((b) => b.serviceId === board)) {
        return `Pinterest board ${board} was not found on this channel`;
      }
      return null;
    }
    case 'youtube':
      if (!k.includes('video')) return 'YouTube posts require a video asset';
      if (!meta.title) return 'YouTube posts require metadata.youtube.title';
      if (!meta.categoryId) return 'YouTube posts require metadata.youtube.categoryId';
      return null;
    case 'googlebusiness':
      if (meta.type == null) return 'Google Business posts require metadata.google.type';
      if (!c.text) return 'Text is required for Google Business posts';
      return null;
    default:
      if (!c.text && c.assets.length === 0) return 'Text is required when the post has no assets';
      return null;
  }
}
