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

/*
 * The patterns below are compiled on first use, not when the module loads:
 * with 1,500 TLDs in them, V8 takes 10–20 ms to compile the URL pattern on
 * its first run, which a post without a link never needs to pay.
 */

/**
 * Groups as twitter-text numbers them: 2 the character before, 3 the URL,
 * 4 the scheme, 5 the domain, 6 the port, 7 the path, 8 the query.
 */
let urlPattern: RegExp | undefined;
function urlPatternX(): RegExp {
  urlPattern ??= new RegExp(
    String.raw`((${PRECEDING})((https?:\/\/)?(${DOMAIN})(?::([0-9]+))?(\/${PATH}*)?(\?${QUERY_CHAR}*${QUERY_END})?))`,
    'gi',
  );
  return urlPattern;
}

/** The ASCII domains inside a domain match: a bare link is only found if its domain is ASCII. */
const ASCII_DOMAIN_SOURCE = String.raw`(?:(?:[\-a-z0-9${LATIN_ACCENTS}]+)\.)+(?:${GENERIC_TLD}|${COUNTRY_TLD}|${PUNYCODE_TLD})`;
let asciiDomainPattern: RegExp | undefined;
const PLAIN_ASCII_DOMAIN = /^[-a-zA-Z0-9.]+$/;
/**
 * The ASCII domains in a domain the URL pattern matched. A domain of ASCII
 * letters, digits, `-` and `.` only is one whole ASCII domain (its last label
 * is the TLD the URL pattern found, ending the string), so the long pattern
 * is only compiled for domains with other characters in them.
 */
function asciiDomainsIn(domain: string): string[] {
  if (PLAIN_ASCII_DOMAIN.test(domain)) return [domain];
  asciiDomainPattern ??= new RegExp(ASCII_DOMAIN_SOURCE, 'gi');
  return domain.match(asciiDomainPattern) ?? [];
}

/**
 * Every link needs a `.` right before its TLD, and every TLD starts with an
 * ASCII letter or a non-ASCII character (`xn--`, `com`, `рус`, `삼성`; the
 * `i` flag without `u` never matches a non-ASCII character to an ASCII one).
 * Text without such a `.` (`Done. Next`, `v1.2`) has no link, whatever its
 * scheme.
 */
const MAY_HAVE_TLD = /\.[A-Za-z\u0080-\uFFFF]/;

const ASCII = /^[\0-\x7F]*$/;

/**
 * A UTF-16 code unit as the `i` flag without `u` compares it (ECMAScript's
 * Canonicalize): upper-cased, unless that gives more than one unit or takes
 * a non-ASCII character to ASCII (`ſ` stays `ſ`).
 */
function canonical(text: string): string {
  if (ASCII.test(text)) return text.toUpperCase(); // the same, unit by unit, and quicker
  let out = '';
  for (let at = 0; at < text.length; at++) {
    const unit = text.charAt(at);
    const upper = unit.toUpperCase();
    out += upper.length !== 1 || (unit.charCodeAt(0) >= 0x80 && upper.charCodeAt(0) < 0x80) ? unit : upper;
  }
  return out;
}

/** The TLDs as the URL pattern compares them, and their lengths, built on first use. */
let tldIndex: { tlds: Set<string>; lengths: number[] } | undefined;
function tldsX(): { tlds: Set<string>; lengths: number[] } {
  if (!tldIndex) {
    const tlds = new Set([...X_GENERIC_TLDS.split('|'), ...X_COUNTRY_TLDS.split('|')].map(canonical));
    tldIndex = { tlds, lengths: [...new Set([...tlds].map((tld) => tld.length))].sort((a, b) => a - b) };
  }
  return tldIndex;
}
/** What may follow a TLD (the pattern's `TLD_END`). */
const ENDS_TLD = (next: string): boolean => next === '' || !/[0-9a-zA-Z@+-]/.test(next);

/**
 * Whether `text` can hold a link at all: some `.` is followed by one of X's
 * TLDs (compared as the URL pattern compares it, and followed by what may end
 * a TLD) or by `xn--` and a letter, digit or `-`. A link's domain ends so, with
 * or without a scheme, so text where this is false (`e.g. Node.js`) has none,
 * and skips the URL pattern, which takes 10–20 ms to compile. A look-up per
 * `.`, where the pattern tries 1,500 alternatives.
 */
export function mayHaveLinkX(text: string): boolean {
  if (!MAY_HAVE_TLD.test(text)) return false;
  const { tlds, lengths } = tldsX();
  for (let dot = text.indexOf('.'); dot !== -1; dot = text.indexOf('.', dot + 1)) {
    const from = dot + 1;
    if (canonical(text.slice(from, from + 4)) === 'XN--' && /[-0-9a-zA-Z]/.test(text.charAt(from + 4))) return true;
    for (const length of lengths) {
      if (from + length > text.length) break;
      if (tlds.has(canonical(text.slice(from, from + length))) && ENDS_TLD(text.charAt(from + length))) return true;
    }
  }
  return false;
}
/** A bare domain right after one of these is part of something else (`a-example.com`, `/x.com`). */
const NOT_BEFORE_BARE_DOMAIN = /[-_./]$/;
/** A t.co link ends with its slug (and query): X's own short links take no path. */
const TCO_URL = new RegExp(String.raw`^https?:\/\/t\.co\/([a-z0-9]+)(?:\?${QUERY_CHAR}*${QUERY_END})?`, 'i');
const MAX_TCO_SLUG_LENGTH = 40;
const MAX_URL_LENGTH = 4096;
const DEFAULT_SCHEME = 'https://';

/** For the pattern test: the assembled pattern, to compare with twitter-text's. */
export function xUrlPatternSource(): string {
  return urlPatternX().source;
}

/**
 * twitter-text's `isValidUrl`: a punycode-looking domain must be ASCII, every
 * label must fit DNS, and the whole URL with a scheme at most 4096 characters.
 */
function isPlausible(url: string, scheme: string, domain: string): boolean {
  if (domain.startsWith('xn--') && asciiDomainsIn(domain).length === 0) return false;
  if (!hasValidLabelLengths(domain)) return false;
  return scheme.length + url.length <= MAX_URL_LENGTH;
}

/**
 * The links in `text`, in order, with their UTF-16 offsets. With
 * `withoutProtocol: false` only `http://` and `https://` links count (Mastodon).
 */
export function extractUrlsX(text: string, { withoutProtocol = true }: { withoutProtocol?: boolean } = {}): XUrl[] {
  if ((!withoutProtocol && !text.includes(':')) || !mayHaveLinkX(text)) return [];
  const urls: XUrl[] = [];
  const pattern = urlPatternX();
  pattern.lastIndex = 0; // global: exec continues from lastIndex, which the loop below runs back to 0
  // The next link would lie wholly after lastIndex, its `.` and TLD too: when the rest can hold
  // none, the search stops without running the pattern again (V8 compiles a pattern to machine
  // code on its second run, another 5 ms for this one).
  const next = (): RegExpExecArray | null => (mayHaveLinkX(text.slice(pattern.lastIndex)) ? pattern.exec(text) : null);
  for (let match = pattern.exec(text); match; match = next()) {
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
      for (const ascii of asciiDomainsIn(domain)) {
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
