/**
 * Where the front-matter is in a file's raw text, by byte offset.
 *
 * The delimiters are gray-matter's (a first line `---`, closed by the next line
 * `---`), but we locate them ourselves because both the parser (positions for
 * findings) and the write-back (replace one key's text, keep every other byte)
 * need exact offsets, which gray-matter does not expose.
 */

export interface FrontMatterLocation {
  /** Length of a leading byte-order mark (0 or 1); the opening delimiter follows it. */
  bomLength: number;
  /** The file's line ending, taken from the opening delimiter line (or the first line break). */
  eol: '\n' | '\r\n';
  /** Offsets of the YAML text between the delimiter lines (always whole lines). */
  yamlStart: number;
  yamlEnd: number;
  /** 1-based line number of the first YAML line. */
  yamlLine: number;
  /** Offset just past the closing delimiter line (its line break included); the body starts here. */
  bodyStart: number;
  /** 1-based line number the body starts on. */
  bodyLine: number;
}

export type FrontMatterScan =
  | ({ kind: 'present' } & FrontMatterLocation)
  | { kind: 'absent'; bomLength: number; eol: '\n' | '\r\n' }
  /** An opening `---` with no closing one: everything after it would be swallowed. */
  | { kind: 'unclosed'; bomLength: number; eol: '\n' | '\r\n' };

const DELIMITER = /^---[ \t]*$/;

/** The line ending a file uses: the first one found, LF when there is none. */
export function detectEol(raw: string): '\n' | '\r\n' {
  const lf = raw.indexOf('\n');
  return lf > 0 && raw[lf - 1] === '\r' ? '\r\n' : '\n';
}

/** Splits `raw` into lines, keeping each line's terminator so offsets add up. */
function* linesWithOffsets(raw: string, from: number): Generator<{ start: number; text: string; next: number }> {
  let start = from;
  while (start < raw.length) {
    const lf = raw.indexOf('\n', start);
    const next = lf === -1 ? raw.length : lf + 1;
    let end = lf === -1 ? raw.length : lf;
    if (end > start && raw[end - 1] === '\r') end -= 1;
    yield { start, text: raw.slice(start, end), next };
    start = next;
  }
}

export function scanFrontMatter(raw: string): FrontMatterScan {
  const bomLength = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  const eol = detectEol(raw);
  const lines = linesWithOffsets(raw, bomLength);
  const first = lines.next();
  if (first.done || !DELIMITER.test(first.value.text)) return { kind: 'absent', bomLength, eol };
  let lineNumber = 1;
  for (const line of lines) {
    lineNumber += 1;
    if (DELIMITER.test(line.text)) {
      return {
        kind: 'present',
        bomLength,
        eol,
        yamlStart: first.value.next,
        yamlEnd: line.start,
        yamlLine: 2,
        bodyStart: line.next,
        // A closing delimiter at the very end of the file (no line break) leaves
        // the body empty, on the line after it.
        bodyLine: lineNumber + 1,
      };
    }
  }
  return { kind: 'unclosed', bomLength, eol };
}

/** 1-based line and column of an offset in `text` (columns count UTF-16 units, the BOM excluded). */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  const bom = lineStart === 0 && text.charCodeAt(0) === 0xfeff && offset > 0 ? 1 : 0;
  return { line, column: offset - lineStart - bom + 1 };
}
