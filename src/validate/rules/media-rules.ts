/**
 * Media a network needs or accepts: required image/video, how many images,
 * videos and documents one post (or one thread item) may carry, and whether
 * kinds may be mixed.
 */
import { THREAD_SERVICES, type AssetInput } from '../../buffer/types.js';
import type { Finding, SourcePosition } from '../../posts/model.js';
import { VALIDATION_CODES } from '../codes.js';
import { channelLabel, finding } from '../finding.js';
import { formatNumber, listWords, plural } from '../../text/words.js';
import { channelPosition } from '../locate.js';
import { NETWORK_LIMITS, type MediaRequirement } from '../network-limits.js';
import type { RuleContext, ValidationTarget } from '../types.js';

interface MediaCount {
  images: number;
  videos: number;
  documents: number;
}

export function countMedia(assets: readonly AssetInput[]): MediaCount {
  const count = { images: 0, videos: 0, documents: 0 };
  for (const asset of assets) {
    if ('image' in asset && asset.image) count.images += 1;
    else if ('video' in asset && asset.video) count.videos += 1;
    else if ('document' in asset && asset.document) count.documents += 1;
  }
  return count;
}

const REQUIRED_WORDS: Record<MediaRequirement, string> = {
  image: 'an image',
  video: 'a video',
  imageOrVideo: 'an image or a video',
};

function hasRequired(media: MediaCount, need: MediaRequirement): boolean {
  if (need === 'image') return media.images > 0;
  if (need === 'video') return media.videos > 0;
  return media.images + media.videos > 0;
}

/** Limits on one published piece's assets; `name` is "this post" or "thread item 2". */
function countLimits(
  ctx: RuleContext,
  target: ValidationTarget,
  media: MediaCount,
  at: SourcePosition,
  name: string,
): Finding[] {
  const rules = NETWORK_LIMITS[target.service];
  const who = channelLabel(target.service, target.ref);
  const moveHint = THREAD_SERVICES.includes(target.service) ? ', or move some into a later thread item' : '';
  const found: Finding[] = [];
  const over = (max: number | null | undefined, have: number): max is number =>
    max !== null && max !== undefined && have > max;

  if (over(rules.maxImages, media.images)) {
    found.push(
      finding(
        ctx.post,
        at,
        'error',
        VALIDATION_CODES.tooManyImages,
        rules.maxImages === 0
          ? `${who} publishes no images; ${name} has ${plural(media.images, 'image')}. Remove them or publish this post to ${rules.label} from a separate file.`
          : `${who} takes at most ${plural(rules.maxImages, 'image')} per post; ${name} has ${formatNumber(media.images)}. Remove ${formatNumber(media.images - rules.maxImages)}${moveHint}.`,
      ),
    );
  }
  if (over(rules.maxVideos, media.videos)) {
    found.push(
      finding(
        ctx.post,
        at,
        'error',
        VALIDATION_CODES.tooManyVideos,
        `${who} takes at most ${plural(rules.maxVideos, 'video')} per post; ${name} has ${formatNumber(media.videos)}. Remove ${formatNumber(media.videos - rules.maxVideos)}${moveHint}.`,
      ),
    );
  }
  if (over(rules.maxMedia, media.images + media.videos)) {
    const total = media.images + media.videos;
    found.push(
      finding(
        ctx.post,
        at,
        'error',
        VALIDATION_CODES.tooManyMedia,
        `${who} takes at most ${formatNumber(rules.maxMedia)} images and videos together per post; ${name} has ${formatNumber(total)}. Remove ${formatNumber(total - rules.maxMedia)}.`,
      ),
    );
  }
  if (media.documents > rules.maxDocuments) {
    found.push(
      finding(
        ctx.post,
        at,
        'error',
        VALIDATION_CODES.documentNotSupported,
        rules.maxDocuments === 0
          ? `${who} cannot publish documents (only LinkedIn takes a PDF); remove the document from ${name} or publish it to LinkedIn from a separate file.`
          : `${who} takes at most ${plural(rules.maxDocuments, 'document')} per post; ${name} has ${formatNumber(media.documents)}. Remove ${formatNumber(media.documents - rules.maxDocuments)}.`,
      ),
    );
  }
  const kinds = [
    media.images > 0 ? 'images' : '',
    media.videos > 0 ? 'a video' : '',
    media.documents > 0 ? 'a document' : '',
  ].filter(Boolean);
  if (!rules.mixesMediaKinds && kinds.length > 1) {
    found.push(
      finding(
        ctx.post,
        at,
        'error',
        VALIDATION_CODES.mixedMedia,
        `${who} cannot combine ${listWords(kinds)} in one post; ${name} has both. Keep one kind${moveHint}.`,
      ),
    );
  }
  return found;
}

export function mediaRules(ctx: RuleContext): Finding[] {
  const found: Finding[] = [];
  for (const target of ctx.targets) {
    const rules = NETWORK_LIMITS[target.service];
    const at = channelPosition(ctx.post, target.ref);
    const media = countMedia(target.rendered.assets);
    if (rules.requiredMedia && !hasRequired(media, rules.requiredMedia)) {
      found.push(
        finding(
          ctx.post,
          at,
          'error',
          VALIDATION_CODES.mediaRequired,
          `${channelLabel(target.service, target.ref)} needs ${REQUIRED_WORDS[rules.requiredMedia]}: add one under \`assets:\` in the front-matter${rules.requiredMedia === 'video' ? '' : ', or as ![alt text](https://…) in the body'}.`,
        ),
      );
    }
    found.push(...countLimits(ctx, target, media, at, 'this post'));
    // Replies of a thread each carry their own media; the first item's media are the post's.
    const thread = THREAD_SERVICES.includes(target.service) ? (target.rendered.thread ?? []) : [];
    thread.forEach((item, k) => {
      if (k > 0)
        found.push(...countLimits(ctx, target, countMedia(item.assets), item.position, `thread item ${k + 1}`));
    });
  }
  return found;
}
