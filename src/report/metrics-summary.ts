/**
 * The job summary's post metrics (issue 15), as Markdown: the window's top
 * posts, Buffer's totals per channel, and a weekly chart GitHub draws
 * (metrics-chart.ts). Pure: a MetricsReport in, Markdown out. Bounded
 * whatever the report holds (GitHub refuses a summary over 1 MiB): ten posts,
 * excerpts of one short line, at most MAX_TOTALS channels, a chart of at most
 * seven lines and 54 weeks.
 */
import type { ChannelTotals, MetricsReport, MetricsRow } from '../metrics/types.js';
import { windowDays } from '../metrics/window.js';
import { listWords, plural } from '../text/words.js';
import { weeklyChart, type WeeklyChart } from './metrics-chart.js';
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
import { cell } from './run-report.js';

/** Channels listed in the totals table; an organization with more has the rest counted in a line. */
export const MAX_TOTALS = 50;

/**
 * Text from outside (post text, channel names) as plain text on one line (a
 * table cell, the chart's legend): whitespace runs (a lone CR too) as one
 * space, Markdown's emphasis, code, link, mention and reference characters
 * escaped, entities kept literal, then `cell`'s pipes and `<`.
 */
function markdownText(text: string): string {
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
  const view = metricsView(report);
  const lines = [`### Post metrics: the last ${plural(windowDays(report), 'day')}`, ''];

  if (!view.sent) {
    lines.push(`Nothing was sent from ${view.range}.`, '');
  } else {
    lines.push(
      `${view.sent}.` +
        (view.refreshed ? ` Buffer refreshes the numbers once a day; these are from ${view.refreshed}.` : ''),
      '',
    );
    if (view.top.length === 0) {
      lines.push(
        `Buffer has not counted ${report.rows.length === 1 ? 'it' : 'them'} yet: it refreshes post metrics once a day, and the numbers appear here after that.`,
        '',
      );
    } else {
      lines.push('#### Top posts', '', ...topPostsTable(view.top, view.zone), '');
      lines.push(RANKING_RULE + (view.waiting ? ` ${view.waiting}` : ''), '');
    }
  }

  if (view.totals.length > 0) lines.push('#### Per channel', '', ...totalsTable(view.totals), '');

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

/** `sorted`: most posts first (metricsView). */
function totalsTable(sorted: ChannelTotals[]): string[] {
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
