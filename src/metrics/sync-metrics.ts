/**
 * The metrics part of a sync (issue 15), after the snapshot read the sent
 * posts' numbers: the metrics file's new content (only when Buffer refreshed
 * some post's numbers since), the window's rows and per-channel totals for
 * the job summary, and what to tell people. A metrics file that cannot be
 * read back is left exactly as it is and reported at its line.
 */
import type { BufferClient } from '../buffer/client.js';
import { BufferApiError } from '../buffer/errors.js';
import type { Channel, Post, Service } from '../buffer/types.js';
import { resolveChannel } from '../channels/resolve.js';
import type { Finding } from '../posts/model.js';
import { readWholeFile, type WholeFileWrite } from '../writeback/whole-files.js';
import { readChannelTotals } from './buffer-reads.js';
import { MetricsCsvError, parseMetricsCsv, renderMetricsCsv } from './csv.js';
import { freshRows, mergeRows, type TrackedMetricsRef } from './rows.js';
import type { ChannelTotals, MetricsReport, MetricsRow } from './types.js';
import { inWindow, METRICS_WINDOW_DAYS, metricsWindow } from './window.js';

/** A tracked post as the sync knows it after reading Buffer. */
export interface SyncTrackedPost extends TrackedMetricsRef {
  /** Sent, as the file records it or Buffer just said. */
  sent: boolean;
  sentAt: string | null;
  /** The post's text, for excerpts in the summary. */
  text?: string;
}

export interface SyncMetricsInput {
  client: BufferClient;
  workspace: string;
  /** Relative to the repository's top folder. */
  metricsFile: string;
  organizationId: string;
  /** The organization's channels. */
  channels: Channel[];
  tracked: SyncTrackedPost[];
  /** The tracked posts the snapshot read with their numbers. */
  withMetrics: ReadonlyMap<string, Post>;
  /** Files whose `buffer:` block could not be read: their rows are kept as they are. */
  keepFiles: ReadonlySet<string>;
  /** Now: the later of the runner's clock and Buffer's (BufferClient.serverTime). */
  now: Date;
  timezone: string;
}

export interface SyncMetricsResult {
  report: MetricsReport;
  /** Set when the metrics file must be rewritten; written with the status records, in the same commit. */
  write?: WholeFileWrite;
  findings: Finding[];
  notes: string[];
  /** Whether the channel totals were read (one request). */
  totalsRead: boolean;
}

export async function syncMetrics(input: SyncMetricsInput): Promise<SyncMetricsResult> {
  const { metricsFile, tracked } = input;
  const window = metricsWindow(input.now);
  const notes: string[] = [];
  const findings: Finding[] = [];

  const current = await readWholeFile(input.workspace, metricsFile);
  let existing: MetricsRow[] = [];
  let readable = !('blocked' in current);
  if ('blocked' in current) {
    findings.push({
      file: metricsFile,
      line: 1,
      column: 1,
      severity: 'error',
      code: 'metrics-file-not-a-file',
      message: `The metrics file was not written: ${current.blocked}, and the sync writes only plain files of the repository (a link could point outside it). Make ${metricsFile} a plain file or remove what is there, or choose another metrics-file.`,
    });
  } else if (current.text !== undefined) {
    try {
      existing = parseMetricsCsv(current.text).rows;
    } catch (error) {
      if (!(error instanceof MetricsCsvError)) throw error;
      readable = false;
      findings.push({
        file: metricsFile,
        line: error.line,
        column: 1,
        severity: 'error',
        code: 'metrics-file-unreadable',
        message: `The metrics file cannot be read back: ${error.message}. It was left as it is and not updated: fix this line, or delete the file and the next sync writes it again.`,
      });
    }
  }

  const fresh = freshRows(tracked, input.withMetrics);
  const merged = mergeRows(existing, fresh, tracked, input.keepFiles);
  let write: WholeFileWrite | undefined;
  if (readable && merged.changed) {
    write = metricsFileWrite(metricsFile, fresh, tracked, input.keepFiles);
    const parts = [
      merged.updated > 0 ? `${merged.updated} row(s) with numbers Buffer refreshed` : '',
      merged.added > 0 ? `${merged.added} new row(s)` : '',
      merged.moved > 0 ? `${merged.moved} row(s) moved to the file that tracks the post now` : '',
      merged.dropped > 0 ? `${merged.dropped} row(s) dropped (no file tracks the post any more)` : '',
    ].filter(Boolean);
    notes.push(`Metrics: ${metricsFile} updated: ${parts.join(', ')}.`);
  } else if (readable && fresh.length > 0) {
    notes.push(`Metrics: ${metricsFile} is up to date (Buffer has not refreshed the numbers since it was written).`);
  } else if (readable && existing.length === 0) {
    notes.push(`Metrics: no tracked post has numbers from Buffer yet, so ${metricsFile} is not written.`);
  }

  const sentInWindow = tracked.filter((t) => t.sent && inWindow(t.sentAt, window));
  const notReached = sentInWindow.filter((t) => !input.withMetrics.has(t.postId)).length;
  if (notReached > 0) {
    notes.push(
      `Metrics: ${notReached} post(s) sent in the last ${METRICS_WINDOW_DAYS} days were not read within the request budget; they keep their last numbers in ${metricsFile}.`,
    );
  }
  const waiting = sentInWindow.filter((t) => {
    const post = input.withMetrics.get(t.postId);
    return post !== undefined && !post.metricsUpdatedAt;
  }).length;
  if (waiting > 0) {
    notes.push(`Metrics: ${waiting} sent post(s) have no numbers yet (Buffer refreshes them once a day).`);
  }

  // The report shows the rows as they stand after this run (fresh numbers over the file's).
  const rows = (readable ? merged.rows : fresh)
    .filter((r) => inWindow(r.sentAt, window))
    .map((r) => decorate(r, tracked, input.channels, input.withMetrics));
  let totals: ChannelTotals[] = [];
  let totalsRead = false;
  if (rows.length > 0) {
    const used = channelsOf(tracked, input.channels, input.withMetrics);
    if (used.length > 0) {
      totalsRead = true;
      try {
        totals = await readChannelTotals(input.client, {
          organizationId: input.organizationId,
          channels: used,
          allChannels: input.channels,
          since: window.since,
          until: window.until,
          onNote: (m) => notes.push(`Metrics: ${m}`),
        });
      } catch (error) {
        // The totals only feed the summary: the statuses and the metrics file are still recorded.
        if (!(error instanceof BufferApiError)) throw error;
        notes.push(
          `Metrics: the channel totals could not be read (${error.message}); the summary shows the posts only.`,
        );
      }
    }
  }
  return {
    report: { since: window.since, until: window.until, timezone: input.timezone, rows, totals },
    ...(write ? { write } : {}),
    findings,
    notes,
    totalsRead,
  };
}

/**
 * The metrics file's rewrite, against the file as it is when written: on a
 * rejected push it runs again on the new tip, and leaves a file it cannot
 * read (or one already as new) alone.
 */
export function metricsFileWrite(
  path: string,
  fresh: readonly MetricsRow[],
  tracked: readonly TrackedMetricsRef[],
  keepFiles: ReadonlySet<string>,
): WholeFileWrite {
  return {
    path,
    next(current) {
      let existing: MetricsRow[] = [];
      if (current !== undefined) {
        try {
          existing = parseMetricsCsv(current).rows;
        } catch (error) {
          if (error instanceof MetricsCsvError) return undefined;
          throw error;
        }
      }
      const merged = mergeRows(existing, fresh, tracked, keepFiles);
      return merged.changed ? renderMetricsCsv(merged.rows) : undefined;
    },
  };
}

/** A row for the report: with the post's text and its channel's service. */
function decorate(
  row: MetricsRow,
  tracked: readonly SyncTrackedPost[],
  channels: readonly Channel[],
  posts: ReadonlyMap<string, Post>,
): MetricsRow {
  const t =
    tracked.find((x) => x.postId === row.postId && x.file === row.file) ?? tracked.find((x) => x.postId === row.postId);
  const service: Service | undefined = posts.get(row.postId)?.channelService ?? serviceOf(row.channel, channels);
  return { ...row, ...(service ? { service } : {}), ...(t?.text !== undefined ? { text: t.text } : {}) };
}

function serviceOf(ref: string, channels: readonly Channel[]): Service | undefined {
  const resolved = resolveChannel(ref, [...channels]);
  return resolved.ok ? resolved.channel.service : undefined;
}

/** The channels the tracked files use (as they name them, or as Buffer placed their posts). */
function channelsOf(
  tracked: readonly SyncTrackedPost[],
  channels: readonly Channel[],
  posts: ReadonlyMap<string, Post>,
): Channel[] {
  const byId = new Map(channels.map((c) => [c.id, c]));
  const used = new Map<string, Channel>();
  for (const t of tracked) {
    const resolved = resolveChannel(t.channel, [...channels]);
    const channel = resolved.ok ? resolved.channel : byId.get(posts.get(t.postId)?.channelId ?? '');
    if (channel) used.set(channel.id, channel);
  }
  return [...used.values()];
}
