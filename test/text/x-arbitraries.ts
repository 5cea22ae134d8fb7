/**
 * fast-check generators for post text that exercises X's counting rules:
 * ASCII and other scripts, CJK, decomposed accents (NFC), emoji of every kind
 * twitter-text knows (ZWJ sequences, flags, skin tones, keycaps), links with
 * and without a scheme (ports, paths, queries, IDN and punycode domains,
 * labels around the 63-character limit, t.co), mentions, hashtags, the
 * edges of the ranges that count 1, and punctuation right against all of these.
 *
 * Emoji come from twemoji 11's own pattern (the emoji twitter-text, our
 * oracle, knows), so any count that differs is a bug rather than one of the
 * documented differences for newer emoji. Pieces that could fuse with a
 * neighbour into a newer emoji (a lone regional indicator or skin tone, a
 * ZWJ) only appear between letters.
 */
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { X_COUNTRY_TLDS, X_GENERIC_TLDS } from '../../src/text/x-tlds.js';

const require = createRequire(import.meta.url);
// twemoji-parser is twitter-text's (pinned 3.1.0) own dependency: the emoji list it counts by.
const twemoji = require('twemoji-parser/dist/lib/regex') as { default: RegExp };

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);

/** twemoji 11's pattern as a generator (its `(?!\uFE0E)` look-aheads, which fast-check cannot generate, become an optional U+FE0F). */
const twemojiUnit = fc
  .stringMatching(
    new RegExp(
      `^(?:${twemoji.default.source.replaceAll(String.raw`(?:\ufe0f|(?!\ufe0e))`, String.raw`(?:\ufe0f)?`)})$`,
    ),
  )
  // A lone regional indicator or skin tone could pair with a neighbour into an emoji newer than twemoji 11.
  .filter((e) => !/^(?:\p{Regional_Indicator}|\p{Emoji_Modifier})$/u.test(e));

const curatedEmoji = pick([
  '👍',
  '😀',
  '❤️',
  '❤',
  '⭐',
  '⭐️',
  '☕️',
  '✌️',
  '✌🏽',
  '✌️🏽',
  '👍🏽',
  '👍🏿',
  '👨‍👩‍👧‍👦',
  '👩‍❤️‍👨',
  '👨‍❤️‍💋‍👨',
  '🏳️‍🌈',
  '🏴‍☠️',
  '👨‍⚕️',
  '👩🏽‍🚀',
  '👮‍♀️',
  '🕵️‍♂️',
  '🏌🏽‍♀️',
  '👁‍🗨',
  '🇯🇵',
  '🇺🇸',
  '🇬🇧',
  '🇫🇷',
  '🏴󠁧󠁢󠁥󠁮󠁧󠁿',
  '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
  '1️⃣',
  '#️⃣',
  '*️⃣',
  '1⃣',
  '©️',
  '©',
  '®️',
  '™️',
  '™',
  '🀄️',
  '⛷🏽',
  '🕴️‍♀️',
]);

const words = pick([
  'Hello',
  'world',
  'ship',
  'it',
  'a',
  'I',
  'release',
  'x',
  'Co',
  'com',
  'de',
  'jp',
  'http',
  'https',
  'www',
  'café',
  'naïve',
  'Zürich',
  'ÉCOLE',
  'привет',
  'мир',
  'Ελλάδα',
  'שלום',
  'مرحبا',
  'नमस्ते',
  'ไทย',
  'Tiếng',
  'ǅ',
  '日本語',
  'テスト',
  'ｶﾀｶﾅ',
  '한국어',
  '中文',
  '漢字',
  'ＡＢＣ',
  '１２３',
  '2024',
  '42',
  '3.14',
  'v1.2.3',
]);

/** NFC matters: these decompose or compose under it. */
const decomposed = pick(['e\u0301', 'cafe\u0301', 'a\u0308\u0301', '\u1100\u1161\u11A8', 'Å', 'ﬁ', 'n\u0303o']);

const punctuation = pick([
  '.',
  ',',
  '!',
  '?',
  ':',
  ';',
  '(',
  ')',
  '[',
  ']',
  '"',
  "'",
  '“',
  '”',
  '‘',
  '’',
  '«',
  '»',
  '…',
  '—',
  '–',
  '-',
  '_',
  '/',
  '\\',
  '@',
  '#',
  '$',
  '%',
  '&',
  '*',
  '+',
  '=',
  '~',
  '|',
  '<',
  '>',
  '。',
  '、',
  '！',
  '？',
  '（',
  '）',
  '＠',
  '＃',
]);

/** The edges of the ranges that count 1 (U+0000–10FF, 2000–200D, 2010–201F, 2032–2037) and their neighbours. */
const rangeEdges = pick([
  '\u10FF',
  '\u1100',
  '\u1FFF',
  '\u2000',
  '\u200D',
  '\u200E',
  '\u200F',
  '\u2010',
  '\u201F',
  '\u2020',
  '\u2031',
  '\u2032',
  '\u2037',
  '\u2038',
]);

const space = pick([' ', ' ', ' ', '\n', '\t', '\u00A0', '\u3000', '\u2009', '\u200B', '\u202F', '']);

/** Marks X treats specially: direction marks around links, and invisible characters between letters. */
const marks = pick(['\u200E', '\u200F', '\u202A', '\u202C', '\u2066', '\u2069', '\u061C', '\uFEFF', '\uFFFE']);
const betweenLetters = fc
  .tuple(
    pick(['a', 'b', 'z', 'é', '日']),
    pick(['\u200D', '\u200C', '\uFE0F', '\uFE0E', '🏽', '🇦', '\u20E3', '\u0301']),
    pick(['a', 'b', '日']),
  )
  .map((parts) => parts.join(''));

const tlds = [...X_GENERIC_TLDS.split('|'), ...X_COUNTRY_TLDS.split('|')];
const tld = fc.oneof(
  {
    weight: 4,
    arbitrary: pick(['com', 'org', 'net', 'io', 'co', 'jp', 'de', 'uk', 'COM', 'Com', 'рф', 'みんな', 'xn--p1ai']),
  },
  { weight: 2, arbitrary: pick(tlds) },
  // Not top-level domains: no link.
  { weight: 1, arbitrary: pick(['invalid', 'comx', 'c', 'zz', 'localhost', 'coma']) },
);

/** A DNS label of `length` letters, to probe the 63-character limit (punycode-encoded for IDN). */
const longLabel = fc
  .tuple(fc.integer({ min: 55, max: 70 }), pick(['a', 'ü', '日', 'z9', 'a。', '日．', 'ü｡']))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

const label = fc.oneof(
  {
    weight: 6,
    arbitrary: pick(['example', 'x', 'a-b', 'a_b', 'foo123', 'www', 'sub', 't', 'bit', 'Example', '-bad', 'bad-']),
  },
  {
    weight: 3,
    arbitrary: pick([
      'münchen',
      'MÜNCHEN',
      'bücher',
      'пример',
      '例え',
      '日本',
      'ドメイン',
      'xn--mnchen-3ya',
      'xn--bcher-kva',
      'xn--',
      'xn--ü',
      '😀',
      'ex😀',
      'ex\u200Dam',
    ]),
  },
  { weight: 1, arbitrary: longLabel },
);

const domain = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), tld)
  .map(([labels, top]) => `${labels.join('.')}.${top}`);

const pathChars = pick([
  'a',
  'b',
  '1',
  '-',
  '_',
  '.',
  '~',
  '%20',
  '/',
  '(',
  ')',
  '(x)',
  ',',
  '!',
  "'",
  '@',
  '&',
  '=',
  'é',
  'я',
  '日',
  '\u2013',
  '#',
  ':',
  ';',
  '*',
  '+',
  '$',
  '|',
  '[',
  ']',
]);
const path = fc.array(pathChars, { maxLength: 8 }).map((p) => `/${p.join('')}`);
const query = fc
  .array(pick(['a', '=', '1', '&', 'b', '-', '_', '.', '?', '/', '%2F', '#', '!']), { maxLength: 6 })
  .map((q) => `?${q.join('')}`);

export const url = fc
  .tuple(
    pick(['', '', 'http://', 'https://', 'HTTPS://', 'ftp://', 'https:/', '//']),
    fc.oneof(
      { weight: 5, arbitrary: domain },
      { weight: 1, arbitrary: pick(['t.co', 'T.co', 'x.com', 'www.example.co.uk']) },
    ),
    fc.option(
      fc.integer({ min: 0, max: 99999 }).map((p) => `:${p}`),
      { nil: '' },
    ),
    fc.option(path, { nil: '' }),
    fc.option(query, { nil: '' }),
    fc.option(pick(['#frag', '#', '#!x']), { nil: '' }),
  )
  .map((parts) => parts.join(''));

export const tco = fc
  .tuple(
    pick(['https://t.co/', 'http://t.co/']),
    fc.stringMatching(/^[a-zA-Z0-9]{1,45}$/),
    fc.option(query, { nil: '' }),
    fc.option(path, { nil: '' }),
  )
  .map((parts) => parts.join(''));

export const emoji = fc.oneof({ weight: 3, arbitrary: twemojiUnit }, { weight: 2, arbitrary: curatedEmoji });

const mentionOrTag = fc
  .tuple(
    pick(['@', '#', '＃', '$', '#']),
    fc.oneof(words, pick(['user_1', 'tag', 'ハッシュタグ', 'CamelCase', '1', '_']), tld),
  )
  .map(([sign, word]) => sign + word);

/** One piece of post text; pieces are joined with a separator that may be empty. */
const piece = fc.oneof(
  { weight: 6, arbitrary: words },
  { weight: 4, arbitrary: url },
  { weight: 1, arbitrary: tco },
  { weight: 5, arbitrary: emoji },
  { weight: 2, arbitrary: decomposed },
  { weight: 3, arbitrary: punctuation },
  { weight: 2, arbitrary: mentionOrTag },
  { weight: 1, arbitrary: marks },
  { weight: 1, arbitrary: rangeEdges },
  { weight: 1, arbitrary: betweenLetters },
);

/** Post-like text, up to a few dozen pieces. */
export const postText = fc
  .array(fc.tuple(piece, space), { maxLength: 30 })
  .map((pieces) => pieces.map(([p, s]) => p + s).join(''));
