/**
 * A post as import reads it (documents.ts IMPORT_POST_FIELDS) → what a post
 * file records: the shared `Post`, its assets as Buffer's `AssetInput`
 * list, each thread item's media, and the per-network options under their
 * `PostInputMetaData` names.
 */
import { toPost } from '../buffer/mappers.js';
import { METADATA_KEY, type AssetInput, type Post, type Service } from '../buffer/types.js';

type Wire = Record<string, unknown>;

export interface ImportedPost {
  post: Post;
  assets: AssetInput[];
  /** Media of every thread item (item 0 carries the post's own assets). */
  threadAssets: AssetInput[][];
  /** The channel's own `metadata.<key>` options, when Buffer has any worth keeping. */
  metadata?: Record<string, Record<string, unknown>>;
}

function obj(value: unknown): Wire {
  return value && typeof value === 'object' ? (value as Wire) : {};
}

export function toImportedPost(wire: unknown): ImportedPost {
  const w = obj(wire);
  const post = toPost(wire);
  const meta = obj(w.metadata);
  const thread = Array.isArray(meta.thread) ? meta.thread.map(obj) : [];
  const imported: ImportedPost = {
    post,
    assets: assetsOf(w.assets),
    threadAssets: thread.map((item) => assetsOf(item.assets)),
  };
  const service = post.channelService;
  const options = service ? metadataOf(service, meta) : undefined;
  if (options) imported.metadata = options;
  return imported;
}

/** `Asset` members → `AssetInput`; an asset Buffer could not name is left out. */
export function assetsOf(value: unknown): AssetInput[] {
  if (!Array.isArray(value)) return [];
  const out: AssetInput[] = [];
  for (const raw of value) {
    const a = obj(raw);
    const url = typeof a.source === 'string' ? a.source : undefined;
    if (!url) continue;
    switch (a.__typename) {
      case 'ImageAsset': {
        const alt = obj(a.image).altText;
        out.push({ image: typeof alt === 'string' && alt !== '' ? { url, metadata: { altText: alt } } : { url } });
        break;
      }
      case 'VideoAsset': {
        const video = obj(a.video);
        const metadata: { title?: string; thumbnailOffset?: number } = {};
        if (typeof video.title === 'string' && video.title !== '') metadata.title = video.title;
        if (typeof video.thumbnailOffset === 'number') metadata.thumbnailOffset = video.thumbnailOffset;
        out.push({ video: Object.keys(metadata).length > 0 ? { url, metadata } : { url } });
        break;
      }
      case 'DocumentAsset': {
        const title = obj(a.document).title;
        const thumbnailUrl = typeof a.thumbnail === 'string' ? a.thumbnail : url;
        out.push({ document: { url, title: typeof title === 'string' && title !== '' ? title : url, thumbnailUrl } });
        break;
      }
    }
  }
  return out;
}

/**
 * Every option of the post's `PostMetadata` member that has a
 * `PostInputMetaData` field, renamed to the input's names (issue 12: the file
 * must say what Buffer has, for every service). Values equal to a default the
 * reference documents (YouTube's privacy `public`, an `isAiGenerated` false,
 * a Google button `none`, …) are not copied: Buffer fills them in on its own,
 * and a file full of them would say nothing the user chose.
 */
function metadataOf(service: Service, m: Wire): Record<string, Record<string, unknown>> | undefined {
  const key = METADATA_KEY[service];
  if (!key) return undefined;
  const picked: Record<string, unknown> = {};
  const copy = (from: string, to = from, unless?: unknown) => {
    const value = m[from];
    if (isSet(value) && value !== unless) picked[to] = value;
  };
  const link = () => {
    const attachment = linkAttachmentOf(m.linkAttachment);
    if (attachment) picked.linkAttachment = attachment;
  };
  switch (service) {
    case 'instagram': {
      copy('type');
      copy('shouldShareToFeed');
      copy('firstComment');
      copy('link');
      copy('isAiGenerated', 'isAiGenerated', false);
      const geolocation = present(obj(m.geolocation), ['id', 'text']);
      if (geolocation) picked.geolocation = geolocation;
      const stickers = present(obj(m.stickerFields), ['text', 'music', 'products', 'topics', 'other']);
      if (stickers) picked.stickerFields = stickers;
      break;
    }
    case 'facebook':
      copy('type');
      copy('firstComment');
      link();
      break;
    case 'linkedin':
      copy('firstComment');
      link();
      break;
    case 'pinterest': {
      copy('title');
      copy('url');
      const board = obj(m.board).serviceId;
      if (typeof board === 'string' && board !== '') picked.boardServiceId = board;
      break;
    }
    case 'youtube': {
      copy('title');
      const category = obj(m.category).categoryId;
      if (typeof category === 'string' && category !== '') picked.categoryId = category;
      // Defaults from YoutubePostMetadataInput's field descriptions.
      copy('privacy', 'privacy', 'public');
      copy('license', 'license', 'youtube');
      copy('notifySubscribers', 'notifySubscribers', true);
      copy('embeddable', 'embeddable', true);
      copy('madeForKids', 'madeForKids', false);
      copy('isAiGenerated', 'isAiGenerated', false);
      break;
    }
    case 'googlebusiness': {
      copy('type');
      copy('title');
      const details = googleDetailsOf(obj(m.details));
      if (details) picked[details[0]] = details[1];
      break;
    }
    case 'tiktok':
      copy('title');
      copy('isAiGenerated', 'isAiGenerated', false);
      break;
    case 'threads':
      // `post` and `thread` are what Buffer derives from the thread's length.
      if (m.type !== 'post' && m.type !== 'thread') copy('type');
      copy('topic');
      copy('locationId');
      copy('locationName');
      link();
      break;
    case 'mastodon':
      copy('spoilerText');
      break;
    case 'bluesky':
      link();
      break;
    case 'twitter': {
      copy('isAiGenerated', 'isAiGenerated', false);
      const retweet = obj(m.retweet).id;
      if (typeof retweet === 'string' && retweet !== '') picked.retweet = { id: retweet };
      break;
    }
    default:
      break;
  }
  return Object.keys(picked).length > 0 ? { [key]: picked } : undefined;
}

/** Buffer answers an unset option as null or '' (or leaves it out): nothing to write. */
function isSet(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

/** The named fields that are set, or undefined when none is. */
function present(w: Wire, fields: string[]): Wire | undefined {
  const out: Wire = {};
  for (const f of fields) if (isSet(w[f])) out[f] = w[f];
  return Object.keys(out).length > 0 ? out : undefined;
}

/** `LinkAttachment` → `LinkAttachmentInput` (`text` is the card's description). */
function linkAttachmentOf(value: unknown): Wire | undefined {
  const l = obj(value);
  if (typeof l.url !== 'string' || l.url === '') return undefined;
  const out: Wire = { url: l.url };
  if (typeof l.title === 'string' && l.title !== '') out.title = l.title;
  if (typeof l.text === 'string' && l.text !== '') out.description = l.text;
  if (typeof l.thumbnail === 'string' && l.thumbnail !== '') out.thumbnail = { url: l.thumbnail };
  return out;
}

/** `GoogleBusinessPostDetails` member → its `details*` input and fields; a `none` button is the default. */
function googleDetailsOf(d: Wire): [string, Wire] | undefined {
  const pick = (fields: string[]): Wire => {
    const out = present(d, fields) ?? {};
    if (out.button === 'none') delete out.button;
    return out;
  };
  switch (d.__typename) {
    case 'GoogleBusinessOfferMetaData':
      return ['detailsOffer', pick(['title', 'startDate', 'endDate', 'code', 'link', 'terms'])];
    case 'GoogleBusinessEventMetaData':
      return ['detailsEvent', { ...pick(['title', 'startDate', 'endDate', 'button', 'link']), isFullDayEvent: d.isFullDayEvent === true }];
    case 'GoogleBusinessWhatsNewMetaData': {
      const whatsNew = pick(['button', 'link']);
      return Object.keys(whatsNew).length > 0 ? ['detailsWhatsNew', whatsNew] : undefined;
    }
    default:
      return undefined;
  }
}
