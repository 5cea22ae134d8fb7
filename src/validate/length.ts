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

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const utf8 = new TextEncoder();

/** X's count: its weighted length (URL = 23, emoji and CJK = 2) of the NFC text. */
export { weightedLengthX };

/** User-perceived characters: a ZWJ family, a flag or a letter with combining marks is one. */
export function graphemeLength(text: string): number {
  let count = 0;
  for (const _ of segmenter.segment(text.normalize('NFC'))) count += 1;
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
  let count = 0;
  for (const { segment } of segmenter.segment(text.normalize('NFC'))) {
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
