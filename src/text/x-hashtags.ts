/**
 * The hashtags in a post's text, found the way twitter-text 3.1's
 * `extractHashtags` finds them (we count them against Instagram's limit of 5).
 *
 * One deliberate difference: a hashtag's letters are any Unicode letter or
 * mark (`\p{L}\p{M}`, Unicode 17 in Node 20.20 and 24) and its digits any
 * decimal digit (`\p{Nd}`), where twitter-text has tables frozen at an older
 * Unicode; scripts added since (e.g. CJK extension blocks) make hashtags on
 * the networks today, so they count here too.
 */
import { extractUrlsX } from './x-urls.js';

const LETTER = String.raw`[\p{L}\p{M}]`;
/** Letters, digits, and the joiners and middle dots that occur inside words in some scripts. */
const WORD_CHAR = String.raw`(?:[\p{L}\p{M}\p{Nd}_\ua67e\u05be\u05f3\u05f4\uff5e\u301c\u309b\u309c\u30a0\u30fb\u3003\u0f0b\u0f0c\xb7]|\u200c|\u200d)`;
/** A `#` counts after nothing, a variation selector, or any character that cannot be part of a word (nor `&`: `&#39;`). */
const BOUNDARY = String.raw`(?:^|\uFE0E|\uFE0F|$|(?!${WORD_CHAR}|&)[^])`;
/** `#` or fullwidth `＃`, not a keycap (`#️⃣`), then a word with at least one letter (`#2024` is not a hashtag). */
const HASHTAG_SOURCE = String.raw`(${BOUNDARY})([#＃])(?!\uFE0F|\u20E3)(${WORD_CHAR}*${LETTER}${WORD_CHAR}*)`;
/** Compiled on first use: loading the CLI should not pay for Unicode letter tables it may not need. */
let hashtagPattern: RegExp | undefined;
/** A hashtag followed by another `#` or by `://` is part of something else. */
const NOT_AFTER = /^(?:[#＃]|:\/\/)/;

/** The hashtags in `text` (without `#`), in order; one inside a link is not a hashtag. */
export function extractHashtagsX(text: string): string[] {
  if (!/[#＃]/.test(text)) return [];
  const tags: Array<{ tag: string; indices: [number, number] }> = [];
  hashtagPattern ??= new RegExp(HASHTAG_SOURCE, 'giu');
  for (const match of text.matchAll(hashtagPattern)) {
    const [whole, before = '', , tag = ''] = match;
    if (NOT_AFTER.test(text.slice(match.index + whole.length))) continue;
    const start = match.index + before.length;
    tags.push({ tag, indices: [start, start + tag.length + 1] });
  }
  const urls = extractUrlsX(text);
  if (urls.length === 0) return tags.map((t) => t.tag);
  // twitter-text's overlap rule: in order of start, anything starting inside the previous entity goes.
  const entities = [...tags, ...urls].sort((a, b) => a.indices[0] - b.indices[0]);
  const kept: Array<(typeof entities)[number]> = [];
  for (const entity of entities) {
    const previous = kept[kept.length - 1];
    if (previous && previous.indices[1] > entity.indices[0]) continue;
    kept.push(entity);
  }
  return kept.flatMap((e) => ('tag' in e ? [e.tag] : []));
}
