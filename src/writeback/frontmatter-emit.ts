/**
 * YAML text for the `buffer:` block, written by hand rather than with a YAML
 * stringifier so the layout is fixed (block style, one flow map per channel,
 * stable key order) and every string is quoted exactly when a YAML reader could
 * take it for something else: numbers, booleans, nulls and dates (so an ISO
 * instant never comes back as a Date).
 */
import type { TrackedPost } from '../posts/model.js';

/** Order of a tracked entry's fields; other fields follow in their own order. */
const FIELD_ORDER = ['id', 'status', 'dueAt', 'sentAt', 'link', 'error'];

const PLAIN = /^[A-Za-z0-9_][A-Za-z0-9_./+@-]*$/;
/** Plain texts a YAML 1.2 core (or 1.1) reader resolves to a non-string. */
const NOT_A_STRING = [
  /^(?:~|null|Null|NULL)$/,
  /^(?:true|True|TRUE|false|False|FALSE)$/,
  /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/,
  /^[-+]?[0-9][0-9_]*$/,
  /^0o[0-7]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?$/,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/,
];

const ESCAPES: Record<string, string> = {
  '\0': '\\0',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
  '"': '\\"',
  '\\': '\\\\',
};

export function quoteString(text: string): string {
  // Control characters, DEL, C1 controls and the BOM are not printable in YAML.
  return `"${text.replace(/[\\"\0-\x1f\x7f-\x9f\ufeff]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}

export function emitString(text: string): string {
  return PLAIN.test(text) && !NOT_A_STRING.some((pattern) => pattern.test(text)) ? text : quoteString(text);
}

/** A value in YAML flow style. */
export function emitFlow(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return emitString(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '.nan';
    if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
    return Object.is(value, -0) ? '-0' : String(value);
  }
  if (value instanceof Date) return quoteString(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(emitFlow).join(', ')}]`;
  if (typeof value === 'object') return emitFlowMap(Object.entries(value as Record<string, unknown>));
  return quoteString(String(value));
}

function emitFlowMap(entries: [string, unknown][]): string {
  const present = entries.filter(([, v]) => v !== undefined);
  return `{${present.map(([k, v]) => `${emitString(k)}: ${emitFlow(v)}`).join(', ')}}`;
}

export function emitTrackedEntry(post: TrackedPost): string {
  const entries = Object.entries(post);
  const rank = (key: string): number => {
    const index = FIELD_ORDER.indexOf(key);
    return index === -1 ? FIELD_ORDER.length : index;
  };
  // Array.prototype.sort is stable, so unlisted fields keep their insertion order.
  return emitFlowMap(entries.sort(([a], [b]) => rank(a) - rank(b)));
}

/** The whole `buffer:` key as lines ending in `eol`. */
export function emitBufferBlock(block: Record<string, TrackedPost>, eol: string): string {
  const lines = ['buffer:'];
  for (const [ref, post] of Object.entries(block)) lines.push(`  ${emitString(ref)}: ${emitTrackedEntry(post)}`);
  return lines.map((line) => line + eol).join('');
}
