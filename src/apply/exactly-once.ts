/**
 * Exactly-once creation. Buffer has no idempotency key
 * (reference/buffer-idempotency.md), so before creating a post we look for one
 * that an earlier, interrupted attempt already made: same channel, same text,
 * same due time, created since the attempt could have started, and not
 * tracked by any file. A match is adopted instead of creating a duplicate.
 */
import type { Idea, Post } from '../buffer/types.js';
import type { CreateIdeaItem, CreateItem } from '../plan/types.js';
import { DAY_MS } from '../time/days.js';

/**
 * How far back a post made by an earlier, interrupted attempt is looked for
 * when nothing dates the attempt (sync, a push without a base commit).
 * Syncs retry hourly; a week covers a schedule that stopped for days.
 */
export const EARLIER_ATTEMPT_WINDOW_MS = 7 * DAY_MS;

/** Posts created this long before a push's base commit still count as earlier attempts (clock skew, slow runners). */
export const EARLIER_ATTEMPT_SLACK_MS = DAY_MS;

/**
 * A post whose answer was lost (this run's, or an earlier run's recorded
 * attempt) was created after the run or attempt began, on the runner's clock;
 * this covers Buffer's clock running behind it.
 */
export const LOST_ANSWER_SLACK_MS = 5 * 60 * 1000;

export interface ExistingPostQuery {
  organizationId: string;
  channelIds: string[];
  /** Posts created before this cannot come from an attempt at this content. */
  since: Date;
}

/**
 * When an earlier attempt at a create could have made its post (issue 11:
 * adopt only what this repository could have created). Undefined: no attempt
 * is known, so nothing is adopted for it.
 */
export interface AttemptWindow {
  start: Date;
  end?: Date;
  /**
   * Whether a post already sent may be adopted: only for an attempt known to
   * have been made (recorded before sending, or this run's own lost answer),
   * where a `shareNow` post may have gone out before the answer was lost.
   */
  sentAllowed: boolean;
}

export interface AdoptionRules {
  /** IDs a file or the applied state holds: never adopted for another file. */
  taken: ReadonlySet<string>;
  windowFor(item: CreateItem): AttemptWindow | undefined;
}

/** Rules for a create without a recorded attempt: posts made since `since`, never a sent one. */
export function windowSince(since: Date, taken: ReadonlySet<string>): AdoptionRules {
  return { taken, windowFor: () => ({ start: since, sentAllowed: false }) };
}

/** Matches creates to existing posts; each post is adopted at most once. */
export function matchExistingPosts(
  creates: CreateItem[],
  candidates: Post[],
  rules: AdoptionRules,
): Map<CreateItem, Post> {
  const matches = new Map<CreateItem, Post>();
  const taken = new Set<string>(rules.taken);
  // Oldest first: the post made by the first attempt is the one to keep.
  const ordered = [...candidates].sort((a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? ''));
  for (const item of creates) {
    const window = rules.windowFor(item);
    if (!window) continue;
    const match = ordered.find((post) => !taken.has(post.id) && inWindow(post, window) && isSamePost(item, post));
    if (match) {
      matches.set(item, match);
      taken.add(match.id);
    }
  }
  return matches;
}

function inWindow(post: Post, window: AttemptWindow): boolean {
  if (!window.sentAllowed && (post.status === 'sent' || post.status === 'sending')) return false;
  // A post whose creation time is unknown cannot be placed in the window.
  const created = post.createdAt ? Date.parse(post.createdAt) : Number.NaN;
  if (!Number.isFinite(created)) return false;
  return created >= window.start.getTime() && (window.end === undefined || created <= window.end.getTime());
}

function isSamePost(item: CreateItem, post: Post): boolean {
  if (post.channelId !== item.channelId) return false;
  if (normalizeText(post.text) !== normalizeText(item.input.text ?? '')) return false;
  if (item.input.mode === 'customScheduled' && item.input.dueAt) {
    if (!post.dueAt || Date.parse(post.dueAt) !== Date.parse(item.input.dueAt)) return false;
  }
  // A thread is the same post only with the same items: a fix to tweet 2 is another post.
  const wanted = threadTexts(item);
  const found = (post.thread ?? []).map((t) => normalizeText(t.text));
  if (wanted.length > 1 || found.length > 1) {
    if (wanted.length !== found.length || wanted.some((text, i) => text !== found[i])) return false;
  }
  return true;
}

function threadTexts(item: CreateItem): string[] {
  for (const entry of Object.values(item.input.metadata ?? {})) {
    const thread = (entry as { thread?: { text?: string }[] }).thread;
    if (Array.isArray(thread)) return thread.map((t) => normalizeText(t.text ?? ''));
  }
  return [];
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
