import fc from 'fast-check';
import { createRequire } from 'node:module';
import twitter from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { extractUrlsX, X_URL_PATTERN_SOURCE } from '../../src/text/x-urls.js';
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
    expect(X_URL_PATTERN_SOURCE).toBe(theirs);
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
