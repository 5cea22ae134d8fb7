import { describe, expect, it } from 'vitest';
import { SERVICES } from '../../src/buffer/types.js';
import { parsePostFile } from '../../src/posts/parse.js';
import { renderMarkdown, renderPost } from '../../src/posts/render.js';

const render = (markdown: string) => renderMarkdown(markdown, 'twitter');

describe('renderMarkdown', () => {
  it.each([
    [
      'links become text (url)',
      'See [the docs](https://example.com/docs).',
      'See the docs (https://example.com/docs).',
    ],
    [
      'autolinks show the url once',
      '<https://example.com> and https://example.org/x',
      'https://example.com and https://example.org/x',
    ],
    ['www autolinks as written', 'Visit www.example.com now', 'Visit www.example.com now'],
    ['a link whose text is its url', '[https://a.io](https://a.io)', 'https://a.io'],
    ['reference links', 'Read [this][1].\n\n[1]: https://x.io', 'Read this (https://x.io).'],
    [
      'emphasis, strong, strike dropped',
      'This *is* **very** _nice_ __ok__ ~~not~~ ***both***',
      'This is very nice ok not both',
    ],
    ['escaped markers stay', 'Price: 5\\*3 \\_x\\_', 'Price: 5*3 _x_'],
    [
      'headings on their own line',
      '# Launch\nNew **version**\n\n## Details\n\nText',
      'Launch\n\nNew version\n\nDetails\n\nText',
    ],
    ['bullets', '- one\n- two\n* three', '• one\n• two\n\n• three'],
    ['ordered lists keep their numbers', '3. three\n4. four', '3. three\n4. four'],
    ['nested lists are indented', '- a\n  - b\n    - c\n- d', '• a\n  • b\n    • c\n• d'],
    ['task lists', '- [ ] todo\n- [x] done', '• ☐ todo\n• ☑ done'],
    ['inline code keeps its text', 'Run `npm i` now', 'Run npm i now'],
    ['code blocks keep their text and indentation', '```js\nif (x) {\n  y();\n}\n```', 'if (x) {\n  y();\n}'],
    ['blockquotes are prefixed', '> quoted *words*\n> more\n\nafter', '> quoted words\n> more\n\nafter'],
    ['inline HTML tags dropped', 'a <b>bold</b> <span class="x">word</span>', 'a bold word'],
    ['script and style contents dropped', 'x <script>alert(1)</script> y <style>p{}</style>', 'x y'],
    [
      'HTML blocks and comments dropped',
      'before\n\n<div>\n<script>alert(1)</script>\n</div>\n\n<!-- note to self -->\n\nafter',
      'before\n\nafter',
    ],
    ['hard breaks and soft breaks become newlines', 'one  \ntwo\\\nthree\nfour', 'one\ntwo\nthree\nfour'],
    ['images removed', 'Look ![chart](https://x/a.png) here\n\n![only](https://x/b.png)', 'Look here'],
    ['no trailing whitespace, collapsed blank lines', 'a   \n\n\n\nb\t', 'a\n\nb'],
    ['emoji, CJK and hashtags untouched', '🚀 発表 #launch @acme 👩🏽‍💻', '🚀 発表 #launch @acme 👩🏽‍💻'],
    ['NFC normalisation', 'Cafe\u0301', 'Caf\u00e9'],
    ['tables as rows', '| a | b |\n|---|---|\n| 1 | *2* |', 'a | b\n1 | 2'],
    ['empty input', '', ''],
  ])('%s', (_name, markdown, expected) => {
    expect(render(markdown)).toBe(expected);
  });

  it('CRLF input renders as LF', () => {
    expect(render('a\r\nb\r\n\r\nc')).toBe('a\nb\n\nc');
  });

  it('every service renders (the parameter is used)', () => {
    for (const service of SERVICES)
      expect(renderMarkdown('**Hi** [x](https://y.z)', service)).toBe('Hi x (https://y.z)');
  });
});

describe('renderPost', () => {
  const raw =
    '---\nchannel: twitter\nassets: {images: [https://x/fm.png]}\n---\nFirst **one** ![a](https://x/a.png)\n\n---\n\nSecond ![b](https://x/b.png)\n';
  it('a thread: text equals the first item; items carry their assets', () => {
    const post = parsePostFile('posts/t.md', raw, {});
    const rendered = renderPost(post, 'twitter');
    expect(rendered.text).toBe('First one');
    expect(rendered.assets).toEqual(post.assets);
    expect(rendered.thread).toEqual([
      { text: 'First one', assets: post.assets, position: { line: 5, column: 1 } },
      {
        text: 'Second',
        assets: [{ image: { url: 'https://x/b.png', metadata: { altText: 'b' } } }],
        position: { line: 9, column: 1 },
      },
    ]);
    expect(rendered.thread?.[0]?.text).toBe(rendered.text);
  });
  it('a single post has no thread', () => {
    const rendered = renderPost(
      parsePostFile('posts/s.md', '---\nchannel: twitter\n---\nHello _world_\n', {}),
      'linkedin',
    );
    expect(rendered).toEqual({ text: 'Hello world', assets: [] });
  });
});
