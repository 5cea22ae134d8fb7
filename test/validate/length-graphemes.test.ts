/**
 * The grapheme count without Intl.Segmenter (start-up time, issue 16) must
 * be Intl.Segmenter's count exactly: for every pair of the characters it
 * handles, and on generated text mixing them with characters that join.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemeLength, simpleGraphemeLength, threadsLength } from '../../src/validate/length.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const segmenterCount = (text: string): number => [...segmenter.segment(text)].length;

/** The characters the fast count claims never join: below U+0300, and U+2000–U+20CF but the ZWNJ and ZWJ. */
const simpleChars: string[] = [];
for (let unit = 0; unit < 0x300; unit++) simpleChars.push(String.fromCharCode(unit));
for (let unit = 0x2000; unit < 0x20d0; unit++) {
  if (unit !== 0x200c && unit !== 0x200d) simpleChars.push(String.fromCharCode(unit));
}

describe('grapheme count without Intl.Segmenter', () => {
  it('equals Intl.Segmenter’s count for every pair of the characters it handles', () => {
    const wrong: string[] = [];
    simpleChars.forEach((first, i) => {
      // `first` next to every later character, both ways round: first+b+first+c+… holds (first, b) and (b, first).
      const text = simpleChars
        .slice(i)
        .map((second) => first + second)
        .join('')
        .normalize('NFC');
      const fast = simpleGraphemeLength(text);
      if (fast !== segmenterCount(text)) wrong.push(`U+${first.charCodeAt(0).toString(16)}: ${fast}`);
    });
    expect(wrong).toEqual([]);
  });

  it('counts CR LF as one grapheme and any other pair of line breaks as two', () => {
    expect(graphemeLength('a\r\nb')).toBe(3);
    expect(graphemeLength('\r\r\n')).toBe(2);
    expect(graphemeLength('\n\r')).toBe(2);
    expect(graphemeLength('\r\n\r\n')).toBe(2);
  });

  it('leaves text with joining characters to Intl.Segmenter', () => {
    for (const text of ['e\u0301', 'a\u200Db', '👍🏽', '\u1100\u1161', '🇯🇵', 'क्षि']) {
      expect(simpleGraphemeLength(text)).toBeUndefined();
    }
    expect(graphemeLength('a\u200Db')).toBe(2); // the joiner stays with the `a`
    expect(graphemeLength('“ok” — 5 €…')).toBe(11);
  });

  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...simpleChars) },
    {
      weight: 2,
      arbitrary: fc.constantFrom('\r', '\n', '\r\n', ' ', 'a', 'Z', 'é', '—', '…', '€', '\u2028', '\u200B', '\u2060'),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '\u0301',
        '\u0308',
        '\u200C',
        '\u200D',
        '\uFE0F',
        '🏽',
        '🇦',
        '👍',
        '👨‍👩‍👧',
        '\u1100',
        '\u1161',
        '\u11A8',
        '日',
        'क',
        '\u094D',
        '\u0600',
        '\u20D0',
        '\u20E3',
      ),
    },
  );
  const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

  it('gives Intl.Segmenter’s count on generated text, with and without joining characters', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(graphemeLength(t)).toBe(segmenterCount(t.normalize('NFC')));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives Threads’ count (emoji as UTF-8 bytes) the same way for ASCII as for other text', () => {
    const utf8 = new TextEncoder();
    const emoji = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;
    const reference = (t: string): number =>
      [...segmenter.segment(t.normalize('NFC'))].reduce(
        (sum, { segment }) => sum + (emoji.test(segment) ? utf8.encode(segment).length : 1),
        0,
      );
    const ascii = fc
      .array(fc.oneof(fc.constantFrom('\r', '\n', '\r\n', '#', '*', '1'), fc.string({ unit: 'binary-ascii' })), {
        maxLength: 20,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(ascii, text), (t) => {
        expect(threadsLength(t)).toBe(reference(t));
      }),
      { numRuns: 2000 },
    );
  });
});
