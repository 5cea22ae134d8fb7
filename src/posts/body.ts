/**
 * The body of a post → thread items. Items are separated by top-level thematic
 * breaks found in the Markdown AST (so a `---` inside a fenced code block or a
 * list is text, not a break). Each item keeps its Markdown slice and its images
 * as assets.
 */
import type { Definition, Nodes, Root, RootContent } from 'mdast';
import type { AssetInput } from '../buffer/types.js';
import type { FindingList } from './findings.js';
import type { SourcePosition, ThreadItem } from './model.js';
import { parseMarkdown } from './markdown-tree.js';

export interface BodyImage {
  url: string;
  alt: string;
  position: SourcePosition;
}

/** Images of a tree, in document order, with reference-style images resolved through `definitions`. */
export function collectImages(
  tree: Root | RootContent,
  definitions: Map<string, Definition>,
  toFile: (p: SourcePosition) => SourcePosition,
): BodyImage[] {
  const images: BodyImage[] = [];
  eachNode(tree, (node) => {
    if (node.type !== 'image' && node.type !== 'imageReference') return;
    const url = node.type === 'image' ? node.url : definitions.get(node.identifier)?.url;
    if (url === undefined) return;
    const start = node.position?.start ?? { line: 1, column: 1 };
    images.push({ url, alt: node.alt ?? '', position: toFile({ line: start.line, column: start.column }) });
  });
  return images;
}

export function definitionsOf(tree: Root): Map<string, Definition> {
  const definitions = new Map<string, Definition>();
  eachNode(tree, (node) => {
    // CommonMark: the first definition of a label wins.
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  return definitions;
}

/**
 * Every node of `node`'s tree in document order (the node, then each child's
 * tree), as unist-util-visit walks it, without loading that package: a plain
 * post's check never needs it (issue 16).
 */
function eachNode(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) eachNode(child, visit);
}

/** An image URL Buffer can fetch: absolute https. Anything else is reported here. */
export function checkImageUrl(image: BodyImage, findings: FindingList): void {
  const { url, position } = image;
  if (/^https:\/\//i.test(url)) return;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    findings.error(
      'image-url-relative',
      position,
      `Image \`${url}\` is a relative path; Buffer fetches images by URL. Upload it and use its absolute https:// URL.`,
    );
  } else {
    findings.error(
      'image-url-not-https',
      position,
      `Image \`${url}\` is not an https:// URL; Buffer needs an absolute https:// address.`,
    );
  }
}

export function imageAsset(image: BodyImage): AssetInput {
  return { image: image.alt ? { url: image.url, metadata: { altText: image.alt } } : { url: image.url } };
}

/** A `Setext` heading underlined with dashes looks like a thread break but is not one. */
function isDashUnderlinedHeading(node: RootContent, body: string): boolean {
  if (node.type !== 'heading' || node.depth !== 2) return false;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return false;
  const source = body.slice(start, end);
  const lastLine = source.split(/\r?\n/).pop() ?? '';
  return source.includes('\n') && /^ {0,3}-+[ \t]*$/.test(lastLine);
}

export function splitBody(body: string, bodyLine: number, findings: FindingList): ThreadItem[] {
  const toFile = (p: SourcePosition): SourcePosition => ({ line: p.line + bodyLine - 1, column: p.column });
  const tree = parseMarkdown(body);
  const definitions = definitionsOf(tree);

  const groups: { nodes: RootContent[]; breakAt?: SourcePosition }[] = [{ nodes: [] }];
  for (const node of tree.children) {
    if (node.type === 'thematicBreak') {
      const start = node.position?.start ?? { line: 1, column: 1 };
      groups.push({ nodes: [], breakAt: toFile({ line: start.line, column: start.column }) });
      continue;
    }
    if (isDashUnderlinedHeading(node, body)) {
      const end = node.position?.end ?? { line: 1, column: 1 };
      findings.warning(
        'setext-heading',
        toFile({ line: end.line, column: 1 }),
        'This `---` underlines the line above as a heading instead of starting a new thread item; put a blank line before it to split the thread.',
      );
    }
    groups[groups.length - 1]?.nodes.push(node);
  }

  const items: ThreadItem[] = [];
  for (const [index, group] of groups.entries()) {
    // Link definitions alone print nothing; an item made only of them is empty.
    const content = group.nodes.filter((n) => n.type !== 'definition');
    const first = group.nodes[0];
    const last = group.nodes[group.nodes.length - 1];
    if (content.length === 0 || !first || !last) {
      if (groups.length > 1) {
        // Point at the break that closes the empty item (or the trailing one that opened it).
        const at = groups[index + 1]?.breakAt ?? group.breakAt ?? toFile({ line: 1, column: 1 });
        findings.warning(
          'empty-thread-item',
          at,
          'This thread item is empty (two breaks in a row, or a break at the start or end of the body); remove the extra `---`.',
        );
      }
      continue;
    }
    const start = first.position?.start;
    const markdown = body.slice(start?.offset ?? 0, last.position?.end.offset ?? body.length).replace(/\r\n?/g, '\n');
    const images = group.nodes.flatMap((node) => collectImages(node, definitions, toFile));
    for (const image of images) checkImageUrl(image, findings);
    items.push({
      markdown,
      assets: images.map(imageAsset),
      position: toFile({ line: start?.line ?? 1, column: start?.column ?? 1 }),
    });
  }
  if (items.length === 0) items.push({ markdown: '', assets: [], position: { line: bodyLine, column: 1 } });
  return items;
}
