/**
 * Buffer's input types as data (generated from the reference's SDL into
 * input-types.generated.ts), and the small vocabulary to read them: a type
 * reference such as `[AssetInput!]!` and the definitions of named types.
 * Plain data, so checking a file's values costs no schema build at start-up.
 */
import { INPUT_TYPES } from './input-types.generated.js';

export interface InputFieldDef {
  /** GraphQL type reference as written in the SDL, e.g. `String`, `[ThreadedPostInput!]`, `PostType!`. */
  type: string;
  /** The SDL gives a default, so a non-null field may still be omitted. */
  hasDefault?: boolean;
}

export type InputTypeDef =
  | { kind: 'input'; oneOf?: boolean; fields: Readonly<Record<string, InputFieldDef>> }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'scalar' };

export type TypeRef =
  { kind: 'named'; name: string; nonNull: boolean } | { kind: 'list'; of: TypeRef; nonNull: boolean };

export const BUILT_IN_SCALARS = ['String', 'ID', 'Int', 'Float', 'Boolean'] as const;

const parsed = new Map<string, TypeRef>();

/** `[AssetInput!]!` → list (non-null) of non-null `AssetInput`. Throws on a reference that names no type: that is a bug here, not in a file. */
export function parseTypeRef(text: string): TypeRef {
  const cached = parsed.get(text);
  if (cached) return cached;
  let inner = text.trim();
  const nonNull = inner.endsWith('!');
  if (nonNull) inner = inner.slice(0, -1);
  let ref: TypeRef;
  if (inner.startsWith('[') && inner.endsWith(']'))
    ref = { kind: 'list', of: parseTypeRef(inner.slice(1, -1)), nonNull };
  else {
    if (!(BUILT_IN_SCALARS as readonly string[]).includes(inner) && !INPUT_TYPES[inner])
      throw new Error(`Unknown GraphQL type \`${inner}\``);
    ref = { kind: 'named', name: inner, nonNull };
  }
  parsed.set(text, ref);
  return ref;
}

export function inputTypeDef(name: string): InputTypeDef | undefined {
  return INPUT_TYPES[name];
}

/** The fields of an input object type; throws for a name that is not one (a bug here). */
export function inputFields(name: string): Readonly<Record<string, InputFieldDef>> {
  const def = INPUT_TYPES[name];
  if (def?.kind !== 'input') throw new Error(`\`${name}\` is not an input object type`);
  return def.fields;
}

export function enumValues(name: string): readonly string[] {
  const def = INPUT_TYPES[name];
  if (def?.kind !== 'enum') throw new Error(`\`${name}\` is not an enum type`);
  return def.values;
}

/** The type reference of `type.field`, e.g. `fieldType('PostInputMetaData', 'youtube')` → `YoutubePostMetadataInput`. */
export function fieldType(type: string, field: string): string | undefined {
  return inputFields(type)[field]?.type;
}
