/**
 * Buffer's plain text → a Markdown body that the product renders back to
 * exactly that text (posts/render.ts), so an imported file plans nothing.
 *
 * First the readable way: only what Markdown would read as syntax is escaped
 * (line-start markers, emphasis and code characters, brackets, `<`, entity
 * look-alikes), and URLs are left alone. Every candidate is rendered and
 * compared; if it does not come back exact, every ASCII punctuation
 * character is escaped, which CommonMark always reads as literal text. Text
 * the renderer cannot produce at all (runs of blank lines, trailing spaces)
 * is reported by the caller.
 */
import type { Service } from '../buffer/types.js';
import { renderMarkdown } from '../posts/render.js';

export interface MarkdownText {
  markdown: string;
  /** False when no Markdown renders back to the text exactly. */
  exact: boolean;
}

export function markdownFor(text: string, service: Service): MarkdownText {
  const normalized = text.replace(/\r\n?/g, '\n');
  for (const escape of [escapeReadable, escapeAll]) {
    const markdown = escapeText(normalized, escape);
    if (renderMarkdown(markdown, service) === text) return { markdown, exact: true };
  }
  return { markdown: escapeText(normalized, escapeReadable), exact: false };
}

type LineEscaper = (line: string) => string;

function escapeText(text: string, escape: LineEscaper): string {
  return text
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : keepIndent(line, escape)))
    .join('\n');
}

/** Leading blanks would be dropped (or start code): they are written as character references. */
function keepIndent(line: string, escape: LineEscaper): string {
  const indent = /^[ \t]*/.exec(line)![0];
  const refs = indent.replace(/ /g, '&#32;').replace(/\t/g, '&#9;');
  return refs + escape(line.slice(indent.length));
}

const URL = /(?:https?:\/\/|www\.)[^\s<>]*[^\s<>.,;:!?'")\]]/g;

function escapeReadable(line: string): string {
  let out = '';
  let cursor = 0;
  for (const match of line.matchAll(URL)) {
    out += escapeInline(line.slice(cursor, match.index));
    out += match[0];
    cursor = match.index! + match[0].length;
  }
  out += escapeInline(line.slice(cursor));
  return escapeLineStart(out);
}

function escapeInline(text: string): string {
  return (
    text
      .replace(/[\\`*[\]<~|]/g, (c) => `\\${c}`)
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
      // `_` inside a word is never emphasis in GFM; at a word edge it can be.
      .replace(/_/g, (c, at: number, all: string) =>
        /[A-Za-z0-9]/.test(all[at - 1] ?? '') && /[A-Za-z0-9]/.test(all[at + 1] ?? '') ? c : `\\${c}`,
      )
  );
}

/** Markers that start a block at the beginning of a line: headings, quotes, lists, breaks, setext underlines. */
function escapeLineStart(line: string): string {
  if (/^(#{1,6})(?=[ \t]|$)/.test(line)) return `\\${line}`;
  if (/^[>+=-]/.test(line)) return `\\${line}`;
  const ordered = /^(\d{1,9})([.)])/.exec(line);
  if (ordered) return `${ordered[1]}\\${line.slice(ordered[1]!.length)}`;
  return line;
}

function escapeAll(line: string): string {
  return line.replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}
