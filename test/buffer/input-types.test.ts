/**
 * The committed description of Buffer's input types is the SDL's, freshly
 * generated (a stale file would check files against yesterday's schema), and
 * the hand-kept enum lists the product also uses agree with it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GENERATED_PATH, renderInputTypes } from '../../scripts/input-types.js';
import { enumValues, fieldType, inputFields, parseTypeRef } from '../../src/buffer/input-types.js';
import { METADATA_KEY, SCHEDULING_TYPES, SERVICES, SHARE_MODES } from '../../src/buffer/types.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('input-types.generated.ts', () => {
  it('equals a fresh generation from the sandbox SDL (run `npm run input-types` when it does not)', async () => {
    const committed = await readFile(path.join(root, GENERATED_PATH), 'utf8');
    expect(committed).toBe(renderInputTypes());
  });

  it('a change in the SDL changes the generated file', () => {
    const sdl = 'type Query { a(input: X): Int }\ninput X { name: String!, tags: [String!] = [] }\nenum E { one two }';
    const text = renderInputTypes(sdl);
    expect(text).toContain(
      "X: {\n    kind: 'input',\n    fields: {\n      name: { type: 'String!' },\n      tags: { type: '[String!]', hasDefault: true },\n    },\n  },",
    );
    expect(text).toContain("E: { kind: 'enum', values: ['one', 'two'] },");
  });

  it('carries the reference types the product sends', () => {
    expect(fieldType('YoutubePostMetadataInput', 'categoryId')).toBe('String');
    expect(fieldType('InstagramPostMetadataInput', 'type')).toBe('PostType!');
    expect(fieldType('IdeaContentInput', 'date')).toBe('DateTime');
    expect(inputFields('CreatePostInput').assets).toEqual({ type: '[AssetInput!]!', hasDefault: true });
    expect(enumValues('YoutubePrivacy')).toEqual(['private', 'public', 'unlisted']);
  });

  it('agrees with the enum lists in buffer/types.ts', () => {
    expect([...SHARE_MODES].sort()).toEqual([...enumValues('ShareMode')].sort());
    expect([...SCHEDULING_TYPES].sort()).toEqual([...enumValues('SchedulingType')].sort());
    expect([...SERVICES].sort()).toEqual([...enumValues('Service')].sort());
    const metadataKeys = Object.values(METADATA_KEY).filter((k): k is string => k !== undefined);
    expect([...new Set(metadataKeys)].sort()).toEqual(Object.keys(inputFields('PostInputMetaData')).sort());
  });
});

describe('parseTypeRef', () => {
  it('reads named, non-null and list references', () => {
    expect(parseTypeRef('String')).toEqual({ kind: 'named', name: 'String', nonNull: false });
    expect(parseTypeRef('[AssetInput!]!')).toEqual({
      kind: 'list',
      nonNull: true,
      of: { kind: 'named', name: 'AssetInput', nonNull: true },
    });
  });
  it('refuses a type the schema does not have', () => {
    expect(() => parseTypeRef('Nope')).toThrow('Unknown GraphQL type `Nope`');
  });
});
