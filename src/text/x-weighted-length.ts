/**
 * X's character count ("weighted length", twitter-text v3 configuration,
 * https://developer.x.com/en/docs/counting-characters): the text in NFC, every
 * link 23, every emoji 2, characters in the ranges below 1 and all others 2
 * (CJK, most symbols). A post may weigh at most 280.
 *
 * Our own implementation of those published rules, checked against
 * twitter-text (test/text/), which is too large to ship in the action and
 * prints a deprecation warning on Node 22+ (it requires `punycode`).
 */
import { emojiRanges } from './x-emoji.js';
import { extractUrlsX } from './x-urls.js';

/** What every link counts, however long (t.co's length). */
const X_URL_WEIGHT = 23;
const EMOJI_WEIGHT = 2;
const DEFAULT_WEIGHT = 2;

/**
 * UTF-16 code unit ranges that count 1: Latin, Greek, Cyrillic, Hebrew,
 * Arabic, Indic scripts and the rest up to U+10FF, plus general punctuation
 * (spaces, dashes, quotes, primes).
 */
const LIGHT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x10ff],
  [0x2000, 0x200d],
  [0x2010, 0x201f],
  [0x2032, 0x2037],
];

function weightOf(unit: number): number {
  return LIGHT_RANGES.some(([from, to]) => unit >= from && unit <= to) ? 1 : DEFAULT_WEIGHT;
}

function isSurrogatePair(text: string, at: number): boolean {
  const high = text.charCodeAt(at);
  const low = text.charCodeAt(at + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/** X's weighted length of `text` (URL = 23, emoji and CJK = 2, after NFC). */
export function weightedLengthX(text: string): number {
  const nfc = text.normalize('NFC');
  // As in twitter-text: a link wins over an emoji starting at the same place, and
  // whatever starts inside a link or emoji already counted is skipped.
  const urlEnds = new Map(extractUrlsX(nfc).map(({ url, indices }) => [indices[0], indices[0] + url.length]));
  const emojiEnds = new Map(emojiRanges(nfc));
  let length = 0;
  for (let at = 0; at < nfc.length; at++) {
    const urlEnd = urlEnds.get(at);
    const emojiEnd = emojiEnds.get(at);
    if (urlEnd !== undefined) {
      length += X_URL_WEIGHT;
      at = urlEnd - 1;
    } else if (emojiEnd !== undefined) {
      length += EMOJI_WEIGHT;
      at = emojiEnd - 1;
    } else if (isSurrogatePair(nfc, at)) {
      // Every character outside the Basic Multilingual Plane is outside the light ranges.
      length += DEFAULT_WEIGHT;
      at += 1;
    } else {
      length += weightOf(nfc.charCodeAt(at));
    }
  }
  return length;
}
