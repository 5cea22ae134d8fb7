/**
 * Reads a post or idea file's text, refusing what is not a Markdown text file
 * with one clear finding instead of a parse of garbage (issue 6, bad input):
 *
 * - a symbolic link is never followed: outside the repository it would
 *   publish a file nobody reviewed (or leak one, like ~/.ssh/config), and
 *   inside it the write-back could not record IDs in the link;
 * - anything but a regular file (a directory named `x.md`) is reported;
 * - a file larger than MAX_POST_FILE_BYTES is not read at all;
 * - NUL bytes mean a binary file (or UTF-16 text), not a post;
 * - text that is not valid UTF-8 (Latin-1, Windows-1252) is reported at its
 *   line rather than published with replacement characters.
 *
 * Synchronous, like collect's reads of unchanged files: thousands of small
 * files, nothing to overlap with.
 */
import { closeSync, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Finding, IdeaFile, PostFile } from './model.js';
import { parseIdeaFile, type IdeaParseOptions } from './idea.js';
import { emptyPostFile, parsePostFile, type ParseOptions } from './parse.js';

/** 1 MiB: hundreds of times the longest post any network takes (LinkedIn: 3,000 characters). */
export const MAX_POST_FILE_BYTES = 1024 * 1024;

export type FileText = { ok: true; text: string } | { ok: false; finding: Finding };

export function readPostText(workspace: string, path: string): FileText {
  const absolute = join(workspace, path);
  const problem = (code: string, message: string, line = 1, column = 1): FileText => ({
    ok: false,
    finding: { file: path, line, column, severity: 'error', code, message },
  });

  const info = lstatSync(absolute);
  if (info.isSymbolicLink()) {
    const target = linkTarget(workspace, absolute);
    return target === undefined
      ? problem(
          'symlink-outside-repository',
          'This file is a symbolic link to a file outside the repository; buffer-gitops never follows it (it would publish a file nobody reviewed). Replace the link with the post itself.',
        )
      : problem(
          'symlink',
          `This file is a symbolic link (to ${target}); buffer-gitops reads only regular files, so the IDs can be written back. Replace the link with a copy of the post.`,
        );
  }
  if (!info.isFile()) return problem('not-a-file', 'This is not a regular file; a post is one Markdown file.');
  if (info.size > MAX_POST_FILE_BYTES) {
    return problem(
      'file-too-large',
      `This file is ${megabytes(info.size)}; a post file may be at most ${megabytes(MAX_POST_FILE_BYTES)} (no network takes a post anywhere near that long). Is it the wrong file?`,
    );
  }

  const bytes = readAll(absolute, info.size);
  if (bytes.length > MAX_POST_FILE_BYTES) {
    return problem(
      'file-too-large',
      `This file is over ${megabytes(MAX_POST_FILE_BYTES)}; a post file may be at most that long.`,
    );
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return problem(
      'utf16',
      'This file is saved as UTF-16; save it as UTF-8 (the encoding every editor offers as "UTF-8").',
    );
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const at = position(bytes, nul);
    return problem(
      'binary-file',
      'This file contains NUL bytes: it is binary (an image or a document renamed to .md?), not a Markdown post. Remove it from the posts folder or save the post as UTF-8 text.',
      at.line,
      at.column,
    );
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return problem(
      'not-utf8',
      `This line is not valid UTF-8 (was the file saved as Latin-1 or Windows-1252?); save the file as UTF-8.`,
      at.line,
      at.column,
    );
  }
}

/** The post, or a post with no channels and the one finding that explains why it could not be read. */
export function readPostFile(workspace: string, path: string, opts: ParseOptions = {}): PostFile {
  const read = readPostText(workspace, path);
  if (read.ok) return parsePostFile(path, read.text, opts);
  return emptyPostFile(path, '', [read.finding]);
}

/** The same for idea files. */
export function readIdeaFile(workspace: string, path: string, opts: IdeaParseOptions = {}): IdeaFile {
  const read = readPostText(workspace, path);
  if (read.ok) return parseIdeaFile(path, read.text, opts);
  return { path, raw: '', services: [], body: '', media: [], findings: [read.finding] };
}

/** The link's target as a repository path when it resolves inside the repository; undefined outside (or dangling). */
function linkTarget(workspace: string, absolute: string): string | undefined {
  try {
    const root = realpathSync(workspace);
    const target = realpathSync(absolute);
    const rel = relative(root, target);
    if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || rel.startsWith(sep)) return undefined;
    return rel.split(sep).join('/');
  } catch {
    return undefined;
  }
}

/** Reads at most one byte past the cap: a file growing while read cannot make us read gigabytes. */
function readAll(absolute: string, size: number): Buffer {
  const fd = openSync(absolute, 'r');
  try {
    const limit = Math.min(Math.max(size, fstatSync(fd).size), MAX_POST_FILE_BYTES) + 1;
    const buffer = Buffer.allocUnsafe(limit);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, limit - length, length);
      if (n === 0) break;
      length += n;
      if (length === limit) break;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** 1-based line and column (in bytes) of a byte offset. */
function position(bytes: Buffer, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * Where the first byte sequence that is not UTF-8 starts (RFC 3629: no
 * overlong forms, no surrogates, nothing past U+10FFFF). TextDecoder decides
 * that the file is invalid; this only finds the place to point at.
 */
function firstInvalidUtf8(bytes: Buffer): { line: number; column: number } {
  for (let i = 0; i < bytes.length;) {
    const c = bytes[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    // Not a lead byte, or the sequence is cut off by the end of the file.
    if (n === 0 || i + n > bytes.length - 1) return position(bytes, i);
    const second = bytes[i + 1]!;
    const low = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const high = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return position(bytes, i);
    for (let k = 2; k <= n; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return position(bytes, i);
    i += n + 1;
  }
  return { line: 1, column: 1 };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
