/**
 * Post performance as the product keeps it (issue 15): one row per post file ×
 * channel for every sent post, and per-channel totals. The sync fills rows
 * from the lists it already reads and writes them to the metrics file (CSV);
 * the job summary and the CLI's `report` render the same shapes. Values are
 * Buffer's `PostMetric.value` by `PostMetricType`, never recomputed here.
 */
import type { Service } from '../buffer/types.js';

/** One `PostMetric` as Buffer sends it (reference: PostMetric). */
export interface PostMetric {
  type: string;
  value: number;
  unit: 'count' | 'percentage';
  name?: string;
}

export interface MetricsRow {
  /** The post file, relative to the repository's top folder; null when no file tracks the post (CLI report only). */
  file: string | null;
  /** The channel as the file names it (its reference: `twitter`, `linkedin:acme`, …). */
  channel: string;
  service?: Service;
  postId: string;
  sentAt: string | null;
  /** The published post's address (Buffer's `externalLink`). */
  link: string | null;
  /** Buffer's `metricsUpdatedAt`: when it last refreshed the numbers; null before the first refresh. */
  metricsUpdatedAt: string | null;
  /** Value by metric type (`reactions`, `impressions`, …); a type Buffer did not send is absent. */
  metrics: Record<string, number>;
  /** The post's text, for excerpts in reports; not stored in the CSV. */
  text?: string;
}

/** One channel's `aggregatedPostMetrics` over the report's window. */
export interface ChannelTotals {
  channelId: string;
  /** The reference a file would write for the channel. */
  channel: string;
  service: Service;
  /** The `postCount` entry. */
  postCount: number;
  /** Every other entry, by type. */
  metrics: Record<string, number>;
  metricsUpdatedAt: string | null;
}

/** What the job summary and `report` show. */
export interface MetricsReport {
  /** The window, inclusive: ISO instants. */
  since: string;
  until: string;
  /** IANA zone weeks and dates are shown in. */
  timezone: string;
  /** Sent posts in the window (by sentAt), with their numbers. */
  rows: MetricsRow[];
  /** Per channel, from `aggregatedPostMetrics`; empty when it was not read. */
  totals: ChannelTotals[];
}
