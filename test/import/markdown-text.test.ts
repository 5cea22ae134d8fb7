/**
 * Import writes Buffer's plain text as Markdown; the product must render it
 * back to exactly that text, or a plan right after an import would edit posts.
 */
import { describe, expect, it } from 'vitest';
import { markdownFor } from '../../src/import/markdown-text.js';
import { renderMarkdown } from '../../src/posts/render.js';
import { SERVICES } from '../../src/buffer/types.js';

const TEXTS = [
  'Plain words.',
  'Hello *world* and _you_ and **bold** ~strike~ `code`',
  '# not a heading\n## nor this\n- not a list\n+ nor this\n* nor this\n1. not ordered\n2) nor this\n> not a quote',
  'snake_case_name, __dunder__ and _leading',
  'See https://example.com/a_b_c?x=1&y=2*3 and www.example.org/x_y, mail a_b@example.com.',
  'a | b\n--- | ---\n1 | 2',
  '<b>not html</b> &amp; &#169; <https://example.com>',
  'para one\n\npara two\nline two of para two',
  '***\n___\n- - -',
  'Title\n===\nSub\n---',
  '[not a link](https://example.com) ![not an image](https://example.com/a.png) [ref]: https://example.com',
  'back\\slash at the end\\',
  '```\nnot a fence\n```\n~~~',
  'Ümlauts, emoji 🎉, CJK 你好, RTL שלום',
  '100. percent\n+1 agreed\n#hashtag #another',
  'a poem\n  indented line\n\tand a tab\n    four spaces, not code',
];

describe('plain text → Markdown that renders back exactly', () => {
  for (const text of TEXTS) {
    it(JSON.stringify(text.slice(0, 40)), () => {
      const result = markdownFor(text, 'twitter');
      expect(result.exact).toBe(true);
      expect(renderMarkdown(result.markdown, 'twitter')).toBe(text);
    });
  }

  it('stays readable: plain sentences and URLs are not escaped', () => {
    expect(markdownFor('Ship it: https://example.com/a_b_c', 'linkedin').markdown).toBe(
      'Ship it: https://example.com/a_b_c',
    );
    expect(markdownFor('snake_case', 'linkedin').markdown).toBe('snake_case');
  });

  it('renders back on every network', () => {
    const text = '- dash\n*star* _under_ <tag> 1. one';
    for (const service of SERVICES) expect(renderMarkdown(markdownFor(text, service).markdown, service)).toBe(text);
  });

  it('says so when no Markdown can carry the text (runs of blank lines, trailing spaces)', () => {
    expect(markdownFor('one\n\n\nthree blank lines', 'twitter').exact).toBe(false);
    expect(markdownFor('trailing  \nspaces', 'twitter').exact).toBe(false);
  });
});
