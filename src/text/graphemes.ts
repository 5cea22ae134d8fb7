/**
 * Grapheme segmentation (user-perceived characters), one Segmenter for the
 * process, created on first use: it loads ICU's break rules (about 10 ms at
 * start-up), which most runs never need.
 */
let segmenter: Intl.Segmenter | undefined;

export function graphemes(text: string): Intl.Segments {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return segmenter.segment(text);
}
