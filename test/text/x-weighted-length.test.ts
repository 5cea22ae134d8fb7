import fc from 'fast-check';
import twitter from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { weightedLengthX } from '../../src/text/x-weighted-length.js';
import { emoji, postText, tco, url } from './x-arbitraries.js';

/** The oracle: twitter-text 3.1 (devDependency only), X's own published counter. */
const twitterTextLength = (text: string): number => twitter.parseTweet(text).weightedLength;

describe('weightedLengthX against twitter-text', () => {
  it('gives twitter-text’s count on generated posts (scripts, CJK, emoji, links, punctuation)', () => {
    fc.assert(
      fc.property(postText, (text) => {
        expect(weightedLengthX(text)).toBe(twitterTextLength(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives twitter-text’s count for every emoji twitter-text knows, alone and between text', () => {
    fc.assert(
      fc.property(emoji, fc.constantFrom('', 'a', '日', ' ', '1', '#'), (e, around) => {
        const text = `${around}${e}${around}${e}`;
        expect(weightedLengthX(text)).toBe(twitterTextLength(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives twitter-text’s count for links of every shape', () => {
    fc.assert(
      fc.property(
        fc.oneof(url, tco),
        fc.constantFrom('', ' ', '(', '"', '.', '!', 'a', '日', '@', '-', '/'),
        (link, around) => {
          const text = `${around}${link}${around} ok`;
          expect(weightedLengthX(text)).toBe(twitterTextLength(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('counts the examples of X’s counting-characters page', () => {
    expect(weightedLengthX('Hello, world!')).toBe(13);
    expect(weightedLengthX('日本語')).toBe(6);
    expect(weightedLengthX('https://example.com/a/very/long/path?x=1 and example.com')).toBe(23 + 5 + 23);
    expect(weightedLengthX('👨‍👩‍👧‍👦')).toBe(2);
    expect(weightedLengthX('e\u0301')).toBe(1); // NFC first
    expect(weightedLengthX('a'.repeat(280))).toBe(280);
  });
});

/**
 * Where we deliberately count differently from twitter-text 3.1: its emoji
 * list stopped at Emoji 11 (2018). X draws and counts the newer emoji as one
 * (2) today, so we follow Unicode's current list; twitter-text falls back to
 * counting their parts (each emoji 2, each joiner 1).
 */
describe('weightedLengthX where it deliberately differs from twitter-text (newer emoji)', () => {
  const newer: Array<[string, string, number]> = [
    // [emoji, what it is, twitter-text's count]
    ['❤️‍🔥', 'heart on fire, Emoji 13.1 ZWJ sequence', 5],
    ['🧑‍🤝‍🧑', 'people holding hands, Emoji 12', 8],
    ['🐦‍🔥', 'phoenix, Emoji 15.1', 5],
    ['🧑‍🧑‍🧒', 'family: adult, adult, child, Emoji 15.1', 8],
    ['🏃‍➡️', 'person running facing right, Emoji 15.1', 5],
    ['🏳️‍⚧️', 'transgender flag, Emoji 13', 7],
    ['🫱🏽‍🫲🏿', 'handshake with two skin tones, Emoji 14', 9],
    ['👁️‍🗨️', 'eye in speech bubble, fully qualified (twemoji 11 only knew the unqualified 👁‍🗨)', 5],
    ['🇨🇶', 'flag of Sark, Emoji 16', 4],
  ];
  it.each(newer)('%s (%s) counts 2, twitter-text %i', (text, _what, theirs) => {
    expect(weightedLengthX(text)).toBe(2);
    expect(twitterTextLength(text)).toBe(theirs);
  });

  it('still counts joined emoji that Unicode does not list as one by their parts, like twitter-text', () => {
    // Two emoji joined by a ZWJ that no vendor draws as one glyph: 2 + 1 + 2.
    expect(weightedLengthX('😀\u200D😀')).toBe(5);
    expect(twitterTextLength('😀\u200D😀')).toBe(5);
  });

  it('counts single newer emoji 2 like twitter-text (any character outside the light ranges is 2)', () => {
    for (const e of ['🫠', '🥹', '🫎', '🪿', '🫩']) {
      expect(weightedLengthX(e)).toBe(2);
      expect(twitterTextLength(e)).toBe(2);
    }
  });
});
