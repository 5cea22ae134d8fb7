/**
 * X's check that a link's domain could exist: every label, once punycode
 * encoded (`xn--…`, RFC 3492), is 1 to 63 characters long. Without this,
 * `https://<100 letters>.com` would count as a 23-character link.
 *
 * This is our own RFC 3492 encoder (only the output length is kept) instead
 * of twitter-text's `punycode` package, whose `require` prints a deprecation
 * warning on Node 22+. Node's `url.domainToASCII` is no substitute: it applies
 * IDNA mapping and validity rules first, so it lower-cases (`MÜNCHEN` encodes
 * shorter), drops soft hyphens, and rejects a label with a zero-width joiner
 * outright, which would make `👨‍👩‍👧example.com` stop being a link where
 * X's counter still finds `example.com`. Encoding the label as written is what
 * twitter-text does, so counts stay the same.
 */

const MAX_LABEL_LENGTH = 63;

// RFC 3492 §5 parameter values for Punycode.
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 0x80;
const MAX_INT = 0x7fffffff;

/** The separators punycode.js treats as dots inside a label (IDNA2003 §3.1). */
const SEPARATORS = /[\u002E\u3002\uFF0E\uFF61]/;
const NON_ASCII = /[^\0-\x7F]/;

/**
 * Code points the way punycode.js's `ucs2decode` reads them, which is how a
 * string iterates: a surrogate pair is one code point, a lone surrogate is
 * kept as its own value.
 */
function codePoints(text: string): number[] {
  return Array.from(text, (char) => char.codePointAt(0)!);
}

/** RFC 3492 §6.1 bias adaptation. */
function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return Math.floor(k + ((BASE - T_MIN + 1) * d) / (d + SKEW));
}

/**
 * The length of the RFC 3492 encoding of `label` (without `xn--`), or
 * Infinity where the encoder overflows (only for labels thousands of
 * characters long, far over 63 anyway; punycode.js throws there).
 */
function punycodeLength(label: string): number {
  const input = codePoints(label);
  const basic = input.filter((c) => c < 0x80).length;
  let length = basic > 0 ? basic + 1 : 0; // the basic code points, then `-`
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  let handled = basic;
  while (handled < input.length) {
    let m = MAX_INT;
    for (const c of input) if (c >= n && c < m) m = c;
    if (m - n > Math.floor((MAX_INT - delta) / (handled + 1))) return Infinity;
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of input) {
      if (c < n && ++delta > MAX_INT) return Infinity;
      if (c !== n) continue;
      // Each variable-length integer is written in base-36 digits; only their count matters here.
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
        if (q < t) break;
        length++;
        q = Math.floor((q - t) / (BASE - t));
      }
      length++;
      bias = adapt(delta, handled + 1, handled === basic);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return length;
}

/** The length of punycode.js's `toASCII(label)`: sub-labels split at IDNA dots, each encoded if non-ASCII. */
export function asciiLabelLength(label: string): number {
  const parts = label.split(SEPARATORS);
  let length = parts.length - 1; // the dots between them
  for (const part of parts) length += NON_ASCII.test(part) ? 4 + punycodeLength(part) : part.length;
  return length;
}

/** Whether every dot-separated label of `domain` is 1–63 characters once encoded for DNS. */
export function hasValidLabelLengths(domain: string): boolean {
  return domain.split('.').every((label) => {
    const length = asciiLabelLength(label);
    return length >= 1 && length <= MAX_LABEL_LENGTH;
  });
}
