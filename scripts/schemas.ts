/**
 * Writes schemas/post.schema.json, schemas/idea.schema.json and
 * schemas/settings.schema.json (JSON Schema draft-07, what
 * yaml-language-server reads) from the definitions the validator reads:
 * src/posts/fields.ts (front-matter keys, spellings, enums), Buffer's input
 * types (src/buffer/input-types.generated.ts, for `assets` and `metadata`),
 * the value forms of src/posts/due-at.ts and input-check.ts, and
 * src/config/settings-keys.ts. Each schema accepts what `validate` accepts
 * where a schema can say it (null counts as absent, a number where Buffer
 * wants text is that text, unknown keys are refused) and leaves the rest
 * (lengths per network, channels, times in the past, …) to `validate`;
 * test/schema/schemas.test.ts holds both to the same verdicts.
 *
 *   npm run schemas             regenerate (npx tsx scripts/schemas.ts)
 *   npm run schemas -- --check  fail when a committed schema is stale
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputTypeDef, parseTypeRef, type InputFieldDef, type TypeRef } from '../src/buffer/input-types.js';
import { SERVICES } from '../src/buffer/types.js';
import { DATE_ONLY, ISO } from '../src/posts/due-at.js';
import {
  IDEA_FIELDS,
  IDEA_KEYS,
  POST_CHANNEL_KEYS,
  POST_FIELDS,
  SEED_ASSETS,
  TRACKED_POST_FIELDS,
  WIRE_ASSET_VARIANTS,
  type FieldDef,
  type SeedAssetDef,
} from '../src/posts/fields.js';
import { DECIMAL, INT_MAX, INT_MIN, INTEGER } from '../src/posts/input-check.js';
import { FALSE_TEXTS, SETTINGS_FILE_FIELDS, TRUE_TEXTS, type SettingDef } from '../src/config/settings-keys.js';
import { SCHEMA_BASE_URL } from '../src/cli/init-files.js';

type Schema = Record<string, unknown>;

export const SCHEMA_NAMES = ['post', 'idea', 'settings'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/** Where the published schemas live: the repository at the moving major tag (the README's `uses:` line), raw; init's settings file names the same. */
export { SCHEMA_BASE_URL };
export const schemaPath = (name: SchemaName): string => `schemas/${name}.schema.json`;

const DRAFT = 'http://json-schema.org/draft-07/schema#';
const NULL: Schema = { type: 'null' };
/** A YAML scalar read as the text written (`2027` is "2027", `true` is "true"). */
const SCALAR_TEXT: Schema = { type: ['string', 'number', 'boolean'] };

/** A regular expression's body without its anchors, allowing the surrounding spaces the reader trims. */
function trimmed(...forms: RegExp[]): string {
  const bodies = forms.map((re) => re.source.replace(/^\^/, '').replace(/\$$/, ''));
  return `^\\s*(?:${bodies.join('|')})\\s*$`;
}

const orNull = (schema: Schema): Schema => ({ anyOf: [schema, NULL] });
const ref = (name: string): Schema => ({ $ref: `#/definitions/${name}` });

/** Buffer's input types as input-check.ts checks them; definitions are added as they are reached. */
class InputTypes {
  readonly definitions: Record<string, Schema> = {};

  /** The schema of a value of type `type` (null not included: the caller says whether it may be absent). */
  value(type: TypeRef): Schema {
    if (type.kind === 'list') {
      // An empty list item is an error whatever the item type says.
      return { type: 'array', items: this.value({ ...type.of, nonNull: true }) };
    }
    switch (type.name) {
      case 'Boolean':
        return { type: 'boolean' };
      case 'Int':
        return {
          anyOf: [
            { type: 'integer', minimum: INT_MIN, maximum: INT_MAX },
            { type: 'string', pattern: trimmed(INTEGER) },
          ],
          description: 'A whole number.',
        };
      case 'Float':
        return { anyOf: [{ type: 'number' }, { type: 'string', pattern: trimmed(DECIMAL) }], description: 'A number.' };
      case 'DateTime':
        return {
          type: 'string',
          pattern: trimmed(ISO, DATE_ONLY),
          description:
            'A date (`2027-02-01`, midnight in the `timezone` setting) or a date and time (`2027-02-01T09:00:00+01:00`).',
        };
    }
    const def = inputTypeDef(type.name);
    if (def?.kind === 'input' || def?.kind === 'enum') {
      this.define(type.name);
      return ref(type.name);
    }
    // String, ID and Buffer's own scalars: the text as written.
    return { ...SCALAR_TEXT };
  }

  /** A field of an input object: null is absence, allowed unless the field is required. */
  field(field: InputFieldDef): Schema {
    const type = parseTypeRef(field.type);
    const value = this.value(type);
    return this.isRequired(field) ? value : orNull(value);
  }

  isRequired(field: InputFieldDef): boolean {
    return parseTypeRef(field.type).nonNull && !field.hasDefault;
  }

  define(name: string): void {
    if (this.definitions[name]) return;
    const def = inputTypeDef(name);
    if (def?.kind === 'enum') {
      this.definitions[name] = { description: `Buffer's \`${name}\`.`, enum: [...def.values] };
      return;
    }
    if (def?.kind !== 'input') throw new Error(`${name} is not an input or enum type`);
    const schema: Schema = { type: 'object', description: `Buffer's \`${name}\`.`, additionalProperties: false };
    // Placeholder first: input types refer to each other (AssetInput ↔ ThreadedPostInput).
    this.definitions[name] = schema;
    const properties: Record<string, Schema> = {};
    const required: string[] = [];
    for (const [key, field] of Object.entries(def.fields)) {
      properties[key] = this.field(field);
      if (this.isRequired(field)) required.push(key);
    }
    schema.properties = properties;
    if (required.length) schema.required = required;
    if (def.oneOf) Object.assign(schema, { minProperties: 1, maxProperties: 1 });
  }
}

/** An asset's URL as asset-rules.ts wants it: absolute https (the scheme in any case). */
const HTTPS_URL: Schema = {
  type: 'string',
  pattern: '^[Hh][Tt][Tt][Pp][Ss]:',
  description: 'An absolute https URL Buffer can fetch.',
};

/** The named type of `type.field` in Buffer's input types (`AssetInput.image` → `ImageAssetInput`). */
function namedFieldType(type: string, field: string): string {
  const def = inputTypeDef(type);
  const found = def?.kind === 'input' ? def.fields[field] : undefined;
  const parsed = found ? parseTypeRef(found.type) : undefined;
  if (parsed?.kind !== 'named') throw new Error(`${type}.${field} is not a named type in Buffer's input types`);
  return parsed.name;
}

/**
 * One entry of `assets`' list form: exactly one variant, each Buffer's input
 * type with its `url` and `thumbnailUrl` https, as asset-rules.ts checks every
 * front-matter asset's URLs. Defined apart from the same input types inside
 * `metadata` (thread items), whose URLs that rule does not read.
 */
function wireAsset(types: InputTypes): Schema {
  const properties: Record<string, Schema> = {};
  for (const variant of WIRE_ASSET_VARIANTS) {
    const name = namedFieldType('AssetInput', variant);
    types.define(name);
    const base = types.definitions[name] as Schema & { properties: Record<string, Schema> };
    const urls = Object.fromEntries(
      ['url', 'thumbnailUrl']
        .filter((key) => base.properties[key])
        .map((key) => [key, 'anyOf' in base.properties[key]! ? orNull(HTTPS_URL) : { ...HTTPS_URL }]),
    );
    const own = `assets.${variant}`;
    types.definitions[own] = { ...base, properties: { ...base.properties, ...urls } };
    properties[variant] = ref(own);
  }
  return {
    type: 'object',
    description: 'One asset: exactly one of image, video, document or link.',
    properties,
    additionalProperties: false,
    minProperties: 1,
    maxProperties: 1,
  };
}

/**
 * One entry of the seed form, as frontmatter-assets.ts reads it: a mapping of
 * the entry's keys, or a bare URL where nothing else is required. A key the
 * reader finds no text in (a mapping, a list) would be left out of the asset,
 * so only text is offered; an address must be https, as asset-rules.ts checks
 * every asset's `url` and `thumbnailUrl`.
 */
function seedEntry(def: SeedAssetDef): Schema {
  const required = (def.required ?? ['url']).map((r) => (typeof r === 'string' ? [r] : r));
  const requiredKeys = new Set(required.filter((names) => names.length === 1).flat());
  const properties: Record<string, Schema> = {};
  for (const [key, { description, url }] of Object.entries(def.keys)) {
    const value = url ? HTTPS_URL : SCALAR_TEXT;
    properties[key] = { ...(requiredKeys.has(key) ? value : orNull(value)), description };
  }
  const mapping: Schema = { type: 'object', properties, required: [...requiredKeys], additionalProperties: false };
  // One of several spellings, with a value.
  const alternatives = required.filter((names) => names.length > 1);
  if (alternatives.length)
    mapping.allOf = alternatives.map((names) => ({
      anyOf: names.map((name) => ({ required: [name], properties: { [name]: { not: NULL } } })),
    }));
  return def.required ? mapping : { anyOf: [{ ...HTTPS_URL, description: 'The URL alone.' }, mapping] };
}

function seedAssets(): Schema {
  const properties: Record<string, Schema> = {};
  for (const [key, def] of Object.entries(SEED_ASSETS) as [string, SeedAssetDef][]) {
    const entry = seedEntry(def);
    properties[key] = def.list
      ? { description: def.description, anyOf: [{ type: 'array', items: entry }, NULL] }
      : { description: def.description, anyOf: [entry, NULL] };
  }
  return {
    type: 'object',
    description: 'The object form: `{images, videos, documents, link}`.',
    properties,
    additionalProperties: false,
  };
}

const CHANNEL_REF: Schema = { type: ['string', 'number'], pattern: '\\S', examples: [...SERVICES] };

const TRACKED_ID: Schema = { anyOf: [{ type: 'string', minLength: 1 }, { type: ['number', 'boolean'] }] };

/** One field's schema, by the kind of value fields.ts gives it. */
function fieldSchema(def: FieldDef, types: InputTypes): Schema {
  const { type } = def;
  const described = (schema: Schema): Schema => ({ description: def.description, ...schema });
  switch (type.kind) {
    case 'channel':
      return described({ ...CHANNEL_REF });
    case 'channels':
      return described({ type: 'array', minItems: 1, items: { ...CHANNEL_REF } });
    case 'enum':
      return described({ enum: [...type.values, ...Object.keys(type.aliases ?? {}), null] });
    case 'date-time':
      return described({ type: ['string', 'null'], pattern: trimmed(ISO), examples: ['2026-12-01T09:00:00+01:00'] });
    case 'boolean':
      return described({ type: ['boolean', 'null'] });
    case 'input':
      return described(orNull(types.value(parseTypeRef(`${namedFieldType(type.type, type.field)}!`))));
    case 'services':
      return described(orNull({ type: 'array', items: { enum: [...SERVICES, ...Object.keys(type.aliases)] } }));
    case 'assets': {
      const list = {
        type: 'array',
        description: "Buffer's list form: `- image: {url: https://…, metadata: {altText: …}}`.",
        items: wireAsset(types),
      };
      return described({ anyOf: [list, seedAssets(), NULL] });
    }
    case 'metadata': {
      const properties: Record<string, Schema> = {};
      const def = inputTypeDef('PostInputMetaData');
      if (def?.kind !== 'input') throw new Error('PostInputMetaData is not an input type');
      // Each service's block: a mapping of its input type, or nothing.
      for (const [key, field] of Object.entries(def.fields)) properties[key] = types.field(field);
      for (const [alias, key] of Object.entries(type.aliases))
        properties[alias] = { ...properties[key], description: `Accepted spelling of \`${key}\`; write \`${key}\`.` };
      return described(orNull({ type: 'object', properties, additionalProperties: false }));
    }
    case 'tracked-post': {
      const properties: Record<string, Schema> = {};
      for (const [key, description] of Object.entries(TRACKED_POST_FIELDS))
        properties[key] = key === 'id' ? { description, ...TRACKED_ID } : { description };
      const entry: Schema = {
        type: 'object',
        description: 'The Buffer post for this channel reference.',
        properties,
        required: ['id'],
      };
      return described(orNull({ type: 'object', additionalProperties: entry }));
    }
    case 'tracked-idea': {
      const id = { type: ['string', 'number'], description: 'The Buffer idea ID.' };
      const entry: Schema = { type: 'object', properties: { id }, required: ['id'] };
      return described({
        anyOf: [entry, { type: 'object', minProperties: 1, maxProperties: 1, additionalProperties: entry }, NULL],
      });
    }
  }
}

function header(name: SchemaName, title: string, description: string): Schema {
  return { $schema: DRAFT, $id: `${SCHEMA_BASE_URL}${name}.schema.json`, title, description };
}

export function postSchema(): Schema {
  const types = new InputTypes();
  const properties: Record<string, Schema> = {};
  for (const [key, def] of Object.entries(POST_FIELDS) as [string, FieldDef][])
    properties[key] = fieldSchema(def, types);
  const mode = POST_FIELDS.mode.type;
  const dueAt = 'dueAt' satisfies keyof typeof POST_FIELDS;
  // customScheduled and its accepted spellings.
  const scheduled = [
    'customScheduled',
    ...Object.entries(mode.aliases)
      .filter(([, to]) => to === 'customScheduled')
      .map(([from]) => from),
  ];
  return {
    ...header(
      'post',
      'buffer-gitops post front-matter',
      'The front-matter of a post file (posts/*.md). `buffer-gitops validate` checks the rest: channels, lengths and media per network, times in the past.',
    ),
    type: 'object',
    properties,
    additionalProperties: false,
    // Exactly one of `channel` and `channels`.
    oneOf: POST_CHANNEL_KEYS.map((key) => ({ required: [key] })),
    allOf: [
      // A dueAt names a time: a mode that ignores it contradicts the file.
      {
        if: { required: [dueAt], properties: { [dueAt]: { not: NULL } } },
        then: { properties: { mode: { enum: [...scheduled, null] } } },
      },
      // customScheduled needs the time.
      {
        if: { required: ['mode'], properties: { mode: { enum: scheduled } } },
        then: { required: [dueAt], properties: { [dueAt]: { not: NULL } } },
      },
    ],
    definitions: sortKeys(types.definitions),
  };
}

export function ideaSchema(): Schema {
  const types = new InputTypes();
  const properties: Record<string, Schema> = {};
  for (const [key, def] of Object.entries(IDEA_FIELDS) as [string, FieldDef][])
    properties[key] = fieldSchema(def, types);
  const schema: Schema = {
    ...header(
      'idea',
      'buffer-gitops idea front-matter',
      "The front-matter of an idea file (ideas/*.md): one entry on Buffer's ideas board.",
    ),
    type: 'object',
    properties,
    // The reader skips a key with no value, known or not.
    additionalProperties: { ...NULL, description: `Not an idea key (${IDEA_KEYS.join(', ')}).` },
  };
  if (Object.keys(types.definitions).length) schema.definitions = sortKeys(types.definitions);
  return schema;
}

/** A non-negative number as `Number()` reads the text of `max-wait`. */
const SECONDS_TEXT =
  '^\\s*(?:\\+?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?|0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+)\\s*$';

function settingSchema(def: SettingDef): Schema {
  const { type } = def;
  const described = (schema: Schema): Schema => ({ description: def.description, ...schema });
  switch (type.kind) {
    case 'text':
    case 'folder':
      return described({ ...SCALAR_TEXT });
    case 'time-zone':
      return described({ type: 'string', examples: ['Europe/Berlin', 'America/New_York', 'UTC'] });
    case 'branches':
      return described({
        anyOf: [{ ...SCALAR_TEXT }, { type: 'array', items: { ...SCALAR_TEXT } }],
        examples: [['main'], ['main', 'release/**']],
      });
    case 'boolean':
      return described({ anyOf: [{ type: 'boolean' }, { enum: [...TRUE_TEXTS, ...FALSE_TEXTS] }] });
    case 'seconds':
      return described({
        anyOf: [
          { type: 'number', minimum: 0 },
          { type: 'string', pattern: SECONDS_TEXT },
        ],
      });
    case 'enum':
      return described({ enum: [...type.values] });
    case 'url':
      return described({
        type: 'string',
        pattern: '^\\s*[Hh][Tt][Tt][Pp][Ss]?:',
        examples: ['https://api.buffer.com'],
      });
  }
}

export function settingsSchema(): Schema {
  const properties: Record<string, Schema> = {};
  for (const [key, def] of Object.entries(SETTINGS_FILE_FIELDS) as [string, SettingDef][])
    properties[key] = settingSchema(def);
  return {
    ...header(
      'settings',
      'buffer-gitops.yml',
      'Settings for buffer-gitops, read by the action and the CLI. The API key is never read from here: use a secret or BUFFER_API_KEY.',
    ),
    type: 'object',
    properties,
    additionalProperties: false,
  };
}

function sortKeys(record: Record<string, Schema>): Record<string, Schema> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Each schema file's text, as committed. */
export function renderSchemas(): Record<SchemaName, string> {
  const text = (schema: Schema) => `${JSON.stringify(schema, null, 2)}\n`;
  return { post: text(postSchema()), idea: text(ideaSchema()), settings: text(settingsSchema()) };
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
  const rendered = renderSchemas();
  const stale: string[] = [];
  for (const name of SCHEMA_NAMES) {
    const target = path.join(root, schemaPath(name));
    const current = await readFile(target, 'utf8').catch(() => '');
    if (current === rendered[name]) continue;
    stale.push(schemaPath(name));
    if (!process.argv.includes('--check')) {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, rendered[name]);
      console.log(`${schemaPath(name)} written`);
    }
  }
  if (process.argv.includes('--check') && stale.length) {
    console.error(
      `${stale.join(', ')} ${stale.length === 1 ? 'is' : 'are'} stale: run \`npm run schemas\` (npx tsx scripts/schemas.ts).`,
    );
    process.exit(1);
  }
}
