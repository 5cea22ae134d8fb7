/**
 * Compares what a file wants (its `CreatePostInput`) with what Buffer holds
 * for a tracked post, field by field: text, every thread item with its
 * assets, assets, the channel's metadata, draft, schedule and scheduling
 * type (SPEC §3, issue 11). The answer is one of
 * - equal: nothing to send;
 * - edit: the `EditPostInput` whose result equals the file (a thread edit
 *   sends the whole thread with `text` equal to item 1; a metadata change
 *   sends the service's whole entry; a draft stays a draft);
 * - replace: `editPost` cannot express the change, because Buffer keeps what
 *   an edit omits (a metadata field removed, a thread made a single post).
 *
 * "What Buffer holds" is a snapshot: read from Buffer's post (the full
 * fragment), or, when Buffer's copy is unknown, the file as it was before.
 */
import { withoutDefaults } from '../buffer/post-content.js';
import {
  METADATA_KEY,
  type AssetInput,
  type CreatePostInput,
  type EditPostInput,
  type Post,
  type SchedulingType,
  type Service,
  type ShareMode,
} from '../buffer/types.js';
import { sameJson, type EditableField } from './post-input.js';

export interface PostSnapshot {
  text: string;
  assets: AssetInput[];
  /** The thread's items; empty for a single post (a one-item thread is a single post). */
  thread: { text: string; assets: AssetInput[] }[];
  /** The channel's own metadata entry without `thread`, defaults left out. */
  metadata: Record<string, unknown>;
  draft: boolean;
  mode?: ShareMode;
  /** True when `mode` is the one the post was sent with (a file); Buffer's `shareMode` only tells a custom time from the queue. */
  exactMode: boolean;
  dueAt?: string;
  schedulingType?: SchedulingType;
  /** Read from Buffer: fields Buffer does not echo are not compared (see `observable`). */
  fromBuffer: boolean;
}

export type Comparison =
  | { kind: 'equal' }
  | { kind: 'edit'; input: EditPostInput; changed: EditableField[] }
  | { kind: 'replace'; why: string; changed: EditableField[] };

/** The file's side: the input a create would send. */
export function snapshotOfInput(input: CreatePostInput, service: Service): PostSnapshot {
  const key = METADATA_KEY[service];
  const { thread, ...options } = (key ? input.metadata?.[key] : undefined) ?? {};
  return {
    text: input.text ?? '',
    assets: input.assets ?? [],
    thread: threadOf(thread),
    metadata: withoutDefaults(service, options) ?? {},
    draft: input.saveToDraft === true,
    mode: input.mode,
    exactMode: true,
    dueAt: input.mode === 'customScheduled' ? input.dueAt : undefined,
    schedulingType: input.schedulingType,
    fromBuffer: false,
  };
}

/** Buffer's side; undefined when the post was read without its content (PostFields only). */
export function snapshotOfPost(post: Post, service: Service): PostSnapshot | undefined {
  if (!post.content) return undefined;
  const key = METADATA_KEY[service];
  return {
    text: post.text ?? '',
    assets: post.content.assets,
    thread: threadOf(post.content.thread),
    metadata: (key ? post.content.metadata?.[key] : undefined) ?? {},
    draft: post.status === 'draft',
    mode: post.shareMode,
    exactMode: false,
    dueAt: post.dueAt ?? undefined,
    schedulingType: post.schedulingType ?? undefined,
    fromBuffer: true,
  };
}

/**
 * What turns `current` into the file's `desired` input. `postId` is the
 * tracked post; `service` names the metadata key.
 */
export function comparePost(
  postId: string,
  desired: CreatePostInput,
  current: PostSnapshot,
  service: Service,
): Comparison {
  const want = snapshotOfInput(desired, service);
  const key = METADATA_KEY[service];
  const changed: EditableField[] = [];
  const input: EditPostInput = { id: postId };

  const wantThread = current.fromBuffer
    ? want.thread.map((t) => ({ text: t.text, assets: observableAssets(t.assets) }))
    : want.thread;
  const haveThread = current.fromBuffer
    ? current.thread.map((t) => ({ text: t.text, assets: observableAssets(t.assets) }))
    : current.thread;
  const threadChanged = !sameJson(wantThread, haveThread);
  if (threadChanged && want.thread.length === 0) {
    return {
      kind: 'replace',
      why: `the thread of ${current.thread.length} became a single post, and Buffer keeps a thread an edit leaves out`,
      changed: ['thread'],
    };
  }
  const wantOptions = current.fromBuffer ? observableMetadata(want.metadata) : want.metadata;
  const removed = removedPaths(current.metadata, wantOptions);
  if (removed.length > 0) {
    const names = removed.map((p) => `\`metadata.${key}.${p}\``).join(', ');
    return {
      kind: 'replace',
      why: `${names} was removed, and Buffer keeps metadata an edit leaves out`,
      changed: ['metadata'],
    };
  }
  const metadataChanged = !covers(current.metadata, wantOptions);

  if (want.text !== current.text) changed.push('text');
  if (threadChanged) changed.push('thread');
  if (
    !sameJson(observableAssets(want.assets, current.fromBuffer), observableAssets(current.assets, current.fromBuffer))
  ) {
    input.assets = desired.assets;
    changed.push('assets');
  }
  if (metadataChanged) changed.push('metadata');
  // Buffer requires `text` equal to the thread's first item: whenever the
  // thread or the text is sent, both go, from the file.
  if (want.text !== current.text || threadChanged) input.text = desired.text ?? '';
  if (
    (threadChanged || metadataChanged || (want.thread.length > 0 && input.text !== undefined)) &&
    key &&
    desired.metadata?.[key]
  ) {
    input.metadata = { [key]: desired.metadata[key]! };
  }

  scheduleChange(desired, want, current, input, changed);

  if (want.schedulingType && current.schedulingType && want.schedulingType !== current.schedulingType) {
    input.schedulingType = want.schedulingType;
    changed.push('schedulingType');
  }
  if (changed.length === 0) return { kind: 'equal' };
  // A draft stays a draft: Buffer schedules a draft edited without it.
  if (want.draft && input.saveToDraft === undefined) input.saveToDraft = true;
  return { kind: 'edit', input, changed };
}

/** Draft and time: what `mode`, `dueAt` and `saveToDraft` the edit carries. */
function scheduleChange(
  desired: CreatePostInput,
  want: PostSnapshot,
  current: PostSnapshot,
  input: EditPostInput,
  changed: EditableField[],
): void {
  const custom = desired.mode === 'customScheduled';
  const dueDiffers = custom && Boolean(want.dueAt) && !sameInstant(want.dueAt, current.dueAt);
  if (want.draft) {
    if (!current.draft) {
      input.saveToDraft = true;
      changed.push('draft');
    }
    // A draft keeps its time: Buffer stores a draft's dueAt for when it is scheduled.
    if (dueDiffers) {
      input.saveToDraft = true;
      input.mode = 'customScheduled';
      input.dueAt = want.dueAt;
      changed.push('schedule');
    }
    return;
  }
  if (current.draft) {
    // draft: true → false schedules the post as the file says.
    input.saveToDraft = false;
    input.mode = desired.mode;
    if (custom && want.dueAt) input.dueAt = want.dueAt;
    changed.push('draft');
    return;
  }
  const currentCustom = current.mode === 'customScheduled';
  const modeDiffers =
    current.mode !== undefined && (current.exactMode ? current.mode !== desired.mode : currentCustom !== custom);
  if (dueDiffers || modeDiffers) {
    input.mode = desired.mode;
    if (custom && want.dueAt) input.dueAt = want.dueAt;
    changed.push('schedule');
  }
}

function sameInstant(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return a === b;
  return Date.parse(a) === Date.parse(b);
}

function threadOf(value: unknown): PostSnapshot['thread'] {
  if (!Array.isArray(value) || value.length <= 1) return [];
  return value.map((item) => {
    const t = (item ?? {}) as { text?: unknown; assets?: unknown };
    return {
      text: typeof t.text === 'string' ? t.text : '',
      assets: Array.isArray(t.assets) ? (t.assets as AssetInput[]) : [],
    };
  });
}

/**
 * Assets as Buffer echoes them: a link asset has no output member, an image
 * comes back without its thumbnail, user tags or animated thumbnail, and
 * unset optional values come back empty. Compared in this form on both sides
 * when one side is Buffer's, else as written.
 */
function observableAssets(assets: AssetInput[], fromBuffer = true): unknown[] {
  if (!fromBuffer) return assets;
  const out: unknown[] = [];
  for (const a of assets) {
    if ('image' in a) {
      const alt = a.image.metadata?.altText;
      out.push({ image: { url: a.image.url, ...(alt ? { altText: alt } : {}) } });
    } else if ('video' in a) {
      const m = a.video.metadata ?? {};
      out.push({
        video: {
          url: a.video.url,
          ...(m.title ? { title: m.title } : {}),
          ...(typeof m.thumbnailOffset === 'number' ? { thumbnailOffset: m.thumbnailOffset } : {}),
        },
      });
    } else if ('document' in a) {
      out.push({ document: { url: a.document.url, title: a.document.title, thumbnailUrl: a.document.thumbnailUrl } });
    }
  }
  return out;
}

/** Metadata as Buffer echoes it: annotations and a retweet's comment are not read back. */
function observableMetadata(entry: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(entry)) {
    if (field === 'annotations') continue;
    if (field === 'retweet' && value && typeof value === 'object') {
      out.retweet = { id: (value as Record<string, unknown>).id };
      continue;
    }
    out[field] = value;
  }
  return out;
}

/**
 * Buffer fills in a link card's title, description and thumbnail from the
 * page when the input leaves them out: inside `linkAttachment`, a field the
 * file does not set is not compared.
 */
const FILLED_BY_BUFFER = new Set(['linkAttachment']);

/** Paths (`firstComment`, `geolocation.id`) Buffer holds that the file no longer sets. */
function removedPaths(have: Record<string, unknown>, want: Record<string, unknown>, prefix = ''): string[] {
  const out: string[] = [];
  for (const [field, value] of Object.entries(have)) {
    if (value === undefined || value === null || value === '') continue;
    const path = `${prefix}${field}`;
    const wanted = want[field];
    if (wanted === undefined || wanted === null || wanted === '') {
      out.push(path);
    } else if (isPlainObject(value) && isPlainObject(wanted) && !FILLED_BY_BUFFER.has(field)) {
      out.push(...removedPaths(value, wanted, `${path}.`));
    }
  }
  return out;
}

/** Whether Buffer's entry already says everything the file's does (after `removedPaths` found nothing missing). */
function covers(have: Record<string, unknown>, want: Record<string, unknown>): boolean {
  for (const [field, value] of Object.entries(want)) {
    const current = have[field];
    if (FILLED_BY_BUFFER.has(field) && isPlainObject(value) && isPlainObject(current)) {
      if (!Object.entries(value).every(([k, v]) => sameJson(v, current[k]))) return false;
    } else if (!sameJson(normalizeScalar(value), normalizeScalar(current))) {
      return false;
    }
  }
  return true;
}

/** Buffer answers DateTime fields in its own ISO spelling: compare instants, not strings. */
function normalizeScalar(value: unknown): unknown {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value)))
    return new Date(value).toISOString();
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeScalar(v)]));
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return Boolean(value) && typeof value === 'object' && !Array.isArray(value);
}
