import { describe, expect, it } from 'vitest';
import { localDate, localTime } from '../../src/time/zoned-time.js';

describe('localTime: an instant as wall-clock time with its offset', () => {
  it('writes the offset in force at the instant, either side of a DST change', () => {
    // Europe/London moves to BST at 01:00 UTC on 2027-03-28.
    expect(localTime('2027-03-28T00:30:00.000Z', 'Europe/London')).toBe('2027-03-28T00:30:00+00:00');
    expect(localTime('2027-03-28T01:30:00.000Z', 'Europe/London')).toBe('2027-03-28T02:30:00+01:00');
    expect(localTime('2027-11-07T05:30:00.000Z', 'America/New_York')).toBe('2027-11-07T01:30:00-04:00');
    expect(localTime('2027-11-07T06:30:00.000Z', 'America/New_York')).toBe('2027-11-07T01:30:00-05:00');
  });

  it('keeps half-hour and 45-minute offsets and milliseconds', () => {
    expect(localTime('2027-01-15T12:00:00.000Z', 'Asia/Kolkata')).toBe('2027-01-15T17:30:00+05:30');
    expect(localTime('2027-01-15T12:00:00.250Z', 'America/St_Johns')).toBe('2027-01-15T08:30:00.250-03:30');
    expect(localTime('2027-07-15T12:00:00.000Z', 'Pacific/Chatham')).toBe('2027-07-16T00:45:00+12:45');
  });

  it('reads back as the same instant', () => {
    for (const iso of ['2027-03-28T01:30:00.000Z', '2027-10-31T00:59:59.999Z', '2027-06-01T23:15:00.000Z'])
      for (const zone of ['Europe/London', 'Australia/Lord_Howe', 'America/Santiago', 'Pacific/Kiritimati'])
        expect(new Date(localTime(iso, zone)).toISOString()).toBe(iso);
  });

  it('shows UTC without a zone, and the ISO instant for a zone Intl does not know', () => {
    expect(localTime('2027-01-15T12:00:00.000Z', '')).toBe('2027-01-15T12:00:00+00:00');
    expect(localTime('2027-01-15T12:00:00.000Z', 'Not/AZone')).toBe('2027-01-15T12:00:00.000Z');
  });
});

describe('localDate: the calendar day in a zone', () => {
  it('is the local day, not the UTC one', () => {
    expect(localDate(new Date('2027-01-15T11:30:00Z'), 'Pacific/Kiritimati')).toBe('2027-01-16');
    expect(localDate(new Date('2027-01-15T03:00:00Z'), 'America/Los_Angeles')).toBe('2027-01-14');
    expect(localDate(new Date('2027-01-15T03:00:00Z'), 'Europe/Paris')).toBe('2027-01-15');
  });

  it('falls back to the UTC day without a usable zone', () => {
    expect(localDate(new Date('2027-01-15T23:30:00Z'), '')).toBe('2027-01-15');
    expect(localDate(new Date('2027-01-15T23:30:00Z'), 'Not/AZone')).toBe('2027-01-15');
  });
});
