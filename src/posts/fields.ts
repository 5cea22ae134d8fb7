/**
 * The front-matter keys of post and idea files (SPEC §2) as data: the one
 * place that says which keys exist, how each is spelt (the seed document's
 * spellings included), what type and values it takes and what it means. The
 * parser (parse.ts, idea.ts, frontmatter-*.ts) reads its key lists and
 * aliases from here (the enums are Buffer's own lists from buffer/types.ts,
 * which both name), and scripts/schemas.ts turns the same definitions into
 * the JSON Schemas shipped in schemas/, so an editor and `validate` cannot
 * disagree about what a key is. How a value is read (positions, messages,
 * conversions) stays in the parser; only the vocabulary lives here.
 */
import { SCHEDULING_TYPES, SEED_SERVICE_SPELLINGS, SERVICES, SHARE_MODES, type ShareMode } from '../buffer/types.js';

/** What a key's value is; scripts/schemas.ts has one schema per kind. */
export type FieldType =
  /** One channel reference: a channel ID, a service name or `service:name` (a YAML number is its text). */
  | { kind: 'channel' }
  /** A list of channel references (at least one). */
  | { kind: 'channels' }
  /** One of `values`; `aliases` are other accepted spellings, mapped to a value. */
  | { kind: 'enum'; values: readonly string[]; aliases?: Readonly<Record<string, string>> }
  /** A date and time (`2026-12-01T09:00:00+01:00`), read as the text written. */
  | { kind: 'date-time' }
  | { kind: 'boolean' }
  /** A field of one of Buffer's input types, checked as input-check.ts checks it. */
  | { kind: 'input'; type: string; field: string }
  /** A list of Buffer service names (an idea's `services`). */
  | { kind: 'services'; aliases: Readonly<Record<string, string>> }
  /** A post's `assets`: Buffer's `[AssetInput]` list, or the seed document's object form (SEED_ASSETS). */
  | { kind: 'assets' }
  /** A post's `metadata`: Buffer's `PostInputMetaData`, keyed by service; `aliases` are accepted service keys. */
  | { kind: 'metadata'; aliases: Readonly<Record<string, string>> }
  /** The `buffer:` block the action writes back to a post: channel reference → TRACKED_POST_FIELDS. */
  | { kind: 'tracked-post' }
  /** The `buffer:` block the action writes back to an idea: `{id: …}` (or one entry keyed like a post's). */
  | { kind: 'tracked-idea' };

export interface FieldDef {
  type: FieldType;
  /** What the key means, in a user's words (editor hover text). */
  description: string;
}

/** The seed document's spelling of a mode, accepted and mapped to the wire's. */
export const MODE_ALIASES: Readonly<Record<string, ShareMode>> = { customSchedule: 'customScheduled' };

/** The seed's spellings of `metadata` service keys, mapped to `PostInputMetaData`'s. */
export const METADATA_ALIASES: Readonly<Record<string, string>> = { googlebusiness: 'google' };

/**
 * A post's front-matter keys, in the order the docs list them. `channel` or
 * `channels` is required (exactly one of them); every other key is optional,
 * and a key with no value (`mode:`) counts as absent. Any other key is an
 * error (`unknown-key`).
 */
export const POST_FIELDS = {
  channel: {
    type: { kind: 'channel' },
    description:
      'The channel to post to: a Buffer channel ID, a service name (`twitter`, `linkedin`, …) when the organization has one channel of that service, or `service:name` (`buffer-gitops channels` lists what to write). Use `channels` for several; not both.',
  },
  channels: {
    type: { kind: 'channels' },
    description:
      'The channels to post to, e.g. `[twitter, "linkedin:Acme Inc"]`: channel IDs, service names or `service:name`. Use `channel` for one; not both.',
  },
  mode: {
    type: { kind: 'enum', values: SHARE_MODES, aliases: MODE_ALIASES },
    description:
      'How Buffer schedules the post: `addToQueue` (the next queue slot; the default without dueAt), `shareNext` (top of the queue), `shareNow` (at once) or `customScheduled` (at dueAt; the default with dueAt). A dueAt with another mode is an error.',
  },
  dueAt: {
    type: { kind: 'date-time' },
    description:
      'When to publish, e.g. `2026-12-01T09:00:00+01:00`. Without a UTC offset the `timezone` setting applies. Implies `mode: customScheduled`; a time in the past is an error for a new post.',
  },
  schedulingType: {
    type: { kind: 'enum', values: SCHEDULING_TYPES },
    description: '`automatic` (Buffer publishes; the default) or `notification` (Buffer reminds you to publish).',
  },
  draft: {
    type: { kind: 'boolean' },
    description: '`true`: create the post as a Buffer draft instead of scheduling it.',
  },
  assets: {
    type: { kind: 'assets' },
    description:
      "Media for the post: Buffer's list (`- image: {url: https://…, metadata: {altText: …}}`) or `{images, videos, documents, link}`. URLs must be absolute https. Images in the body are added too.",
  },
  metadata: {
    type: { kind: 'metadata', aliases: METADATA_ALIASES },
    description:
      "Per-service options, Buffer's PostInputMetaData keyed by service, e.g. `instagram: {type: post, shouldShareToFeed: true}`.",
  },
  buffer: {
    type: { kind: 'tracked-post' },
    description:
      'Written by buffer-gitops after a run: each channel reference → the Buffer post it created. Do not edit; removing an entry creates the post again.',
  },
} as const satisfies Record<string, FieldDef>;

export type PostKey = keyof typeof POST_FIELDS;
export const POST_KEYS = Object.keys(POST_FIELDS) as readonly PostKey[];
/** The keys of which a post needs exactly one. */
export const POST_CHANNEL_KEYS: readonly PostKey[] = ['channel', 'channels'];

/**
 * An idea's front-matter keys. None is required (the body or a title is
 * enough). An unknown key with a value is an error (`unknown-key`); one
 * with no value is ignored, like every key with no value.
 */
export const IDEA_FIELDS = {
  title: {
    type: { kind: 'input', type: 'IdeaContentInput', field: 'title' },
    description: "The idea's title on Buffer's ideas board.",
  },
  services: {
    type: { kind: 'services', aliases: SEED_SERVICE_SPELLINGS },
    description: `Services the idea is for, e.g. \`[linkedin, twitter]\`: ${SERVICES.join(', ')}.`,
  },
  date: {
    type: { kind: 'input', type: 'IdeaContentInput', field: 'date' },
    description:
      "The idea's date: a date (`2027-02-01`, midnight in the `timezone` setting, UTC when none is set) or a date and time (`2027-02-01T09:00:00+01:00`).",
  },
  buffer: {
    type: { kind: 'tracked-idea' },
    description:
      'Written by buffer-gitops after a run: the ID of the idea it created. Do not edit; removing it creates the idea again.',
  },
} as const satisfies Record<string, FieldDef>;

export type IdeaKey = keyof typeof IDEA_FIELDS;
export const IDEA_KEYS = Object.keys(IDEA_FIELDS) as readonly IdeaKey[];

/**
 * The seed document's object form of `assets`: each key, the asset variant
 * its entries become, and each entry's keys (seed spelling → what it is; a
 * `url` key holds an address, which must be absolute https). An entry may
 * also be a bare URL (then only `url` is set). Keys listed in `required` must
 * have a value; a list in `required` names spellings of which one must.
 */
export interface SeedAssetDef {
  variant: (typeof WIRE_ASSET_VARIANTS)[number];
  /** `images`, `videos`, `documents` are lists; `link` is one entry. */
  list: boolean;
  description: string;
  keys: Readonly<Record<string, { description: string; url?: true }>>;
  /** Entries must be mappings with these keys (a document needs a title and a thumbnail, which a bare URL cannot give). */
  required?: readonly (string | readonly string[])[];
}

export const SEED_ASSETS = {
  images: {
    variant: 'image',
    list: true,
    description: 'Images: each a URL or `{url, alt}`.',
    keys: {
      url: { description: "The image's absolute https URL.", url: true },
      alt: { description: "Alt text (Buffer's `metadata.altText`)." },
      altText: { description: "Alt text, Buffer's spelling of `alt`." },
    },
  },
  videos: {
    variant: 'video',
    list: true,
    description: 'Videos: each a URL or `{url, title}`.',
    keys: {
      url: { description: "The video's absolute https URL.", url: true },
      title: { description: "The video's title." },
    },
  },
  documents: {
    variant: 'document',
    list: true,
    description: 'Documents (LinkedIn PDFs): each `{url, title, thumbnail}`; Buffer requires all three.',
    keys: {
      url: { description: "The document's absolute https URL.", url: true },
      title: { description: "The document's title." },
      thumbnail: { description: "An https image URL shown as the document's cover.", url: true },
      thumbnailUrl: { description: "Buffer's spelling of `thumbnail`.", url: true },
    },
    required: ['url', 'title', ['thumbnail', 'thumbnailUrl']],
  },
  link: {
    variant: 'link',
    list: false,
    description: 'A link preview: a URL or `{url, title, description, thumbnail}`.',
    keys: {
      url: { description: "The page's absolute https URL.", url: true },
      title: { description: "The preview's title." },
      description: { description: "The preview's description." },
      thumbnail: { description: 'An https image URL for the preview.', url: true },
      thumbnailUrl: { description: "Buffer's spelling of `thumbnail`.", url: true },
    },
  },
} as const satisfies Record<string, SeedAssetDef>;

export type SeedAssetKey = keyof typeof SEED_ASSETS;
export const SEED_ASSET_KEYS = Object.keys(SEED_ASSETS) as readonly SeedAssetKey[];

/** The asset variants of Buffer's `AssetInput` list form (one per entry). */
export const WIRE_ASSET_VARIANTS = ['image', 'video', 'document', 'link'] as const;

/**
 * The fields of one `buffer:` entry of a post, as Buffer types them (all
 * text, so an ID like `675e10` stays text). Only `id` is required; other
 * keys are kept as written.
 */
export const TRACKED_POST_FIELDS = {
  id: 'The Buffer post ID.',
  status: "The post's status in Buffer when last seen (`scheduled`, `sent`, …).",
  dueAt: 'When Buffer publishes or published it (UTC).',
  sentAt: 'When Buffer published it (UTC).',
  link: "The published post's address.",
  error: 'Why Buffer could not publish it.',
} as const satisfies Record<string, string>;
