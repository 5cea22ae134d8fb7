/**
 * `buffer-gitops report` at a desk: the job summary's top posts and
 * per-channel totals as plain text tables (the chart stays in the summary).
 * Bold headings only when `color` is set (a terminal without NO_COLOR).
 * Text from outside (posts, channel names, links) loses its control
 * characters: a post must not be able to move the cursor or recolour the
 * terminal.
 */
import type { ChannelTotals, MetricsReport, MetricsRow } from '../metrics/types.js';
import { plural } from '../text/words.js';
import {
  formatMetric,
  headlineColumns,
  localMinute,
  metricLabel,
  metricsView,
  RANKING_RULE,
  totalsColumns,
} from './metrics-rows.js';
import { excerpt } from '../text/excerpt.js';

/** C0 and C1 controls (escape sequences) and bidirectional overrides (text that reads backwards). */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function printable(text: string): string {
  return text.replace(UNPRINTABLE, '');
}

export function metricsText(report: MetricsReport, opts: { color?: boolean } = {}): string {
  const bold = (text: string) => (opts.color ? `\u001b[1m${text}\u001b[0m` : text);
  const view = metricsView(report);
  const out: string[] = [];
  if (!view.sent) {
    out.push(`Nothing was sent from ${view.range}.`);
  } else {
    out.push(`${view.sent}` + (view.refreshed ? `; Buffer's numbers as of ${view.refreshed}.` : '.'));
    if (view.top.length === 0) {
      out.push(
        `Buffer has not counted ${report.rows.length === 1 ? 'it' : 'them'} yet: it refreshes post metrics once a day.`,
      );
    } else {
      out.push('', bold('Top posts'), ...topPosts(view.top, view.zone), RANKING_RULE);
      if (view.waiting) out.push(view.waiting);
    }
  }
  // Channels with nothing sent in the window stay in --json; here they would only be rows of zeros.
  if (view.totals.length > 0) {
    out.push('', bold("Per channel (Buffer's totals for the window)"), ...totals(view.totals));
    if (view.idle > 0) out.push(`${plural(view.idle, 'other channel')} sent nothing in the window.`);
  }
  return `${out.join('\n')}\n`;
}

function topPosts(rows: MetricsRow[], zone: string): string[] {
  const columns = headlineColumns(rows);
  return table(
    ['#', 'SENT', 'CHANNEL', ...columns.map((c) => metricLabel(c).toUpperCase()), 'LINK', 'POST'],
    rows.map((row, i) => [
      String(i + 1),
      localMinute(row.sentAt, zone) || '—',
      printable(row.channel),
      ...columns.map((type) => formatMetric(type, row.metrics[type])),
      printable(row.link ?? '—'),
      printable(excerpt(row.text, 50) || row.file || '—'),
    ]),
    (i) => i === 0 || (i >= 3 && i < 3 + columns.length),
  );
}

/** `sorted`: most posts first (metricsView). */
function totals(sorted: ChannelTotals[]): string[] {
  const columns = totalsColumns(sorted);
  return table(
    ['CHANNEL', 'POSTS', ...columns.map((c) => metricLabel(c).toUpperCase())],
    sorted.map((t) => [
      printable(t.channel),
      formatMetric('postCount', t.postCount),
      ...columns.map((type) => formatMetric(type, t.metrics[type])),
    ]),
    (i) => i >= 1,
  );
}

/** Rows under a header, two spaces between columns; `right(i)`: column i holds numbers. */
function table(header: string[], rows: string[][], right: (i: number) => boolean): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => [...r[i]!].length)));
  return all.map(
    (row) =>
      `  ${row
        .map((v, i) =>
          right(i)
            ? v.padStart(widths[i]! + v.length - [...v].length)
            : v.padEnd(widths[i]! + v.length - [...v].length),
        )
        .join('  ')
        .trimEnd()}`,
  );
}
