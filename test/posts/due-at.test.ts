import { describe, expect, it } from 'vitest';
import { resolveDueAt } from '../../src/posts/due-at.js';
import { wallTimeToUtc } from '../../src/time/wall-time.js';

const wall = (year: number, month: number, day: number, hour: number, minute = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
  second: 0,
  millisecond: 0,
});
const iso = (ms: number) => new Date(ms).toISOString();

describe('resolveDueAt', () => {
  it.each([
    ['2026-12-01T09:00:00+01:00', '2026-12-01T08:00:00.000Z'],
    ['2026-12-01T09:00:00Z', '2026-12-01T09:00:00.000Z'],
    ['2026-12-01t09:00z', '2026-12-01T09:00:00.000Z'],
    ['2026-12-01T09:00:00.123456-03:30', '2026-12-01T12:30:00.123Z'],
    ['2026-12-31T23:30:00-01', '2027-01-01T00:30:00.000Z'],
  ])('%s → %s regardless of timezone', (raw, expected) => {
    expect(resolveDueAt(raw, undefined)).toEqual({ ok: true, iso: expected });
    expect(resolveDueAt(raw, 'Asia/Tokyo')).toEqual({ ok: true, iso: expected });
  });

  it('a leap day exists only in leap years', () => {
    expect(resolveDueAt('2028-02-29T10:00:00Z', undefined).ok).toBe(true);
    expect(resolveDueAt('2026-02-29T10:00:00Z', undefined)).toMatchObject({ ok: false, code: 'invalid-due-at' });
  });

  it('wall time in a zone, either side of a DST change', () => {
    // Europe/Berlin switches CET (+1) → CEST (+2) on 2026-03-29 at 02:00.
    expect(resolveDueAt('2026-03-28T12:00:00', 'Europe/Berlin')).toEqual({ ok: true, iso: '2026-03-28T11:00:00.000Z' });
    expect(resolveDueAt('2026-03-29T12:00:00', 'Europe/Berlin')).toEqual({ ok: true, iso: '2026-03-29T10:00:00.000Z' });
    // America/New_York: EDT (-4) → EST (-5) on 2026-11-01 at 02:00.
    expect(resolveDueAt('2026-10-31T09:00', 'America/New_York')).toEqual({ ok: true, iso: '2026-10-31T13:00:00.000Z' });
    expect(resolveDueAt('2026-11-02T09:00', 'America/New_York')).toEqual({ ok: true, iso: '2026-11-02T14:00:00.000Z' });
    // Southern hemisphere and a half-hour zone.
    expect(resolveDueAt('2026-01-15T09:00', 'Australia/Sydney')).toEqual({ ok: true, iso: '2026-01-14T22:00:00.000Z' });
    expect(resolveDueAt('2026-07-15T09:00', 'Asia/Kolkata')).toEqual({ ok: true, iso: '2026-07-15T03:30:00.000Z' });
  });

  it('a time skipped by spring-forward moves forward, with a warning note', () => {
    const result = resolveDueAt('2026-03-29T02:30:00', 'Europe/Berlin');
    expect(result).toMatchObject({ ok: true, iso: '2026-03-29T01:30:00.000Z', note: { code: 'due-at-skipped' } });
  });

  it('a time repeated by fall-back takes the first occurrence, with a note', () => {
    const result = resolveDueAt('2026-10-25T02:30:00', 'Europe/Berlin');
    expect(result).toMatchObject({ ok: true, iso: '2026-10-25T00:30:00.000Z', note: { code: 'due-at-ambiguous' } });
  });

  it('no offset and no timezone', () => {
    expect(resolveDueAt('2026-12-01T09:00', undefined)).toMatchObject({ ok: false, code: 'due-at-no-timezone' });
  });
});

describe('wallTimeToUtc', () => {
  it('round-trips every hour of a DST-changing day', () => {
    for (const hour of [0, 1, 3, 4, 12, 23]) {
      const result = wallTimeToUtc(wall(2026, 3, 29, hour), 'Europe/Berlin');
      expect(result.kind).toBe('exact');
      const local = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Berlin',
        hour: '2-digit',
        hourCycle: 'h23',
      }).format(new Date(result.epochMs));
      expect(Number(local)).toBe(hour);
    }
  });
  it('UTC itself is a plain conversion', () => {
    expect(iso(wallTimeToUtc(wall(2026, 6, 1, 5, 45), 'UTC').epochMs)).toBe('2026-06-01T05:45:00.000Z');
  });
});
