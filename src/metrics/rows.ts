/**
 * From what Buffer sent to the rows of the metrics file, and how a run's fresh
 * rows meet the rows the file already has. The file is rewritten only when
 * Buffer refreshed some post's numbers since its row was written (a new row
 * counts): Buffer refreshes once a day, so a sync commits the file at most
 * once a day. Only when rewriting anyway are rows of posts no file tracks any
 * more dropped and renamed files followed; that alone never makes a commit.
 */
import type { Post } from '../buffer/types.js';
import type { MetricsRow } from './types.js';
import { rowKey, sortRows } from './csv.js';

/** A post a file tracks, as the metrics need it. */
export interface TrackedMetricsRef {
  file: string;
  /** The channel reference the file's `buffer:` block keys the post by. */
  channel: string;
  postId: string;
}

/**
 * Rows for the tracked posts Buffer has numbers for (`metricsUpdatedAt` set):
 * one per file × channel, values as Buffer sent them.
 */
export function freshRows(tracked: readonly TrackedMetricsRef[], posts: ReadonlyMap<string, Post>): MetricsRow[] {
  const rows: MetricsRow[] = [];
  for (const t of tracked) {
    const post = posts.get(t.postId);
    if (!post || post.status !== 'sent' || !post.metricsUpdatedAt || !Array.isArray(post.metrics)) continue;
    const metrics: Record<string, number> = {};
    for (const m of post.metrics) if (m.type !== 'postCount' && Number.isFinite(m.value)) metrics[m.type] = m.value;
    rows.push({
      file: t.file,
      channel: t.channel,
      ...(post.channelService ? { service: post.channelService } : {}),
      postId: post.id,
      sentAt: post.sentAt ? new Date(post.sentAt).toISOString() : null,
      link: post.externalLink ?? null,
      metricsUpdatedAt: post.metricsUpdatedAt,
      metrics,
    });
  }
  return sortRows(rows);
}

export interface MergedRows {
  /** The rows as the file should hold them (sorted). */
  rows: MetricsRow[];
  /** Whether the file must be rewritten: some post's numbers are newer than its row, or it has no row yet. */
  changed: boolean;
  /** Rows whose numbers Buffer refreshed. */
  updated: number;
  /** Rows of posts the file did not have. */
  added: number;
  /** Rows dropped (no file tracks the post any more); only counted when rewriting. */
  dropped: number;
  /** Rows moved to the file and channel that track the post now; only counted when rewriting. */
  moved: number;
}

/**
 * `keepFiles`: files whose `buffer:` block could not be read this run; their
 * rows stay as they are rather than being dropped for a syntax error.
 */
export function mergeRows(
  existing: readonly MetricsRow[],
  fresh: readonly MetricsRow[],
  tracked: readonly TrackedMetricsRef[],
  keepFiles: ReadonlySet<string> = new Set(),
): MergedRows {
  const existingById = groupBy(existing, (r) => r.postId);
  let updated = 0;
  let added = 0;
  for (const row of fresh) {
    const rows = existingById.get(row.postId);
    if (!rows) added++;
    else if (rows.some((r) => !sameInstant(r.metricsUpdatedAt, row.metricsUpdatedAt))) updated++;
  }
  const changed = updated + added > 0;
  const bare = existing.map(withoutExtras);
  if (!changed) return { rows: sortRows(bare), changed, updated: 0, added: 0, dropped: 0, moved: 0 };

  const freshIds = new Set(fresh.map((r) => r.postId));
  const trackedById = groupBy(tracked, (t) => t.postId);
  const out = new Map<string, MetricsRow>();
  const put = (row: MetricsRow) => out.set(rowKey(row), row);
  let dropped = 0;
  let moved = 0;
  for (const row of bare) {
    if (freshIds.has(row.postId)) continue;
    if (row.file !== null && keepFiles.has(row.file)) {
      put(row);
      continue;
    }
    const refs = trackedById.get(row.postId);
    if (!refs) {
      dropped++;
      continue;
    }
    // Followed to where the post is tracked now (a renamed file, a channel written another way).
    const ref = refs.find((t) => t.file === row.file && t.channel === row.channel) ?? refs[0]!;
    if (ref.file !== row.file || ref.channel !== row.channel) moved++;
    put({ ...row, file: ref.file, channel: ref.channel });
  }
  for (const row of fresh) put(withoutExtras(row));
  return { rows: sortRows([...out.values()]), changed, updated, added, dropped, moved };
}

/** What the file stores of a row: no line number, no text, no service. */
function withoutExtras(row: MetricsRow & { line?: number }): MetricsRow {
  return {
    file: row.file,
    channel: row.channel,
    postId: row.postId,
    sentAt: row.sentAt,
    link: row.link,
    metricsUpdatedAt: row.metricsUpdatedAt,
    metrics: { ...row.metrics },
  };
}

/** Equal instants, however written (a spreadsheet may have re-saved the file). */
function sameInstant(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  const x = Date.parse(a);
  return Number.isFinite(x) && x === Date.parse(b);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
