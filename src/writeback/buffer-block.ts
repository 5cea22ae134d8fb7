/**
 * Write-back of the `buffer:` front-matter key (SPEC §2): only that key's text
 * range changes; every other byte of the file (BOM, line endings, comments,
 * quoting, key order, body, a missing final newline) stays as it was.
 */
import { isMap, parseDocument } from 'yaml';
import { FindingList } from '../posts/findings.js';
import { readTracked } from '../posts/frontmatter-tracked.js';
import { scanFrontMatter, type FrontMatterLocation } from '../posts/frontmatter.js';
import type { TrackedPost } from '../posts/model.js';
import { keyText, parseYamlSource } from '../posts/yaml-source.js';
import { emitBufferBlock } from './frontmatter-emit.js';

export const BUFFER_KEY = 'buffer';

interface Range {
  start: number;
  end: number;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number, limit: number): number {
  const lf = text.indexOf('\n', offset);
  return lf === -1 || lf >= limit ? limit : lf + 1;
}

/**
 * The text ranges (absolute offsets, whole lines) of the top-level `buffer:` keys,
 * or a reason why the front-matter cannot be edited safely.
 */
function locateBufferKeys(raw: string, at: FrontMatterLocation): { ranges: Range[] } | { problem: string } {
  const yaml = raw.slice(at.yamlStart, at.yamlEnd);
  const doc = parseDocument(yaml, { prettyErrors: false, schema: 'core', uniqueKeys: false });
  const fatal = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
  if (fatal) return { problem: `its front-matter is not valid YAML (${fatal.message})` };
  if (doc.contents === null) return { ranges: [] };
  if (!isMap(doc.contents) || doc.contents.flow)
    return { problem: 'its front-matter is not a block mapping of `key: value` lines' };
  const ranges: Range[] = [];
  for (const pair of doc.contents.items) {
    if (keyText(pair) !== BUFFER_KEY) continue;
    const key = pair.key as { range: [number, number, number] };
    const value = pair.value as { range?: [number, number, number]; value?: unknown; source?: string } | null;
    // `buffer:` with nothing after it parses as a null whose range sits on the next line.
    const emptyValue = !value?.range || (value.value === null && !value.source);
    const lastContent = emptyValue ? key.range[1] : Math.max(key.range[1], value!.range![1]);
    const start = lineStart(yaml, key.range[0]);
    let end = lineEnd(yaml, Math.max(lastContent - 1, key.range[0]), yaml.length);
    // Indented comment lines right after the block belong to it; a comment at
    // column 0 belongs to the next key and stays.
    while (end < yaml.length) {
      const next = lineEnd(yaml, end, yaml.length);
      if (!/^[ \t]+#/.test(yaml.slice(end, next))) break;
      end = next;
    }
    ranges.push({ start: at.yamlStart + start, end: at.yamlStart + end });
  }
  return { ranges };
}

/** `raw` with `ranges` replaced: the first by `replacement`, the others by nothing. */
function splice(raw: string, ranges: Range[], replacement: string): string {
  let result = '';
  let cursor = 0;
  ranges.forEach((range, index) => {
    result += raw.slice(cursor, range.start) + (index === 0 ? replacement : '');
    cursor = range.end;
  });
  return result + raw.slice(cursor);
}

/**
 * Sets (or, for `undefined` / an empty block, removes) the top-level `buffer:` key.
 * A file without front-matter gets one. Throws when the front-matter cannot be
 * edited without risking other bytes (unclosed, invalid YAML, not a block mapping).
 */
export function setBufferBlock(raw: string, block: Record<string, TrackedPost> | undefined): string {
  const empty = !block || Object.keys(block).length === 0;
  const scan = scanFrontMatter(raw);
  if (scan.kind === 'unclosed')
    throw new Error('Cannot write the buffer: block: the front-matter is never closed with `---`.');
  if (scan.kind === 'absent') {
    if (empty) return raw;
    const head = raw.slice(0, scan.bomLength);
    return `${head}---${scan.eol}${emitBufferBlock(block, scan.eol)}---${scan.eol}${raw.slice(scan.bomLength)}`;
  }
  const located = locateBufferKeys(raw, scan);
  if ('problem' in located) throw new Error(`Cannot write the buffer: block: ${located.problem}.`);
  const text = empty ? '' : emitBufferBlock(block, scan.eol);
  if (located.ranges.length > 0) return splice(raw, located.ranges, text);
  if (empty) return raw;
  // Append as the last front-matter key. The YAML always ends with a line break
  // (the closing delimiter is on its own line), unless it is empty.
  return raw.slice(0, scan.yamlEnd) + text + raw.slice(scan.yamlEnd);
}

/**
 * The file without its `buffer:` block, for telling whether a change touched
 * anything else. A front-matter left empty is dropped too, so a file the action
 * gave a front-matter compares equal to the file before. Files whose
 * front-matter cannot be read are returned unchanged.
 */
export function stripBufferBlock(raw: string): string {
  const scan = scanFrontMatter(raw);
  if (scan.kind !== 'present') return raw;
  const located = locateBufferKeys(raw, scan);
  if ('problem' in located) return raw;
  const stripped = splice(raw, located.ranges, '');
  const removed = located.ranges.reduce((sum, r) => sum + r.end - r.start, 0);
  const yaml = stripped.slice(scan.yamlStart, scan.yamlEnd - removed);
  if (yaml.trim() === '') return stripped.slice(0, scan.bomLength) + stripped.slice(scan.bodyStart - removed);
  return stripped;
}

/** The `buffer:` block of a file as written (entries that cannot be read are left out). */
export function readBufferBlock(raw: string): Record<string, TrackedPost> {
  const scan = scanFrontMatter(raw);
  if (scan.kind !== 'present') return {};
  const findings = new FindingList('');
  const source = parseYamlSource(raw.slice(scan.yamlStart, scan.yamlEnd), scan.yamlLine, findings);
  const contents = source.doc.contents;
  if (!isMap(contents)) return {};
  const pair = contents.items.find((p) => keyText(p) === BUFFER_KEY);
  return pair ? readTracked(pair.value, source, findings) : {};
}
