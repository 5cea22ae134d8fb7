/**
 * twitter-text's own conformance cases (vendored verbatim in fixtures/, see
 * their headers) run against our counter and extractors: the cases X
 * published for its weighted length, URL and hashtag extraction.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { extractHashtagsX } from '../../src/text/x-hashtags.js';
import { extractUrlsX } from '../../src/text/x-urls.js';
import { weightedLengthX } from '../../src/text/x-weighted-length.js';

interface Case<T> {
  description: string;
  text: string;
  expected: T;
}

function sections(file: string): Record<string, Array<Case<unknown>>> {
  const doc = parse(readFileSync(new URL(`fixtures/${file}`, import.meta.url), 'utf8')) as {
    tests: Record<string, Array<Case<unknown>>>;
  };
  return doc.tests;
}

const validate = sections('twitter-text-validate.yml');
const extract = sections('twitter-text-extract.yml');

function cases<T>(tests: Record<string, Array<Case<unknown>>>, name: string): Array<Case<T>> {
  const list = tests[name];
  if (!list?.length) throw new Error(`fixture section ${name} is missing or empty`);
  return list as Array<Case<T>>;
}

describe('twitter-text conformance: weighted length (v3, emoji counted 2)', () => {
  for (const section of ['WeightedTweetsWithDiscountedEmojiCounterTest', 'UnicodeDirectionalMarkerCounterTest']) {
    it.each(cases<{ weightedLength: number }>(validate, section))(`${section}: $description`, ({ text, expected }) => {
      expect(weightedLengthX(text)).toBe(expected.weightedLength);
    });
  }
});

describe('twitter-text conformance: URL extraction', () => {
  for (const section of ['urls', 'tco_urls_with_params']) {
    it.each(cases<string[]>(extract, section))(`${section}: $description`, ({ text, expected }) => {
      expect(extractUrlsX(text).map((u) => u.url)).toEqual(expected);
    });
  }
  for (const section of ['urls_with_indices', 'urls_with_directional_markers']) {
    it.each(cases<Array<{ url: string; indices: [number, number] }>>(extract, section))(
      `${section}: $description`,
      ({ text, expected }) => {
        expect(extractUrlsX(text)).toEqual(expected);
      },
    );
  }
});

describe('twitter-text conformance: hashtag extraction', () => {
  for (const section of ['hashtags', 'hashtags_from_astral']) {
    it.each(cases<string[]>(extract, section))(`${section}: $description`, ({ text, expected }) => {
      expect(extractHashtagsX(text)).toEqual(expected);
    });
  }
  it.each(cases<Array<{ hashtag: string; indices: [number, number] }>>(extract, 'hashtags_with_indices'))(
    'hashtags_with_indices: $description',
    ({ text, expected }) => {
      expect(extractHashtagsX(text)).toEqual(expected.map((h) => h.hashtag));
    },
  );
});
