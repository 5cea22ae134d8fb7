/** One configured Markdown parser (CommonMark + GFM) for the whole package. */
import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';

const processor = remark().use(remarkGfm);

/** The mdast tree of `markdown`; positions are relative to `markdown`. */
export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown);
}
