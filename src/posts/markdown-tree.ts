/**
 * One configured Markdown parser (CommonMark + GFM) for the whole package.
 *
 * micromark and its mdast builder, called directly: the tree is the one
 * `remark().use(remarkGfm).parse()` gives (remark-parse makes exactly this
 * call; test/posts/markdown-tree.test.ts compares both), without unified and
 * the Markdown serializer that remark brings along and nothing here uses.
 * That is ~1/3 less code for `validate` to load on every start (issue 16).
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { plainMarkdownTree } from './markdown-plain.js';

// Built once and shared by every parse, as remark-gfm does for a processor.
const options = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

/** The mdast tree of `markdown`; positions are relative to `markdown`. Plain paragraphs skip the parser (markdown-plain.ts). */
export function parseMarkdown(markdown: string): Root {
  return plainMarkdownTree(markdown) ?? fromMarkdown(markdown, options);
}
