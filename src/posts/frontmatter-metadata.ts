/**
 * The front-matter `metadata` key: Buffer's `PostInputMetaData`, each service's
 * block checked against its input type from the reference (input-check.ts):
 * a number where Buffer wants text is sent as written, and unknown keys, enum
 * values or shapes are errors at their line. Keys are the wire's names
 * (`google`, not `googlebusiness`, which is accepted and renamed). An unknown
 * service key is an error: the user wrote something for a network, and
 * dropping it silently would publish the post without it.
 */
import { fieldType, inputFields } from '../buffer/input-types.js';
import type { PostInputMetaData } from '../buffer/types.js';
import { METADATA_ALIASES } from './fields.js';
import type { FindingList } from './findings.js';
import { checkInput, type InputCheckOptions, type InputProblemKind } from './input-check.js';
import { didYouMean } from '../text/did-you-mean.js';
import { asMap, describeNode, isNullNode, keyText, resolveNode, type YamlSource } from './yaml-source.js';

/** `PostInputMetaData`'s fields, from the schema. */
export const METADATA_KEYS: readonly string[] = Object.keys(inputFields('PostInputMetaData')).sort();

/** Finding codes per kind of problem, shared with validation's metadata rules (which then stay quiet about the same line). */
const CODES: Record<InputProblemKind, string> = {
  'unknown-key': 'metadata-key-unknown',
  enum: 'metadata-invalid',
  type: 'metadata-invalid',
  required: 'metadata-required',
};

export function readMetadata(
  node: unknown,
  source: YamlSource,
  findings: FindingList,
  opts: InputCheckOptions = {},
): PostInputMetaData | undefined {
  const { doc } = source;
  if (isNullNode(doc, node)) return undefined;
  const map = asMap(doc, node);
  if (!map) {
    findings.error(
      'wrong-type',
      source.at(resolveNode(doc, node)),
      `\`metadata\` must be a mapping keyed by service (${METADATA_KEYS.join(', ')}); found ${describeNode(doc, node)}.`,
    );
    return undefined;
  }
  const metadata: PostInputMetaData = {};
  for (const pair of map.items) {
    const written = keyText(pair);
    let key = written;
    const alias = METADATA_ALIASES[written];
    if (alias) {
      findings.notice(
        'seed-spelling',
        source.at(pair.key),
        `Buffer's metadata key for Google Business is \`${alias}\`; \`${written}\` is accepted, but write \`${alias}\`.`,
      );
      key = alias;
    }
    const type = fieldType('PostInputMetaData', key);
    if (!type) {
      findings.error(
        'unknown-metadata-key',
        source.at(pair.key),
        `\`metadata.${written}\` is not a Buffer service key.${didYouMean(written, METADATA_KEYS)} Use one of ${METADATA_KEYS.join(', ')}.`,
      );
      continue;
    }
    if (isNullNode(doc, pair.value)) continue;
    if (!asMap(doc, pair.value)) {
      findings.error(
        'wrong-type',
        source.at(resolveNode(doc, pair.value)),
        `\`metadata.${written}\` must be a mapping of ${key}'s post options; found ${describeNode(doc, pair.value)}.`,
      );
      continue;
    }
    const checked = checkInput(pair.value, type, `metadata.${key}`, source.at(pair.key), source, opts);
    for (const problem of checked.problems) findings.error(CODES[problem.kind], problem.at, problem.message);
    metadata[key] = (checked.value ?? {}) as Record<string, unknown>;
  }
  return metadata;
}
