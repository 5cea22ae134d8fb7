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
 * The options this product validates as required or that change what is
 * published (first comment, titles, types), renamed to the input's fields.
 * Defaults Buffer fills in on its own are not copied.
 */
function metadataOf(service: Service, m: Wire): Record<string, Record<string, unknown>> | undefined {
  const key = METADATA_KEY[service];
  if (!key) return undefined;
  const picked: Record<string, unknown> = {};
  const copy = (from: string, to = from) => {
    const value = m[from];
    if (value !== undefined && value !== null && value !== '') picked[to] = value;
  };
  switch (service) {
    case 'instagram':
      copy('type');
      copy('shouldShareToFeed');
      copy('firstComment');
      copy('link');
      break;
    case 'facebook':
      copy('type');
      copy('firstComment');
      break;
    case 'linkedin':
      copy('firstComment');
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
      break;
    }
    case 'googlebusiness':
      copy('type');
      copy('title');
      break;
    case 'tiktok':
      copy('title');
      break;
    case 'threads':
      copy('topic');
      break;
    case 'mastodon':
      copy('spoilerText');
      break;
    default:
      break;
  }
  return Object.keys(picked).length > 0 ? { [key]: picked } : undefined;
}
