import { describe, expect, it } from 'vitest';
import { MetricsCsvError, parseMetricsCsv, renderMetricsCsv } from '../../src/metrics/csv.js';
import type { MetricsRow } from '../../src/metrics/types.js';

const row = (over: Partial<MetricsRow>): MetricsRow => ({
  file: 'posts/a.md',
  channel: 'twitter',
  postId: 'p1',
  sentAt: '2027-01-02T10:30:00.000Z',
  link: 'https://x.com/acme/status/1',
  metricsUpdatedAt: '2027-01-03T06:00:00.000Z',
  metrics: {},
  ...over,
});

function errorOf(text: string): MetricsCsvError {
  try {
    parseMetricsCsv(text);
  } catch (error) {
    if (error instanceof MetricsCsvError) return error;
    throw error;
  }
  throw new Error('parsed without an error');
}

describe('renderMetricsCsv', () => {
  it('writes the fixed columns, then only the metric types some row has in PostMetricType order, sorted rows, LF and a trailing newline', () => {
    const text = renderMetricsCsv([
      row({ file: 'posts/b.md', postId: 'p2', metrics: { reactions: 4, engagementRate: 2.5 } }),
      row({ file: 'posts/a.md', channel: 'linkedin', postId: 'p3', metrics: { impressions: 120, clicks: 3 } }),
      row({ file: 'posts/a.md', channel: 'bluesky', postId: 'p4', link: null, metrics: { comments: 0 } }),
    ]);
    expect(text).toBe(
      [
        'file,channel,post_id,sent_at,link,metrics_updated_at,clicks,comments,engagementRate,impressions,reactions',
        'posts/a.md,bluesky,p4,2027-01-02T10:30:00.000Z,,2027-01-03T06:00:00.000Z,,0,,,',
        'posts/a.md,linkedin,p3,2027-01-02T10:30:00.000Z,https://x.com/acme/status/1,2027-01-03T06:00:00.000Z,3,,,120,',
        'posts/b.md,twitter,p2,2027-01-02T10:30:00.000Z,https://x.com/acme/status/1,2027-01-03T06:00:00.000Z,,,2.5,,4',
        '',
      ].join('\n'),
    );
    expect(text).not.toContain('\r');
  });

  it('is stable: the same rows in any order give the same bytes', () => {
    const rows = [
      row({ postId: 'b', metrics: { reactions: 1 } }),
      row({ postId: 'a', metrics: { views: 2 } }),
      row({ channel: 'mastodon', postId: 'c' }),
    ];
    expect(renderMetricsCsv([...rows].reverse())).toBe(renderMetricsCsv(rows));
  });

  it('quotes per RFC 4180: commas, quotes and line breaks, quotes doubled', () => {
    const text = renderMetricsCsv([row({ file: 'posts/launch, "v2".md', channel: 'linkedin:Acme\nInc' })]);
    expect(text.split('\n')[1]).toBe('"posts/launch, ""v2"".md","linkedin:Acme');
    expect(parseMetricsCsv(text).rows[0]).toMatchObject({
      file: 'posts/launch, "v2".md',
      channel: 'linkedin:Acme\nInc',
    });
  });

  it('puts a metric type newer than the reference after the known ones', () => {
    const text = renderMetricsCsv([row({ metrics: { zzNew: 1, aaNew: 2, reach: 3 } })]);
    expect(text.split('\n')[0]).toBe('file,channel,post_id,sent_at,link,metrics_updated_at,reach,aaNew,zzNew');
  });
});

describe('parseMetricsCsv', () => {
  it('reads back what render wrote, with the line each row starts on', () => {
    const rows = [
      row({ postId: 'p1', metrics: { reactions: 4, engagementRate: 2.5 } }),
      row({ postId: 'p2', sentAt: null, metricsUpdatedAt: null, link: null, metrics: { reactions: 0 } }),
    ];
    const parsed = parseMetricsCsv(renderMetricsCsv(rows));
    expect(parsed.rows).toEqual([
      { ...rows[0], line: 2 },
      { ...rows[1], line: 3 },
    ]);
    expect(parsed.columns.slice(6)).toEqual(['engagementRate', 'reactions']);
  });

  it('accepts CRLF, a byte-order mark, blank lines and no final newline', () => {
    const text = '\uFEFFfile,channel,post_id,sent_at,link,metrics_updated_at,views\r\n\r\nposts/a.md,twitter,p1,,,,7';
    const parsed = parseMetricsCsv(text);
    expect(parsed.rows).toEqual([
      {
        line: 3,
        file: 'posts/a.md',
        channel: 'twitter',
        postId: 'p1',
        sentAt: null,
        link: null,
        metricsUpdatedAt: null,
        metrics: { views: 7 },
      },
    ]);
  });

  it('an empty file or a header alone holds no rows', () => {
    expect(parseMetricsCsv('').rows).toEqual([]);
    expect(parseMetricsCsv('file,channel,post_id,sent_at,link,metrics_updated_at\n').rows).toEqual([]);
  });

  it('counts lines inside a quoted field for the rows after it', () => {
    const text =
      'file,channel,post_id,sent_at,link,metrics_updated_at\n"a\nb.md",twitter,p1,,,\nposts/c.md,twitter,p2,,,x\n';
    const error = errorOf(text);
    expect(error.line).toBe(4);
    expect(error.message).toMatch(/metrics_updated_at "x" is not a date/);
  });

  it.each([
    ['a different header', 'name,channel\n', 1, /header must start with file,channel,post_id/],
    [
      'a missing column',
      'file,channel,post_id,sent_at,link,metrics_updated_at,views\nposts/a.md,twitter,p1,,,\n',
      2,
      /6 field\(s\), the header has 7/,
    ],
    [
      'a metric that is not a number',
      'file,channel,post_id,sent_at,link,metrics_updated_at,views\nposts/a.md,twitter,p1,,,,lots\n',
      2,
      /views "lots" is not a number/,
    ],
    [
      'an empty post ID',
      'file,channel,post_id,sent_at,link,metrics_updated_at\nposts/a.md,twitter,,,,\n',
      2,
      /post_id must not be empty/,
    ],
    [
      'a repeated row',
      'file,channel,post_id,sent_at,link,metrics_updated_at\nposts/a.md,twitter,p1,,,\nposts/b.md,twitter,p1,,,\nposts/a.md,twitter,p1,,,\n',
      4,
      /repeats the row of line 2/,
    ],
    [
      'a quote never closed',
      'file,channel,post_id,sent_at,link,metrics_updated_at\nposts/a.md,"twitter,p1,,,\n',
      2,
      /never closed/,
    ],
    [
      'a stray quote',
      'file,channel,post_id,sent_at,link,metrics_updated_at\nposts/a"b.md,twitter,p1,,,\n',
      2,
      /inside an unquoted field/,
    ],
    [
      'a header naming a type twice',
      'file,channel,post_id,sent_at,link,metrics_updated_at,views,views\n',
      1,
      /names "views" twice/,
    ],
  ])('%s is an error at its line', (_name, text, line, message) => {
    const error = errorOf(text);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
  });
});
