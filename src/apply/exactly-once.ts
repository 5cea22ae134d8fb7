/**
 * Exactly-once creation. Buffer has no idempotency key
 * (reference/buffer-idempotency.md), so before creating a post we look for one
 * that an earlier, interrupted attempt already made: same channel, same text,
 * same due time, created since the attempt could have started, and not
 * tracked by any file. A match is adopted instead of creating a duplicate.
 */
import type { Idea, Post } from '../buffer/types.js';
import type { CreateIdeaItem, CreateItem } from '../plan/types.js';

/**
 * How far back a post made by an earlier, interrupted attempt is looked for
 * when nothing dates the attempt (sync, a push without a base commit).
 * Syncs retry hourly; a week covers a schedule that stopped for days.
 */
export const EARLIER_ATTEMPT_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/** Posts created this long before a push's base commit still count as earlier attempts (clock skew, slow runners). */
export const EARLIER_ATTEMPT_SLACK_MS = 24 * 60 * 60 * 1000;

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

/**
 * The same for ideas (`createIdea` has no idempotency key either): an idea on
 * the board with the same title and text, created since the attempt could
 * have started, and tracked by no idea file, is the one an earlier attempt
 * made. `since` is compared in Buffer's unit for ideas, Unix seconds.
 */
export function matchExistingIdeas(
  creates: CreateIdeaItem[],
  candidates: Idea[],
  since: Date,
  trackedIds: ReadonlySet<string>,
): Map<CreateIdeaItem, Idea> {
  const matches = new Map<CreateIdeaItem, Idea>();
  const taken = new Set<string>(trackedIds);
  const sinceSeconds = Math.floor(since.getTime() / 1000);
  const ordered = candidates
    .filter((idea) => idea.createdAt === undefined || idea.createdAt >= sinceSeconds)
    .sort((a, b) => (a.createdAt ?? 0) - (b.createdAt ?? 0));
  for (const item of creates) {
    const match = ordered.find(
      (idea) =>
        !taken.has(idea.id) &&
        normalizeText(idea.content.title ?? '') === normalizeText(item.input.content.title ?? '') &&
        normalizeText(idea.content.text ?? '') === normalizeText(item.input.content.text ?? ''),
    );
    if (match) {
      matches.set(item, match);
      taken.add(match.id);
    }
  }
  return matches;
}
