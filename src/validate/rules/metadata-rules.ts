/**
 * `metadata:` in the front-matter, keyed by Buffer's PostInputMetaData names:
 * the fields each network requires on create (the reference says so in
 * prose, the types cannot), YouTube's category list, Google Business offer
 * and event details, blocks for networks the post does not go to, and
 * `linkAttachment` next to assets (the API rejects the pair). Types, enum
 * values and unknown keys are checked against the schema when the file is
 * read (posts/input-check.ts), not here.
 */
import { METADATA_KEY, SERVICES, type Service } from '../../buffer/types.js';
import type { Finding, SourcePosition } from '../../posts/model.js';
import { VALIDATION_CODES } from '../codes.js';
import { channelLabel, finding } from '../finding.js';
import { codeList, listWords } from '../../text/words.js';
import { FILE_START, channelPosition, findFrontMatterKey } from '../locate.js';
import { NETWORK_LIMITS } from '../network-limits.js';
import type { RuleContext, ValidationTarget } from '../types.js';

/** YouTube category IDs Buffer lists for `YoutubePostMetadataInput.categoryId`. */
const YOUTUBE_CATEGORIES = ['1', '2', '10', '15', '17', '19', '20', '22', '23', '24', '25', '26', '27', '28', '29'];

/** How to fill a required field, shown in the message. */
const FIELD_HINTS: Record<string, string> = {
  'instagram.type': '`post`, `story` or `reel`',
  'instagram.shouldShareToFeed': '`true` or `false`',
  'pinterest.boardServiceId': "the board's `serviceId`, listed by `buffer-gitops channels`",
  'youtube.title': 'the video title, up to 100 characters',
  'youtube.categoryId': 'a category ID such as `"22"` (People & Blogs) or `"28"` (Science & Technology)',
  'google.type': '`whats_new`, `offer` or `event`',
};

/** Details Buffer requires on create for a Google Business offer or event. */
const GOOGLE_DETAILS: Record<string, { key: string; fields: string[] }> = {
  offer: { key: 'detailsOffer', fields: ['title', 'startDate', 'endDate'] },
  event: { key: 'detailsEvent', fields: ['title', 'startDate', 'endDate', 'isFullDayEvent'] },
};

const KNOWN_KEYS = new Set(SERVICES.map((s) => METADATA_KEY[s]).filter((k): k is string => k !== undefined));

function isMissing(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function metadataAt(ctx: RuleContext, path: string[], fallback: SourcePosition): SourcePosition {
  return findFrontMatterKey(ctx.post, ['metadata', ...path]) ?? fallback;
}

function requiredFields(ctx: RuleContext, target: ValidationTarget, key: string): Finding[] {
  const rules = NETWORK_LIMITS[target.service];
  const md = ctx.post.metadata?.[key];
  const found: Finding[] = [];
  for (const field of rules.requiredMetadata) {
    if (!isMissing(md?.[field])) continue;
    const hint = FIELD_HINTS[`${key}.${field}`];
    found.push(
      finding(
        ctx.post,
        metadataAt(ctx, [key, field], channelPosition(ctx.post, target.ref)),
        'error',
        VALIDATION_CODES.metadataRequired,
        `${rules.label} needs \`metadata.${key}.${field}\`${hint ? ` (${hint})` : ''}: add it under \`metadata:\` → \`${key}:\` in the front-matter.`,
      ),
    );
  }
  return found;
}

/** Per-service value checks that go beyond presence. */
function serviceValues(ctx: RuleContext, service: Service, key: string): Finding[] {
  const md = ctx.post.metadata?.[key];
  const found: Finding[] = [];
  switch (service) {
    case 'youtube': {
      const category = md?.['categoryId'];
      const asText = typeof category === 'number' ? String(category) : category;
      if (!isMissing(category) && !(typeof asText === 'string' && YOUTUBE_CATEGORIES.includes(asText))) {
        found.push(
          finding(
            ctx.post,
            metadataAt(ctx, [key, 'categoryId'], FILE_START),
            'error',
            VALIDATION_CODES.metadataInvalid,
            `\`metadata.youtube.categoryId\` ${JSON.stringify(category)} is not one of YouTube's categories Buffer accepts; use one of ${YOUTUBE_CATEGORIES.join(', ')} (e.g. "22" People & Blogs).`,
          ),
        );
      }
      break;
    }
    case 'googlebusiness': {
      const type = md?.['type'];
      const details = typeof type === 'string' ? GOOGLE_DETAILS[type] : undefined;
      if (details) {
        const block = md?.[details.key];
        const missing = details.fields.filter((f) => !isRecord(block) || isMissing(block[f]));
        if (missing.length > 0) {
          found.push(
            finding(
              ctx.post,
              metadataAt(ctx, [key, details.key], metadataAt(ctx, [key, 'type'], FILE_START)),
              'error',
              VALIDATION_CODES.metadataRequired,
              `A Google Business ${String(type)} needs \`metadata.google.${details.key}\` with ${listWords(missing.map((f) => `\`${f}\``))}: add ${missing.length === 1 ? 'it' : 'them'} in the front-matter.`,
            ),
          );
        }
      }
      break;
    }
    default:
      break;
  }
  return found;
}

function linkAttachmentWithAssets(ctx: RuleContext, target: ValidationTarget, key: string): Finding[] {
  const link = ctx.post.metadata?.[key]?.['linkAttachment'];
  if (isMissing(link) || target.rendered.assets.length === 0) return [];
  return [
    finding(
      ctx.post,
      metadataAt(ctx, [key, 'linkAttachment'], channelPosition(ctx.post, target.ref)),
      'error',
      VALIDATION_CODES.linkAttachmentWithAssets,
      `Buffer rejects \`metadata.${key}.linkAttachment\` together with assets, and ${channelLabel(target.service, target.ref)} would get ${target.rendered.assets.length === 1 ? 'an asset' : `${target.rendered.assets.length} assets`}: remove the link attachment (the URL in the text still shows a preview) or remove the images/videos.`,
    ),
  ];
}

/** Keys under `metadata:` that are not PostInputMetaData fields, and blocks for networks the post does not go to. */
function keyRules(ctx: RuleContext): Finding[] {
  const metadata = ctx.post.metadata ?? {};
  const targeted = new Set(ctx.targets.map((t) => METADATA_KEY[t.service]));
  const found: Finding[] = [];
  for (const key of Object.keys(metadata)) {
    const at = metadataAt(ctx, [key], FILE_START);
    if (!KNOWN_KEYS.has(key)) {
      const asService = SERVICES.find((s) => s.toLowerCase() === key.toLowerCase());
      const suggestion =
        asService && METADATA_KEY[asService]
          ? `use \`${METADATA_KEY[asService]}\``
          : `use one of ${codeList([...KNOWN_KEYS])}`;
      found.push(
        finding(
          ctx.post,
          at,
          'error',
          VALIDATION_CODES.metadataKeyUnknown,
          `\`metadata.${key}\` is not a Buffer metadata key; ${suggestion}.`,
        ),
      );
    } else if (ctx.targets.length > 0 && !targeted.has(key)) {
      found.push(
        finding(
          ctx.post,
          at,
          'warning',
          VALIDATION_CODES.metadataUnused,
          `\`metadata.${key}\` is ignored: this post has no ${key} channel. Remove it or add the channel under \`channels:\`.`,
        ),
      );
    }
  }
  return found;
}

export function metadataRules(ctx: RuleContext): Finding[] {
  const found: Finding[] = [...keyRules(ctx)];
  const seenServices = new Set<Service>();
  for (const target of ctx.targets) {
    const key = METADATA_KEY[target.service];
    if (!key) continue;
    found.push(...linkAttachmentWithAssets(ctx, target, key));
    // Metadata is per service, not per channel: report it once per service.
    if (seenServices.has(target.service)) continue;
    seenServices.add(target.service);
    found.push(...requiredFields(ctx, target, key), ...serviceValues(ctx, target.service, key));
  }
  return found;
}
