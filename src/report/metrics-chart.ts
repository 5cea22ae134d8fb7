/**
 * The job summary's chart: a Mermaid `xychart-beta` of a metric per channel
 * by week, which GitHub draws from the Markdown itself (no image to host).
 * Weekly reactions, or impressions when every counted post has them (the
 * title says which). Weeks start on Monday in the report's zone.
 *
 * GitHub's Mermaid may be older than the one that draws a legend from line
 * titles, so the colours are set explicitly (`plotColorPalette`) and the
 * summary prints its own legend, coloured squares in the palette's order.
 * Every label is text from outside (channel names come from Buffer, files
 * from users): chartLabel keeps it from ending a string, a directive or the
 * Markdown fence around the chart.
 */
import type { MetricsReport } from '../metrics/types.js';
import { DAY_MS } from '../time/days.js';
import { toWallTime } from '../time/wall-time.js';
import { excerpt } from '../text/excerpt.js';
import { isCounted, metricLabel, zoneOf } from './metrics-rows.js';
import { compareCodeUnits } from '../text/compare.js';

/** Line colours, each with the emoji square the text legend shows for it (no black or white: one theme hides each). */
export const PALETTE = [
  { color: '#2563eb', square: '🟦' },
  { color: '#ea580c', square: '🟧' },
  { color: '#16a34a', square: '🟩' },
  { color: '#dc2626', square: '🟥' },
  { color: '#9333ea', square: '🟪' },
  { color: '#92400e', square: '🟫' },
  { color: '#ca8a04', square: '🟨' },
] as const;

/** A year of weeks: 365 days touch at most 54 Monday weeks (Buffer's totals stop at 365 days); a longer window charts its last 54. */
export const MAX_WEEKS = 54;

const LABEL_LENGTH = 40;

export interface ChartSeries {
  channel: string;
  /** One value per week, summed over the channel's counted posts sent that week. */
  values: number[];
  color: string;
  square: string;
}

export interface WeeklyChart {
  metric: 'reactions' | 'impressions';
  /** The Monday (YYYY-MM-DD, in the report's zone) each week starts on. */
  weeks: string[];
  series: ChartSeries[];
  /** Channels with counted posts that did not fit the palette, smallest totals first left out. */
  omitted: string[];
  /** Weeks of the window before the first charted one (a window longer than MAX_WEEKS). */
  weeksOmitted: number;
  /** The Mermaid source, without the Markdown fence. */
  mermaid: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The local calendar day of an instant, as days since 1970-01-01. */
function dayNumber(epochMs: number, timeZone: string): number {
  const w = toWallTime(epochMs, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day) / DAY_MS;
}

/** The Monday on or before a day number (1970-01-01 was a Thursday). */
function mondayOf(day: number): number {
  return day - ((day + 3) % 7);
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The chart of `report`'s counted posts, or undefined when none is counted yet
 * (nothing to draw).
 */
export function weeklyChart(report: MetricsReport): WeeklyChart | undefined {
  const zone = zoneOf(report);
  const counted = report.rows.filter((row) => isCounted(row) && row.sentAt && !Number.isNaN(Date.parse(row.sentAt)));
  if (counted.length === 0) return undefined;
  const metric = counted.every((row) => row.metrics.impressions !== undefined) ? 'impressions' : 'reactions';

  const first = mondayOf(dayNumber(Date.parse(report.since), zone));
  const last = mondayOf(dayNumber(Date.parse(report.until), zone));
  const allWeeks = Math.max(1, Math.floor((last - first) / 7) + 1);
  const weekCount = Math.min(allWeeks, MAX_WEEKS);
  const start = last - (weekCount - 1) * 7;
  const weeks = Array.from({ length: weekCount }, (_, i) => isoDay(start + i * 7));

  const byChannel = new Map<string, number[]>();
  for (const row of counted) {
    const week = Math.floor((mondayOf(dayNumber(Date.parse(row.sentAt!), zone)) - start) / 7);
    if (week < 0 || week >= weekCount) continue;
    const values = byChannel.get(row.channel) ?? new Array<number>(weekCount).fill(0);
    values[week]! += row.metrics[metric] ?? 0;
    byChannel.set(row.channel, values);
  }
  // The largest channels get a line; ties by reference, so the colours stay put between runs.
  const total = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const ranked = [...byChannel].sort(([a, va], [b, vb]) => total(vb) - total(va) || compareCodeUnits(a, b));
  const series = ranked.slice(0, PALETTE.length).map(([channel, values], i) => ({
    channel,
    values: values.map((v) => Number(v.toFixed(2))),
    ...PALETTE[i]!,
  }));
  if (series.length === 0) return undefined;
  const omitted = ranked.slice(PALETTE.length).map(([channel]) => channel);

  const spansYears = weeks[0]!.slice(0, 4) !== weeks[weeks.length - 1]!.slice(0, 4);
  const weekLabel = (day: string) =>
    spansYears ? day : `${MONTHS[Number(day.slice(5, 7)) - 1]} ${Number(day.slice(8, 10))}`;
  const label = metricLabel(metric);
  const init = { themeVariables: { xyChart: { plotColorPalette: series.map((s) => s.color).join(', ') } } };
  const mermaid = [
    `%%{init: ${JSON.stringify(init)}}%%`,
    'xychart-beta',
    `  title "${chartLabel(`Weekly ${metric} per channel`)}"`,
    `  x-axis "${chartLabel(`Week from Monday (${zone})`)}" [${weeks.map((w) => `"${weekLabel(w)}"`).join(', ')}]`,
    `  y-axis "${chartLabel(label)}"`,
    ...series.map((s) => `  line "${chartLabel(s.channel)}" [${s.values.join(', ')}]`),
  ].join('\n');
  return { metric, weeks, series, omitted, weeksOmitted: allWeeks - weekCount, mermaid };
}

/**
 * Text safe inside a Mermaid string in a Markdown fence: no `"` (Mermaid
 * strings have no escape; it becomes `'`), no backtick (a fence or Mermaid's
 * Markdown strings), no `%%` (a directive or comment), no `<`/`>` (Mermaid
 * rewrites tag-like text before parsing), no line breaks or control
 * characters; at most 40 characters (cut as excerpt cuts); never empty.
 */
export function chartLabel(text: string): string {
  const safe = text
    .replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .replace(/["`]/g, "'")
    .replace(/%+/g, '%')
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .trim();
  return excerpt(safe, LABEL_LENGTH) || '(no name)';
}
