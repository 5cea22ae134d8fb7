/**
 * What a post holds beyond its status, read from Buffer with the full
 * fragment (documents.ts POST_CONTENT_FIELDS) and spelled as Buffer's inputs
 * spell it: the assets as an `AssetInput` list, every thread item with its
 * media, and the channel's own `PostInputMetaData` entry. Shared by import
 * (which writes it into a file) and the plan (which compares it with a file),
 * so both read Buffer's post the same way.
 */
import { METADATA_KEY, type AssetInput, type Service } from './types.js';

type Wire = Record<string, unknown>;

export interface PostContent {
  assets: AssetInput[];
  /** Every thread item as Buffer lists it (empty for a single post); item 0 is the post itself. */
  thread: { text: string; assets: AssetInput[] }[];
  /**
   * The channel's own `metadata.<key>` options other than the thread, with
   * values equal to Buffer's documented defaults left out; absent when none
   * is set.
   */
  metadata?: Record<string, Record<string, unknown>>;
}

function obj(value: unknown): Wire {
  return value && typeof value === 'object' ? (value as Wire) : {};
}

/** A `Post` read with the full fragment → its content; the service picks the metadata member's names. */
export function toPostContent(wire: unknown, service: Service | undefined): PostContent {
  const w = obj(wire);
  const meta = obj(w.metadata);
  const thread = Array.isArray(meta.thread) ? meta.thread.map(obj) : [];
  const content: PostContent = {
    assets: assetsOf(w.assets),
    thread: thread.map((item) => ({
      text: typeof item.text === 'string' ? item.text : '',
      assets: assetsOf(item.assets),
    })),
  };
  const options = service ? metadataOf(service, meta) : undefined;
  if (options) content.metadata = options;
  return content;
}

/** `Asset` members → `AssetInput`; an asset Buffer could not name is left out. */
function assetsOf(value: unknown): AssetInput[] {
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
 * Values Buffer fills in on its own when an input leaves the field out, per
 * the reference's field descriptions (YouTube's privacy `public`, an
 * `isAiGenerated` false, …). A value equal to one of these says nothing the
 * user chose: import does not write it, and the plan compares it equal to
 * the field being absent (else a freshly created post would differ from its
 * file forever).
 */
const METADATA_DEFAULTS: Partial<Record<Service, Record<string, unknown>>> = {
  instagram: { isAiGenerated: false },
  youtube: {
    privacy: 'public',
    license: 'youtube',
    notifySubscribers: true,
    embeddable: true,
    madeForKids: false,
    isAiGenerated: false,
  },
  tiktok: { isAiGenerated: false },
  twitter: { isAiGenerated: false },
};

/**
 * A service's metadata entry (input names) without unset values and without
 * values equal to what Buffer fills in: Threads' `type` of `post`/`thread`
 * (derived from the thread's length), a Google Business button `none`.
 * Undefined when nothing is left.
 */
export function withoutDefaults(
  service: Service,
  entry: Record<string, unknown> | undefined,
): Record<string, unknown> | undefined {
  if (!entry) return undefined;
  const defaults = METADATA_DEFAULTS[service] ?? {};
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(entry)) {
    if (!isSet(value) || (field in defaults && defaults[field] === value)) continue;
    if (service === 'threads' && field === 'type' && (value === 'post' || value === 'thread')) continue;
    if (service === 'googlebusiness' && /^details/.test(field) && value && typeof value === 'object') {
      const details = { ...(value as Wire) };
      if (details.button === 'none') delete details.button;
      for (const [k, v] of Object.entries(details)) if (!isSet(v)) delete details[k];
      if (Object.keys(details).length > 0) out[field] = details;
      continue;
    }
    out[field] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Every option of the post's `PostMetadata` member that has a
 * `PostInputMetaData` field, renamed to the input's names (issue 12: the file
 * must say what Buffer has, for every service), defaults left out
 * (`withoutDefaults`).
 */
function metadataOf(service: Service, m: Wire): Record<string, Record<string, unknown>> | undefined {
  const key = METADATA_KEY[service];
  if (!key) return undefined;
  const picked: Record<string, unknown> = {};
  const copy = (from: string, to = from) => {
    const value = m[from];
    if (isSet(value)) picked[to] = value;
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
      copy('isAiGenerated');
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
      copy('privacy');
      copy('license');
      copy('notifySubscribers');
      copy('embeddable');
      copy('madeForKids');
      copy('isAiGenerated');
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
      copy('isAiGenerated');
      break;
    case 'threads':
      copy('type');
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
      copy('isAiGenerated');
      const retweet = obj(m.retweet).id;
      if (typeof retweet === 'string' && retweet !== '') picked.retweet = { id: retweet };
      break;
    }
    default:
      break;
  }
  const options = withoutDefaults(service, picked);
  return options ? { [key]: options } : undefined;
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
      return [
        'detailsEvent',
        { ...pick(['title', 'startDate', 'endDate', 'button', 'link']), isFullDayEvent: d.isFullDayEvent === true },
      ];
    case 'GoogleBusinessWhatsNewMetaData': {
      const whatsNew = pick(['button', 'link']);
      return Object.keys(whatsNew).length > 0 ? ['detailsWhatsNew', whatsNew] : undefined;
    }
    default:
      return undefined;
  }
}
