/**
 * Text length in each network's own unit (SPEC §6). Every count starts from
 * NFC, because that is what X documents and what the other networks store;
 * counting decomposed input would report `e\u0301` as two characters where the
 * network sees one.
 */
import type { Channel, Service } from '../buffer/types.js';
import { extractUrlsX } from '../text/x-urls.js';
import { weightedLengthX } from '../text/x-weighted-length.js';
import { NETWORK_LIMITS, MASTODON_DEFAULT_LIMIT } from './network-limits.js';
// Text of the common scripts below U+0300 never needs the Segmenter (simpleGraphemeLength).
import { graphemes } from '../text/graphemes.js';

/**
 * - `weighted`: a per-network weighting (X: X's published weights, URL = 23;
 *   Threads: graphemes, emoji counted as their UTF-8 bytes).
 * - `graphemes`: user-perceived characters (Intl.Segmenter).
 * - `characters`: UTF-16 code units, what JavaScript composers (Buffer's
 *   included) and TikTok's API ("UTF-16 runes") count.
 * - `bytes`: UTF-8 bytes (YouTube's description limit is in bytes).
 */
export type LengthUnit = 'weighted' | 'graphemes' | 'characters' | 'bytes';

export interface LengthCount {
  count: number;
  /** `null` when the network publishes no limit we can check. */
  limit: number | null;
  unit: LengthUnit;
}

/** Mastodon replaces every URL by this many characters when counting (`characters_reserved_per_url`). */
export const MASTODON_URL_LENGTH = 23;

const utf8 = new TextEncoder();

/**
 * Characters that never join a neighbour into one grapheme (except CR
 * followed by LF): everything below U+0300 (ASCII, Latin-1, Latin Extended,
 * IPA, spacing modifiers), and general punctuation and currency signs
 * (U+2000–U+20CF: dashes, curly quotes, `…`, `€`) but the joiners U+200C and
 * U+200D. Combining marks, Hangul jamo, emoji modifiers and the like all lie
 * outside. Checked against Intl.Segmenter for every pair of them in
 * test/validate/length-graphemes.test.ts.
 */
const MAY_JOIN = /[^\0-\u02FF\u2000-\u200B\u200E-\u20CF]/;

/**
 * The grapheme count of `text` if none of its characters joins a neighbour
 * (CRLF aside), without Intl.Segmenter; undefined for other text. Exported
 * for the test that checks it against Intl.Segmenter.
 */
export function simpleGraphemeLength(text: string): number | undefined {
  if (MAY_JOIN.test(text)) return undefined;
  let count = text.length;
  for (let at = text.indexOf('\r\n'); at !== -1; at = text.indexOf('\r\n', at + 2)) count -= 1;
  return count;
}

/** User-perceived characters: a ZWJ family, a flag or a letter with combining marks is one. */
export function graphemeLength(text: string): number {
  const nfc = text.normalize('NFC');
  const simple = simpleGraphemeLength(nfc);
  if (simple !== undefined) return simple;
  let count = 0;
  for (const _ of graphemes(nfc)) count += 1;
  return count;
}

/** UTF-16 code units of the NFC text. */
export function characterLength(text: string): number {
  return text.normalize('NFC').length;
}

/** UTF-8 bytes of the NFC text. */
export function byteLength(text: string): number {
  return utf8.encode(text.normalize('NFC')).length;
}

/**
 * Mastodon's count: graphemes, with every http(s) URL counted as 23 and a
 * remote mention `@user@example.social` counted as its local part `@user`
 * (the server only stores the domain for routing, so it is free).
 */
export function mastodonLength(text: string): number {
  const nfc = text.normalize('NFC');
  // X's URL finder is Mastodon's (Mastodon's URL regex is twitter-text's),
  // here with a scheme required; indices are UTF-16 offsets into `nfc`.
  const urls = extractUrlsX(nfc, { withoutProtocol: false });
  let withoutUrls = '';
  let cursor = 0;
  for (const { indices } of urls) {
    withoutUrls += nfc.slice(cursor, indices[0]) + 'x'.repeat(MASTODON_URL_LENGTH);
    cursor = indices[1];
  }
  withoutUrls += nfc.slice(cursor);
  const localMentions = withoutUrls.replace(
    // Same shape as Mastodon's own counter: ASCII usernames, a dotted domain.
    /(^|[^/\w])@([a-z0-9_]+)@[a-z0-9.-]+[a-z0-9]/giu,
    (_m, before: string, user: string) => `${before}@${user}`,
  );
  return graphemeLength(localMentions);
}

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;

/**
 * Threads' count: characters, except that "emojis are counted as the number of
 * UTF-8 bytes" (Meta's Threads API, Posts → Limitations). 👍 is 4, a ZWJ family 25.
 */
export function threadsLength(text: string): number {
  const nfc = text.normalize('NFC');
  // ASCII holds no emoji (no Extended_Pictographic, regional indicator or keycap mark).
  if (/^[\0-\x7F]*$/.test(nfc)) return simpleGraphemeLength(nfc) ?? nfc.length;
  let count = 0;
  for (const { segment } of graphemes(nfc)) {
    count += EMOJI.test(segment) ? utf8.encode(segment).length : 1;
  }
  return count;
}

/**
 * The length of `text` on `service`, in that network's unit, with its limit.
 * Mastodon's limit is the instance's (`channel.maxCharacters`); without a
 * channel (offline) it is Mastodon's default of 500.
 */
export function countLength(text: string, service: Service, channel?: Pick<Channel, 'maxCharacters'>): LengthCount {
  const rules = NETWORK_LIMITS[service];
  switch (service) {
    case 'twitter':
      return { count: weightedLengthX(text), limit: rules.length.limit, unit: 'weighted' };
    case 'mastodon':
      return {
        count: mastodonLength(text),
        limit: channel?.maxCharacters ?? MASTODON_DEFAULT_LIMIT,
        unit: 'graphemes',
      };
    case 'threads':
      return { count: threadsLength(text), limit: rules.length.limit, unit: 'weighted' };
    default:
      return { count: measure(text, rules.length.unit), limit: rules.length.limit, unit: rules.length.unit };
  }
}

function measure(text: string, unit: LengthUnit): number {
  switch (unit) {
    case 'graphemes':
      return graphemeLength(text);
    case 'bytes':
      return byteLength(text);
    case 'characters':
    case 'weighted': // no generic weighting exists; networks with one are handled above
      return characterLength(text);
  }
}
