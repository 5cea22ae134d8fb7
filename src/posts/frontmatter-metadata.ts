/**
 * The front-matter `metadata` key: Buffer's `PostInputMetaData`, passed through.
 * Keys are checked against the wire's names (`google`, not `googlebusiness`, which
 * is accepted and renamed); unknown keys are dropped with a warning, because
 * GraphQL would reject the whole post for them.
 */
import { METADATA_KEY, type PostInputMetaData } from '../buffer/types.js';
import type { FindingList } from './findings.js';
import { didYouMean } from './suggest.js';
import { asMap, describeNode, isNullNode, keyText, resolveNode, toPlain, type YamlSource } from './yaml-source.js';

export const METADATA_KEYS: readonly string[] = [...new Set(Object.values(METADATA_KEY).filter((k): k is string => k !== undefined))].sort();

/** Spellings users reach for, mapped to the wire key. */
const ALIASES: Record<string, string> = { googlebusiness: 'google' };

export function readMetadata(node: unknown, source: YamlSource, findings: FindingList): PostInputMetaData | undefined {
  const { doc } = source;
  if (isNullNode(doc, node)) return undefined;
  const map = asMap(doc, node);
  if (!map) {
    findings.error('wrong-type', source.at(resolveNode(doc, node)), `\`metadata\` must be a mapping keyed by service (${METADATA_KEYS.join(', ')}); found ${describeNode(doc, node)}.`);
    return undefined;
  }
  const metadata: PostInputMetaData = {};
  for (const pair of map.items) {
    const written = keyText(pair);
    let key = written;
    const alias = ALIASES[written];
    if (alias) {
      findings.notice('seed-spelling', source.at(pair.key), `Buffer's metadata key for Google Business is \`${alias}\`; \`${written}\` is accepted, but write \`${alias}\`.`);
      key = alias;
    }
    if (!METADATA_KEYS.includes(key)) {
      findings.warning('unknown-metadata-key', source.at(pair.key), `\`metadata.${written}\` is not a Buffer service key and is ignored; use one of ${METADATA_KEYS.join(', ')}.${didYouMean(written, METADATA_KEYS)}`);
      continue;
    }
    if (isNullNode(doc, pair.value)) continue;
    const value = toPlain(doc, pair.value);
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      findings.error('wrong-type', source.at(resolveNode(doc, pair.value)), `\`metadata.${written}\` must be a mapping of ${key}'s post options; found ${describeNode(doc, pair.value)}.`);
      continue;
    }
    metadata[key] = value as Record<string, unknown>;
  }
  return metadata;
}
