/**
 * body.ts walks the Markdown tree itself (issue 16: without unist-util-visit,
 * which a plain post's check then never loads): the images and definitions
 * it finds are unist-util-visit's, in the same order, over generated Markdown
 * with images, reference images, definitions, links and nesting.
 */
import fc from 'fast-check';
import type { Definition, Image, ImageReference, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { collectImages, definitionsOf } from '../../src/posts/body.js';
import { parseMarkdown } from '../../src/posts/markdown-tree.js';

/** The walk as it was, with unist-util-visit. */
function visitImages(tree: Root, definitions: Map<string, Definition>) {
  const images: { url: string; alt: string; position: { line: number; column: number } }[] = [];
  visit(tree, (node) => {
    if (node.type !== 'image' && node.type !== 'imageReference') return;
    const url = node.type === 'image' ? (node as Image).url : definitions.get((node as ImageReference).identifier)?.url;
    if (url === undefined) return;
    const start = node.position?.start ?? { line: 1, column: 1 };
    images.push({ url, alt: node.alt ?? '', position: { line: start.line, column: start.column } });
  });
  return images;
}
function visitDefinitions(tree: Root): Map<string, Definition> {
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  return definitions;
}

// prettier-ignore
const PIECES = [
  '![a](https://a.io/1.png)', '![](https://a.io/2.png "t")', '![b][b]', '![a][]', '![c]', '[b]: https://a.io/b.png',
  '[a]: https://a.io/a.png', '[A]: https://a.io/A.png', '[c]: <https://a.io/c d.png>', '[link](https://a.io)',
  '> ', '- ', '1. ', '  ', '    ', '**', '_', '`', '```\n', '| x | y |\n|---|---|\n| ![t](https://a.io/t.png) | 1 |\n',
  '[^1]', '[^1]: note ![f](https://a.io/f.png)', '\n', '\n\n', '---\n', 'word', '🚀', '#', '## ',
];
const markdown = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((pieces) => pieces.join(''));

describe("body.ts's tree walk", () => {
  it('finds the images and definitions unist-util-visit finds, in the same order', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const tree = parseMarkdown(text);
        const definitions = definitionsOf(tree);
        expect([...definitions]).toEqual([...visitDefinitions(tree)]);
        expect(collectImages(tree, definitions, (p) => p)).toEqual(visitImages(tree, definitions));
        // And from a node inside the tree, as splitBody walks each thread item.
        for (const child of tree.children)
          expect(collectImages(child, definitions, (p) => p)).toEqual(
            visitImages({ type: 'root', children: [child] }, definitions),
          );
      }),
      { numRuns: 400 },
    );
  });

  it('finds images nested in a quote, a list and a table, and a reference resolved through the first definition', () => {
    const tree = parseMarkdown(
      '> - ![q](https://a.io/q.png)\n\n| a |\n|---|\n| ![t](https://a.io/t.png) |\n\n![r][x]\n\n[x]: https://a.io/1.png\n[x]: https://a.io/2.png\n',
    );
    const images = collectImages(tree, definitionsOf(tree), (p) => p).map((i) => i.url);
    expect(images).toEqual(['https://a.io/q.png', 'https://a.io/t.png', 'https://a.io/1.png']);
  });
});
