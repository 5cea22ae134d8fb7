import fc from 'fast-check';
import { createRequire } from 'node:module';
import twitter from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { extractUrlsX, mayHaveLinkX, xUrlPatternSource } from '../../src/text/x-urls.js';
import { X_COUNTRY_TLDS, X_GENERIC_TLDS } from '../../src/text/x-tlds.js';
import { postText, tco, url } from './x-arbitraries.js';

const require = createRequire(import.meta.url);
const twitterTextSource = (name: string): string => {
  const module = require(`twitter-text/dist/regexp/${name}.js`) as RegExp & { default?: RegExp };
  return (module.default ?? module).source;
};

describe('extractUrlsX', () => {
  it('uses twitter-text’s URL pattern character for character', () => {
    // twitter-text builds its domain character class with a template that also pastes the
    // `/` delimiters of each piece in (`[^/…//…/]`); `/` is excluded anyway, so we leave them out.
    const [punct, spaces, invalid, directional] = [
      'punct',
      'spacesGroup',
      'invalidCharsGroup',
      'directionalMarkersGroup',
    ].map(twitterTextSource);
    const theirs = twitterTextSource('extractUrl').replaceAll(
      `[^/${punct}//${spaces}//${invalid}//${directional}/]`,
      `[^${punct}${spaces}${invalid}${directional}]`,
    );
    expect(xUrlPatternSource()).toBe(theirs);
  });

  it('finds the links twitter-text finds, at the same offsets, with or without a scheme', () => {
    fc.assert(
      fc.property(fc.oneof(postText, url, tco), (text) => {
        expect(extractUrlsX(text)).toEqual(twitter.extractUrlsWithIndices(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds only scheme links when asked (Mastodon), like twitter-text', () => {
    fc.assert(
      fc.property(fc.oneof(postText, url), (text) => {
        expect(extractUrlsX(text, { withoutProtocol: false })).toEqual(
          twitter.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false }),
        );
      }),
      { numRuns: 2000 },
    );
  });

  /**
   * Text at the edges of the two shortcuts: the URL pattern is skipped when no `.` is
   * followed by a TLD (in any case, and followed by what may end one) or `xn--`, and a
   * domain of ASCII letters, digits, `-` and `.` is taken whole without the ASCII-domain pattern.
   */
  const nearDot = fc
    .array(
      fc.constantFrom(
        ...['.', '. ', '..', '.5', '.-', '._', './', '.:', '.@', '.#', '.(', '.\u200E', '.\u00A0'],
        ...['.com', '.COM', '.Com', '.co', '.c', '.comx', '.de', '.io', '.xn--p1ai', '.xn--', '.XN--P1AI'],
        ...[
          '.é',
          '.рф',
          '.РФ',
          '.Рус',
          '.みんな',
          '.삼성',
          '.\u017F',
          '.\u212A',
          '.日本',
          '.\u0301',
          '.ſt',
          '.\u212Aitchen',
        ],
        ...['.js', '.md', '.g', '.e', '.cOm@', '.com+', '.com-', '.com1', '.comé', '.XN--P', '.xn--é', '.ı', '.İ'],
        ...['example', 'EXAMPLE', 'Ex-am-ple', 'a-b', 'a_b', '-a', 'a-', '123', '9', 'xn--mnchen-3ya', 'münchen'],
        ...['https://', 'http://', 'HTTPS://', 'ftp://', '://', ':', '/', '/path', '?q=1', '#x', '@', '$', ' ', '\n'],
        ...['日本', 'é', '\u200E', '(', ')', 't.co/abc', 'www'],
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join(''));

  it('skips the URL pattern only where twitter-text finds no link, and agrees with it around that edge', () => {
    fc.assert(
      fc.property(fc.oneof(nearDot, postText, url), (text) => {
        const theirs = twitter.extractUrlsWithIndices(text);
        if (!mayHaveLinkX(text)) expect(theirs).toEqual([]);
        expect(extractUrlsX(text)).toEqual(theirs);
        expect(extractUrlsX(text, { withoutProtocol: false })).toEqual(
          twitter.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false }),
        );
      }),
      { numRuns: 4000 },
    );
  });

  it('narrows the URL pattern to the TLDs that can match in the text, with every match, group and offset the full pattern gives', () => {
    const full = new RegExp(xUrlPatternSource(), 'gi');
    const matches = (pattern: RegExp, text: string) =>
      [...text.matchAll(pattern)].map((m) => ({ index: m.index, groups: [...m] }));
    fc.assert(
      fc.property(fc.oneof(nearDot, postText, url, tco), (text) => {
        const narrow = new RegExp(xUrlPatternSource(text), 'gi');
        expect(matches(narrow, text)).toEqual(matches(full, text));
      }),
      { numRuns: 3000 },
    );
    // What makes it cheap: a text with one `.com` link keeps one TLD of the 1,500.
    const one = xUrlPatternSource('Read the notes (https://example.com/changelog/00001).');
    expect(one).toContain('(?:(?:com)(?=');
    expect(one.length).toBeLessThan(xUrlPatternSource().length / 3);
  });

  it('compares TLDs as the pattern’s i flag does: every TLD upper-cased whole is the same, unit by unit', () => {
    // ECMAScript's Canonicalize without `u`: a unit upper-cased, unless that gives more than one unit or
    // takes a non-ASCII unit to ASCII (ß, ŉ, ſ, ı would); the lists are upper-cased whole on that basis.
    const unitByUnit = (text: string) =>
      text
        .split('')
        .map((unit) => {
          const upper = unit.toUpperCase();
          return upper.length !== 1 || (unit.charCodeAt(0) >= 0x80 && upper.charCodeAt(0) < 0x80) ? unit : upper;
        })
        .join('');
    const tlds = [...X_GENERIC_TLDS.split('|'), ...X_COUNTRY_TLDS.split('|')];
    expect(tlds.filter((tld) => tld.toUpperCase() !== unitByUnit(tld))).toEqual([]);
    const both = `|${X_GENERIC_TLDS}|${X_COUNTRY_TLDS}|`;
    expect(both.toUpperCase()).toBe(unitByUnit(both));
  });

  it('skips the URL pattern for text with dots but no TLD after them, and not for text with one', () => {
    // The TLD look-up takes the alternatives of the pattern as literal strings.
    expect(
      [...X_GENERIC_TLDS.split('|'), ...X_COUNTRY_TLDS.split('|')].filter((t) => !/^[a-z0-9\u0080-\uffff]+$/.test(t)),
    ).toEqual([]);
    for (const text of ['Done. Next', 'v1.2.3', 'e.g. Node.js', 'a.m. to p.m.', '…and so on.', 'https://localhost/x']) {
      expect(mayHaveLinkX(text)).toBe(false);
      expect(twitter.extractUrlsWithIndices(text)).toEqual([]);
    }
    for (const text of [
      'see example.com',
      'EXAMPLE.COM!',
      'README.md',
      'https://пример.рф',
      'a.xn--p1ai',
      'x.co/abc',
    ]) {
      expect(mayHaveLinkX(text)).toBe(true);
      expect(twitter.extractUrlsWithIndices(text)).not.toEqual([]);
    }
  });

  it('links a bare domain only when its TLD is real and its domain ASCII', () => {
    expect(extractUrlsX('see example.com.')).toEqual([{ url: 'example.com', indices: [4, 15] }]);
    expect(extractUrlsX('see example.invalid')).toEqual([]);
    expect(extractUrlsX('日本example.com/path')).toEqual([{ url: 'example.com/path', indices: [2, 18] }]);
    expect(extractUrlsX('https://例え.jp/a')).toEqual([{ url: 'https://例え.jp/a', indices: [0, 15] }]);
    expect(extractUrlsX('例え.jp')).toEqual([]);
    expect(extractUrlsX('münchen.de')).toEqual([{ url: 'münchen.de', indices: [0, 10] }]); // Latin accents count as ASCII here
    expect(extractUrlsX('example.com', { withoutProtocol: false })).toEqual([]);
  });

  it('drops a link whose domain label is longer than DNS allows', () => {
    expect(extractUrlsX(`https://${'a'.repeat(64)}.com`)).toEqual([]);
    expect(extractUrlsX(`https://${'a'.repeat(63)}.com`)).toHaveLength(1);
  });
});
