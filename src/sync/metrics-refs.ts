/**
 * The tracked posts as the metrics need them (issue 15): where each is
 * written, and whether it is sent, as the file records it or as Buffer just
 * said in this sync's snapshot; and the files whose rows stay as they are.
 */
import type { SyncTrackedPost } from '../metrics/sync-metrics.js';
import type { PostFile } from '../posts/model.js';
import type { BufferSnapshot } from './snapshot.js';
import type { TrackedRef } from './tracked.js';

export function trackedForMetrics(tracked: readonly TrackedRef[], snapshot: BufferSnapshot): SyncTrackedPost[] {
  return tracked.map((t) => {
    const read = snapshot.withMetrics?.get(t.entry.id) ?? snapshot.remote.get(t.entry.id) ?? undefined;
    const status = read?.status ?? t.entry.status;
    const sentAt = read?.sentAt ?? (typeof t.entry.sentAt === 'string' ? t.entry.sentAt : null);
    const text = (t.post.items[0]?.markdown ?? t.post.body).trim();
    return { file: t.file, channel: t.ref, postId: t.entry.id, sent: status === 'sent', sentAt, text };
  });
}

/** Files whose front-matter cannot be read: their `buffer:` block is unknown, not empty, so their metrics rows are kept. */
export function unreadTrackingFiles(posts: readonly PostFile[]): Set<string> {
  return new Set(
    posts
      .filter((p) => Object.keys(p.tracked).length === 0 && p.findings.some((f) => f.severity === 'error'))
      .map((p) => p.path),
  );
}
