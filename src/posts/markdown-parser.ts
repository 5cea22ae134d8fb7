/**
 * micromark and its mdast builder, called directly: the tree is the one
 * `remark().use(remarkGfm).parse()` gives (remark-parse makes exactly this
 * call; test/posts/markdown-tree.test.ts compares both), without unified and
 * the Markdown serializer that remark brings along and nothing here uses.
 *
 * A module of its own (a chunk of its own in dist/), loaded by
 * markdown-tree.ts's loadMarkdownParser: a `validate` of posts that are all
 * plain paragraphs never loads it (≈ 4 ms of its start, issue 16).
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

// Built once and shared by every parse, as remark-gfm does for a processor.
const options = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

/** CommonMark + GFM; positions are relative to `markdown`. */
export function parseWithMicromark(markdown: string): Root {
  return fromMarkdown(markdown, options);
}
