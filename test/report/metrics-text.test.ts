/**
 * `buffer-gitops report` as text (issue 15): bold headings only when asked
 * (a terminal), and text from outside that cannot drive the terminal.
 */
import { describe, expect, it } from 'vitest';
import type { MetricsReport } from '../../src/metrics/types.js';
import { metricsText } from '../../src/report/metrics-text.js';

const report: MetricsReport = {
  since: '2026-11-01T00:00:00.000Z',
  until: '2026-11-30T10:00:00.000Z',
  timezone: 'UTC',
  rows: [
    {
      file: 'posts/a.md',
      channel: 'mastodon:\u001b[2Jevil',
      postId: 'p1',
      sentAt: '2026-11-10T08:00:00.000Z',
      link: 'https://mastodon.social/@acme/1\u0007',
      metricsUpdatedAt: '2026-11-30T06:00:00.000Z',
      metrics: { reactions: 12, comments: 3 },
      text: 'Red \u001b[31malert\u001b[0m and \u202ereversed\r\nline',
    },
  ],
  totals: [
    {
      channelId: 'c1',
      channel: 'mastodon:\u001b[2Jevil',
      service: 'mastodon',
      postCount: 1,
      metrics: { reactions: 12, comments: 3 },
      metricsUpdatedAt: null,
    },
  ],
};

describe('report as text', () => {
  it('has no control characters from posts, channel names or links', () => {
    const text = metricsText(report);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202e]/);
    expect(text).toContain('Red [31malert[0m and reversed line');
    expect(text).toContain('mastodon:[2Jevil');
    expect(text).toMatch(
      /\n {2}1 {2}2026-11-10 08:00 {2}mastodon:\[2Jevil +12 +3 {2}https:\/\/mastodon\.social\/@acme\/1 {2}Red/,
    );
  });

  it('bolds the headings on a terminal, and only there', () => {
    expect(metricsText(report, { color: true })).toContain('\u001b[1mTop posts\u001b[0m');
    expect(metricsText(report, { color: true })).toContain(
      "\u001b[1mPer channel (Buffer's totals for the window)\u001b[0m",
    );
    expect(metricsText(report)).toContain('\nTop posts\n');
  });
});
