import { describe, expect, it } from 'vitest';
import { parseRateLimitHeaders, parseRetryAfter, parseStructuredList } from '../../src/buffer/rate-limit.js';

// Buffer's documented example: three header lines each, joined by fetch with ", ".
const DRAFT8 = {
  ratelimit: '"200-in-15min";r=198;t=897, "1000-in-1day";r=998;t=86397, "30000-in-30days";r=29969;t=696980',
  'ratelimit-policy':
    '"200-in-15min";q=200;w=900;pk=:ZjJjZjVmNzM5M2Zm:, "1000-in-1day";q=1000;w=86400;pk=:ZjJjZjVmNzM5M2Zm:, "30000-in-30days";q=30000;w=2592000;pk=:ZjJjZjVmNzM5M2Zm:',
};

describe('draft-8 RateLimit / RateLimit-Policy', () => {
  it('reads three policies, matched to windows by w', () => {
    const status = parseRateLimitHeaders(DRAFT8)!;
    expect(status.windows).toEqual([
      { window: '15m', limit: 200, remaining: 198, resetSeconds: 897 },
      { window: '24h', limit: 1000, remaining: 998, resetSeconds: 86397 },
      { window: '30d', limit: 30000, remaining: 29969, resetSeconds: 696980 },
    ]);
    expect(status.tightest?.window).toBe('15m');
  });

  it('pairs state with policy by name even when the order differs, and picks the tightest', () => {
    const status = parseRateLimitHeaders({
      RateLimit: '"b";r=3;t=80000, "a";r=50;t=10',
      'RateLimit-Policy': '"a";q=100;w=900, "b";q=250;w=86400',
    })!;
    expect(status.windows.map((w) => [w.window, w.limit, w.remaining])).toEqual([
      ['24h', 250, 3],
      ['15m', 100, 50],
    ]);
    expect(status.tightest).toEqual({ window: '24h', limit: 250, remaining: 3, resetSeconds: 80000 });
  });

  it('works with a Headers object (repeated lines appended) and unknown window lengths', () => {
    const h = new Headers();
    h.append('RateLimit', '"x";r=1;t=5');
    h.append('RateLimit', '"y";r=0;t=7');
    h.append('RateLimit-Policy', '"x";q=2;w=60');
    h.append('RateLimit-Policy', '"y";q=9;w=900');
    const status = parseRateLimitHeaders(h)!;
    expect(status.windows.map((w) => w.window)).toEqual(['60s', '15m']);
    expect(status.tightest?.remaining).toBe(0);
  });

  it('keeps commas and semicolons inside quoted names and byte sequences', () => {
    const items = parseStructuredList('"a, b;c";q=1;pk=:YSxi;Yw==:, "d";q=2');
    expect(items.map((i) => i.name)).toEqual(['a, b;c', 'd']);
    expect(items[0]!.params.get('pk')).toBe(':YSxi;Yw==:');
  });
});

describe('legacy X-RateLimit-* fallback', () => {
  it('turns the epoch Reset into seconds from now', () => {
    const now = Date.UTC(2026, 0, 1, 12, 0, 0);
    const status = parseRateLimitHeaders(
      { 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '7', 'x-ratelimit-reset': String(now / 1000 + 120) },
      now,
    )!;
    expect(status.windows).toEqual([{ window: 'legacy', limit: 100, remaining: 7, resetSeconds: 120 }]);
    expect(status.tightest?.remaining).toBe(7);
  });

  it('prefers draft-8 when both are present', () => {
    const status = parseRateLimitHeaders({ ...DRAFT8, 'x-ratelimit-remaining': '1' })!;
    expect(status.windows).toHaveLength(3);
  });
});

it('no rate-limit headers → undefined (Buffer sends none with a 401)', () => {
  expect(parseRateLimitHeaders({ 'content-type': 'application/json' })).toBeUndefined();
});

describe('Retry-After', () => {
  const now = Date.parse('2026-01-01T12:00:00Z');
  it('reads delta-seconds and HTTP-dates', () => {
    expect(parseRetryAfter('252', now)).toBe(252);
    expect(parseRetryAfter('Thu, 01 Jan 2026 12:04:12 GMT', now)).toBe(252);
    expect(parseRetryAfter('Thu, 01 Jan 2026 11:00:00 GMT', now)).toBe(0);
  });
  it('ignores absent or unreadable values', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});
