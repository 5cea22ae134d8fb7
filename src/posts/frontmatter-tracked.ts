/**
 * The `buffer:` block the action writes back: channel reference → what Buffer
 * holds for it. Read leniently (it is machine-written) but an entry without an
 * `id` is an error: tracking it would risk posting twice or losing a post.
 */
import { isScalar } from 'yaml';
import { TRACKED_POST_FIELDS } from './fields.js';
import type { FindingList } from './findings.js';
import type { TrackedPost } from './model.js';
import {
  asMap,
  describeNode,
  isNullNode,
  keyText,
  resolveNode,
  scalarSourceText,
  toPlain,
  type YamlSource,
} from './yaml-source.js';

/** Fields Buffer defines as strings (fields.ts); read as typed so an ID like `675e10` stays text. */
const STRING_FIELDS = new Set(Object.keys(TRACKED_POST_FIELDS));

export function readTracked(node: unknown, source: YamlSource, findings: FindingList): Record<string, TrackedPost> {
  const { doc } = source;
  const tracked: Record<string, TrackedPost> = {};
  if (isNullNode(doc, node)) return tracked;
  const map = asMap(doc, node);
  if (!map) {
    findings.error(
      'invalid-buffer-block',
      source.at(resolveNode(doc, node)),
      `\`buffer:\` is written by the action and must map channel references to post IDs; found ${describeNode(doc, node)}. Restore it or remove it.`,
    );
    return tracked;
  }
  for (const pair of map.items) {
    const ref = keyText(pair);
    const entry = asMap(doc, pair.value);
    if (!entry) {
      findings.error(
        'invalid-buffer-block',
        source.at(pair.key),
        `\`buffer.${ref}\` must be a mapping like \`{id: …, status: …}\`; restore it or remove the entry.`,
      );
      continue;
    }
    const post: Record<string, unknown> = {};
    for (const field of entry.items) {
      const name = keyText(field);
      const value = resolveNode(doc, field.value);
      if (STRING_FIELDS.has(name) && isScalar(value) && value.value !== null) post[name] = scalarSourceText(value);
      else post[name] = toPlain(doc, field.value) ?? null;
    }
    if (typeof post.id !== 'string' || post.id === '') {
      findings.error(
        'invalid-buffer-block',
        source.at(pair.key),
        `\`buffer.${ref}\` has no \`id\`; restore the Buffer post ID or remove the entry (the post would then be created again).`,
      );
      continue;
    }
    tracked[ref] = post as TrackedPost;
  }
  return tracked;
}
