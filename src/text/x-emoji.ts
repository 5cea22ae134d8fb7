/**
 * The emoji X counts as 2 characters whatever their code points: 👍, 👍🏽,
 * 🇯🇵, a ZWJ family (11 UTF-16 units) are 2 each.
 *
 * What is one emoji is Unicode's list of recommended emoji (`\p{RGI_Emoji}`,
 * from the ICU data of the Node.js running us, Unicode 17 on Node 20.20 and
 * 24), so emoji newer than twitter-text's (it stopped at Emoji 11, 2018: 🫠,
 * ❤️‍🔥, 🐦‍🔥, 🧑‍🧑‍🧒) count 2 as X counts them today. A sequence Unicode
 * does not list (two emoji joined by a ZWJ that no vendor draws as one) falls
 * apart into its parts, as on X: each emoji 2, the joiner 1.
 *
 * Ahead of the list come the forms twitter-text (twemoji 11) also draws and
 * counts as one emoji that Unicode's list does not contain as written; X
 * counts them 2, so do we:
 * - a keycap without its U+FE0F (`1⃣`);
 * - an emoji-style character followed by the emoji selector U+FE0F (`⭐️`,
 *   `⚡️`, `☕️`: phones add it), for the 42 characters that Unicode's
 *   emoji-variation-sequences.txt also gives a text style;
 * - a text-style gesture with U+FE0F before its skin tone (`✌️🏽`), and the
 *   skier ⛷ with a skin tone (twemoji draws it; Unicode never listed it);
 * - 🕴 with a gender sign, and the unqualified eye in speech bubble `👁‍🗨`.
 * None of these is the start of a longer sequence in Unicode's list, so
 * trying them first never cuts a listed emoji short.
 */

/** Emoji-style by default, with a text style too: these take U+FE0F as part of the emoji. */
const EMOJI_STYLE_WITH_SELECTOR = String.raw`\u231A\u231B\u25FD\u25FE\u2614\u2615\u2648-\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA\u26FD\u2757\u2B1B\u2B1C\u2B50\u2B55\u{1F004}\u{1F21A}\u{1F22F}`;

const EMOJI = new RegExp(
  [
    String.raw`[#*0-9]\uFE0F?\u20E3`,
    String.raw`[${EMOJI_STYLE_WITH_SELECTOR}]\uFE0F`,
    String.raw`[\p{Emoji_Modifier_Base}--\p{Emoji_Presentation}]\uFE0F\p{Emoji_Modifier}`,
    String.raw`\u26F7\uFE0F?\p{Emoji_Modifier}`,
    String.raw`\u{1F574}(?:\uFE0F|\p{Emoji_Modifier})\u200D[\u2640\u2642]\uFE0F`,
    String.raw`\u{1F441}\u200D\u{1F5E8}`,
    String.raw`\p{RGI_Emoji}`,
  ].join('|'),
  // `v`: sets of strings (RGI_Emoji) and set difference; Node 20+. `y`: tried only where
  // an emoji can start (below), since trying the whole list at every character is slow.
  'vy',
);

/**
 * Where an emoji can start: every one above begins with an Emoji character,
 * and an ASCII digit, `#` or `*` only starts one as a keycap.
 */
const EMOJI_START = new RegExp(String.raw`[#*0-9](?=\uFE0F?\u20E3)|[\p{Emoji}--[#*0-9]]`, 'gv');

/** Each emoji in `text` as UTF-16 [start, end) offsets, in order. */
export function emojiRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  EMOJI_START.lastIndex = 0;
  for (let start = EMOJI_START.exec(text); start; start = EMOJI_START.exec(text)) {
    EMOJI.lastIndex = start.index;
    const emoji = EMOJI.exec(text);
    if (!emoji) continue;
    ranges.push([emoji.index, emoji.index + emoji[0].length]);
    EMOJI_START.lastIndex = emoji.index + emoji[0].length;
  }
  return ranges;
}
