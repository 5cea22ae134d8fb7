/**
 * A front-matter value (a YAML node) checked against one of Buffer's input
 * types (buffer/input-types.ts, generated from the reference), giving the
 * value to send. What Buffer would refuse at variable coercion is found here,
 * at the file's line, before anything is sent (issue 12):
 *
 * - a YAML number or boolean where Buffer wants text is sent as the text the
 *   user wrote (`categoryId: 0028` stays "0028", `1.50` stays "1.50"), never as
 *   JSON's reading of it;
 * - an unknown key, an unknown enum value, a list where a mapping belongs (or
 *   the reverse), text that is no number where an `Int` is wanted, a missing
 *   required field: a problem at the key's own line, with a did-you-mean and
 *   what to write;
 * - a `DateTime` is sent as a full ISO 8601 instant (a bare date is midnight
 *   in the configured time zone, UTC when none is set).
 *
 * YAML null (`key:`, `~`) counts as absent: nothing is sent for it.
 */
import { isMap, isScalar, isSeq, type Document } from 'yaml';
import {
  enumValues,
  inputTypeDef,
  parseTypeRef,
  type InputFieldDef,
  type InputTypeDef,
  type TypeRef,
} from '../buffer/input-types.js';
import { resolveDateTime } from './due-at.js';
import type { SourcePosition } from './model.js';
import { didYouMean } from '../text/did-you-mean.js';
import { codeList } from '../text/words.js';
import { describeNode, keyText, resolveNode, scalarSourceText, type YamlSource } from './yaml-source.js';

export type InputProblemKind =
  /** A key the input type does not have. */
  | 'unknown-key'
  /** A text that is not one of the enum's values. */
  | 'enum'
  /** A value of the wrong shape or scalar type. */
  | 'type'
  /** A non-null field without a default is absent (or null). */
  | 'required';

export interface InputProblem {
  kind: InputProblemKind;
  at: SourcePosition;
  message: string;
}

export interface InputCheckOptions {
  /** IANA zone for `DateTime` values without an offset (the `timezone` setting). */
  timezone?: string;
}

export interface InputCheckResult {
  /** The value to send; parts with problems are left out. Undefined for null/absent. */
  value: unknown;
  problems: InputProblem[];
}

interface Walk {
  source: YamlSource;
  doc: Document.Parsed;
  opts: InputCheckOptions;
  problems: InputProblem[];
}

/** Marks "nothing to send" (absent, null, or refused). */
const NOTHING = Symbol('nothing');

/**
 * Checks `node` against the type reference `type` (e.g. `YoutubePostMetadataInput`,
 * `[AssetInput!]`). `label` names the value in messages (`metadata.youtube`);
 * `at` is where problems about the value itself point (its key's line).
 */
export function checkInput(
  node: unknown,
  type: string,
  label: string,
  at: SourcePosition,
  source: YamlSource,
  opts: InputCheckOptions = {},
): InputCheckResult {
  const walk: Walk = { source, doc: source.doc, opts, problems: [] };
  const ref = parseTypeRef(type);
  const value = checkValue(walk, resolveNode(source.doc, node), ref, label, at);
  if (value === NOTHING && ref.nonNull)
    walk.problems.push({ kind: 'required', at, message: `\`${label}\` needs a value: ${whatToWrite(ref)}.` });
  return { value: value === NOTHING ? undefined : value, problems: walk.problems };
}

function isNull(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}

function checkValue(walk: Walk, node: unknown, ref: TypeRef, label: string, at: SourcePosition): unknown {
  if (isNull(node)) return NOTHING;
  if (ref.kind === 'list') return checkList(walk, node, ref, label, at);
  const def = inputTypeDef(ref.name);
  if (def?.kind === 'input') return checkObject(walk, node, def, label, at);
  if (def?.kind === 'enum') return checkEnum(walk, node, ref.name, label, at);
  return checkScalar(walk, node, ref.name, label, at);
}

function problem(walk: Walk, kind: InputProblemKind, at: SourcePosition, message: string): typeof NOTHING {
  walk.problems.push({ kind, at, message });
  return NOTHING;
}

function checkList(
  walk: Walk,
  node: unknown,
  ref: Extract<TypeRef, { kind: 'list' }>,
  label: string,
  at: SourcePosition,
): unknown {
  if (!isSeq(node))
    return problem(
      walk,
      'type',
      at,
      `\`${label}\` must be a list (${whatToWrite(ref)}); found ${describeNode(walk.doc, node)}.`,
    );
  const values: unknown[] = [];
  node.items.forEach((item, index) => {
    const itemNode = resolveNode(walk.doc, item);
    const itemAt = walk.source.at(itemNode ?? node);
    const itemLabel = `${label}[${index + 1}]`;
    const value = checkValue(walk, itemNode, ref.of, itemLabel, itemAt);
    if (value !== NOTHING) values.push(value);
    else if (isNull(itemNode))
      problem(
        walk,
        'required',
        itemAt,
        `\`${itemLabel}\` is empty; remove the empty item or write ${whatToWrite(ref.of)}.`,
      );
  });
  return values;
}

function checkObject(
  walk: Walk,
  node: unknown,
  def: Extract<InputTypeDef, { kind: 'input' }>,
  label: string,
  at: SourcePosition,
): unknown {
  const fields = def.fields;
  const names = Object.keys(fields);
  if (!isMap(node)) {
    return problem(
      walk,
      'type',
      at,
      `\`${label}\` must be a mapping with ${keysText(names)}; found ${describeNode(walk.doc, node)}.`,
    );
  }
  const value: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const pair of node.items) {
    const key = keyText(pair);
    const keyAt = walk.source.at(pair.key);
    const field = fields[key];
    if (!field) {
      problem(
        walk,
        'unknown-key',
        keyAt,
        `\`${label}\` has no key \`${key}\`.${didYouMean(key, names)} Buffer accepts ${keysText(names)}.`,
      );
      continue;
    }
    // A repeated key is the YAML parser's finding; the first one counts.
    if (seen.has(key)) continue;
    seen.add(key);
    const fieldValue = checkValue(
      walk,
      resolveNode(walk.doc, pair.value),
      parseTypeRef(field.type),
      `${label}.${key}`,
      keyAt,
    );
    if (fieldValue !== NOTHING) value[key] = fieldValue;
    else if (isRequired(field) && isNull(resolveNode(walk.doc, pair.value))) {
      problem(walk, 'required', keyAt, `\`${label}.${key}\` needs a value: ${whatToWrite(parseTypeRef(field.type))}.`);
    }
  }
  const missing = names.filter((name) => isRequired(fields[name]!) && !seen.has(name));
  for (const name of missing) {
    problem(
      walk,
      'required',
      at,
      `\`${label}\` needs \`${name}\` (${whatToWrite(parseTypeRef(fields[name]!.type))}); add it under \`${lastSegment(label)}:\`.`,
    );
  }
  if (def.oneOf && seen.size !== 1) {
    problem(walk, 'type', at, `\`${label}\` takes exactly one of ${keysText(names)}; found ${seen.size}.`);
  }
  return value;
}

function isRequired(field: InputFieldDef): boolean {
  return parseTypeRef(field.type).nonNull && !field.hasDefault;
}

/** The text a scalar node stands for, as written; undefined for mappings and lists. */
function scalarText(node: unknown): string | undefined {
  return isScalar(node) && node.value !== null && node.value !== undefined ? scalarSourceText(node) : undefined;
}

function checkEnum(walk: Walk, node: unknown, typeName: string, label: string, at: SourcePosition): unknown {
  const values = enumValues(typeName);
  const text = scalarText(node);
  if (text === undefined)
    return problem(
      walk,
      'type',
      at,
      `\`${label}\` must be one of ${codeList(values)}; found ${describeNode(walk.doc, node)}.`,
    );
  if (values.includes(text)) return text;
  return problem(
    walk,
    'enum',
    at,
    `\`${label}\` is \`${text}\`, which Buffer does not accept.${didYouMean(text, values)} Use one of ${codeList(values)}.`,
  );
}

/** The texts read as an `Int` and a `Float` (exported for scripts/schemas.ts, which writes the same rule into the JSON Schemas). */
export const INTEGER = /^[-+]?\d+$/;
export const DECIMAL = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
/** GraphQL's Int is a signed 32-bit integer. */
export const INT_MAX = 2 ** 31 - 1;
export const INT_MIN = -(2 ** 31);

/** A YAML number as it is, or text of the form `form` (`'3'`, quoted) as that number; NaN for anything else. */
function numberOf(value: unknown, text: string | undefined, form: RegExp): number {
  if (typeof value === 'number') return value;
  return text !== undefined && form.test(text.trim()) ? Number(text.trim()) : Number.NaN;
}

function checkScalar(walk: Walk, node: unknown, name: string, label: string, at: SourcePosition): unknown {
  const text = scalarText(node);
  const found = describeNode(walk.doc, node);
  const value = isScalar(node) ? node.value : undefined;
  switch (name) {
    case 'Boolean':
      if (typeof value === 'boolean') return value;
      return problem(walk, 'type', at, `\`${label}\` must be \`true\` or \`false\` (unquoted); found ${found}.`);
    case 'Int': {
      const number = numberOf(value, text, INTEGER);
      if (Number.isInteger(number) && number <= INT_MAX && number >= INT_MIN) return number;
      return problem(walk, 'type', at, `\`${label}\` must be a whole number, e.g. \`3\`; found ${found}.`);
    }
    case 'Float': {
      const number = numberOf(value, text, DECIMAL);
      if (Number.isFinite(number)) return number;
      return problem(walk, 'type', at, `\`${label}\` must be a number, e.g. \`0.5\`; found ${found}.`);
    }
    case 'DateTime': {
      if (text === undefined || typeof value === 'boolean') {
        return problem(
          walk,
          'type',
          at,
          `\`${label}\` must be a date-time like \`2026-12-01T09:00:00+01:00\`; found ${found}.`,
        );
      }
      const result = resolveDateTime(text, walk.opts.timezone, { label: `\`${label}\``, dateMeansMidnight: true });
      if (result.ok) return result.iso;
      return problem(walk, 'type', at, result.message);
    }
    default:
      // String, ID and Buffer's ID scalars: text, as written.
      if (text !== undefined) return text;
      return problem(walk, 'type', at, `\`${label}\` must be text; found ${found}.`);
  }
}

/** What to write for a type, in the words of a front-matter user. */
export function whatToWrite(ref: TypeRef): string {
  if (ref.kind === 'list') return `a list (\`[…]\`), each item ${whatToWrite(ref.of)}`;
  const def = inputTypeDef(ref.name);
  if (def?.kind === 'enum') return `one of ${codeList(def.values)}`;
  if (def?.kind === 'input') return `a mapping with ${keysText(Object.keys(def.fields))}`;
  switch (ref.name) {
    case 'Boolean':
      return '`true` or `false`';
    case 'Int':
      return 'a whole number';
    case 'Float':
      return 'a number';
    case 'DateTime':
      return 'a date-time like `2026-12-01T09:00:00+01:00`';
    default:
      return 'text';
  }
}

function keysText(names: readonly string[]): string {
  return names.length === 1 ? `the key ${codeList(names)}` : `the keys ${codeList(names)}`;
}

function lastSegment(label: string): string {
  return (
    label
      .replace(/\[\d+\]$/, '')
      .split('.')
      .pop() ?? label
  );
}
