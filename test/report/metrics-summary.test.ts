/**
 * The job summary's post metrics (issue 15): the top-posts table and its
 * ranking, per-channel totals, the empty states, text from outside that must
 * stay text (read back with a GFM parser, as GitHub renders it), the size
 * bound, and the weekly chart, checked by Mermaid's own parser and chart
 * database: what Mermaid would draw is what the legend says.
 */
import type { Root, Table, TableRow } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import type { ChannelTotals, MetricsReport, MetricsRow } from '../../src/metrics/types.js';
import { metricsWindow } from '../../src/metrics/window.js';
import { chartLabel, MAX_WEEKS, PALETTE, weeklyChart } from '../../src/report/metrics-chart.js';
import { RANKING_RULE } from '../../src/report/metrics-rows.js';
import { excerpt } from '../../src/text/excerpt.js';
import { MAX_TOTALS, metricsSummaryMarkdown } from '../../src/report/metrics-summary.js';
import { summaryMarkdown, type RunReport } from '../../src/report/run-report.js';

const REFRESHED = '2026-11-30T05:00:00.000Z';

function row(n: number, over: Partial<MetricsRow> = {}): MetricsRow {
  return {
    file: `posts/p${n}.md`,
    channel: 'twitter',
    postId: `post${String(n).padStart(3, '0')}`,
    sentAt: '2026-11-10T08:00:00.000Z',
    link: `https://x.com/acme/status/${n}`,
    metricsUpdatedAt: REFRESHED,
    metrics: {},
    text: `Post number ${n}`,
    ...over,
  };
}

function totals(channel: string, postCount: number, metrics: Record<string, number>): ChannelTotals {
  return {
    channelId: `id-${channel}`,
    channel,
    service: 'twitter',
    postCount,
    metrics,
    metricsUpdatedAt: REFRESHED,
  };
}

function report(rows: MetricsRow[], over: Partial<MetricsReport> = {}): MetricsReport {
  return {
    // The sync's window at this instant: today (UTC) and the 29 days before.
    ...metricsWindow(new Date('2026-11-30T10:00:00.000Z')),
    timezone: 'Europe/Berlin',
    rows,
    totals: [],
    ...over,
  };
}

const parser = remark().use(remarkGfm);

/** The tables of a Markdown document as GitHub reads them: header and rows, each cell's text. */
function tables(markdown: string): string[][][] {
  const tree = parser.parse(markdown) as Root;
  return tree.children
    .filter((n): n is Table => n.type === 'table')
    .map((t) => t.children.map((r: TableRow) => r.children.map((c) => toString(c))));
}

/** The table under a `####` heading. */
function tableAfter(markdown: string, heading: string): string[][] {
  const at = markdown.indexOf(`#### ${heading}\n`);
  expect(at, `heading ${heading}`).toBeGreaterThanOrEqual(0);
  return tables(markdown.slice(at))[0]!;
}

describe('top posts', () => {
  it('ranks by reactions + comments + reposts + shares, then impressions, then the newer post', () => {
    const rows = [
      row(1, { metrics: { reactions: 10, comments: 5 } }), // 15
      row(2, { metrics: { reposts: 20 } }), // 20
      row(3, { metrics: { reactions: 15, impressions: 100 } }),
      row(4, { metrics: { reactions: 15, impressions: 500 } }),
      row(5, { metrics: { reactions: 15 }, sentAt: '2026-11-20T08:00:00.000Z' }),
      row(6, { metrics: { reactions: 14, shares: 1 }, sentAt: '2026-11-12T08:00:00.000Z' }),
      row(7, { metrics: { reactions: 99 }, metricsUpdatedAt: null }), // not counted yet: not ranked
    ];
    const md = metricsSummaryMarkdown(report(rows));
    const table = tableAfter(md, 'Top posts');
    expect(table[0]).toEqual([
      '#',
      'Post',
      'Channel',
      'Sent',
      'Reactions',
      'Comments',
      'Reposts',
      'Shares',
      'Impressions',
      'Link',
    ]);
    expect(table.slice(1).map((r) => r[1])).toEqual([
      'Post number 2',
      'Post number 4',
      'Post number 3',
      'Post number 5',
      'Post number 6',
      'Post number 1',
    ]);
    expect(table.slice(1).map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6']);
    // A metric Buffer did not send is a dash, never a 0.
    expect(table[1]).toEqual(['1', 'Post number 2', 'twitter', '2026-11-10 09:00', '—', '—', '20', '—', '—', 'View']);
    expect(table[2]!.slice(4)).toEqual(['15', '—', '—', '—', '500', 'View']);
    expect(md).toContain('[View](https://x.com/acme/status/4)');
    expect(md).toContain(RANKING_RULE);
    expect(md).toContain("1 post sent since Buffer's last refresh is not counted yet.");
    expect(md).toContain('7 posts sent on 1 channel from 2026-11-01 to 2026-11-30 (Europe/Berlin).');
    expect(md).toContain('these are from 2026-11-30 06:00.');
  });

  it('lists ten posts, shows only the metric columns some listed post has, and dates in the report zone', () => {
    const rows = Array.from({ length: 14 }, (_, i) =>
      row(i + 1, { metrics: { reactions: i, comments: 1 }, sentAt: '2026-11-08T23:30:00.000Z' }),
    );
    const md = metricsSummaryMarkdown(report(rows));
    const table = tableAfter(md, 'Top posts');
    expect(table).toHaveLength(11);
    expect(table[0]).toEqual(['#', 'Post', 'Channel', 'Sent', 'Reactions', 'Comments', 'Link']);
    expect(table[1]!.slice(1, 6)).toEqual(['Post number 14', 'twitter', '2026-11-09 00:30', '13', '1']);
    const utc = tableAfter(metricsSummaryMarkdown(report(rows, { timezone: 'UTC' })), 'Top posts');
    expect(utc[1]![3]).toBe('2026-11-08 23:30');
  });

  it('keeps odd post text and channel names as text: pipes, backticks, line breaks, <, Markdown and entities', () => {
    const text =
      'Ship | it `now` <script>alert(1)</script>\n\nline *two* [x](https://evil.example) &amp; _u_ #12 @team \\ end';
    const channel = 'linkedin:A|B `C` <i>D</i> *E*';
    const md = metricsSummaryMarkdown(
      report([row(1, { text, channel, metrics: { reactions: 3 }, link: 'https://ex.com/a(b)|c"d' })]),
    );
    const table = tableAfter(md, 'Top posts');
    expect(table).toHaveLength(2);
    expect(table[1]).toHaveLength(table[0]!.length);
    // Read back exactly as written (one line, cut at 60 characters with …).
    expect(table[1]![1]).toBe(excerpt(text));
    expect(excerpt(text)).toMatch(/^Ship \| it `now` <script>alert\(1\)<\/script> line \*two\* \[x\]\(.*…$/);
    expect(table[1]![2]).toBe(channel);
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('<i>');
    // The link stays one link to the encoded address.
    expect(md).toContain('[View](https://ex.com/a%28b%29%7Cc%22d)');
    const full = metricsSummaryMarkdown(report([row(1, { text: 'a | `b` <c> & d\ne', metrics: { reactions: 1 } })]));
    expect(tableAfter(full, 'Top posts')[1]![1]).toBe('a | `b` <c> & d e');
  });
});

describe("the sync's job summary", () => {
  const run: RunReport = {
    command: 'sync',
    basis: 'full',
    dryRun: false,
    counts: {
      created: 0,
      edited: 0,
      replaced: 0,
      deleted: 0,
      failed: 0,
      pending: 0,
      skipped: 0,
      blocked: 0,
      errors: 0,
    },
    findings: [],
    outcomes: [],
    notes: ['A note.'],
  };

  it('ends with the metrics section when the run carries metrics: the tables and the chart', () => {
    const metrics = report([row(1, { metrics: { reactions: 4 } })], {
      totals: [totals('twitter', 1, { reactions: 4 })],
    });
    const md = summaryMarkdown('buffer-gitops sync', { ...run, metrics }, metricsSummaryMarkdown(metrics));
    expect(md.startsWith('## buffer-gitops sync\n')).toBe(true);
    expect(md.endsWith(metricsSummaryMarkdown(metrics))).toBe(true);
    expect(tableAfter(md, 'Top posts')).toHaveLength(2);
    expect(tableAfter(md, 'Per channel')).toHaveLength(2);
    expect(md).toContain('```mermaid\n%%{init:');
  });

  it('has no metrics section without them (metrics-file none, or a command other than sync)', () => {
    expect(summaryMarkdown('buffer-gitops sync', run)).not.toContain('Post metrics');
  });
});

describe('per-channel totals', () => {
  it('lists postCount and every metric Buffer sent, headline metrics first, most posts first', () => {
    const md = metricsSummaryMarkdown(
      report([row(1, { metrics: { reactions: 1 } })], {
        totals: [
          totals('twitter', 2, { reactions: 127, comments: 5 }),
          totals('linkedin:Acme Labs', 4, { reactions: 40, comments: 12, impressions: 12400, engagementRate: 2.6345 }),
          totals('bluesky', 0, { reactions: 0, comments: 0 }),
        ],
      }),
    );
    expect(tableAfter(md, 'Per channel')).toEqual([
      ['Channel', 'Posts', 'Reactions', 'Comments', 'Impressions', 'Eng. rate'],
      ['linkedin:Acme Labs', '4', '40', '12', '12,400', '2.6%'],
      ['twitter', '2', '127', '5', '—', '—'],
    ]);
  });

  it('has no table when Buffer was not asked (no totals)', () => {
    expect(metricsSummaryMarkdown(report([row(1, { metrics: { reactions: 1 } })]))).not.toContain('Per channel');
  });
});

describe('empty states', () => {
  it('nothing sent in the window: one line, no tables, no chart', () => {
    const md = metricsSummaryMarkdown(report([]));
    expect(md).toContain('### Post metrics: the last 30 days');
    expect(md).toContain('Nothing was sent from 2026-11-01 to 2026-11-30 (Europe/Berlin).');
    expect(tables(md)).toEqual([]);
    expect(md).not.toContain('```mermaid');
  });

  it('sent, but Buffer has not refreshed the numbers yet: says so, ranks nothing, draws nothing', () => {
    const md = metricsSummaryMarkdown(report([row(1, { metricsUpdatedAt: null }), row(2, { metricsUpdatedAt: null })]));
    expect(md).toContain('2 posts sent on 1 channel');
    expect(md).toContain('Buffer has not counted them yet: it refreshes post metrics once a day');
    expect(md).not.toContain('Top posts');
    expect(md).not.toContain('```mermaid');
  });
});

describe('size', () => {
  it('stays small whatever the report holds (GitHub refuses a summary over 1 MiB)', () => {
    const channels = Array.from({ length: 300 }, (_, i) => `mastodon:channel ${i}`);
    const rows = Array.from({ length: 6000 }, (_, i) =>
      row(i, {
        channel: channels[i % channels.length]!,
        text: 'x'.repeat(2_000),
        link: `https://example.com/${'p'.repeat(200)}`,
        metrics: { reactions: i % 97, comments: 1 },
        sentAt: new Date(Date.parse('2025-12-01T00:00:00Z') + i * 3_600_000).toISOString(),
      }),
    );
    const md = metricsSummaryMarkdown(
      report(rows, {
        since: '2025-12-01T00:00:00.000Z',
        totals: channels.map((c, i) => totals(c, i + 1, { reactions: i, comments: i })),
      }),
    );
    expect(Buffer.byteLength(md)).toBeLessThan(64 * 1024);
    expect(tableAfter(md, 'Top posts')).toHaveLength(11);
    expect(tableAfter(md, 'Per channel')).toHaveLength(MAX_TOTALS + 1);
    expect(md).toContain(`${channels.length - MAX_TOTALS} more channels with fewer posts not listed.`);
    expect(md).toMatch(/Not charted \(7 lines at most\): .* and 273 more channels\./);
  });

  it('stays small when one character is most of a post (a letter with thousands of combining marks)', () => {
    const zalgo = `Z${'\u0301'.repeat(60_000)}algo`;
    const rows = Array.from({ length: 10 }, (_, i) => row(i, { text: zalgo, metrics: { reactions: i } }));
    const md = metricsSummaryMarkdown(report(rows));
    expect(Buffer.byteLength(md)).toBeLessThan(64 * 1024);
    const cell = tableAfter(md, 'Top posts')[1]![1]!;
    expect(cell.endsWith('…')).toBe(true);
    expect(cell.length).toBeLessThanOrEqual(60 * 16);
    // An emoji sequence is never cut in half.
    const families = '👩🏽‍❤️‍💋‍👨🏿 '.repeat(40);
    expect(
      excerpt(families)
        .replace(/…$/, '')
        .trim()
        .split(' ')
        .every((f) => f === '👩🏽‍❤️‍💋‍👨🏿'),
    ).toBe(true);
  });
});

describe('the weekly chart, read by Mermaid', () => {
  type Plot = { type: string; title: string; strokeFill: string; data: [string, number][] };
  type ChartData = { title: string; xAxis: { categories: string[] }; plots: Plot[] };
  let mermaid: {
    parse: (text: string) => Promise<{ diagramType: string; config?: Record<string, unknown> }>;
    mermaidAPI: {
      getDiagramFromText: (
        text: string,
      ) => Promise<{ db: { getXYChartData: () => ChartData; getDiagramTitle: () => string } }>;
    };
  };
  beforeAll(async () => {
    // Mermaid wants a DOM even to parse; happy-dom is enough (imported once: ~0.3 s).
    const window = new Window();
    Object.assign(globalThis, { window, document: window.document });
    mermaid = (await import('mermaid')).default as never;
  });

  /** The chart inside the summary's fence, parsed: its config and what Mermaid would draw. */
  async function drawn(md: string) {
    const source = /```mermaid\n([\s\S]*?)\n```/.exec(md)?.[1];
    expect(source, 'a mermaid block').toBeDefined();
    const parsed = await mermaid.parse(source!);
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(source!);
    // The title is copied into the chart data only when drawing.
    return { source: source!, parsed, data: { ...diagram.db.getXYChartData(), title: diagram.db.getDiagramTitle() } };
  }

  /** The legend line above the chart: [square, channel] pairs. */
  function legend(md: string): string[] {
    const at = md.indexOf('```mermaid');
    const line = md.slice(0, at).trimEnd().split('\n').pop()!;
    return line.split(' · ');
  }

  it('weekly reactions per channel, weeks from Monday in the report zone, colours and legend in one order', async () => {
    const rows = [
      // Sunday 23:30 UTC is Monday 00:30 in Berlin: the week of 9 November there, of 2 November in UTC.
      row(1, { channel: 'twitter', metrics: { reactions: 5 }, sentAt: '2026-11-08T23:30:00.000Z' }),
      row(2, { channel: 'twitter', metrics: { reactions: 7 }, sentAt: '2026-11-11T08:00:00.000Z' }),
      row(3, { channel: 'linkedin:Acme Labs', metrics: { reactions: 40, impressions: 900 } }),
      row(4, { channel: 'mastodon', metrics: { reactions: 1 }, metricsUpdatedAt: null }),
    ];
    const md = metricsSummaryMarkdown(report(rows, { since: '2026-11-01T00:00:00.000Z' }));
    expect(md).toContain('#### Weekly reactions per channel');
    const { parsed, data } = await drawn(md);
    expect(parsed.diagramType).toBe('xychart');
    expect(parsed.config).toEqual({
      themeVariables: { xyChart: { plotColorPalette: `${PALETTE[0].color}, ${PALETTE[1].color}` } },
    });
    expect(data.title).toBe('Weekly reactions per channel');
    expect(data.xAxis.categories).toEqual(['Oct 26', 'Nov 2', 'Nov 9', 'Nov 16', 'Nov 23', 'Nov 30']);
    // Most reactions first; the channel not counted yet has no line.
    expect(data.plots.map((p) => [p.type, p.title, p.strokeFill])).toEqual([
      ['line', 'linkedin:Acme Labs', PALETTE[0].color],
      ['line', 'twitter', PALETTE[1].color],
    ]);
    expect(data.plots[1]!.data).toEqual([
      ['Oct 26', 0],
      ['Nov 2', 0],
      ['Nov 9', 12],
      ['Nov 16', 0],
      ['Nov 23', 0],
      ['Nov 30', 0],
    ]);
    expect(legend(md)).toEqual([`${PALETTE[0].square} linkedin:Acme Labs`, `${PALETTE[1].square} twitter`]);

    const utc = await drawn(
      metricsSummaryMarkdown(report(rows, { since: '2026-11-01T00:00:00.000Z', timezone: 'UTC' })),
    );
    expect(utc.data.plots[1]!.data.filter(([, v]) => v > 0)).toEqual([
      ['Nov 2', 5],
      ['Nov 9', 7],
    ]);
  });

  it('impressions when every counted post has them, and the title says so', async () => {
    const rows = [
      row(1, { channel: 'linkedin', metrics: { reactions: 5, impressions: 300 } }),
      row(2, { channel: 'threads', metrics: { reactions: 2, impressions: 1200 }, sentAt: '2026-11-24T08:00:00.000Z' }),
    ];
    const md = metricsSummaryMarkdown(report(rows));
    const { data } = await drawn(md);
    expect(data.title).toBe('Weekly impressions per channel');
    expect(md).toContain('#### Weekly impressions per channel');
    expect(data.plots.map((p) => [p.title, p.data.reduce((s, [, v]) => s + v, 0)])).toEqual([
      ['threads', 1200],
      ['linkedin', 300],
    ]);
  });

  it('hostile channel names cannot break the chart, inject a directive or end the fence', async () => {
    const names = [
      'twitter:"quoted" name',
      'mastodon:`back`ticks```',
      "x:%%{init: {'theme': 'dark'}}%%",
      'bluesky:line\nbreak\r\nand\ttab',
      'threads:<b onclick="x">bold</b>',
      'linkedin:[brackets], commas; colons: #hash &amp;',
      'facebook:' + '🚀'.repeat(60),
    ];
    const rows = names.map((channel, i) => row(i, { channel, metrics: { reactions: 100 - i } }));
    const md = metricsSummaryMarkdown(report(rows));
    const { source, parsed, data } = await drawn(md);
    expect(parsed.diagramType).toBe('xychart');
    // Only the palette: the directive in a name was not read as one.
    expect(Object.keys(parsed.config ?? {})).toEqual(['themeVariables']);
    expect(data.plots.map((p) => p.title)).toEqual(names.map(chartLabel));
    expect(data.plots.map((p) => p.strokeFill)).toEqual(PALETTE.map((p) => p.color));
    expect(source.split('\n').filter((l) => l.startsWith('  line '))).toHaveLength(names.length);
    // The fence holds: exactly one mermaid block, closed where the chart ends.
    expect(md.match(/```/g)).toHaveLength(2);
    for (const label of data.plots.map((p) => p.title)) expect([...label].length).toBeLessThanOrEqual(40);
    // The legend names the same channels, Markdown-escaped, in the same order.
    const tree = parser.parse(legend(md).join(' · ')) as Root;
    expect(toString(tree)).toBe(names.map((n, i) => `${PALETTE[i]!.square} ${n.replace(/\s+/g, ' ')}`).join(' · '));
  });

  it('more channels than colours: seven lines, the rest named under the chart', async () => {
    const rows = Array.from({ length: 9 }, (_, i) =>
      row(i, { channel: `mastodon:c${i}`, metrics: { reactions: 50 - i } }),
    );
    const md = metricsSummaryMarkdown(report(rows));
    const { data } = await drawn(md);
    expect(data.plots).toHaveLength(PALETTE.length);
    expect(legend(md)).toHaveLength(PALETTE.length);
    expect(md).toContain('Not charted (7 lines at most): mastodon:c7 and mastodon:c8.');
  });

  it('a year-long window: ISO week labels, every one distinct; a longer one keeps its last MAX_WEEKS weeks', async () => {
    const rows = [row(1, { metrics: { reactions: 3 }, sentAt: '2026-01-05T08:00:00.000Z' })];
    // 365 days from a Sunday touch 54 Monday weeks: all of them are charted.
    const chart = weeklyChart(report(rows, { since: '2025-11-30T10:00:00.000Z' }))!;
    expect(chart.weeks).toHaveLength(54);
    expect(chart.weeks[0]).toBe('2025-11-24');
    expect(chart.weeksOmitted).toBe(0);
    const { data } = await drawn(metricsSummaryMarkdown(report(rows, { since: '2025-11-30T10:00:00.000Z' })));
    expect(data.xAxis.categories[0]).toBe('2025-11-24');
    expect(new Set(data.xAxis.categories).size).toBe(data.xAxis.categories.length);
    const long = weeklyChart(report(rows, { since: '2024-01-01T00:00:00.000Z' }))!;
    expect(long.weeks).toHaveLength(MAX_WEEKS);
    expect(long.weeks.at(-1)).toBe('2026-11-30');
    expect(long.weeksOmitted).toBeGreaterThan(0);
  });

  it('Mermaid rejects a broken chart, so the checks above can fail', async () => {
    const md = metricsSummaryMarkdown(report([row(1, { metrics: { reactions: 1 } })]));
    const { source } = await drawn(md);
    await expect(mermaid.parse(source.replace(/\]$/m, ''))).rejects.toThrow(/Parse error/);
    // A name written into the chart without chartLabel: its quote ends the string early.
    await expect(mermaid.parse(source.replace('line "twitter"', 'line "tw"itter"'))).rejects.toThrow(/Parse error/);
  });
});
