/**
 * One configured Markdown parser (CommonMark + GFM) for the whole package.
 *
 * Plain paragraphs get their tree without the parser (markdown-plain.ts);
 * everything else goes to micromark (markdown-parser.ts), which is loaded
 * separately and on purpose: parsing is synchronous, loading a chunk is not,
 * so a program loads it once, before it parses, with loadMarkdownParser():
 * the action (main.ts) and every CLI command but `validate` (cli/main.ts)
 * before their command runs. `validate` loads it only when a file needs it
 * (withMarkdownParser), so checking plain posts skips ≈ 450 KB of code
 * (issue 16). A parse that needs the parser before it is loaded is a bug in
 * this package, never a guess: it throws MarkdownParserNotLoaded.
 */
import type { Root } from 'mdast';
import { plainMarkdownTree } from './markdown-plain.js';

let parser: ((markdown: string) => Root) | undefined;

/** A parse needed micromark before the program loaded it (a missing loadMarkdownParser() call). */
export class MarkdownParserNotLoaded extends Error {
  constructor() {
    super(
      'internal error: a post body needs the Markdown parser, which was not loaded first (loadMarkdownParser in posts/markdown-tree.ts). Please report this.',
    );
    this.name = 'MarkdownParserNotLoaded';
  }
}

/** Loads micromark for parseMarkdown; at once when already loaded. */
export async function loadMarkdownParser(): Promise<void> {
  parser ??= (await import('./markdown-parser.js')).parseWithMicromark;
}

/**
 * `work` without loading the parser when it needs none; when it does, the
 * parser is loaded and `work` runs again from the start. Only for work that
 * changes nothing outside itself (reads files, parses, returns a value), so a
 * second run gives what one run with the parser loaded would.
 */
export async function withMarkdownParser<T>(work: () => T): Promise<T> {
  if (parser) return work();
  try {
    // Awaited here, so that work returning a promise is retried too.
    return await work();
  } catch (error) {
    if (!(error instanceof MarkdownParserNotLoaded)) throw error;
    await loadMarkdownParser();
    return work();
  }
}

/** The mdast tree of `markdown`; positions are relative to `markdown`. Plain paragraphs skip the parser (markdown-plain.ts). */
export function parseMarkdown(markdown: string): Root {
  const plain = plainMarkdownTree(markdown);
  if (plain) return plain;
  if (!parser) throw new MarkdownParserNotLoaded();
  return parser(markdown);
}
