/** `npm start` prints the plan comment's Markdown as a reader of the rendered comment would see it. */
import { describe, expect, it } from 'vitest';
import { markdownAsText } from '../../scripts/markdown-text.js';

describe('markdownAsText', () => {
  it('underlines headings, aligns table columns, and shows links and code spans as their text', () => {
    const md = [
      '<!-- buffer-gitops:plan -->',
      '### Buffer plan for `4f1c2b7`',
      '',
      '**2 to create**, 0 errors',
      '',
      '| File | Channel | Action |',
      '| --- | --- | --- |',
      '| [`posts/a.md`](https://github.com/acme/social/blob/x/posts/a.md#L3) | twitter | create |',
      '|  | linkedin:Acme Inc | create |',
    ].join('\n');
    expect(markdownAsText(md)).toBe(
      [
        'Buffer plan for 4f1c2b7',
        '───────────────────────',
        '',
        '2 to create, 0 errors',
        '',
        'File        Channel            Action',
        '──────────  ─────────────────  ──────',
        'posts/a.md  twitter            create',
        '            linkedin:Acme Inc  create',
      ].join('\n'),
    );
  });

  it('shows <details> as "▸ summary" with its content indented, code blocks indented, images by address, lists with markers', () => {
    const md = [
      '<details><summary><code>posts/a.md</code> → X (twitter)</summary>',
      '',
      'X: 12 / 280',
      '',
      '```text',
      'Hello &amp; welcome',
      '',
      'Second paragraph',
      '```',
      '',
      '<img src="https://example.com/a.png" alt="A chart" width="320"><br><sub>alt: A chart</sub>',
      '',
      '</details>',
      '',
      '- `posts/b.md` (twitter: next queue slot)',
      '- `posts/c.md`',
    ].join('\n');
    expect(markdownAsText(md)).toBe(
      [
        '▸ posts/a.md → X (twitter)',
        '',
        '  X: 12 / 280',
        '',
        '      Hello &amp; welcome',
        '',
        '      Second paragraph',
        '',
        '  [image: https://example.com/a.png]',
        '  alt: A chart',
        '',
        '- posts/b.md (twitter: next queue slot)',
        '- posts/c.md',
      ].join('\n'),
    );
  });
});
