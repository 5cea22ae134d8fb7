/**
 * Exactly-once creation. Buffer has no idempotency key
 * (reference/buffer-idempotency.md), so before creating a post we look for one
 * that an earlier, interrupted attempt already made: same channel, same text,
 * same due time, created since the attempt could have started, and not
 * tracked by any file. A match is adopted instead of creating a duplicate.
 */
import type { Post } from '../buffer/types.js';
import type { CreateItem } from '../plan/types.js';

export interface ExistingPostQuery {
  organizationId: string;
  channelIds: string[];
  /** Posts created before this cannot come from an attempt at this content. */
  since: Date;
}

/** Matches creates to existing posts; each post is adopted at most once. */
export function matchExistingPosts(
  creates: CreateItem[],
  candidates: Post[],
  trackedIds: ReadonlySet<string>,
): Map<CreateItem, Post> {
  const matches = new Map<CreateItem, Post>();
  const taken = new Set<string>(trackedIds);
  // Oldest first: the post made by the first attempt is the one to keep.
  const ordered = [...candidates].sort((a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? ''));
  for (const item of creates) {
    const match = ordered.find((post) => !taken.has(post.id) && isSamePost(item, post));
    if (match) {
      matches.set(item, match);
      taken.add(match.id);
    }
  }
  return matches;
}

function isSamePost(item: CreateItem, post: Post): boolean {
  if (post.channelId !== item.channelId) return false;
  if (normalizeText(post.text) !== normalizeText(item.input.text ?? '')) return false;
  if (item.input.mode === 'customScheduled' && item.input.dueAt) {
    if (!post.dueAt || Date.parse(post.dueAt) !== Date.parse(item.input.dueAt)) return false;
  }
  return true;
}

/** Buffer may normalise line endings and trailing space; compare what a reader sees. */
function normalizeText(text: string): string {
  return text.replace(/\r\n/g, '\n').normalize('NFC').trim();
}
