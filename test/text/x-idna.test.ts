import fc from 'fast-check';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { asciiLabelLength, hasValidLabelLengths } from '../../src/text/x-idna.js';

const require = createRequire(import.meta.url);
// The oracles, both twitter-text's: its label check, and the punycode.js it encodes with
// (Node's built-in one, which twitter-text's `require('punycode')` loads; deprecated, fine in tests).
const punycode = require('node:punycode') as { toASCII(domain: string): string };
type Idna = { toAscii(domain: string): string | undefined };
const idnaModule = require('twitter-text/dist/lib/idna.js') as Idna & { default?: Idna };
const idna = idnaModule.default ?? idnaModule;

/** Any code point, lone surrogates included, weighted towards the scripts seen in domains. */
const char = fc.oneof(
  fc.constantFrom(
    'a',
    'z',
    '0',
    '-',
    '_',
    'A',
    'Z',
    'ü',
    'Ü',
    'ß',
    'é',
    'я',
    'Я',
    'Σ',
    'ς',
    '日',
    '本',
    'ド',
    '한',
    'ا',
    'א',
    '😀',
    '\u200D',
    '\u00AD',
    '。',
    '．',
    '｡',
    'ﬁ',
  ),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)),
);
// No `@`: punycode.js's toASCII takes `a@b` for an e-mail address and encodes only what follows the `@`, and a
// domain label never holds one (X's URL pattern takes no punctuation into a domain).
const label = fc
  .array(
    char.filter((c) => c !== '@'),
    { maxLength: 70 },
  )
  .map((chars) => chars.join(''));

describe('asciiLabelLength (our RFC 3492 encoder)', () => {
  it('is the length of punycode.js’s toASCII for any label', () => {
    fc.assert(
      fc.property(label, (l) => {
        expect(asciiLabelLength(l)).toBe(punycode.toASCII(l).length);
      }),
      { numRuns: 5000 },
    );
  });

  it('encodes the RFC 3492 sample lengths', () => {
    expect(asciiLabelLength('münchen')).toBe('xn--mnchen-3ya'.length);
    expect(asciiLabelLength('MÜNCHEN')).toBe('xn--MNCHEN-psa'.length); // as written: no lower-casing
    expect(asciiLabelLength('日本')).toBe('xn--wgv71a'.length);
    expect(asciiLabelLength('😀')).toBe('xn--e28h'.length);
    expect(asciiLabelLength('example')).toBe(7);
    expect(asciiLabelLength('')).toBe(0);
  });
});

describe('hasValidLabelLengths', () => {
  it('agrees with twitter-text’s check on domains of random labels', () => {
    const domain = fc.array(label, { minLength: 1, maxLength: 3 }).map((labels) => labels.join('.'));
    fc.assert(
      fc.property(domain, (d) => {
        fc.pre(!d.startsWith('xn--')); // twitter-text's extra xn-- rule lives in x-urls.ts
        expect(hasValidLabelLengths(d)).toBe(idna.toAscii(d) !== undefined);
      }),
      { numRuns: 3000 },
    );
  });

  it('puts the limit between 63 and 64 encoded characters', () => {
    expect(hasValidLabelLengths(`${'a'.repeat(63)}.com`)).toBe(true);
    expect(hasValidLabelLengths(`${'a'.repeat(64)}.com`)).toBe(false);
    expect(hasValidLabelLengths('a..com')).toBe(false);
    // 56 ü encode to 63 characters with xn--, 57 to 64.
    expect(asciiLabelLength('ü'.repeat(56))).toBe(punycode.toASCII('ü'.repeat(56)).length);
    expect(hasValidLabelLengths(`${'ü'.repeat(20)}.de`)).toBe(true);
    expect(hasValidLabelLengths(`${'ü'.repeat(60)}.de`)).toBe(false);
  });

  it('accepts a label with a zero-width joiner, which url.domainToASCII rejects', () => {
    expect(hasValidLabelLengths('ex\u200Dam.com')).toBe(true);
    expect(idna.toAscii('ex\u200Dam.com')).toBe('ex\u200Dam.com');
  });
});
