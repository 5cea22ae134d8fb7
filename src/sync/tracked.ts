/**
 * The posts the repository tracks: every `buffer:` entry of every post file,
 * with where it is written, so status, drift and restore can point at the
 * file and line a person would edit.
 */
import type { PostFile, TrackedPost } from '../posts/model.js';

export interface TrackedRef {
  file: string;
  /** The channel reference the entry is keyed by. */
  ref: string;
  /** Line of the channel reference in the front-matter (1 when it is no longer listed). */
  line: number;
  entry: TrackedPost;
  post: PostFile;
  /** False when the file no longer lists the channel (the post is on its way out, not drift). */
  listed: boolean;
}

export function trackedRefs(posts: PostFile[]): TrackedRef[] {
  const refs: TrackedRef[] = [];
  for (const post of posts) {
    for (const [ref, entry] of Object.entries(post.tracked)) {
      if (!entry.id) continue;
      const channel = post.channels.find((c) => c.ref === ref);
      refs.push({ file: post.path, ref, line: channel?.position.line ?? 1, entry, post, listed: Boolean(channel) });
    }
  }
  return refs;
}

/**
 * What a file records for a post Buffer no longer has (deleted in Buffer's
 * app). Not one of Buffer's statuses: the product's own, so later syncs
 * report the drift without asking again (Buffer answers only the first
 * missing post of a request, so each costs a request of its own).
 */
export const DELETED_STATUS = 'deleted';

/**
 * Statuses after which Buffer never changes a post again. The file records
 * them, so later syncs spend no request on these posts.
 */
export const FINAL_STATUSES: ReadonlySet<string> = new Set(['sent', DELETED_STATUS]);

/** Statuses of posts still waiting in Buffer, listed by sync's `pending` query. */
export const WAITING_STATUSES = ['draft', 'needs_approval', 'scheduled', 'sending'] as const;
