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

/**
 * The whole list, built on first use: compiling `\p{RGI_Emoji}` takes 30 to
 * 130 ms, which a post without emoji, or with only single-character ones
 * (below), never needs to pay.
 */
let emojiPattern: RegExp | undefined;
function emojiAt(): RegExp {
  emojiPattern ??= new RegExp(
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
  return emojiPattern;
}

/**
 * Where an emoji can start: every one above begins with an Emoji character,
 * and an ASCII digit, `#` or `*` only starts one as a keycap. Built on first use too.
 */
let emojiStartPattern: RegExp | undefined;
function emojiStart(): RegExp {
  emojiStartPattern ??= new RegExp(String.raw`[#*0-9](?=\uFE0F?\u20E3)|[\p{Emoji}--[#*0-9]]`, 'gv');
  return emojiStartPattern;
}

/**
 * A UTF-16 code unit of every character that can start an emoji: the Emoji
 * characters other than `#*0-9` are U+00A9, U+00AE and code points from
 * U+203C on (surrogates included), and a keycap needs U+20E3. Text with none
 * of these (most Latin-script posts) has no emoji, and skips compiling the
 * patterns above. Checked against `\p{Emoji}` for every code point in
 * test/text/x-emoji.test.ts.
 */
export const MAY_START_EMOJI = /[\xA9\xAE\u203C-\uFFFF]/;

/**
 * What comes right after the first character of every emoji in the list that
 * is longer than one character: U+FE0F (or the text selector U+FE0E), a ZWJ,
 * the keycap mark, a skin tone, a second regional indicator, or a tag (the
 * England, Scotland and Wales flags). Every alternative above starts so too.
 */
const CONTINUES_EMOJI =
  /\uFE0E|\uFE0F|\u200D|\u20E3|[\u{1F3FB}-\u{1F3FF}]|[\u{1F1E6}-\u{1F1FF}]|[\u{E0020}-\u{E007F}]/uy;
/**
 * The one-character emoji of the list: exactly the Emoji_Presentation
 * characters but a lone regional indicator (checked against the whole list
 * for every emoji character in test/text/x-emoji.test.ts).
 */
const SINGLE_EMOJI = /^\p{Emoji_Presentation}$/u;
const REGIONAL_INDICATOR = /^[\u{1F1E6}-\u{1F1FF}]$/u;
/**
 * The characters that are one emoji together with a U+FE0F after them: the
 * emoji-style ones above, and in the list every Emoji character that is
 * text-style by default (`❤️`, `✈️`) but `#*0-9`, which need a keycap mark
 * (checked against the whole list for every emoji character, in the test).
 */
const TAKES_SELECTOR = new RegExp(
  String.raw`^(?:[${EMOJI_STYLE_WITH_SELECTOR}]|(?![#*0-9])(?!\p{Emoji_Presentation})\p{Emoji})$`,
  'u',
);

/**
 * The end of the emoji starting at `start`, if one does. A character (with
 * or without a U+FE0F) not followed by anything that continues an emoji is
 * one emoji by itself or none, so 👍, 🚀 or ❤️ between words never needs
 * the whole list.
 */
function emojiEnd(text: string, start: number, shortcut: boolean): number | undefined {
  const first = String.fromCodePoint(text.codePointAt(start) ?? 0);
  const after = start + first.length;
  const selector = text.charCodeAt(after) === 0xfe0f;
  CONTINUES_EMOJI.lastIndex = selector ? after + 1 : after;
  if (shortcut && !CONTINUES_EMOJI.test(text)) {
    if (selector && TAKES_SELECTOR.test(first)) return after + 1;
    return SINGLE_EMOJI.test(first) && !REGIONAL_INDICATOR.test(first) ? after : undefined;
  }
  const pattern = emojiAt();
  pattern.lastIndex = start;
  const emoji = pattern.exec(text);
  return emoji ? start + emoji[0].length : undefined;
}

/**
 * Each emoji in `text` as UTF-16 [start, end) offsets, in order.
 * `shortcut: false` always uses the whole list (for the test that the
 * shortcut changes nothing).
 */
export function emojiRanges(text: string, { shortcut = true }: { shortcut?: boolean } = {}): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  if (!MAY_START_EMOJI.test(text)) return ranges;
  const starts = emojiStart();
  starts.lastIndex = 0;
  for (let start = starts.exec(text); start; start = starts.exec(text)) {
    const end = emojiEnd(text, start.index, shortcut);
    if (end === undefined) continue;
    ranges.push([start.index, end]);
    starts.lastIndex = end;
  }
  return ranges;
}
