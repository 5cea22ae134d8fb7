/**
 * What the job summary and `buffer-gitops report` both show of a
 * MetricsReport, decided once: which posts are the top ones (the ranking
 * rule), which metric columns appear, how a number and a date
 * read. The Markdown (metrics-summary.ts) and the terminal tables
 * (metrics-text.ts) only lay these out.
 */
import type { ChannelTotals, MetricsReport, MetricsRow } from '../metrics/types.js';
import { isValidTimeZone, toWallTime } from '../time/wall-time.js';
import { formatNumber, plural } from '../text/words.js';
import { compareCodeUnits } from '../text/compare.js';

/** How many posts "top posts" lists. */
const TOP_POSTS = 10;

/** The metrics that count as people engaging with a post: summed for the ranking. */
const ENGAGEMENT_METRICS = ['reactions', 'comments', 'reposts', 'shares'] as const;

/**
 * The ranking rule, in the words the reports print under the table: the
 * engagement sum first (every network reports some of these, so posts of
 * different networks compare), impressions to break ties (only some networks
 * report them, so they cannot lead), then the newer post.
 */
export const RANKING_RULE =
  'Ranked by reactions + comments + reposts + shares, as Buffer counts them; ties by impressions, then the newer post.';

/** Per-post columns, in this order, each shown when at least one listed post has it. */
const HEADLINE_METRICS = ['reactions', 'comments', 'reposts', 'shares', 'impressions'] as const;

/** Column order of per-channel totals: the headline metrics first, then the rest as Buffer names them, by name. */
const TOTALS_ORDER = [...HEADLINE_METRICS, 'reach', 'views', 'clicks', 'saves', 'engagementRate'];

/** Buffer's metric types whose unit is `percentage` (reference: PostMetricType); every other is a count. */
const PERCENTAGES = new Set(['engagementRate']);

const LABELS: Record<string, string> = {
  postCount: 'Posts',
  engagementRate: 'Eng. rate',
  totalTimeWatched: 'Minutes watched',
  link_clicks: 'Link clicks',
};

/** A column heading for a metric type: `impressions` → `Impressions`. */
export function metricLabel(type: string): string {
  return (
    LABELS[type] ??
    `${type[0]!.toUpperCase()}${type
      .slice(1)
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()}`
  );
}

/** A value as people read it: 12,400; 3.2%; and `—` for a metric Buffer did not send. */
export function formatMetric(type: string, value: number | undefined): string {
  if (value === undefined) return '—';
  if (PERCENTAGES.has(type)) return `${Number(value.toFixed(1))}%`;
  return formatNumber(Number.isInteger(value) ? value : Number(value.toFixed(1)));
}

/** True once Buffer's daily job has counted the post (before that its numbers mean nothing). */
export function isCounted(row: MetricsRow): boolean {
  return row.metricsUpdatedAt !== null;
}

function engagement(row: MetricsRow): number {
  return ENGAGEMENT_METRICS.reduce((sum, type) => sum + (row.metrics[type] ?? 0), 0);
}

/** Every counted row, best first by RANKING_RULE (the post ID last, so equal posts keep one order). */
function rankRows(rows: readonly MetricsRow[]): MetricsRow[] {
  const time = (row: MetricsRow) => (row.sentAt ? Date.parse(row.sentAt) : 0) || 0;
  return rows
    .filter(isCounted)
    .slice()
    .sort(
      (a, b) =>
        engagement(b) - engagement(a) ||
        (b.metrics.impressions ?? -1) - (a.metrics.impressions ?? -1) ||
        time(b) - time(a) ||
        compareCodeUnits(a.postId, b.postId),
    );
}

/** The headline metrics at least one of `rows` has, in HEADLINE_METRICS order. */
export function headlineColumns(rows: readonly MetricsRow[]): string[] {
  return HEADLINE_METRICS.filter((type) => rows.some((row) => row.metrics[type] !== undefined));
}

/** The totals' metric columns (postCount has its own): every type any channel has, headline ones first. */
export function totalsColumns(totals: readonly ChannelTotals[]): string[] {
  const present = new Set(totals.flatMap((t) => Object.keys(t.metrics)));
  present.delete('postCount');
  const known = TOTALS_ORDER.filter((type) => present.has(type));
  const rest = [...present].filter((type) => !TOTALS_ORDER.includes(type)).sort();
  return [...known, ...rest];
}

/** The zone a report shows dates in: its own, or UTC when that is not a zone this runtime knows. */
export function zoneOf(report: Pick<MetricsReport, 'timezone'>): string {
  return report.timezone && isValidTimeZone(report.timezone) ? report.timezone : 'UTC';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-11-03` in `timeZone`. */
function localDay(iso: string, timeZone: string): string {
  const w = toWallTime(Date.parse(iso), timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** `2026-11-03 09:00` in `timeZone`; empty for a missing or unreadable instant. */
export function localMinute(iso: string | null | undefined, timeZone: string): string {
  if (!iso || Number.isNaN(Date.parse(iso))) return '';
  const w = toWallTime(Date.parse(iso), timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`;
}

/** The latest `metricsUpdatedAt` of the rows: how fresh the numbers are. */
export function latestRefresh(rows: readonly { metricsUpdatedAt: string | null }[]): string | undefined {
  let latest: string | undefined;
  for (const row of rows)
    if (row.metricsUpdatedAt && (!latest || Date.parse(row.metricsUpdatedAt) > Date.parse(latest)))
      latest = row.metricsUpdatedAt;
  return latest;
}

/** Channels of the rows, in first-seen order. */
function channelsOf(rows: readonly MetricsRow[]): string[] {
  return [...new Set(rows.map((row) => row.channel))];
}

/** What both surfaces say of a report, worked out once; each only words and lays it out. */
export interface MetricsView {
  /** The zone dates are shown in (zoneOf). */
  zone: string;
  /** `2026-11-01 to 2026-11-30 (Europe/Berlin)`. */
  range: string;
  /** `6 posts sent on 4 channels from <range>` (each surface ends the sentence); undefined when nothing was sent. */
  sent?: string;
  /** When Buffer last refreshed the numbers, in the zone (`2026-11-30 06:00`). */
  refreshed?: string;
  /** The top posts, best first: counted ones only, so empty while Buffer has counted none. */
  top: MetricsRow[];
  /** The sentence about sent posts Buffer has not counted yet, when there are some beside counted ones. */
  waiting?: string;
  /** Channels that sent something in the window, most posts first (the others would be rows of zeros). */
  totals: ChannelTotals[];
  /** Channels with totals that sent nothing in the window. */
  idle: number;
}

export function metricsView(report: MetricsReport): MetricsView {
  const zone = zoneOf(report);
  const range = `${localDay(report.since, zone)} to ${localDay(report.until, zone)} (${zone})`;
  const top = rankRows(report.rows).slice(0, TOP_POSTS);
  const waiting = report.rows.filter((row) => !isCounted(row)).length;
  const refreshed = latestRefresh(report.rows);
  const totals = report.totals
    .filter((t) => t.postCount > 0)
    .sort((a, b) => b.postCount - a.postCount || compareCodeUnits(a.channel, b.channel));
  return {
    zone,
    range,
    ...(report.rows.length > 0
      ? {
          sent: `${plural(report.rows.length, 'post')} sent on ${plural(channelsOf(report.rows).length, 'channel')} from ${range}`,
        }
      : {}),
    ...(refreshed ? { refreshed: localMinute(refreshed, zone) } : {}),
    top,
    ...(top.length > 0 && waiting > 0
      ? {
          waiting: `${plural(waiting, 'post')} sent since Buffer's last refresh ${waiting === 1 ? 'is' : 'are'} not counted yet.`,
        }
      : {}),
    totals,
    idle: report.totals.length - totals.length,
  };
}
