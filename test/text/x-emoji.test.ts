/**
 * emojiRanges skips its patterns (tens of milliseconds to compile) for text
 * in which no character can start an emoji; that pre-check must let every
 * possible start through, or an emoji would be counted by its code units.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emojiRanges, MAY_START_EMOJI } from '../../src/text/x-emoji.js';

describe('emojiRanges', () => {
  it('lets every character that can start an emoji past the pre-check (all of \\p{Emoji} but #*0-9, and the keycap mark)', () => {
    const isEmoji = /^\p{Emoji}$/u;
    const missed: string[] = [];
    for (let point = 0; point <= 0x10ffff; point++) {
      if (point >= 0xd800 && point <= 0xdfff) continue;
      const character = String.fromCodePoint(point);
      if (isEmoji.test(character) && !/^[#*0-9]$/.test(character) && !MAY_START_EMOJI.test(character)) {
        missed.push(`U+${point.toString(16)}`);
      }
    }
    expect(missed).toEqual([]);
    expect(MAY_START_EMOJI.test('1\u20E3')).toBe(true);
  });

  it('passes ASCII, Latin and common punctuation straight through', () => {
    for (const text of ['Hello, world! #ship 1 2 3 *', 'Zürich café — “quotes” … 42', 'привет мир']) {
      expect(MAY_START_EMOJI.test(text)).toBe(false);
      expect(emojiRanges(text)).toEqual([]);
    }
  });

  it('finds the same emoji with the one-character shortcut as with the whole list, for every emoji character', () => {
    // Every character that is an emoji or can start one, then something that does not continue it.
    const anyEmoji = /^[\p{Emoji}\p{Emoji_Presentation}\p{Extended_Pictographic}]$/u;
    const wrong: string[] = [];
    for (let point = 0; point <= 0x10ffff; point++) {
      if (point >= 0xd800 && point <= 0xdfff) continue;
      const character = String.fromCodePoint(point);
      if (!anyEmoji.test(character)) continue;
      for (const after of [
        '',
        'a',
        ' ',
        '日',
        '1',
        '\u0301',
        '👍',
        '\u2640',
        '\uFE0F',
        '\uFE0Fa',
        '\uFE0F👍',
        '\uFE0F\uFE0F',
      ]) {
        const text = `x${character}${after}`;
        const fast = JSON.stringify(emojiRanges(text));
        if (fast !== JSON.stringify(emojiRanges(text, { shortcut: false }))) wrong.push(`${text}: ${fast}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('finds the same emoji with the shortcut as without on generated text', () => {
    const piece = fc.constantFrom(
      ...['a', ' ', '1', '#', '*', '日', '\u0301', '©', '®', '™', '‼', '↔', '☺', '✌', '❤', '⛷', '🕴', '👁', '🗨'],
      ...['👍', '🚀', '😀', '👨', '👩', '👧', '🏳', '🏴', '🇯', '🇵', '🇦', '🫠', '🐦', '🔥', '♀', '♂', '⚕', '➡'],
      ...['\uFE0F', '\uFE0E', '\u200D', '\u20E3', '🏻', '🏽', '🏿', '\u{E0067}', '\u{E0062}', '\u{E007F}'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(emojiRanges(text)).toEqual(emojiRanges(text, { shortcut: false }));
      }),
      { numRuns: 5000 },
    );
  });

  it('still finds emoji right at the pre-check’s edges', () => {
    expect(emojiRanges('©️ and ®️')).toEqual([
      [0, 2],
      [7, 9],
    ]);
    expect(emojiRanges('1\u20E3 #️⃣')).toEqual([
      [0, 2],
      [3, 6],
    ]);
    expect(emojiRanges('a‼️b')).toEqual([[1, 3]]);
    expect(emojiRanges('ok 👍🏽')).toEqual([[3, 7]]);
  });
});
