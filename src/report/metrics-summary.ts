/**
 * The job summary's post metrics (issue 15), as Markdown: the window's top
 * posts, Buffer's totals per channel, and a weekly chart GitHub draws
 * (metrics-chart.ts). Pure: a MetricsReport in, Markdown out. Bounded
 * whatever the report holds (GitHub refuses a summary over 1 MiB): ten posts,
 * excerpts of one short line, at most MAX_TOTALS channels, a chart of at most
 * seven lines and 54 weeks.
 */
import type { ChannelTotals, MetricsReport, MetricsRow } from '../metrics/types.js';
import { listWords, plural } from '../text/words.js';
import { weeklyChart, type WeeklyChart } from './metrics-chart.js';
import {
  channelsOf,
  excerpt,
  formatMetric,
  headlineColumns,
  isCounted,
  latestRefresh,
  localDay,
  localMinute,
  metricLabel,
  RANKING_RULE,
  rankRows,
  TOP_POSTS,
  totalsColumns,
  windowDays,
  zoneOf,
} from './metrics-rows.js';
import { cell } from './run-report.js';

/** Channels listed in the totals table; an organization with more has the rest counted in a line. */
export const MAX_TOTALS = 50;

/**
 * Text from outside (post text, channel names) as plain text on one line (a
 * table cell, the chart's legend): whitespace runs (a lone CR too) as one
 * space, Markdown's emphasis, code, link, mention and reference characters
 * escaped, entities kept literal, then `cell`'s pipes and `<`.
 */
export function markdownText(text: string): string {
  return cell(
    text
      .replace(/\s+/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/[\\`*_[\]~#@]/g, '\\$&'),
  );
}

/** A link cell: Buffer's address for the post when it is a web address, characters that would end the link encoded. */
function linkCell(link: string | null): string {
  if (!link || !/^https?:\/\/\S+$/i.test(link)) return link ? markdownText(link) : '—';
  const safe = link.replace(
    /[()<>|`\\[\]"' ]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `[View](${safe})`;
}

export function metricsSummaryMarkdown(report: MetricsReport): string {
  const zone = zoneOf(report);
  const days = windowDays(report);
  const range = `${localDay(report.since, zone)} to ${localDay(report.until, zone)} (${zone})`;
  const lines = [`### Post metrics: the last ${plural(days, 'day')}`, ''];
  const counted = report.rows.filter(isCounted);
  const waiting = report.rows.length - counted.length;

  if (report.rows.length === 0) {
    lines.push(`Nothing was sent from ${range}.`, '');
  } else {
    const refreshed = latestRefresh(report.rows);
    lines.push(
      `${plural(report.rows.length, 'post')} sent on ${plural(channelsOf(report.rows).length, 'channel')} from ${range}.` +
        (refreshed ? ` Buffer refreshes the numbers once a day; these are from ${localMinute(refreshed, zone)}.` : ''),
      '',
    );
    if (counted.length === 0) {
      lines.push(
        `Buffer has not counted ${report.rows.length === 1 ? 'it' : 'them'} yet: it refreshes post metrics once a day, and the numbers appear here after that.`,
        '',
      );
    } else {
      lines.push('#### Top posts', '', ...topPostsTable(rankRows(report.rows).slice(0, TOP_POSTS), zone), '');
      lines.push(
        RANKING_RULE +
          (waiting > 0
            ? ` ${plural(waiting, 'post')} sent since Buffer's last refresh ${waiting === 1 ? 'is' : 'are'} not counted yet.`
            : ''),
        '',
      );
    }
  }

  // A channel that sent nothing in the window would be a row of zeros.
  const totals = report.totals.filter((t) => t.postCount > 0);
  if (totals.length > 0) lines.push('#### Per channel', '', ...totalsTable(totals), '');

  const chart = weeklyChart(report);
  if (chart) lines.push(...chartSection(chart));
  return lines.join('\n');
}

function topPostsTable(rows: MetricsRow[], zone: string): string[] {
  const columns = headlineColumns(rows);
  return [
    `| # | Post | Channel | Sent | ${columns.map(metricLabel).join(' | ')}${columns.length ? ' | ' : ''}Link |`,
    `| ---: | --- | --- | --- | ${columns.map(() => '---: | ').join('')}--- |`,
    ...rows.map(
      (row, i) =>
        `| ${i + 1} | ${markdownText(excerpt(row.text) || row.file || '') || '—'} | ${markdownText(row.channel)} | ${localMinute(row.sentAt, zone) || '—'} | ` +
        columns.map((type) => `${formatMetric(type, row.metrics[type])} | `).join('') +
        `${linkCell(row.link)} |`,
    ),
  ];
}

function totalsTable(totals: ChannelTotals[]): string[] {
  const sorted = [...totals].sort(
    (a, b) => b.postCount - a.postCount || (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0),
  );
  const shown = sorted.slice(0, MAX_TOTALS);
  const columns = totalsColumns(shown);
  const lines = [
    `| Channel | Posts | ${columns.map(metricLabel).join(' | ')}${columns.length ? ' |' : ''}`.trimEnd(),
    `| --- | ---: |${columns.map(() => ' ---: |').join('')}`,
    ...shown.map(
      (t) =>
        `| ${markdownText(t.channel)} | ${formatMetric('postCount', t.postCount)} |` +
        columns.map((type) => ` ${formatMetric(type, t.metrics[type])} |`).join(''),
    ),
  ];
  if (sorted.length > shown.length)
    lines.push('', `${plural(sorted.length - shown.length, 'more channel')} with fewer posts not listed.`);
  return lines;
}

function chartSection(chart: WeeklyChart): string[] {
  const title = `Weekly ${chart.metric} per channel`;
  const notes = [
    ...(chart.omitted.length > 0
      ? [
          `Not charted (${chart.series.length} lines at most): ${listWords(chart.omitted.slice(0, 20).map(markdownText))}${chart.omitted.length > 20 ? ` and ${plural(chart.omitted.length - 20, 'more channel')}` : ''}.`,
        ]
      : []),
    ...(chart.weeksOmitted > 0
      ? [
          `The window's first ${plural(chart.weeksOmitted, 'week')} ${chart.weeksOmitted === 1 ? 'is' : 'are'} not charted.`,
        ]
      : []),
  ];
  return [
    `#### ${title}`,
    '',
    chart.series.map((s) => `${s.square} ${markdownText(s.channel)}`).join(' · '),
    '',
    '```mermaid',
    chart.mermaid,
    '```',
    '',
    ...notes.flatMap((note) => [note, '']),
  ];
}
