/**
 * The sandbox's metrics model without HTTP (src/sandbox/metrics.ts): refresh
 * instants, derived values, the per-service table against Buffer's schema and
 * guide, the aggregation window and the aggregation rule.
 */
import { GraphQLEnumType, GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SERVICES, type Service } from '../../src/buffer/types.js';
import {
  aggregate,
  aggregationWindow,
  assertPinnedMetrics,
  derivedCounts,
  firstRefreshAfter,
  latestRefreshAtOrBefore,
  METRIC_INFO,
  postMetricsAt,
  SERVICE_METRICS,
  type PostMetricsAnswer,
} from '../../src/sandbox/metrics.js';
import { matchesTags } from '../../src/sandbox/tags.js';
import { buildSandboxSchema } from '../../src/sandbox/schema.js';
import type { StoredPost } from '../../src/sandbox/seed.js';

const ms = (iso: string): number => Date.parse(iso);
const iso = (n: number): string => new Date(n).toISOString();

function sentPost(service: Service, sentAt: string | null, extra: Partial<StoredPost> = {}): StoredPost {
  return {
    id: '65f0c0de0009000000000001',
    organizationId: 'org',
    channelId: 'chan',
    channelService: service,
    status: 'sent',
    text: 'hello',
    assets: [],
    metadata: null,
    dueAt: sentAt,
    sentAt,
    createdAt: '2026-03-01T00:00:00.000Z',
    updatedAt: '2026-03-01T00:00:00.000Z',
    shareMode: 'customScheduled',
    schedulingType: 'automatic',
    isCustomScheduled: true,
    sharedNow: false,
    via: 'api',
    externalLink: null,
    error: null,
    tagIds: [],
    ideaId: null,
    authorId: null,
    ...extra,
  };
}

const values = (a: PostMetricsAnswer): Record<string, number> =>
  Object.fromEntries((a.metrics ?? []).map((m) => [m.type, m.value]));

describe('refresh instants (daily at 06:00 UTC)', () => {
  it('finds the latest refresh at or before an instant and the first strictly after one', () => {
    expect(iso(latestRefreshAtOrBefore(ms('2026-03-02T05:59:59.999Z')))).toBe('2026-03-01T06:00:00.000Z');
    expect(iso(latestRefreshAtOrBefore(ms('2026-03-02T06:00:00.000Z')))).toBe('2026-03-02T06:00:00.000Z');
    expect(iso(latestRefreshAtOrBefore(ms('2026-03-02T23:00:00.000Z')))).toBe('2026-03-02T06:00:00.000Z');
    expect(iso(firstRefreshAfter(ms('2026-03-02T13:00:00.000Z')))).toBe('2026-03-03T06:00:00.000Z');
    expect(iso(firstRefreshAfter(ms('2026-03-02T05:00:00.000Z')))).toBe('2026-03-02T06:00:00.000Z');
    // Sent exactly at a refresh: that run has already started, the next one picks it up.
    expect(iso(firstRefreshAfter(ms('2026-03-02T06:00:00.000Z')))).toBe('2026-03-03T06:00:00.000Z');
  });
});

describe('per-post metrics', () => {
  const post = sentPost('linkedin', '2026-03-02T13:00:00.000Z');

  it('are null (both fields) for a post not sent, and for a sent post before its first refresh', () => {
    for (const status of ['draft', 'scheduled', 'error', 'sending', 'needs_approval'] as const) {
      expect(postMetricsAt({ ...post, status }, '', ms('2027-01-01T00:00:00Z'))).toEqual({
        metrics: null,
        metricsUpdatedAt: null,
      });
    }
    expect(postMetricsAt(sentPost('linkedin', null), '', ms('2027-01-01T00:00:00Z')).metrics).toBeNull();
    expect(postMetricsAt(post, '', ms('2026-03-03T05:59:59.999Z'))).toEqual({ metrics: null, metricsUpdatedAt: null });
  });

  it('appear at the first refresh after sentAt, stamped with that refresh, and stay until the next', () => {
    const first = postMetricsAt(post, '', ms('2026-03-03T06:00:00.000Z'));
    expect(first.metricsUpdatedAt).toBe('2026-03-03T06:00:00.000Z');
    expect(first.metrics?.length).toBeGreaterThan(0);
    expect(postMetricsAt(post, '', ms('2026-03-04T05:59:59.999Z'))).toEqual(first);
    const second = postMetricsAt(post, '', ms('2026-03-04T06:00:00.000Z'));
    expect(second.metricsUpdatedAt).toBe('2026-03-04T06:00:00.000Z');
    expect(second).not.toEqual(first);
  });

  it('are whole counts that never shrink, grow while the post is young and level off', () => {
    let previous: Record<string, number> = {};
    const byDay: Record<string, number>[] = [];
    for (let day = 0; day <= 90; day++) {
      const counts = derivedCounts(post.id, '', 'linkedin', day) as Record<string, number>;
      for (const [type, v] of Object.entries(counts)) {
        expect(Number.isInteger(v), `${type} on day ${day}`).toBe(true);
        expect(v, `${type} on day ${day}`).toBeGreaterThanOrEqual(previous[type] ?? 0);
      }
      previous = counts;
      byDay.push(counts);
    }
    expect(byDay[1]!.impressions).toBeGreaterThan(byDay[0]!.impressions!);
    expect(byDay[0]!.impressions).toBeGreaterThan(0);
    expect(byDay[90]).toEqual(byDay[89]);
  });

  it('derive engagementRate from the counts: a percentage from 0 to 100, two decimals', () => {
    for (let i = 0; i < 50; i++) {
      const p = sentPost('twitter', '2026-03-02T13:00:00.000Z', {
        id: `65f0c0de00090000000001${i.toString(16).padStart(2, '0')}`,
      });
      const v = values(postMetricsAt(p, 'salt', ms('2026-03-06T07:00:00Z')));
      const interactions = v.reactions! + v.comments! + v.reposts! + v.clicks!;
      expect(v.engagementRate).toBe(Math.round((10_000 * interactions) / v.impressions!) / 100);
      expect(v.engagementRate).toBeGreaterThan(0);
      expect(v.engagementRate).toBeLessThanOrEqual(100);
    }
  });

  it('depend on post ID and salt, nothing else', () => {
    const at = ms('2026-03-05T07:00:00Z');
    expect(postMetricsAt(post, 'a', at)).toEqual(postMetricsAt(structuredClone(post), 'a', at));
    expect(values(postMetricsAt(post, 'a', at))).not.toEqual(values(postMetricsAt(post, 'b', at)));
    expect(values(postMetricsAt(post, 'a', at))).not.toEqual(
      values(postMetricsAt({ ...post, id: '65f0c0de0009000000000002' }, 'a', at)),
    );
  });

  it('answer pinned numbers where a seed pins them, the rest derived, engagementRate from the result', () => {
    const pinned = sentPost('twitter', '2026-03-02T13:00:00.000Z', {
      pinnedMetrics: { reactions: 40, comments: 5, reposts: 3, clicks: 2, impressions: 1000 },
    });
    const at = ms('2026-03-09T07:00:00Z');
    expect(values(postMetricsAt(pinned, '', at))).toEqual({
      reactions: 40,
      comments: 5,
      reposts: 3,
      clicks: 2,
      impressions: 1000,
      engagementRate: 5,
    });
    expect(postMetricsAt(pinned, '', ms('2026-03-03T05:00:00Z')).metrics).toBeNull();
    const partly = sentPost('twitter', '2026-03-02T13:00:00.000Z', { pinnedMetrics: { engagementRate: 12.5 } });
    expect(values(postMetricsAt(partly, '', at)).engagementRate).toBe(12.5);
    expect(values(postMetricsAt(partly, '', at)).reactions).toBe(
      values(postMetricsAt({ ...partly, pinnedMetrics: undefined }, '', at)).reactions,
    );
  });

  it('refuses pins a service could never report, with the post and the allowed types named', () => {
    expect(() => assertPinnedMetrics({ id: 'p1', pinnedMetrics: { saves: 3 } }, 'twitter')).toThrow(
      /Seed post p1: "pinnedMetrics" names "saves", which twitter does not report \(it reports: reactions, comments/,
    );
    expect(() => assertPinnedMetrics({ id: 'p1', pinnedMetrics: { reactions: 1.5 } }, 'twitter')).toThrow(
      /whole number/,
    );
    expect(() => assertPinnedMetrics({ id: 'p1', pinnedMetrics: { reactions: -1 } }, 'twitter')).toThrow(
      /whole number/,
    );
    expect(() => assertPinnedMetrics({ id: 'p1', pinnedMetrics: { engagementRate: 101 } }, 'twitter')).toThrow(
      /0 to 100/,
    );
    expect(() => assertPinnedMetrics({ id: 'p1', pinnedMetrics: [1] }, 'twitter')).toThrow(/must be an object/);
    expect(() => assertPinnedMetrics({ id: 'p1', pinnedMetrics: { postCount: 1 } }, 'linkedin')).toThrow(/postCount/);
    expect(() =>
      assertPinnedMetrics({ id: 'p1', pinnedMetrics: { engagementRate: 3.25, reach: 9 } }, 'linkedin'),
    ).not.toThrow();
  });
});

describe('the per-service table against Buffer', () => {
  const enumType = buildSandboxSchema().getType('PostMetricType') as GraphQLEnumType;

  it('emits only active PostMetricType values, never postCount or a deprecated one', () => {
    const active = enumType
      .getValues()
      .filter((v) => !v.deprecationReason)
      .map((v) => v.name);
    const deprecated = enumType
      .getValues()
      .filter((v) => v.deprecationReason)
      .map((v) => v.name);
    expect(deprecated.sort()).toEqual([
      'favorites',
      'link_clicks',
      'other',
      'reblogs',
      'repins',
      'replies',
      'retweets',
    ]);
    for (const service of SERVICES) {
      for (const type of SERVICE_METRICS[service]) {
        expect(active, `${service}: ${type}`).toContain(type);
        expect(type).not.toBe('postCount');
      }
    }
    for (const type of Object.keys(METRIC_INFO)) expect(active).toContain(type);
  });

  it("follows Buffer's guide: LinkedIn's set, saves on Instagram and Pinterest, quotes on Threads, likes on Facebook", () => {
    expect([...SERVICE_METRICS.linkedin].sort()).toEqual(
      ['reactions', 'comments', 'impressions', 'reach', 'engagementRate', 'viewers', 'totalTimeWatched'].sort(),
    );
    expect(SERVICE_METRICS.instagram).toEqual(expect.arrayContaining(['saves', 'follows']));
    expect(SERVICE_METRICS.pinterest).toContain('saves');
    expect(SERVICE_METRICS.threads).toContain('quotes');
    expect(SERVICE_METRICS.facebook).toEqual(expect.arrayContaining(['likes', 'reactions']));
    expect(SERVICE_METRICS.twitter).toContain('reposts');
    expect(SERVICE_METRICS.googlebusiness).not.toContain('reactions');
  });

  it('marks engagementRate as the only percentage and describes every type with the reference text', () => {
    for (const [type, info] of Object.entries(METRIC_INFO)) {
      expect(info.unit, type).toBe(type === 'engagementRate' ? 'percentage' : 'count');
      expect(info.description.replace(/`/g, ''), type).toBe(enumType.getValue(type)!.description!.replace(/`/g, ''));
      expect(info.name.length).toBeGreaterThan(0);
    }
    expect(METRIC_INFO.reactions.name).toBe('Reactions');
    expect(METRIC_INFO.engagementRate.name).toBe('Eng. Rate');
  });

  it('gives engagementRate only to services that report an audience to divide by', () => {
    for (const service of SERVICES) {
      const set: readonly string[] = SERVICE_METRICS[service];
      if (set.includes('engagementRate'))
        expect(
          set.some((t) => ['reach', 'impressions', 'views'].includes(t)),
          service,
        ).toBe(true);
    }
  });
});

describe('the aggregation window', () => {
  const code = (f: () => unknown): unknown => {
    try {
      f();
    } catch (e) {
      return (e as GraphQLError).extensions.code;
    }
    return 'no error';
  };

  it('runs from startDateTime to the end of endDateTime’s UTC day', () => {
    expect(aggregationWindow('2026-01-01T00:00:00Z', '2026-01-31T00:00:00Z')).toEqual({
      startMs: ms('2026-01-01T00:00:00Z'),
      endMs: ms('2026-02-01T00:00:00Z'),
    });
    // An offset moves the instant, and the UTC day is the instant's.
    expect(aggregationWindow('2026-01-01T00:00:00Z', '2026-01-31T00:30:00+02:00').endMs).toBe(
      ms('2026-01-31T00:00:00Z'),
    );
  });

  it('allows 365 days with the end day counted and refuses 366 with BAD_USER_INPUT', () => {
    expect(code(() => aggregationWindow('2026-01-01T00:00:00Z', '2026-12-31T00:00:00Z'))).toBe('no error');
    expect(code(() => aggregationWindow('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'))).toBe('BAD_USER_INPUT');
    expect(code(() => aggregationWindow('2028-01-01T00:00:00Z', '2028-12-31T00:00:00Z'))).toBe('BAD_USER_INPUT');
    expect(() => aggregationWindow('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).toThrow(/capped to 365 days/);
    expect(code(() => aggregationWindow('2026-02-01T00:00:00Z', '2026-01-31T00:00:00Z'))).toBe('BAD_USER_INPUT');
    expect(code(() => aggregationWindow('2026-02-01T10:00:00Z', '2026-02-01T00:00:00Z'))).toBe('no error');
  });
});

describe('aggregate()', () => {
  const at = ms('2026-03-10T07:00:00Z');
  const li = (n: number, sentAt = '2026-03-02T13:00:00.000Z') =>
    postMetricsAt(
      sentPost('linkedin', sentAt, { id: `65f0c0de00090000000002${n.toString(16).padStart(2, '0')}` }),
      '',
      at,
    );

  it('always starts with postCount, reactions, comments and adds only the types every service emits', () => {
    const mixed = aggregate(['linkedin', 'twitter'], [li(1)]);
    expect(mixed.metrics.map((m) => m.type)).toEqual([
      'postCount',
      'reactions',
      'comments',
      'impressions',
      'engagementRate',
    ]);
    expect(aggregate(['linkedin'], []).metrics.map((m) => m.type)).toEqual([
      'postCount',
      'reactions',
      'comments',
      'impressions',
      'reach',
      'viewers',
      'totalTimeWatched',
      'engagementRate',
    ]);
    expect(aggregate(['mastodon', 'googlebusiness'], []).metrics.map((m) => m.type)).toEqual([
      'postCount',
      'reactions',
      'comments',
    ]);
    expect(aggregate([], [])).toEqual({
      metrics: [
        { type: 'postCount', name: 'Posts', description: METRIC_INFO.postCount.description, unit: 'count', value: 0 },
        { type: 'reactions', ...METRIC_INFO.reactions, value: 0 },
        { type: 'comments', ...METRIC_INFO.comments, value: 0 },
      ],
      metricsUpdatedAt: null,
    });
  });

  it('sums counts, averages engagementRate over posts that have one, counts not-yet-refreshed posts as 0', () => {
    const a = li(1);
    const b = li(2);
    const pending = postMetricsAt(sentPost('linkedin', '2026-03-10T06:30:00.000Z'), '', at);
    expect(pending.metrics).toBeNull();
    const result = aggregate(['linkedin'], [a, b, pending]);
    const v = Object.fromEntries(result.metrics.map((m) => [m.type, m.value]));
    expect(v.postCount).toBe(3);
    expect(v.reactions).toBe(values(a).reactions! + values(b).reactions!);
    expect(v.totalTimeWatched).toBe(values(a).totalTimeWatched! + values(b).totalTimeWatched!);
    expect(v.engagementRate).toBe(
      Math.round(((values(a).engagementRate! + values(b).engagementRate!) / 2) * 100) / 100,
    );
    expect(result.metrics.find((m) => m.type === 'engagementRate')?.unit).toBe('percentage');
    expect(result.metricsUpdatedAt).toBe('2026-03-10T06:00:00.000Z');
    expect(aggregate(['linkedin'], [pending]).metricsUpdatedAt).toBeNull();
  });

  it('takes the latest metricsUpdatedAt across posts', () => {
    const older = { metrics: [], metricsUpdatedAt: '2026-03-08T06:00:00.000Z' };
    const newer = { metrics: [], metricsUpdatedAt: '2026-03-09T06:00:00.000Z' };
    expect(aggregate(['startPage'], [newer, older]).metricsUpdatedAt).toBe('2026-03-09T06:00:00.000Z');
    expect(aggregate(['startPage'], [older, newer]).metricsUpdatedAt).toBe('2026-03-09T06:00:00.000Z');
  });

  it('reads TagComparator as any of `in`, or untagged when isEmpty', () => {
    expect(matchesTags(['t1'], null)).toBe(true);
    expect(matchesTags(['t1', 't2'], { in: ['t2', 't9'] })).toBe(true);
    expect(matchesTags(['t1'], { in: ['t2'] })).toBe(false);
    expect(matchesTags([], { in: ['t2'] })).toBe(false);
    expect(matchesTags([], { in: [], isEmpty: true })).toBe(true);
    expect(matchesTags(['t1'], { in: [], isEmpty: true })).toBe(false);
    expect(matchesTags(['t1'], { in: ['t1'], isEmpty: true })).toBe(true);
  });
});
