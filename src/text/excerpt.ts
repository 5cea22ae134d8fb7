/**
 * One-line excerpts of user text for reports and logs: whitespace runs as one
 * space, cut at a grapheme boundary (an emoji or an accented letter is never
 * cut in half) and bounded in code units too.
 */
import { graphemes } from './graphemes.js';

/**
 * UTF-16 code units an excerpt keeps per character of `max`: a grapheme may
 * be any length (a letter with thousands of combining marks is one), and the
 * summary must stay small; the longest emoji sequences are about 15.
 */
const UNITS_PER_CHARACTER = 16;

/**
 * A post's text as one line of at most `max` characters (graphemes: an emoji
 * or an accented letter is never cut in half), whitespace runs (line breaks
 * too) as one space, `…` where it was cut. Plain text: each surface escapes it.
 */
export function excerpt(text: string | undefined, max = 60): string {
  const line = (text ?? '').replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const units = max * UNITS_PER_CHARACTER;
  const parts = [...graphemes(line)].map((s) => s.segment);
  if (parts.length <= max && line.length <= units) return line;
  let cut = '';
  for (const part of parts.slice(0, max - 1)) {
    if (cut.length + part.length >= units) break;
    cut += part;
  }
  return `${cut.trimEnd()}…`;
}
