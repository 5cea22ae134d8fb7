/**
 * From apply outcomes to the `buffer:` entries each file should carry.
 * `null` removes an entry (the channel was removed from the file and its
 * post deleted).
 */
import type { Post } from '../buffer/types.js';
import type { Outcome } from '../apply/outcome.js';
import type { ClaimDecisions, TipFile } from '../plan/claims.js';
import type { TrackedPost } from '../posts/model.js';

export type TrackedUpdates = Map<string, Map<string, TrackedPost | null>>;

/** A file's entries in `updates`, added empty when it has none yet. */
function entriesOf(updates: TrackedUpdates, file: string): Map<string, TrackedPost | null> {
  let entries = updates.get(file);
  if (!entries) updates.set(file, (entries = new Map()));
  return entries;
}

/** The key an idea file's `buffer:` block uses for the idea's ID. */
export const IDEA_KEY = 'idea';

export function trackedUpdatesFrom(outcomes: Outcome[]): TrackedUpdates {
  const updates: TrackedUpdates = new Map();
  const set = (file: string, key: string, value: TrackedPost | null) => {
    const entries = entriesOf(updates, file);
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

/**
 * The `buffer:` entries the write-back changes, as history decided
 * (plan/claims.ts): a copied entry for a channel the copy does not list is
 * dropped (a listed channel's entry is replaced by its own new post), a
 * delete removes a file's entry only while the entry still holds the deleted
 * post, and IDs recovered from the applied state go back into their files.
 */
export function settledUpdates(
  outcomes: Outcome[],
  tipFiles: readonly TipFile[],
  decisions: ClaimDecisions | undefined,
): TrackedUpdates {
  const updates = trackedUpdatesFrom(outcomes);
  const claims = new Map(tipFiles.map((f) => [f.path, f]));
  for (const o of outcomes) {
    const entries = updates.get(o.item.file);
    if (o.item.action !== 'delete' || !o.item.ref || entries?.get(o.item.ref) !== null) continue;
    if (claims.get(o.item.file)?.claims?.[o.item.ref] !== o.item.postId) entries.delete(o.item.ref);
    if (entries.size === 0) updates.delete(o.item.file);
  }
  // IDs recovered from the applied state (a force push dropped the write-back) go back into their files.
  for (const [file, recovered] of decisions?.recovered ?? []) {
    for (const [ref, id] of Object.entries(recovered)) {
      const entries = entriesOf(updates, file);
      if (!entries.has(ref)) entries.set(ref, { id });
    }
  }
  for (const [file, copies] of decisions?.copied ?? []) {
    const tip = claims.get(file);
    for (const copy of copies) if (!tip?.channels.includes(copy.ref)) entriesOf(updates, file).set(copy.ref, null);
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
