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
/** One list of TLD alternatives; an empty list can never match. */
const tldGroup = (alternatives: string): string => (alternatives ? `(?:(?:${alternatives})${TLD_END})` : '(?!)');
const GENERIC_TLD = tldGroup(X_GENERIC_TLDS);
const COUNTRY_TLD = tldGroup(X_COUNTRY_TLDS);
const PUNYCODE_TLD = String.raw`(?:xn--[\-0-9a-z]+)`;
/** A domain ending in one of these TLDs (twitter-text's: the whole lists). */
const domain = (genericTlds: string, countryTlds: string): string =>
  `(?:${SUBDOMAIN}*${DOMAIN_NAME}(?:${tldGroup(genericTlds)}|${tldGroup(countryTlds)}|${PUNYCODE_TLD}))`;

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
 * with 1,500 TLDs in them, V8 takes 5–20 ms to compile the URL pattern on
 * its first run, which a post without a link never needs to pay.
 */

/**
 * twitter-text's URL pattern with the given TLD alternatives (`|`-separated,
 * in its order). Groups as twitter-text numbers them: 2 the character before,
 * 3 the URL, 4 the scheme, 5 the domain, 6 the port, 7 the path, 8 the query.
 */
function urlPatternSource(genericTlds: string, countryTlds: string): string {
  return String.raw`((${PRECEDING})((https?:\/\/)?(${domain(genericTlds, countryTlds)})(?::([0-9]+))?(\/${PATH}*)?(\?${QUERY_CHAR}*${QUERY_END})?))`;
}

/** twitter-text's own pattern, with every TLD. */
let urlPattern: RegExp | undefined;
function urlPatternX(): RegExp {
  urlPattern ??= new RegExp(urlPatternSource(X_GENERIC_TLDS, X_COUNTRY_TLDS), 'gi');
  return urlPattern;
}

/**
 * The URL pattern for one text: twitter-text's, keeping of its TLD
 * alternatives only those that can match somewhere in the text: right after
 * a `.` (the pattern's domain part ends in `\.`, then the TLD) and before
 * what may end a TLD (`TLD_END`, right after the alternatives). An
 * alternative that matches nowhere in the text changes nothing about which
 * match the pattern finds, or how; so the result is the full pattern's
 * (test/text/x-urls.test.ts), and a text with a `.com` link compiles a pattern with one TLD
 * (~0.3 ms) instead of 1,500 (issue 16: 5–10 ms on every CLI start that
 * checks a post with a link). A few such patterns are kept for texts that
 * share their TLDs; past that many, the full pattern is compiled and used.
 */
const narrowPatterns = new Map<string, RegExp>();
/** Past this many different TLD sets, compiling the full pattern once costs less than more narrow ones. */
const MAX_NARROW_PATTERNS = 16;
function urlPatternFor(text: string): RegExp {
  if (urlPattern) return urlPattern;
  const { generic, country } = tldsIn(text);
  const key = `${generic} ${country}`;
  let pattern = narrowPatterns.get(key);
  if (!pattern) {
    if (narrowPatterns.size >= MAX_NARROW_PATTERNS) {
      narrowPatterns.clear();
      return urlPatternX();
    }
    pattern = new RegExp(urlPatternSource(generic, country), 'gi');
    narrowPatterns.set(key, pattern);
  }
  return pattern;
}

/** Of each TLD list, the alternatives that may end a domain in `text` (tldsAfterDots), in the list's order. */
function tldsIn(text: string): { generic: string; country: string } {
  const { written, countryFrom } = tldTextX();
  const positions = tldsAfterDots(text, false).sort((x, y) => x - y);
  const keep = (from: number, to: number) =>
    [...new Set(positions.filter((at) => at >= from && at < to))]
      .map((at) => written.slice(at + 1, written.indexOf('|', at + 1)))
      .join('|');
  return { generic: keep(0, countryFrom), country: keep(countryFrom, written.length) };
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

/**
 * Every TLD as written and as the URL pattern compares it, each between `|`s,
 * generic then country in their order. Compared: both lists upper-cased in one
 * call, which for every character in them is what canonical() gives
 * (test/text/x-urls.test.ts checks it). The few look-ups one post needs search
 * this one string (~0.1 ms) rather than build a set of 1,500 first (~1–2 ms on
 * a start, issue 16); after many, a map is built and used.
 */
let tldText: { written: string; compared: string; countryFrom: number; longest: number } | undefined;
function tldTextX(): NonNullable<typeof tldText> {
  if (!tldText) {
    const written = `|${X_GENERIC_TLDS}|${X_COUNTRY_TLDS}|`;
    let longest = 0;
    for (let bar = 0, next = written.indexOf('|', 1); next !== -1; bar = next, next = written.indexOf('|', next + 1))
      longest = Math.max(longest, next - bar - 1);
    tldText = { written, compared: written.toUpperCase(), countryFrom: X_GENERIC_TLDS.length + 1, longest };
  }
  return tldText;
}

const MANY_LOOKUPS = 256;
let lookups = 0;
let tldMap: Map<string, number[]> | undefined;
/** Where the TLD `compared` (as compared) stands in the lists: the offsets of the `|` before each occurrence; none when it is not one. */
function tldPositions(compared: string): number[] {
  const { compared: all } = tldTextX();
  if (!tldMap && ++lookups > MANY_LOOKUPS) {
    tldMap = new Map();
    for (let bar = 0, next = all.indexOf('|', 1); next !== -1; bar = next, next = all.indexOf('|', next + 1)) {
      const tld = all.slice(bar + 1, next);
      tldMap.set(tld, [...(tldMap.get(tld) ?? []), bar]);
    }
  }
  if (tldMap) return tldMap.get(compared) ?? [];
  const positions: number[] = [];
  for (let at = all.indexOf(`|${compared}|`); at !== -1; at = all.indexOf(`|${compared}|`, at + 1)) positions.push(at);
  return positions;
}

/** What may follow a TLD (the pattern's `TLD_END`). */
const ENDS_TLD = (next: string): boolean => next === '' || !/[0-9a-zA-Z@+-]/.test(next);
/** A unit a TLD may hold: every TLD is ASCII letters and digits or non-ASCII (test/text/x-urls.test.ts). */
const inTld = (unit: number): boolean =>
  (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a) || unit >= 0x80;

/**
 * The TLDs that stand in `text` right after a `.` and before what may end a
 * TLD, as their places in the lists (tldPositions, one look-up each): where the
 * URL pattern can match a TLD alternative (its domain part ends in `\.`, the
 * alternatives in `TLD_END`), and nowhere else. With `first`, stops at the
 * first TLD found.
 */
function tldsAfterDots(text: string, first: boolean): number[] {
  const { longest } = tldTextX();
  const found: number[] = [];
  for (let dot = text.indexOf('.'); dot !== -1; dot = text.indexOf('.', dot + 1)) {
    const from = dot + 1;
    const last = Math.min(text.length, from + longest);
    for (let end = from + 1; end <= last && inTld(text.charCodeAt(end - 1)); end++) {
      if (!ENDS_TLD(text.charAt(end))) continue;
      const positions = tldPositions(canonical(text.slice(from, end)));
      if (positions.length === 0) continue;
      found.push(...positions);
      if (first) return found;
    }
  }
  return found;
}

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
  for (let dot = text.indexOf('.'); dot !== -1; dot = text.indexOf('.', dot + 1)) {
    const from = dot + 1;
    if (canonical(text.slice(from, from + 4)) === 'XN--' && /[-0-9a-zA-Z]/.test(text.charAt(from + 4))) return true;
  }
  return tldsAfterDots(text, true).length > 0;
}
/** A bare domain right after one of these is part of something else (`a-example.com`, `/x.com`). */
const NOT_BEFORE_BARE_DOMAIN = /[-_./]$/;
/** A t.co link ends with its slug (and query): X's own short links take no path. */
const TCO_URL = new RegExp(String.raw`^https?:\/\/t\.co\/([a-z0-9]+)(?:\?${QUERY_CHAR}*${QUERY_END})?`, 'i');
const MAX_TCO_SLUG_LENGTH = 40;
const MAX_URL_LENGTH = 4096;
const DEFAULT_SCHEME = 'https://';

/** For the pattern tests: the assembled pattern, to compare with twitter-text's; with `text`, the one narrowed for it. */
export function xUrlPatternSource(text?: string): string {
  const { generic, country } = text === undefined ? { generic: X_GENERIC_TLDS, country: X_COUNTRY_TLDS } : tldsIn(text);
  // As RegExp spells it (`/` escaped), as twitter-text's source is read; not the compiled pattern, which would then be used.
  return new RegExp(urlPatternSource(generic, country), 'gi').source;
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
  const pattern = urlPatternFor(text);
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
