/**
 * A cheap look at a post file the push did not change: which Buffer IDs it
 * tracks, and whether every channel it names already has one. That is all
 * `collect` needs from such a file, and on a repository of thousands of posts
 * the full parser (YAML documents and Markdown) would spend most of a run's
 * CPU on files that change nothing (SPEC §8: a plan over 10,000 files with 10
 * changed stays under a second of CPU).
 *
 * The scan accepts only a strict, line-based subset of YAML: the shape the
 * action itself writes and users typically type (`channel:`/`channels:`,
 * single-line `mode`/`dueAt`/`schedulingType`/`draft`, and a `buffer:` block of
 * one-line flow mappings). For that subset its answer is the one the full
 * parser gives. Anything else (assets, metadata, comments, anchors, quotes
 * with escapes, unusual indentation, a channel without an ID…) answers
 * `undefined`, and the caller parses the file fully, so the plan never
 * depends on the shortcut being clever.
 */

export interface TrackedScan {
  /** Every Buffer ID in the file's `buffer:` block. */
  ids: string[];
  /** The same IDs by channel reference. */
  claims: Record<string, string>;
}

/** The top-level keys the scan understands (the rest take the full parser), as bits to spot a duplicate. */
const KEY_BITS: Record<string, number | undefined> = Object.assign(Object.create(null) as Record<string, number>, {
  channel: 1,
  channels: 2,
  buffer: 4,
  // Keys whose one-line value the scan can step over.
  mode: 8,
  dueAt: 16,
  schedulingType: 32,
  draft: 64,
});
/** No tabs, comments, anchors, aliases, tags, escapes, control characters, Unicode spaces or lone CRs: none of the subset needs them. */
const BANNED =
  /[\t#&*!\\`%|>]|[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]|[\u0085\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff]|\r(?!\n)/;
const CRLF = /\r\n/g;
const BLANK = /^ *$/;
const SEQ_START = /^ +- /;
const SEQ_ITEM = /^( +)- +(.*?) *$/;
const ENTRY = /^( +)("[^"]*"|'[^']*'|[A-Za-z0-9_.][A-Za-z0-9_@.:/ -]*?): +\{(.*)\} *$/;
/** Plain scalars YAML's core schema reads as null or booleans; `stringOf` would not give their text. */
const NOT_TEXT = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
const KEY_LINE = /^([A-Za-z][A-Za-z0-9_]*):(?: +(.*?))? *$/;
/** A plain scalar that stays one string in block and flow context, with no comment and no indicator. */
const PLAIN_REF = /^[A-Za-z0-9_.][A-Za-z0-9_@.:/ -]*$/;
const PLAIN_VALUE = /^[A-Za-z0-9_.+][A-Za-z0-9_.+: -]*$/;
const PLAIN_ID = /^[A-Za-z0-9_-]+$/;
/** Services whose seed spelling the parser rewrites; such references take the full parser. */
const ALIASED_SERVICE = /^startpage(?::|$)/;

/**
 * The IDs a post file tracks when every channel it names is tracked, read
 * without the full parser; `undefined` when the file is outside the subset or
 * has a channel without an ID (the caller then parses it fully).
 */
export function scanFullyTracked(raw: string): TrackedScan | undefined {
  // `raw` may be only the file's first lines: everything read comes before the closing delimiter.
  const range = locateYaml(raw);
  if (!range) return undefined;
  let yaml = raw.slice(range[0], range[1]);
  if (BANNED.test(yaml)) return undefined;
  if (yaml.includes('\r')) yaml = yaml.replace(CRLF, '\n');
  const lines = yaml.split('\n');

  let seen = 0;
  let channels: string[] | undefined;
  let tracked: Map<string, string> | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (BLANK.test(line)) continue;
    const match = KEY_LINE.exec(line);
    if (!match) return undefined;
    const key = match[1]!;
    const value = match[2] ?? '';
    const bit = KEY_BITS[key];
    if (bit === undefined || seen & bit) return undefined;
    seen |= bit;
    if (key === 'channel') {
      const ref = scalar(value, PLAIN_REF);
      if (ref === undefined || channels || nextIsIndented(lines, i)) return undefined;
      channels = [ref];
    } else if (key === 'channels') {
      if (channels) return undefined;
      if (value === '') {
        // A block sequence: `  - twitter` lines, all at one indentation.
        const items: string[] = [];
        let indent: string | undefined;
        while (i + 1 < lines.length && SEQ_START.test(lines[i + 1]!)) {
          const item = SEQ_ITEM.exec(lines[++i]!);
          if (!item) return undefined;
          if (indent === undefined) indent = item[1];
          else if (item[1] !== indent) return undefined;
          const ref = scalar(item[2]!, PLAIN_REF);
          if (ref === undefined) return undefined;
          items.push(ref);
        }
        channels = items;
      } else {
        const items = flowSequence(value);
        if (!items) return undefined;
        channels = items;
      }
      if (nextIsIndented(lines, i)) return undefined;
    } else if (key === 'buffer') {
      if (value !== '') return undefined;
      tracked = new Map();
      let indent: string | undefined;
      while (i + 1 < lines.length && lines[i + 1]!.startsWith(' ')) {
        const entry = ENTRY.exec(lines[++i]!);
        if (!entry) return undefined;
        if (indent === undefined) indent = entry[1];
        else if (entry[1] !== indent) return undefined;
        const ref = scalar(entry[2]!, PLAIN_REF);
        if (ref === undefined || tracked.has(ref)) return undefined;
        const id = flowMappingId(entry[3]!);
        if (id === undefined) return undefined;
        tracked.set(ref, id);
      }
    } else {
      // mode, dueAt, schedulingType, draft: only well-formedness matters here.
      if (!isSimpleValue(value) || nextIsIndented(lines, i)) return undefined;
    }
  }
  if (!channels || channels.length === 0 || !tracked) return undefined;
  for (const ref of channels) {
    if (ALIASED_SERVICE.test(ref) || !tracked.has(ref)) return undefined;
  }
  return { ids: [...tracked.values()], claims: Object.fromEntries(tracked) };
}

/** A one-line value of a key whose meaning does not matter here (mode, dueAt, …): any well-formed simple scalar. */
function isSimpleValue(text: string): boolean {
  if (/^"[^"]*"$|^'[^']*'$/.test(text)) return true;
  return PLAIN_VALUE.test(text) && !text.includes(': ') && !text.endsWith(':');
}

/**
 * Where the YAML between the delimiter lines is, exactly as scanFrontMatter
 * (posts/frontmatter.ts) finds it, without its line generator: a first line
 * `---` (after an optional BOM) and the next line that is `---`, each
 * optionally followed by spaces or tabs and a CR.
 */
export function locateYaml(raw: string): [number, number] | undefined {
  const start = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  const yamlStart = delimiterLineEnd(raw, start);
  if (yamlStart === undefined || yamlStart === raw.length) return undefined;
  for (let at = yamlStart; at < raw.length;) {
    if (delimiterLineEnd(raw, at) !== undefined) return [yamlStart, at];
    const next = raw.indexOf('\n', at);
    if (next === -1) return undefined;
    at = next + 1;
  }
  return undefined;
}

/** If the line at `at` is a delimiter (`---`, spaces or tabs, an optional CR), the offset after its line break (or the end). */
function delimiterLineEnd(raw: string, at: number): number | undefined {
  if (!raw.startsWith('---', at)) return undefined;
  let i = at + 3;
  while (raw[i] === ' ' || raw[i] === '\t') i++;
  if (raw[i] === '\r' && (i + 1 === raw.length || raw[i + 1] === '\n')) i++;
  if (i === raw.length) return i;
  return raw[i] === '\n' ? i + 1 : undefined;
}

function nextIsIndented(lines: string[], i: number): boolean {
  const next = lines[i + 1];
  return next !== undefined && /^\s+\S/.test(next);
}

/** A one-line scalar: quoted without escapes, or plain text matching `plain` that YAML keeps as a string. */
function scalar(text: string, plain: RegExp): string | undefined {
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    const inner = text.slice(1, -1);
    return inner.includes('"') || !/^\S(?:.*\S)?$/.test(inner) ? undefined : inner;
  }
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) {
    const inner = text.slice(1, -1);
    return inner.includes("'") || !/^\S(?:.*\S)?$/.test(inner) ? undefined : inner;
  }
  if (!plain.test(text) || NOT_TEXT.test(text) || text.includes(': ') || text.endsWith(':')) return undefined;
  return text;
}

/** `[twitter, "linkedin:Acme Inc"]` → its items; undefined for anything nested or unusual. */
function flowSequence(text: string): string[] | undefined {
  const match = /^\[(.*)\]$/.exec(text);
  if (!match) return undefined;
  const inner = match[1]!;
  if (/[[\]{}]/.test(inner)) return undefined;
  const items: string[] = [];
  for (const part of splitFlow(inner)) {
    const ref = scalar(part.replace(/^ +| +$/g, ''), PLAIN_REF);
    if (ref === undefined || ref.includes(',')) return undefined;
    items.push(ref);
  }
  return items;
}

/** One `key: value` of a one-line flow mapping, the value quoted without escapes or plain without indicators. */
const FLOW_PAIR = / *([A-Za-z][A-Za-z0-9_]*): +("[^"]*"|'[^']*'|[A-Za-z0-9_.+][A-Za-z0-9_.+:/-]*) *(?:,|$)/y;

/** The `id` of a one-line flow mapping's content (`id: 6750…, status: scheduled, dueAt: "…"`). */
function flowMappingId(inner: string): string | undefined {
  let id: string | undefined;
  let keys = '';
  FLOW_PAIR.lastIndex = 0;
  while (FLOW_PAIR.lastIndex < inner.length) {
    const at = FLOW_PAIR.lastIndex;
    const pair = FLOW_PAIR.exec(inner);
    if (!pair) return undefined;
    // `{a: 1, }`: YAML allows a trailing comma, the scan does not bother.
    if (FLOW_PAIR.lastIndex === at || (inner[FLOW_PAIR.lastIndex - 1] === ',' && FLOW_PAIR.lastIndex === inner.length))
      return undefined;
    const key = pair[1]!;
    if (keys.includes(` ${key} `)) return undefined;
    keys += ` ${key} `;
    if (key === 'id') {
      const text = scalar(pair[2]!, PLAIN_ID);
      if (text === undefined || !PLAIN_ID.test(text)) return undefined;
      id = text;
    }
  }
  return id;
}

/** Splits flow content on top-level commas (outside quotes); undefined parts never occur. */
function splitFlow(inner: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (const ch of inner) {
    if (quote) {
      if (ch === quote) quote = undefined;
      current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
    } else if (ch === ',') {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (!/^ *$/.test(current) || parts.length > 0) parts.push(current);
  return parts;
}
