import { describe, expect, it } from 'vitest';
import {
  byteLength,
  characterLength,
  countLength,
  graphemeLength,
  mastodonLength,
  threadsLength,
} from '../../src/validate/length.js';
import { weightedLengthX } from '../../src/text/x-weighted-length.js';

const FAMILY = '👨\u200D👩\u200D👧\u200D👦'; // 4 emoji joined by 3 ZWJ: 11 UTF-16 units
const FLAG_JP = '🇯🇵';
const THUMB_SKIN = '👍🏽';
const DECOMPOSED_E = 'e\u0301';

describe('weightedLengthX (X weighted count)', () => {
  it('counts plain ASCII one per character', () => {
    expect(weightedLengthX('Hello, world!')).toBe(13);
  });
  it('counts any URL as 23', () => {
    expect(weightedLengthX('https://x.co')).toBe(23);
    expect(weightedLengthX('https://example.com/a/very/long/path?x=1')).toBe(23);
    expect(weightedLengthX('example.com')).toBe(23);
  });
  it('counts a long URL with text as 23 plus the text', () => {
    // "Read " (5) + URL (23) + " today" (6)
    expect(weightedLengthX('Read https://example.com/a/very/long/path?x=1 today')).toBe(34);
  });
  it('counts emoji as 2 whatever their sequence', () => {
    expect(weightedLengthX('👍')).toBe(2);
    expect(weightedLengthX(FAMILY)).toBe(2);
    expect(weightedLengthX(FLAG_JP)).toBe(2);
    expect(weightedLengthX(THUMB_SKIN)).toBe(2);
    expect(weightedLengthX(`ok ${FAMILY}`)).toBe(5);
  });
  it('counts CJK characters as 2', () => {
    expect(weightedLengthX('日本語')).toBe(6);
  });
  it('counts after NFC: e + combining acute equals é', () => {
    expect(weightedLengthX(DECOMPOSED_E)).toBe(1);
    expect(weightedLengthX('é')).toBe(1);
    expect(weightedLengthX(`caf${DECOMPOSED_E}`)).toBe(4);
  });
  it('puts the limit between 280 and 281', () => {
    expect(countLength('a'.repeat(280), 'twitter')).toEqual({ count: 280, limit: 280, unit: 'weighted' });
    expect(countLength('a'.repeat(281), 'twitter').count).toBe(281);
  });
});

describe('graphemeLength (Bluesky)', () => {
  it('counts a ZWJ sequence, a flag and combining marks as one each', () => {
    expect(graphemeLength(FAMILY)).toBe(1);
    expect(graphemeLength(FLAG_JP)).toBe(1);
    expect(graphemeLength(DECOMPOSED_E)).toBe(1);
    expect(graphemeLength('a\u0308\u0301')).toBe(1); // two stacked marks
    expect(graphemeLength(THUMB_SKIN)).toBe(1);
  });
  it('counts CJK one per character, and emoji sequences and combining marks after NFC as one', () => {
    expect(countLength('日本語のテキスト', 'bluesky').count).toBe(8);
    // "café" (decomposed) + space + family + flag = 4 + 1 + 1 + 1
    expect(countLength(`caf${DECOMPOSED_E} ${FAMILY}${FLAG_JP}`, 'bluesky').count).toBe(7);
  });
  it('counts URLs at full length on Bluesky', () => {
    expect(countLength('https://example.com/a/very/long/path?x=1', 'bluesky').count).toBe(40);
  });
  it('puts the limit between 300 and 301 graphemes', () => {
    expect(countLength(FAMILY.repeat(300), 'bluesky')).toEqual({ count: 300, limit: 300, unit: 'graphemes' });
    expect(countLength('b'.repeat(301), 'bluesky').count).toBe(301);
  });
});

describe('mastodonLength', () => {
  it('counts every URL as 23 and the rest in graphemes', () => {
    expect(mastodonLength('https://example.com/a/very/long/path?x=1')).toBe(23);
    expect(mastodonLength(`Read https://example.com/a/very/long/path?x=1 ${FAMILY}`)).toBe(5 + 23 + 1 + 1);
  });
  it('does not treat a bare domain as a URL (Mastodon needs a scheme)', () => {
    expect(mastodonLength('example.com')).toBe(11);
  });
  it('counts a remote mention by its local part only', () => {
    expect(mastodonLength('hi @jane@example.social')).toBe('hi @jane'.length);
  });
  it('takes the limit from the channel, else 500', () => {
    expect(countLength('x', 'mastodon', { maxCharacters: 1000 })).toEqual({ count: 1, limit: 1000, unit: 'graphemes' });
    expect(countLength('x', 'mastodon', { maxCharacters: null }).limit).toBe(500);
    expect(countLength('x', 'mastodon').limit).toBe(500);
  });
});

describe('threadsLength', () => {
  it('counts characters, and emoji by their UTF-8 bytes', () => {
    expect(threadsLength('hello')).toBe(5);
    expect(threadsLength('👍')).toBe(4);
    expect(threadsLength(FAMILY)).toBe(25);
    expect(threadsLength(`${DECOMPOSED_E}!`)).toBe(2);
  });
});

describe('countLength for character and byte networks', () => {
  it('counts UTF-16 units after NFC', () => {
    expect(characterLength(DECOMPOSED_E)).toBe(1);
    expect(countLength('👍', 'linkedin')).toEqual({ count: 2, limit: 3000, unit: 'characters' });
    expect(countLength('x', 'instagram').limit).toBe(2200);
    expect(countLength('x', 'facebook').limit).toBe(5000);
    expect(countLength('x', 'pinterest').limit).toBe(500);
    expect(countLength('x', 'tiktok').limit).toBe(2200);
    expect(countLength('x', 'googlebusiness').limit).toBe(1500);
    expect(countLength('x', 'threads').limit).toBe(500);
  });
  it('counts YouTube descriptions in UTF-8 bytes', () => {
    expect(byteLength('日本語')).toBe(9);
    expect(countLength('日本語', 'youtube')).toEqual({ count: 9, limit: 5000, unit: 'bytes' });
  });
});
