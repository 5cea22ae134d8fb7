/**
 * parseMarkdown (micromark + mdast-util-from-markdown + GFM, called directly)
 * gives the same tree, positions included, as remark().use(remarkGfm).parse(),
 * the way the package parsed before issue 16: over every Markdown file in the
 * test fixtures (whole file and body) and over generated Markdown-ish text.
 * The same for the plain-paragraph shortcut (markdown-plain.ts) wherever it
 * answers, over text made mostly of what it accepts and of what sits at the
 * edges of that.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { plainMarkdownTree } from '../../src/posts/markdown-plain.js';
import { parseMarkdown } from '../../src/posts/markdown-tree.js';
import { renderMarkdown } from '../../src/posts/render.js';

const viaRemark = remark().use(remarkGfm);
const sameTree = (markdown: string) => expect(parseMarkdown(markdown)).toStrictEqual(viaRemark.parse(markdown));

const root = join(import.meta.dirname, '..');
function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

/** Text after the front matter (the whole text when there is none), as a run parses a post's body. */
function bodyOf(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? text.slice(match[0].length) : text;
}

/** Pieces that start or end Markdown (and GFM) syntax, and plain text between them. */
// prettier-ignore
const SYNTAX = [
  '*', '**', '_', '__', '~', '~~', '`', '```', '~~~', '[', ']', '(', ')', '![', '<', '>', '#', '## ', '-', '---',
  '+', '=', '===', '|', '|---|', ':', '1.', '2)', '[ ]', '[x]', '[^1]', '[^1]: ', '[a]: ', '\\', '&amp;', '&#35;',
  '&#x1F680;', '&nope;', '<b>', '</b>', '<!--', '-->', '<div>', '<https://a.io>', 'https://example.com/a?b=1',
  'www.example.org', 'mail@example.com', '"', "'", '\n', '\n\n', '\r\n', '\r', '  \n', '\t', '    ', '   ',
];
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('word', 'Ship it', 'é', '🚀', '発表', '#tag', '@acme', 'x.io', '1', ' ') },
  { weight: 6, arbitrary: fc.constantFrom(...SYNTAX) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);
const markdownish = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));

/** What the plain-paragraph shortcut takes: words, punctuation, line breaks, `**…**`, `[…](https://…)`. */
// prettier-ignore
const PLAIN = [
  'Ship', 'it', 'v2', '2026', 'é', '🚀', '発表', 'ok', ' ', ' ', '.', ',', ':', ';', '!', '?', '(', ')', '"', "'",
  '#tag', 'a#b', '@acme', '-', '+', '=', '1', '1.', '2)', '/', '%', '$', '^', '{', '}', '\n', '\n', '\n\n',
  '**notes**', '**two words**', '**a**', '[the changelog](https://example.com/changelog/00001)', '[a](http://x.io)',
  '[a b](https://x.io/a?b=1#c)',
];
/** Just past its edges: near-misses of its two spellings, inline syntax, odd whitespace, block starts after a line break. */
// prettier-ignore
const NEAR_PLAIN = [
  '** a**', '**a **', '***a***', '**', '*', '[', ']', '[a](https://x.io/(y))', '[a](<https://x.io>)', '[a]', '[a][b]',
  '![a](https://x.io/i.png)', '[^1]', '](', 'https://x.io', 'www.x.io', 'WWW.X.IO', 'a@b.io', 'x@', '@b.io', '.@a.io',
  '#', '##', '#######', '\t', '\r\n', '  \n',
  '\\', '&amp;', '`', '_', '~', '<', '>', '|', '#', '- ', '===', '---', '\u00a0', '\u0085', '\ufeff', '\u0000',
  '\n:-', '\n:--', '\n:-:', '\n:', '\n=', '\n-', '\n--', '\n# ', '\n#', '\n> ', '\n1. ', '\n2)', '\n+ ', '\n* ', '\n***', '\n<div>', '\n```', '\n    ',
];
const nearPlain = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...PLAIN) },
      { weight: 3, arbitrary: fc.constantFrom(...NEAR_PLAIN) },
    ),
    { maxLength: 30 },
  )
  .map((pieces) => pieces.join(''));

describe('parseMarkdown', () => {
  const files = markdownFiles(root).filter((f) => f.split(sep).includes('fixtures'));

  it('finds the fixture corpus', () => {
    // The post and idea fixtures of bad-input/ and schema/: if they move, this test must follow them.
    expect(files.length).toBeGreaterThanOrEqual(90);
  });

  it('gives remark + remark-gfm’s tree for every fixture file and its body', () => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const markdown of [text, bodyOf(text)]) {
        try {
          sameTree(markdown);
        } catch (error) {
          throw new Error(`${relative(root, file)}: ${(error as Error).message}`, { cause: error });
        }
      }
    }
  });

  it.each([
    ['table', '| a | b |\n|:--|--:|\n| 1 | *2* |\n| 3 |'],
    ['footnotes', 'Text[^1] and [^x].\n\n[^1]: Note *one*\n    more\n'],
    ['task list', '- [ ] todo\n- [x] done\n  - [X] nested'],
    ['autolink literals', 'See https://a.io/x), www.b.org. and me@c.dev or <http://d.e>'],
    ['strikethrough', '~one~ ~~two~~ ~~~three~~~'],
    ['setext and thematic breaks', 'Title\n---\n\n***\n___\n- - -'],
    ['HTML and entities', '<div>\n*x*\n</div>\n\n&copy; &#169; &#xA9; &bogus;'],
    ['CRLF and lone CR', 'a\r\nb\r\rc\r\n\r\n- d\r\n'],
    ['code', '```js\nconst x = 1;\n```\n\n    indented\n\n`inline ``code``'],
    ['definitions', '[a]: https://a.io "T"\n[A]: https://b.io\n\n[a] [A][] ![img][a]'],
  ])('gives remark + remark-gfm’s tree: %s', (_name, markdown) => {
    sameTree(markdown);
  });

  it('takes the benchmark’s post body by the shortcut, with the parser’s tree', () => {
    const body =
      'Benchmark post 1 of 1: what shipped in build 00001, with **notes** and [the changelog](https://example.com/changelog/00001).\n';
    for (const markdown of [body, body.trim(), `\n${body}\n\nSecond paragraph.\n`]) {
      expect(plainMarkdownTree(markdown)).toBeDefined();
      expect(plainMarkdownTree(markdown)).toStrictEqual(viaRemark.parse(markdown));
    }
  });

  it('leaves to the parser what could be other syntax', () => {
    for (const markdown of [
      '# Heading',
      'a\n===',
      'Big news\n:--',
      'Big news\n:-:\nwe ship today',
      '- item',
      '1. item',
      '> quote',
      '    code',
      'a  \nb',
      'a\\\nb',
      '*em*',
      '_em_',
      '~~del~~',
      '`code`',
      '<b>x</b>',
      '&amp;',
      '![i](https://x.io/i.png)',
      'see www.x.io',
      'see https://x.io',
      'a@b.io',
      'a | b',
      '[a]: https://x.io',
      '[^1]',
      'a**b**',
      '**a**b',
      'a\tb',
      'a\r\nb',
      '\ufeffa',
    ])
      expect(plainMarkdownTree(markdown), markdown).toBeUndefined();
  });

  it('gives the parser’s tree, and so the renderer’s text, wherever the shortcut answers', () => {
    let taken = 0;
    fc.assert(
      fc.property(nearPlain, (markdown) => {
        const plain = plainMarkdownTree(markdown);
        if (!plain) return;
        taken++;
        const parsed = viaRemark.parse(markdown);
        expect(plain).toStrictEqual(parsed);
        // The product's renderer by both ways: an HTML comment after a blank line renders as nothing and
        // sends the text through the parser.
        expect(renderMarkdown(markdown, 'twitter')).toBe(renderMarkdown(`${markdown}\n\n<!-- -->`, 'twitter'));
      }),
      { numRuns: 6000 },
    );
    // The generator reaches both sides of the edge.
    expect(taken).toBeGreaterThan(600);
  });

  it('gives remark + remark-gfm’s tree for generated Markdown-ish text', () => {
    fc.assert(
      fc.property(markdownish, (markdown) => {
        sameTree(markdown);
      }),
      { numRuns: 3000 },
    );
  });
});
