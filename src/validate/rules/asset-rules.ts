/**
 * Assets as Buffer receives them: exactly one variant per AssetInput, absolute
 * https URLs (Buffer fetches them from its servers, so a repository-relative
 * path or plain http cannot work), and the fields the API requires or refuses.
 */
import type { AssetInput } from '../../buffer/types.js';
import { WIRE_ASSET_VARIANTS } from '../../posts/fields.js';
import type { Finding, SourcePosition } from '../../posts/model.js';
import { VALIDATION_CODES, type ValidationCode } from '../codes.js';
import { finding } from '../finding.js';
import { listWords } from '../../text/words.js';
import { FILE_START, findFrontMatterKey, findInFile } from '../locate.js';
import type { RuleContext } from '../types.js';

type Variant = (typeof WIRE_ASSET_VARIANTS)[number];

/** Every asset the post may send, once each, with the body item it came from if any. */
function collectAssets(ctx: RuleContext): { asset: AssetInput; item?: SourcePosition }[] {
  const seen = new Set<AssetInput>();
  const all: { asset: AssetInput; item?: SourcePosition }[] = [];
  const add = (asset: AssetInput, item?: SourcePosition) => {
    if (seen.has(asset)) return;
    seen.add(asset);
    all.push(item ? { asset, item } : { asset });
  };
  for (const item of ctx.post.items) for (const asset of item.assets) add(asset, item.position);
  for (const asset of ctx.post.assets) add(asset);
  for (const target of ctx.targets) {
    for (const asset of target.rendered.assets) add(asset);
    for (const item of target.rendered.thread ?? []) for (const asset of item.assets) add(asset, item.position);
  }
  return all;
}

function variantsOf(asset: AssetInput): Variant[] {
  const record = asset as Partial<Record<Variant, unknown>>;
  return WIRE_ASSET_VARIANTS.filter((v) => record[v] !== undefined && record[v] !== null);
}

/** The best place to point at: the URL itself, else its body item, else `assets:`. */
function assetPosition(ctx: RuleContext, needle: string | undefined, item?: SourcePosition): SourcePosition {
  return (
    (needle ? findInFile(ctx.post, needle) : undefined) ??
    item ??
    findFrontMatterKey(ctx.post, ['assets']) ??
    FILE_START
  );
}

/** Problem with a URL Buffer must fetch, or undefined when it is an absolute https URL. */
function urlProblem(url: string, what: string): { code: ValidationCode; message: string } | undefined {
  if (url.trim() === '') {
    return {
      code: VALIDATION_CODES.assetUrlMissing,
      message: `The ${what} has no URL: give the https URL of the file.`,
    };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'https') {
    try {
      new URL(url);
      return undefined;
    } catch {
      return {
        code: VALIDATION_CODES.assetUrlInvalid,
        message: `The ${what} URL ${url} is not a valid URL: check it for spaces or typos.`,
      };
    }
  }
  if (scheme === 'http') {
    return {
      code: VALIDATION_CODES.assetUrlNotHttps,
      message: `The ${what} URL ${url} uses http: use https://${url.slice('http://'.length)} instead (Buffer only fetches https).`,
    };
  }
  if (scheme === undefined) {
    return {
      code: VALIDATION_CODES.assetUrlRelative,
      message: `The ${what} URL ${url} is not absolute, and Buffer cannot read files from this repository: upload the image somewhere public and use its https URL.`,
    };
  }
  return {
    code: VALIDATION_CODES.assetUrlInvalid,
    message: `The ${what} URL ${url} uses ${scheme}:, which Buffer cannot fetch: upload the file somewhere public and use its https URL.`,
  };
}

function checkAsset(ctx: RuleContext, asset: AssetInput, item?: SourcePosition): Finding[] {
  const variants = variantsOf(asset);
  if (variants.length !== 1) {
    const at = assetPosition(ctx, undefined, item);
    const message =
      variants.length === 0
        ? 'An asset has none of image, video, document or link: give it exactly one (e.g. `{image: {url: https://…}}`).'
        : `An asset sets ${listWords(variants)} at once; Buffer takes exactly one per entry: split it into ${variants.length} entries.`;
    return [finding(ctx.post, at, 'error', VALIDATION_CODES.assetVariant, message)];
  }
  const variant = variants[0] as Variant;
  const body = (asset as unknown as Record<Variant, Record<string, unknown>>)[variant];
  const url = typeof body['url'] === 'string' ? body['url'] : '';
  const at = assetPosition(ctx, url, item);
  const found: Finding[] = [];
  const urlIssue = urlProblem(url, variant);
  if (urlIssue) found.push(finding(ctx.post, at, 'error', urlIssue.code, urlIssue.message));

  const thumbnail = body['thumbnailUrl'];
  if (variant === 'video' && thumbnail !== undefined && thumbnail !== null) {
    // "the API rejects video assets that set this field" (VideoAssetInput).
    found.push(
      finding(
        ctx.post,
        assetPosition(ctx, typeof thumbnail === 'string' ? thumbnail : url, item),
        'error',
        VALIDATION_CODES.videoThumbnailUrl,
        'Buffer rejects videos with a thumbnail URL: remove it, and pick the frame with `metadata.thumbnailOffset` (milliseconds) instead.',
      ),
    );
  } else if (typeof thumbnail === 'string') {
    const thumbIssue = urlProblem(thumbnail, `${variant} thumbnail`);
    if (thumbIssue)
      found.push(finding(ctx.post, assetPosition(ctx, thumbnail, item), 'error', thumbIssue.code, thumbIssue.message));
  }

  if (variant === 'document') {
    // DocumentAssetInput: `title: String!`, `thumbnailUrl: String!`.
    const missing = ['title', 'thumbnailUrl'].filter((f) => typeof body[f] !== 'string' || body[f] === '');
    if (missing.length > 0) {
      found.push(
        finding(
          ctx.post,
          at,
          'error',
          VALIDATION_CODES.assetFieldMissing,
          `The document ${url} needs ${listWords(missing.map((f) => (f === 'thumbnailUrl' ? '`thumbnail` (an https image URL)' : `\`${f}\``)))}: add ${missing.length === 1 ? 'it' : 'them'} to the entry under \`assets: documents:\`.`,
        ),
      );
    }
  }
  return found;
}

export function assetRules(ctx: RuleContext): Finding[] {
  return collectAssets(ctx).flatMap(({ asset, item }) => checkAsset(ctx, asset, item));
}
