/**
 * The links X finds in a post's text, each counted as 23 characters: a port
 * of twitter-text 3.1's `extractUrlsWithIndices` (the library X published for
 * its own counting), written out so the action does not ship that library.
 *
 * The pattern is twitter-text's, piece by piece and in its order, with the
 * same flags (`gi`, no `u`: `[a-z]` with `u` and `i` would also match `ſ` and
 * the Kelvin sign, which twitter-text does not). test/text/x-urls.test.ts
 * checks that the assembled pattern is character for character twitter-text's.
 * Mastodon uses the same finder with a scheme required (its URL rules are
 * twitter-text's too).
 */
import { hasValidLabelLengths } from './x-idna.js';
import { X_COUNTRY_TLDS, X_GENERIC_TLDS } from './x-tlds.js';

export interface XUrl {
  /** The link as X sees it (for a bare domain, only its ASCII part). */
  url: string;
  /** UTF-16 offsets [start, end) into the text searched. */
  indices: [number, number];
}

const SPACES = String.raw`\x09-\x0D\x20\x85\xA0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000`;
const INVALID = String.raw`\uFFFE\uFEFF\uFFFF`;
const PUNCTUATION = String.raw`\!'#%&'\(\)*\+,\\\-\.\/:;<=>\?@\[\]\^_{|}~\$`;
const DIRECTIONAL_MARKS = String.raw`\u202A-\u202E\u061C\u200E\u200F\u2066\u2067\u2068\u2069`;
const LATIN_ACCENTS = String.raw`\xC0-\xD6\xD8-\xF6\xF8-\xFF\u0100-\u024F\u0253\u0254\u0256\u0257\u0259\u025B\u0263\u0268\u026F\u0272\u0289\u028B\u02BB\u0300-\u036F\u1E00-\u1EFF`;
const CYRILLIC = String.raw`\u0400-\u04FF`;

/** A URL may not start right after a letter, digit, `@`, `$` or `#` (that is a mention, cashtag or hashtag). */
const PRECEDING = String.raw`(?:[^A-Za-z0-9@＠$#＃${INVALID}]|[${DIRECTIONAL_MARKS}]|^)`;

/** Any character but ASCII punctuation, spaces and invisible marks: domains may be in any script. */
const DOMAIN_CHAR = `[^${PUNCTUATION}${SPACES}${INVALID}${DIRECTIONAL_MARKS}]`;
const SUBDOMAIN = String.raw`(?:(?:${DOMAIN_CHAR}(?:[_-]|${DOMAIN_CHAR})*)?${DOMAIN_CHAR}\.)`;
const DOMAIN_NAME = String.raw`(?:(?:${DOMAIN_CHAR}(?:-|${DOMAIN_CHAR})*)?${DOMAIN_CHAR}\.)`;
const TLD_END = '(?=[^0-9a-zA-Z@+-]|$)';
const GENERIC_TLD = `(?:(?:${X_GENERIC_TLDS})${TLD_END})`;
const COUNTRY_TLD = `(?:(?:${X_COUNTRY_TLDS})${TLD_END})`;
const PUNYCODE_TLD = String.raw`(?:xn--[\-0-9a-z]+)`;
const DOMAIN = `(?:${SUBDOMAIN}*${DOMAIN_NAME}(?:${GENERIC_TLD}|${COUNTRY_TLD}|${PUNYCODE_TLD}))`;

const PATH_CHAR = String.raw`[a-z${CYRILLIC}0-9!\*';:=\+,\.\$\/%#\[\]\-\u2013_~@\|&${LATIN_ACCENTS}]`;
/** `(…)` in a path, one level of nesting allowed: Wikipedia links keep their closing parenthesis. */
const BALANCED_PARENS = String.raw`\((?:${PATH_CHAR}+|(?:${PATH_CHAR}*\(${PATH_CHAR}+\)${PATH_CHAR}*))\)`;
/** A path does not end in punctuation: `see example.com/a.` leaves the full stop out. */
const PATH_END = String.raw`[\+\-a-z${CYRILLIC}0-9=_#\/${LATIN_ACCENTS}]|(?:${BALANCED_PARENS})`;
const PATH = `(?:(?:${PATH_CHAR}*(?:${BALANCED_PARENS}${PATH_CHAR}*)*${PATH_END})|(?:@${PATH_CHAR}+/))`;
const QUERY_CHAR = String.raw`[a-z0-9!?\*'@\(\);:&=\+\$\/%#\[\]\-_\.,~|]`;
const QUERY_END = String.raw`[a-z0-9\-_&=#\/]`;

/**
 * Groups as twitter-text numbers them: 2 the character before, 3 the URL,
 * 4 the scheme, 5 the domain, 6 the port, 7 the path, 8 the query.
 */
const URL_PATTERN = new RegExp(
  String.raw`((${PRECEDING})((https?:\/\/)?(${DOMAIN})(?::([0-9]+))?(\/${PATH}*)?(\?${QUERY_CHAR}*${QUERY_END})?))`,
  'gi',
);

/** The ASCII domains inside a domain match: a bare link is only found if its domain is ASCII. */
const ASCII_DOMAIN = new RegExp(
  String.raw`(?:(?:[\-a-z0-9${LATIN_ACCENTS}]+)\.)+(?:${GENERIC_TLD}|${COUNTRY_TLD}|${PUNYCODE_TLD})`,
  'gi',
);
/** A bare domain right after one of these is part of something else (`a-example.com`, `/x.com`). */
const NOT_BEFORE_BARE_DOMAIN = /[-_./]$/;
/** A t.co link ends with its slug (and query): X's own short links take no path. */
const TCO_URL = new RegExp(String.raw`^https?:\/\/t\.co\/([a-z0-9]+)(?:\?${QUERY_CHAR}*${QUERY_END})?`, 'i');
const MAX_TCO_SLUG_LENGTH = 40;
const MAX_URL_LENGTH = 4096;
const DEFAULT_SCHEME = 'https://';

/** For the pattern test: the assembled pattern, to compare with twitter-text's. */
export const X_URL_PATTERN_SOURCE = URL_PATTERN.source;

/**
 * twitter-text's `isValidUrl`: a punycode-looking domain must be ASCII, every
 * label must fit DNS, and the whole URL with a scheme at most 4096 characters.
 */
function isPlausible(url: string, scheme: string, domain: string): boolean {
  if (domain.startsWith('xn--') && !new RegExp(ASCII_DOMAIN.source, 'i').test(domain)) return false;
  if (!hasValidLabelLengths(domain)) return false;
  return scheme.length + url.length <= MAX_URL_LENGTH;
}

/**
 * The links in `text`, in order, with their UTF-16 offsets. With
 * `withoutProtocol: false` only `http://` and `https://` links count (Mastodon).
 */
export function extractUrlsX(text: string, { withoutProtocol = true }: { withoutProtocol?: boolean } = {}): XUrl[] {
  if (!text || !text.includes(withoutProtocol ? '.' : ':')) return [];
  const urls: XUrl[] = [];
  const pattern = URL_PATTERN;
  pattern.lastIndex = 0; // global: exec continues from lastIndex, which the loop below runs back to 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const before = match[2] ?? '';
    let url = match[3] ?? '';
    const scheme = match[4];
    const domain = match[5] ?? '';
    const path = match[7];
    let end = pattern.lastIndex;
    const start = end - url.length;
    if (!isPlausible(url, scheme || DEFAULT_SCHEME, domain)) continue;

    if (!scheme) {
      if (!withoutProtocol || NOT_BEFORE_BARE_DOMAIN.test(before)) continue;
      // Only the ASCII domains inside count (`日本example.com` links `example.com`); the path
      // and query stay attached to the last of them, and only when there is a path.
      let last: XUrl | undefined;
      let asciiEnd = 0;
      for (const ascii of domain.match(ASCII_DOMAIN) ?? []) {
        const asciiStart = domain.indexOf(ascii, asciiEnd);
        asciiEnd = asciiStart + ascii.length;
        last = { url: ascii, indices: [start + asciiStart, start + asciiEnd] };
        urls.push(last);
      }
      if (last && path) {
        const ascii = last.url;
        last.url = url.replace(domain, () => ascii);
        last.indices[1] = end;
      }
    } else {
      const tco = TCO_URL.exec(url);
      if (tco) {
        if (tco[1] && tco[1].length > MAX_TCO_SLUG_LENGTH) continue;
        url = tco[0];
        end = start + url.length;
      }
      urls.push({ url, indices: [start, end] });
    }
  }
  return urls;
}
