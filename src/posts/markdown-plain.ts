/**
 * The tree of the simplest posts, built without the Markdown parser: most
 * posts are a paragraph or a few of plain text with perhaps a `**strong**`
 * word and a `[link](https://…)`, and micromark's first parse in a process
 * costs several ms (issue 16: `buffer-gitops validate` of one post).
 *
 * Only text that cannot mean anything else is taken: lines that start with
 * none of the characters that open a block (heading, quote, list, fence,
 * setext underline, table, HTML, indented code), no character that can start
 * inline syntax (escape, code, emphasis, strikethrough, HTML, entity, image,
 * autolink, GFM's www./scheme/e-mail literals, footnote) outside the two
 * spellings below, no tab, carriage return, control character or
 * whitespace other than the space, no space at a line's start or end. For
 * anything else the answer is undefined and the parser runs. The tree is
 * node for node and position for position the parser's
 * (test/posts/markdown-tree.test.ts, property-tested against it).
 */
import type { Link, Paragraph, PhrasingContent, Root, Strong } from 'mdast';

type Point = NonNullable<Root['position']>['start'];

/**
 * Anywhere in a line, outside `**…**` and `[…](…)` as matched below: what can start inline syntax. An `@`
 * is taken only after a space or a line's start (`@name`): an e-mail literal needs a character before it.
 */
const INLINE_SYNTAX = /[\\`*_~<&|[\]\0-\x09\x0b-\x1f\x7f-\x9f]|[^\S \n]|!\[|:\/\/|www\.|[^ \n]@/i;
/**
 * A line's start that can open a block (heading, quote, list, setext underline, fence, HTML), or a space, or
 * begin a table's delimiter row (`|`, and `:-`/`:--`/`:-:`, which under a line of text make it a one-column table).
 */
const BLOCK_START = /^(?:[ >\-+=|:`~<]|#{1,6}(?:[ \t]|$)|\d+[.)])/;
/** A word or words of ASCII letters and digits: the only content taken inside `**…**` and `[…]`. */
const WORDS = '[A-Za-z0-9](?:[A-Za-z0-9 ]*[A-Za-z0-9])?';
const STRONG = new RegExp(String.raw`\*\*(${WORDS})\*\*`, 'y');
const LINK = new RegExp(String.raw`\[(${WORDS})\]\((https?:\/\/[A-Za-z0-9._~\/?#=%+-]+)\)`, 'y');
/** Around `**…**`: flanking is then unambiguous (an opening run only, a closing run only). */
const BEFORE_STRONG = new Set(['', ' ', '(']);
const AFTER_STRONG = new Set(['', ' ', '.', ',', ';', ':', '!', '?', ')']);

/** The mdast tree of `markdown` when it is plain paragraphs as described above; undefined otherwise. */
export function plainMarkdownTree(markdown: string): Root | undefined {
  const lines = markdown.split('\n');
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  const point = (at: number): Point => {
    // The last line starting at or before `at`.
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: at - lineStarts[low]! + 1, offset: at };
  };

  const children: Paragraph[] = [];
  let first = -1;
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    if (line !== undefined && line !== '') {
      if (BLOCK_START.test(line) || line.endsWith(' ')) return undefined;
      if (first === -1) first = i;
      continue;
    }
    if (first === -1) continue;
    const start = lineStarts[first]!;
    const end = lineStarts[i - 1]! + lines[i - 1]!.length;
    const content = paragraphContent(markdown, start, end, point);
    if (!content) return undefined;
    children.push({ type: 'paragraph', children: content, position: { start: point(start), end: point(end) } });
    first = -1;
  }
  return { type: 'root', children, position: { start: point(0), end: point(markdown.length) } };
}

/** The inline nodes of markdown[start, end), or undefined when anything there could be other syntax. */
function paragraphContent(
  markdown: string,
  start: number,
  end: number,
  point: (at: number) => Point,
): PhrasingContent[] | undefined {
  const nodes: PhrasingContent[] = [];
  let textStart = start;
  const flushText = (upTo: number): boolean => {
    if (upTo === textStart) return true;
    const value = markdown.slice(textStart, upTo);
    if (INLINE_SYNTAX.test(value)) return false;
    // Right after `**…**` or `[…](…)`: an `@` there has no space before it either.
    if (value.startsWith('@') && textStart !== start) return false;
    nodes.push({ type: 'text', value, position: { start: point(textStart), end: point(upTo) } });
    return true;
  };
  const innerText = (from: number, value: string) => ({
    type: 'text' as const,
    value,
    position: { start: point(from), end: point(from + value.length) },
  });

  let at = start;
  while (at < end) {
    const char = markdown.charAt(at);
    if (char !== '*' && char !== '[') {
      at++;
      continue;
    }
    const pattern = char === '*' ? STRONG : LINK;
    pattern.lastIndex = at;
    const match = pattern.exec(markdown);
    if (!match || at + match[0].length > end) return undefined;
    const after = at + match[0].length;
    const before = at === start ? '' : markdown.charAt(at - 1);
    if (char === '*') {
      const next = after === end ? '' : markdown.charAt(after);
      if (!BEFORE_STRONG.has(before === '\n' ? '' : before) || !AFTER_STRONG.has(next === '\n' ? '' : next))
        return undefined;
    } else if (before === '!') {
      return undefined; // `![…](…)` is an image
    }
    if (!flushText(at)) return undefined;
    const position = { start: point(at), end: point(after) };
    const inner = innerText(at + (char === '*' ? 2 : 1), match[1]!);
    const node: Strong | Link =
      char === '*'
        ? { type: 'strong', children: [inner], position }
        : { type: 'link', title: null, url: match[2]!, children: [inner], position };
    nodes.push(node);
    at = after;
    textStart = after;
  }
  return flushText(end) ? nodes : undefined;
}
