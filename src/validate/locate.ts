/**
 * Where in the file a finding points. The parsed PostFile carries positions
 * for channels, `dueAt`, the body and thread items; for front-matter values it
 * has none (assets, metadata), so those are found by searching the raw text,
 * which is what the user will see at the annotated line anyway.
 */
import type { PostFile, SourcePosition } from '../posts/model.js';

export const FILE_START: SourcePosition = { line: 1, column: 1 };

/** Line/column (1-based) of a UTF-16 offset into `text`. */
function positionOfOffset(text: string, offset: number): SourcePosition {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Offset where line `line` (1-based) starts, or the text's length past the end. */
function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return offset;
}

/** The front-matter part of the raw file: everything before the body. */
function frontMatter(post: PostFile): string {
  return post.raw.slice(0, offsetOfLine(post.raw, post.bodyLine));
}

/** Position of the first occurrence of `needle` in the whole file. */
export function findInFile(post: PostFile, needle: string): SourcePosition | undefined {
  if (!needle) return undefined;
  const at = post.raw.indexOf(needle);
  return at === -1 ? undefined : positionOfOffset(post.raw, at);
}

/** Position of the first front-matter match of `pattern` at or after `from` (an offset). */
function matchInFrontMatter(post: PostFile, pattern: RegExp, from = 0): number | undefined {
  const fm = frontMatter(post);
  const sticky = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  sticky.lastIndex = from;
  const match = sticky.exec(fm);
  return match ? match.index + (match[1]?.length ?? 0) : undefined;
}

function keyPattern(key: string): RegExp {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The key at a line start or after `{`/`,` (flow style), optionally quoted.
  return new RegExp(`((?:^|[\\n{,])[ \\t]*)["']?${escaped}["']?[ \\t]*:`, 'g');
}

/**
 * Position of a front-matter key path such as `metadata` → `instagram` → `type`:
 * the deepest key found, searching each one after its parent. Undefined when
 * even the first is absent.
 */
export function findFrontMatterKey(post: PostFile, path: readonly string[]): SourcePosition | undefined {
  let offset: number | undefined;
  for (const key of path) {
    const found = matchInFrontMatter(post, keyPattern(key), offset ?? 0);
    if (found === undefined) break;
    offset = found;
  }
  return offset === undefined ? undefined : positionOfOffset(post.raw, offset);
}

/** Where a channel reference was written, else the first channel, else the file start. */
export function channelPosition(post: PostFile, ref: string): SourcePosition {
  return post.channels.find((c) => c.ref === ref)?.position ?? post.channels[0]?.position ?? FILE_START;
}

/** The first line of the body. */
export function bodyPosition(post: PostFile): SourcePosition {
  return { line: post.bodyLine, column: 1 };
}
