/**
 * Markdown → the plain text a network shows (SPEC §2, §6).
 *
 * Choices, made for how posts read on social networks:
 * - links: `text (url)`; just the URL when the text is the URL (autolinks);
 * - emphasis, strong, strikethrough: markers dropped, text kept;
 * - headings: their text as a paragraph of its own;
 * - lists: `• item` / `1. item`, nested lists indented two spaces per level,
 *   task items `☐`/`☑`;
 * - blockquotes: each line prefixed with `> `, so quoted words are not read as
 *   the author's own (the plain-text convention of mail and forums);
 * - code: its text, without backticks or fences;
 * - HTML: never passed through; inline tags are dropped (the text between
 *   them is Markdown and stays), HTML blocks and comments are dropped whole;
 * - images: removed (they are sent as assets);
 * - paragraphs separated by one blank line; no trailing whitespace; NFC.
 */
import type { Definition, ListItem, Nodes, Parents, RootContent } from 'mdast';
import type { Service } from '../buffer/types.js';
import { definitionsOf } from './body.js';
import { parseMarkdown } from './markdown-tree.js';
import type { PostFile, RenderedPost } from './model.js';

export interface RenderRules {
  bullet: string;
  quotePrefix: string;
  /** How a link whose text differs from its URL is shown. */
  link: (text: string, url: string) => string;
}

const DEFAULT_RULES: RenderRules = {
  bullet: '•',
  quotePrefix: '> ',
  link: (text, url) => `${text} (${url})`,
};

/**
 * Per-network rules. Every network shows plain text with URLs auto-linked, so
 * they share the defaults today; a network that needs something else gets its
 * own entry here rather than a branch in the renderer.
 */
export const RENDER_RULES: Record<Service, RenderRules> = {
  bluesky: DEFAULT_RULES,
  facebook: DEFAULT_RULES,
  googlebusiness: DEFAULT_RULES,
  instagram: DEFAULT_RULES,
  linkedin: DEFAULT_RULES,
  mastodon: DEFAULT_RULES,
  pinterest: DEFAULT_RULES,
  startPage: DEFAULT_RULES,
  threads: DEFAULT_RULES,
  tiktok: DEFAULT_RULES,
  twitter: DEFAULT_RULES,
  youtube: DEFAULT_RULES,
};

interface Context {
  rules: RenderRules;
  definitions: Map<string, Definition>;
}

export function renderMarkdown(markdown: string, service: Service): string {
  return renderWithRules(markdown, RENDER_RULES[service] ?? DEFAULT_RULES);
}

/** Rendering without a network (idea bodies). */
export function renderMarkdownPlain(markdown: string): string {
  return renderWithRules(markdown, DEFAULT_RULES);
}

function renderWithRules(markdown: string, rules: RenderRules): string {
  const tree = parseMarkdown(markdown.replace(/\r\n?/g, '\n'));
  const text = renderBlocks(tree.children, { rules, definitions: definitionsOf(tree) }, '\n\n');
  return tidy(text);
}

function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '')
    .normalize('NFC');
}

function renderBlocks(nodes: RootContent[], context: Context, separator: string): string {
  return nodes
    .map((node) => renderBlock(node, context))
    .filter((text) => text.trim() !== '')
    .join(separator);
}

function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? first : rest) + line)
    .join('\n');
}

function renderBlock(node: RootContent, context: Context): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return renderInline(node.children, context).trim();
    case 'blockquote': {
      const inner = renderBlocks(node.children, context, '\n\n');
      const prefix = context.rules.quotePrefix;
      return prefixLines(inner, prefix, prefix);
    }
    case 'list': {
      const start = node.start ?? 1;
      return node.children
        .map((item, index) => renderListItem(item, node.ordered ? `${start + index}.` : context.rules.bullet, context))
        .filter((text) => text !== '')
        .join('\n');
    }
    case 'code':
      return node.value;
    case 'table':
      return node.children
        .map((row) => row.children.map((cell) => renderInline(cell.children, context).trim()).join(' | '))
        .join('\n');
    case 'footnoteDefinition':
      return `[${node.label ?? node.identifier}] ${renderBlocks(node.children, context, '\n')}`;
    // HTML blocks (including comments), link definitions, stray breaks and front-matter print nothing.
    default:
      return '';
  }
}

function renderListItem(item: ListItem, marker: string, context: Context): string {
  const box = item.checked === true ? '☑ ' : item.checked === false ? '☐ ' : '';
  const body = renderBlocks(item.children, context, item.spread ? '\n\n' : '\n');
  // Continuation lines (nested lists, later paragraphs) align under the text.
  const indent = ' '.repeat(marker.length + 1);
  return prefixLines(box + body, `${marker} `, indent);
}

/** Inline elements whose content is code or styling, never text to show. */
const HIDDEN_ELEMENT = /^<(script|style)\b/i;

function renderInline(nodes: Nodes[], context: Context): string {
  let text = '';
  let hiddenUntil: RegExp | undefined;
  let removed = false;
  for (const node of nodes) {
    if (hiddenUntil) {
      removed = true;
      if (node.type === 'html' && hiddenUntil.test(node.value)) hiddenUntil = undefined;
      continue;
    }
    const html = node.type === 'html' ? node.value : '';
    const hidden = HIDDEN_ELEMENT.exec(html);
    if (hidden && !new RegExp(`</${hidden[1]}\\s*>`, 'i').test(html)) {
      hiddenUntil = new RegExp(`^</${hidden[1]}\\s*>`, 'i');
      removed = true;
      continue;
    }
    text += renderInlineNode(node, context);
    if (node.type === 'image' || node.type === 'imageReference' || node.type === 'html') removed = true;
  }
  // A removed image or tag leaves the spaces on both sides of it; keep one.
  return removed ? text.replace(/([^ \t\n]) {2,}(?=[^ \t\n])/g, '$1 ') : text;
}

function renderInlineNode(node: Nodes, context: Context): string {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'emphasis':
    case 'strong':
    case 'delete':
      return renderInline(node.children, context);
    case 'link':
      return renderLink(renderInline(node.children, context), node.url, context);
    case 'linkReference': {
      const text = renderInline(node.children, context);
      const definition = context.definitions.get(node.identifier);
      return definition ? renderLink(text, definition.url, context) : text;
    }
    case 'footnoteReference':
      return `[${node.label ?? node.identifier}]`;
    // Images became assets; inline HTML tags are dropped.
    case 'image':
    case 'imageReference':
    case 'html':
      return '';
    default:
      return 'children' in node ? renderInline((node as Parents).children as Nodes[], context) : '';
  }
}

function renderLink(text: string, url: string, context: Context): string {
  const shown = text.trim();
  if (shown === '' || shown === url) return url;
  // GFM autolinks: `www.x.org` → http://www.x.org, `a@b.c` → mailto:a@b.c; show what was written.
  if (url === `http://${shown}` || url === `https://${shown}` || url === `mailto:${shown}`) return shown;
  return context.rules.link(shown, url);
}

export function renderPost(post: PostFile, service: Service): RenderedPost {
  const items =
    post.items.length > 0
      ? post.items
      : [{ markdown: post.body, assets: [], position: { line: post.bodyLine, column: 1 } }];
  const texts = items.map((item) => renderMarkdown(item.markdown, service));
  const rendered: RenderedPost = { text: texts[0] ?? '', assets: post.assets };
  if (items.length > 1) {
    // The first item carries the post's top-level assets: Buffer requires the
    // first thread item to match the top-level post.
    rendered.thread = items.map((item, index) => ({
      text: texts[index] ?? '',
      assets: index === 0 ? post.assets : item.assets,
      position: item.position,
    }));
  }
  return rendered;
}
