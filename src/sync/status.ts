/**
 * What Buffer did with each tracked post, as `buffer:` entries to write back
 * (status, sentAt, link, and Buffer's message for failed posts). Only entries
 * whose meaning changed are rewritten, so a sync with nothing new writes nothing.
 */
import type { Post } from '../buffer/types.js';
import type { TrackedPost } from '../posts/model.js';
import { entryFor, type TrackedUpdates } from '../writeback/tracked-updates.js';
import { DELETED_STATUS, type TrackedRef } from './tracked.js';

export interface StatusChange {
  file: string;
  ref: string;
  line: number;
  id: string;
  from?: string;
  to: string;
  /** Buffer's message when the post failed. */
  error?: string;
}

export function statusUpdates(
  tracked: TrackedRef[],
  remote: Map<string, Post | null>,
): { updates: TrackedUpdates; changes: StatusChange[] } {
  const updates: TrackedUpdates = new Map();
  const changes: StatusChange[] = [];
  for (const t of tracked) {
    const post = remote.get(t.entry.id);
    if (post === undefined) continue;
    const next = post ? entryFor(post) : goneEntry(t.entry);
    if (sameEntry(t.entry, next)) continue;
    let entries = updates.get(t.file);
    if (!entries) updates.set(t.file, (entries = new Map()));
    entries.set(t.ref, next);
    changes.push({
      file: t.file,
      ref: t.ref,
      line: t.line,
      id: t.entry.id,
      from: t.entry.status,
      to: next.status ?? 'unknown',
      ...(next.error ? { error: next.error } : {}),
    });
  }
  return { updates, changes };
}

/** A post Buffer no longer has keeps its ID and time, marked deleted (see DELETED_STATUS). */
function goneEntry(entry: TrackedPost): TrackedPost {
  return { id: entry.id, status: DELETED_STATUS, ...(typeof entry.dueAt === 'string' ? { dueAt: entry.dueAt } : {}) };
}

/** Same status, times (as instants), link and error: the entry needs no rewrite. */
function sameEntry(a: TrackedPost, b: TrackedPost): boolean {
  const sameTime = (x: unknown, y: unknown) =>
    x === y || (typeof x === 'string' && typeof y === 'string' && Date.parse(x) === Date.parse(y));
  return (
    a.id === b.id &&
    a.status === b.status &&
    sameTime(a.dueAt, b.dueAt) &&
    sameTime(a.sentAt, b.sentAt) &&
    a.link === b.link &&
    a.error === b.error
  );
}

/** `extra` on top of `base`: an entry set by a mutation outcome wins over a status read before it. */
export function mergeUpdates(base: TrackedUpdates, extra: TrackedUpdates): TrackedUpdates {
  const merged: TrackedUpdates = new Map([...base].map(([file, entries]) => [file, new Map(entries)]));
  for (const [file, entries] of extra) {
    const target = merged.get(file) ?? new Map();
    for (const [ref, value] of entries) target.set(ref, value);
    merged.set(file, target);
  }
  return merged;
}
