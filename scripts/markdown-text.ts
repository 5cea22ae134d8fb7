/**
 * GitHub-flavoured Markdown as plain text for a terminal, for `npm start` to
 * show the plan comment roughly as GitHub renders it: headings underlined,
 * tables as aligned columns, `<details>` as "▸ summary" sections, code
 * blocks indented, links as their text, HTML tags dropped (images as their
 * address). Enough for the comments buffer-gitops writes, not a general
 * renderer.
 */
import type { Nodes, Root, RootContent, Table } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&nbsp;': ' ',
};

/** An HTML fragment as the text a reader sees. */
function htmlText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<summary>/gi, '▸ ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<img\b[^>]*\bsrc="([^"]*)"[^>]*>/gi, '[image: $1]')
    .replace(/<[^>]+>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (e) => ENTITIES[e] ?? e);
}

function inline(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'html':
      return htmlText(node.value);
    case 'break':
      return '\n';
    case 'image':
      return `[image: ${node.url}]`;
    default:
      return 'children' in node ? (node.children as Nodes[]).map(inline).join('') : '';
  }
}

function table(node: Table): string[] {
  const rows = node.children.map((row) =>
    row.children.map((cell) =>
      inline(cell)
        .replace(/\s*\n\s*/g, ' ')
        .trim(),
    ),
  );
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c + ' '.repeat(Math.max(0, widths[i]! - [...c].length)))
      .join('  ')
      .trimEnd();
  return [line(rows[0]!), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)];
}

/** Blocks as lines; blank lines between blocks are added by the caller. */
function block(node: RootContent): string[] {
  switch (node.type) {
    case 'heading': {
      const text = inline(node);
      return [text, '─'.repeat([...text].length)];
    }
    case 'paragraph':
      return inline(node).split('\n');
    case 'html': {
      const text = htmlText(node.value).trim();
      return text === '' ? [] : text.split('\n');
    }
    case 'code': {
      const lines = node.value.split('\n').map((l) => `    ${l}`);
      return node.lang === 'mermaid' ? ['(a chart on GitHub, drawn from:)', ...lines] : lines;
    }
    case 'table':
      return table(node);
    case 'list':
      return node.children.flatMap((item, i) => {
        const marker = node.ordered ? `${(node.start ?? 1) + i}. ` : '- ';
        const lines = blocks(item.children);
        return lines.map((l, j) => (j === 0 ? marker : ' '.repeat(marker.length)) + l);
      });
    case 'blockquote':
      return blocks(node.children).map((l) => `> ${l}`);
    case 'thematicBreak':
      return ['───'];
    default:
      return inline(node).split('\n');
  }
}

/** Blocks separated by a blank line; what a `<details>` holds is indented under its "▸ summary". */
function blocks(nodes: RootContent[]): string[] {
  const out: string[] = [];
  let depth = 0;
  for (const node of nodes) {
    const closes = node.type === 'html' ? (node.value.match(/<\/details>/gi) ?? []).length : 0;
    const opens = node.type === 'html' ? (node.value.match(/<details\b/gi) ?? []).length : 0;
    depth = Math.max(0, depth - closes);
    const lines = block(node);
    if (lines.length > 0) {
      if (out.length > 0) out.push('');
      out.push(...lines.map((l) => (l === '' ? '' : '  '.repeat(depth) + l)));
    }
    depth += opens;
  }
  return out;
}

export function markdownAsText(markdown: string): string {
  const tree = remark().use(remarkGfm).parse(markdown) as Root;
  return blocks(tree.children)
    .map((line) => line.trimEnd())
    .join('\n');
}
