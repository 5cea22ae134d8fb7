import { describe, expect, it } from 'vitest';
import type { Post } from '../../src/buffer/types.js';
import { freshRows, mergeRows, type TrackedMetricsRef } from '../../src/metrics/rows.js';
import type { MetricsRow } from '../../src/metrics/types.js';

const DAY1 = '2027-01-02T06:00:00.000Z';
const DAY2 = '2027-01-03T06:00:00.000Z';

const sentPost = (id: string, over: Partial<Post> = {}): Post => ({
  id,
  channelId: 'c1',
  channelService: 'twitter',
  status: 'sent',
  text: 'x',
  sentAt: '2027-01-01T09:00:00.000Z',
  externalLink: `https://x.com/acme/status/${id}`,
  metricsUpdatedAt: DAY1,
  metrics: [
    { type: 'reactions', value: 3, unit: 'count', name: 'Reactions' },
    { type: 'engagementRate', value: 1.25, unit: 'percentage', name: 'Eng. Rate' },
  ],
  ...over,
});

const row = (postId: string, over: Partial<MetricsRow> = {}): MetricsRow => ({
  file: 'posts/a.md',
  channel: 'twitter',
  postId,
  sentAt: '2027-01-01T09:00:00.000Z',
  link: `https://x.com/acme/status/${postId}`,
  metricsUpdatedAt: DAY1,
  metrics: { reactions: 3, engagementRate: 1.25 },
  ...over,
});

const tracked: TrackedMetricsRef[] = [
  { file: 'posts/a.md', channel: 'twitter', postId: 'p1' },
  { file: 'posts/b.md', channel: 'twitter', postId: 'p2' },
];

describe('freshRows', () => {
  it('one row per tracked post Buffer has numbers for, values as sent', () => {
    const posts = new Map([
      ['p1', sentPost('p1')],
      // Sent, but not refreshed yet: no row.
      ['p2', sentPost('p2', { metrics: null, metricsUpdatedAt: null })],
    ]);
    expect(freshRows(tracked, posts)).toEqual([
      {
        file: 'posts/a.md',
        channel: 'twitter',
        service: 'twitter',
        postId: 'p1',
        sentAt: '2027-01-01T09:00:00.000Z',
        link: 'https://x.com/acme/status/p1',
        metricsUpdatedAt: DAY1,
        metrics: { reactions: 3, engagementRate: 1.25 },
      },
    ]);
  });

  it('no row for a post that is not sent or not read', () => {
    const posts = new Map([['p1', sentPost('p1', { status: 'error' })]]);
    expect(freshRows(tracked, posts)).toEqual([]);
  });
});

describe('mergeRows', () => {
  it('unchanged when every fresh row has the same refresh time as its row', () => {
    const merged = mergeRows([row('p1')], [row('p1')], tracked);
    expect(merged.changed).toBe(false);
    expect(merged.rows).toEqual([row('p1')]);
  });

  it('the same instant written differently is the same refresh', () => {
    const merged = mergeRows([row('p1', { metricsUpdatedAt: '2027-01-02T06:00:00Z' })], [row('p1')], tracked);
    expect(merged.changed).toBe(false);
  });

  it('a refresh or a new row rewrites; other rows keep their values', () => {
    const older = row('p0', { file: 'posts/old.md', sentAt: '2026-10-01T09:00:00.000Z', metrics: { reactions: 9 } });
    const merged = mergeRows(
      [older, row('p1')],
      [row('p1', { metricsUpdatedAt: DAY2, metrics: { reactions: 5 } }), row('p2', { file: 'posts/b.md' })],
      [...tracked, { file: 'posts/old.md', channel: 'twitter', postId: 'p0' }],
    );
    expect(merged).toMatchObject({ changed: true, updated: 1, added: 1, dropped: 0, moved: 0 });
    expect(merged.rows.map((r) => [r.file, r.postId, r.metrics.reactions])).toEqual([
      ['posts/a.md', 'p1', 5],
      ['posts/b.md', 'p2', 3],
      ['posts/old.md', 'p0', 9],
    ]);
  });

  it('rows of posts no file tracks are dropped, and renamed files followed, only when rewriting anyway', () => {
    const existing = [row('p1'), row('p2', { file: 'posts/old-name.md' }), row('gone', { file: 'posts/deleted.md' })];
    const noRefresh = mergeRows(existing, [row('p1')], tracked);
    expect(noRefresh.changed).toBe(false);
    expect(noRefresh.rows).toHaveLength(3);

    const refreshed = mergeRows(existing, [row('p1', { metricsUpdatedAt: DAY2 })], tracked);
    expect(refreshed).toMatchObject({ changed: true, updated: 1, dropped: 1, moved: 1 });
    expect(refreshed.rows.map((r) => [r.file, r.postId])).toEqual([
      ['posts/a.md', 'p1'],
      ['posts/b.md', 'p2'],
    ]);
  });

  it('keeps the rows of a file whose front-matter could not be read', () => {
    const existing = [row('p1'), row('p9', { file: 'posts/broken.md' })];
    const merged = mergeRows(existing, [row('p1', { metricsUpdatedAt: DAY2 })], tracked, new Set(['posts/broken.md']));
    expect(merged.rows.map((r) => r.postId)).toEqual(['p1', 'p9']);
    expect(merged.dropped).toBe(0);
  });
});
