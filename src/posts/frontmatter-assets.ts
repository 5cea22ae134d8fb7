/**
 * The front-matter `assets` key → Buffer's `[AssetInput]` list.
 *
 * Two spellings are accepted: the wire's list (`- image: {url, metadata: {altText}}`)
 * and the seed document's object form (`{images, videos, documents, link}`), which is
 * converted so that only the wire's shape travels on.
 */
import { isScalar, type Document } from 'yaml';
import { fieldType } from '../buffer/input-types.js';
import type { AssetInput } from '../buffer/types.js';
import { SEED_ASSET_KEYS, SEED_ASSETS, WIRE_ASSET_VARIANTS } from './fields.js';
import type { FindingList } from './findings.js';
import { checkInput, type InputCheckOptions } from './input-check.js';
import {
  asMap,
  asSeqItems,
  describeNode,
  isNullNode,
  keyText,
  resolveNode,
  scalarSourceText,
  stringOf,
  type YamlSource,
} from './yaml-source.js';
import { didYouMean } from '../text/did-you-mean.js';
import { codeList } from '../text/words.js';

interface Context {
  doc: Document.Parsed;
  source: YamlSource;
  findings: FindingList;
  opts: InputCheckOptions;
  /** 1-based index of the list item being read, for messages. */
  index: number;
}

export function readFrontMatterAssets(
  node: unknown,
  source: YamlSource,
  findings: FindingList,
  opts: InputCheckOptions = {},
): AssetInput[] {
  const context: Context = { doc: source.doc, source, findings, opts, index: 0 };
  if (isNullNode(source.doc, node)) return [];
  const items = asSeqItems(source.doc, node);
  if (items) return items.flatMap((item, i) => readWireAsset({ ...context, index: i + 1 }, item));
  const map = asMap(source.doc, node);
  if (map) return readSeedAssets(context, map);
  findings.error(
    'wrong-type',
    source.at(resolveNode(source.doc, node)),
    `\`assets\` must be a list of assets (\`- image: {url: …}\`) or a mapping with images/videos/documents/link; found ${describeNode(source.doc, node)}.`,
  );
  return [];
}

/**
 * A text field of a mapping node, with its node for positions. Every field of
 * the seed form is a `String` on the wire, so a YAML number or boolean is the
 * text as written (`title: 2027` → "2027").
 */
function field(context: Context, mapNode: unknown, name: string): { value?: string; node?: unknown; present: boolean } {
  const map = asMap(context.doc, mapNode);
  const pair = map?.items.find((p) => keyText(p) === name);
  if (!pair || isNullNode(context.doc, pair.value)) return { present: false };
  const node = resolveNode(context.doc, pair.value);
  return { value: isScalar(node) ? scalarSourceText(node) : undefined, node: pair.value, present: true };
}

/** The keys each seed entry may have (the seed's spellings, and the wire's where they differ), by variant. */
const SEED_ENTRY_KEYS: Record<string, readonly string[]> = Object.fromEntries(
  Object.values(SEED_ASSETS).map((def) => [def.variant, Object.keys(def.keys)]),
);

/** An unknown key in a seed entry would be dropped silently; say so instead. */
function reportUnknownSeedKeys(context: Context, item: unknown, what: string): void {
  const allowed = SEED_ENTRY_KEYS[what] ?? [];
  for (const pair of asMap(context.doc, item)?.items ?? []) {
    const key = keyText(pair);
    if (allowed.includes(key)) continue;
    context.findings.error(
      'unknown-key',
      context.source.at(pair.key),
      `A seed-form ${what} has no key \`${key}\`.${didYouMean(key, allowed)} Use ${codeList(allowed)}.`,
    );
  }
}

function requireUrl(context: Context, mapNode: unknown, what: string): string | undefined {
  const url = field(context, mapNode, 'url');
  if (url.value === undefined) {
    const where = context.source.at(url.node ?? resolveNode(context.doc, mapNode));
    context.findings.error('asset-missing-url', where, `This ${what} needs a \`url\` (an absolute https:// address).`);
  }
  return url.value;
}

function readWireAsset(context: Context, item: unknown): AssetInput[] {
  const { doc, findings, source } = context;
  const map = asMap(doc, item);
  const variants = map?.items.map((pair) => ({ key: keyText(pair), pair })) ?? [];
  const first = variants[0];
  if (!map || variants.length !== 1 || !first) {
    findings.error(
      'invalid-asset',
      source.at(resolveNode(doc, item)),
      `Each asset must set exactly one of ${WIRE_ASSET_VARIANTS.join(', ')} (e.g. \`- image: {url: https://…, metadata: {altText: …}}\`).`,
    );
    return [];
  }
  if (!(WIRE_ASSET_VARIANTS as readonly string[]).includes(first.key)) {
    findings.error(
      'invalid-asset',
      source.at(first.pair.key),
      `Unknown asset type \`${first.key}\`; use one of ${WIRE_ASSET_VARIANTS.join(', ')}.${didYouMean(first.key, WIRE_ASSET_VARIANTS)}`,
    );
    return [];
  }
  const body = first.pair.value;
  if (!asMap(doc, body)) {
    findings.error(
      'invalid-asset',
      source.at(resolveNode(doc, body) ?? first.pair.key),
      `\`${first.key}\` must be a mapping with at least a \`url\`.`,
    );
    return [];
  }
  const url = requireUrl(context, body, first.key);
  if (url === undefined) return [];
  // The variant's fields as Buffer's schema types them (ImageAssetInput, …):
  // a number where text belongs is sent as written, an unknown key is an error.
  const type = fieldType('AssetInput', first.key)!;
  const checked = checkInput(
    body,
    type,
    `assets[${context.index}].${first.key}`,
    source.at(resolveNode(doc, body)),
    source,
    context.opts,
  );
  for (const problem of checked.problems)
    findings.error(problem.kind === 'required' ? 'asset-missing-field' : 'invalid-asset', problem.at, problem.message);
  if (checked.problems.length > 0) return [];
  return [{ [first.key]: { ...(checked.value as object), url } } as AssetInput];
}

function readSeedAssets(context: Context, map: NonNullable<ReturnType<typeof asMap>>): AssetInput[] {
  const { doc, findings, source } = context;
  const byKey = new Map<string, unknown>();
  for (const pair of map.items) {
    const key = keyText(pair);
    if ((SEED_ASSET_KEYS as readonly string[]).includes(key)) byKey.set(key, pair.value);
    else
      findings.error(
        'unknown-key',
        source.at(pair.key),
        `Unknown key \`${key}\` in \`assets\`; use ${SEED_ASSET_KEYS.join(', ')}, or the list form.${didYouMean(key, SEED_ASSET_KEYS)}`,
      );
  }
  // Images, videos, documents, then the link: the order the seed form lists them.
  const assets: AssetInput[] = [];
  for (const [key, convert] of [
    ['images', seedImage],
    ['videos', seedVideo],
    ['documents', seedDocument],
  ] as const) {
    const value = byKey.get(key);
    if (value === undefined || isNullNode(doc, value)) continue;
    const items = asSeqItems(doc, value);
    if (!items) {
      findings.error(
        'wrong-type',
        source.at(resolveNode(doc, value)),
        `\`assets.${key}\` must be a list; found ${describeNode(doc, value)}.`,
      );
      continue;
    }
    for (const item of items) {
      const asset = convert(context, item);
      if (asset) assets.push(asset);
    }
  }
  const link = byKey.get('link');
  if (link !== undefined && !isNullNode(doc, link)) {
    const asset = seedLink(context, link);
    if (asset) assets.push(asset);
  }
  return assets;
}

/** A seed entry may be a bare URL string or a mapping with `url`. */
function seedUrl(context: Context, item: unknown, what: string): { url?: string; mapping: boolean } {
  const text = stringOf(context.doc, item);
  if (text !== undefined && !asMap(context.doc, item)) return { url: text, mapping: false };
  if (!asMap(context.doc, item)) {
    context.findings.error(
      'invalid-asset',
      context.source.at(resolveNode(context.doc, item)),
      `Each ${what} must be a URL or a mapping with \`url\`.`,
    );
    return { mapping: false };
  }
  reportUnknownSeedKeys(context, item, what);
  return { url: requireUrl(context, item, what), mapping: true };
}

function seedImage(context: Context, item: unknown): AssetInput | undefined {
  const { url, mapping } = seedUrl(context, item, 'image');
  if (url === undefined) return undefined;
  const alt = mapping ? (field(context, item, 'alt').value ?? field(context, item, 'altText').value) : undefined;
  return { image: alt === undefined ? { url } : { url, metadata: { altText: alt } } };
}

function seedVideo(context: Context, item: unknown): AssetInput | undefined {
  const { url, mapping } = seedUrl(context, item, 'video');
  if (url === undefined) return undefined;
  const title = mapping ? field(context, item, 'title').value : undefined;
  return { video: title === undefined ? { url } : { url, metadata: { title } } };
}

function seedDocument(context: Context, item: unknown): AssetInput | undefined {
  const { url, mapping } = seedUrl(context, item, 'document');
  if (url === undefined) return undefined;
  const title = mapping ? field(context, item, 'title').value : undefined;
  const thumbnailUrl = mapping
    ? (field(context, item, 'thumbnail').value ?? field(context, item, 'thumbnailUrl').value)
    : undefined;
  if (title === undefined || thumbnailUrl === undefined) {
    context.findings.error(
      'asset-missing-field',
      context.source.at(resolveNode(context.doc, item)),
      'A document needs `url`, `title` and `thumbnail` (Buffer requires all three).',
    );
    return undefined;
  }
  return { document: { url, title, thumbnailUrl } };
}

function seedLink(context: Context, node: unknown): AssetInput | undefined {
  const { url, mapping } = seedUrl(context, node, 'link');
  if (url === undefined) return undefined;
  const link: { url: string; title?: string; description?: string; thumbnailUrl?: string } = { url };
  if (mapping) {
    const title = field(context, node, 'title').value;
    const description = field(context, node, 'description').value;
    const thumbnailUrl = field(context, node, 'thumbnail').value ?? field(context, node, 'thumbnailUrl').value;
    if (title !== undefined) link.title = title;
    if (description !== undefined) link.description = description;
    if (thumbnailUrl !== undefined) link.thumbnailUrl = thumbnailUrl;
  }
  return { link };
}
