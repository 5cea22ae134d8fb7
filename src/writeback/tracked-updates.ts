/**
 * From apply outcomes to the `buffer:` entries each file should carry.
 * `null` removes an entry (the channel was removed from the file and its
 * post deleted).
 */
import type { Post } from '../buffer/types.js';
import type { Outcome } from '../apply/outcome.js';
import type { TrackedPost } from '../posts/model.js';

export type TrackedUpdates = Map<string, Map<string, TrackedPost | null>>;

/** The key an idea file's `buffer:` block uses for the idea's ID. */
export const IDEA_KEY = 'idea';

export function trackedUpdatesFrom(outcomes: Outcome[]): TrackedUpdates {
  const updates: TrackedUpdates = new Map();
  const set = (file: string, key: string, value: TrackedPost | null) => {
    let entries = updates.get(file);
    if (!entries) updates.set(file, (entries = new Map()));
    // A post the channel holds now outranks the removal of an older one for it
    // (an old post of the same file and channel deleted in the same run).
    if (value === null && entries.get(key)) return;
    entries.set(key, value);
  };
  for (const outcome of outcomes) {
    const { item } = outcome;
    // An idea found on the board (adopted after a lost answer or a re-run) is recorded like one just made.
    if (
      item.action === 'create-idea' &&
      (outcome.status === 'created' || outcome.status === 'adopted') &&
      outcome.idea
    ) {
      set(item.file, IDEA_KEY, { id: outcome.idea.id });
      continue;
    }
    if (!item.ref) continue;
    if (
      (outcome.status === 'created' ||
        outcome.status === 'adopted' ||
        outcome.status === 'edited' ||
        outcome.status === 'replaced') &&
      outcome.post
    ) {
      // A replace records the new post, with a fresh entry: the old one's status, link and error went with it.
      set(item.file, item.ref, entryFor(outcome.post));
    } else if (item.action === 'replace' && outcome.post) {
      // Half done: the new post exists (the old one is left over for the next run
      // to delete), so the file must hold it, or the next run would create it again.
      set(item.file, item.ref, entryFor(outcome.post));
    } else if (item.action === 'replace' && outcome.oldDeleted) {
      // The old post was deleted and the new one not created: the file holds no
      // post for this channel, and the next run creates it.
      set(item.file, item.ref, null);
    } else if (outcome.status === 'deleted' && item.action === 'delete' && item.reason === 'channel-removed') {
      set(item.file, item.ref, null);
    }
  }
  return updates;
}

/** What the file records about a Buffer post (SPEC §2's proposed shape). */
export function entryFor(post: Post): TrackedPost {
  const entry: TrackedPost = { id: post.id, status: post.status };
  if (post.dueAt) entry.dueAt = new Date(post.dueAt).toISOString();
  if (post.sentAt) entry.sentAt = new Date(post.sentAt).toISOString();
  if (post.externalLink) entry.link = post.externalLink;
  if (post.status === 'error' && post.error?.message) entry.error = post.error.message;
  return entry;
}

/** Applies updates to a file's current entries; undefined when nothing changes. */
export function mergeEntries(
  current: Record<string, TrackedPost>,
  updates: Map<string, TrackedPost | null>,
): Record<string, TrackedPost> | undefined {
  const next: Record<string, TrackedPost> = { ...current };
  for (const [ref, value] of updates) {
    if (value === null) delete next[ref];
    else next[ref] = value;
  }
  return JSON.stringify(next) === JSON.stringify(current) ? undefined : next;
}
