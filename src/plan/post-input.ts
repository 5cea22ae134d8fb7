/**
 * From a post file, as one network renders it, to Buffer's mutation inputs.
 * Field names are the wire's (reference), whatever spelling the file used.
 */
import {
  METADATA_KEY,
  THREAD_SERVICES,
  type AssetInput,
  type Channel,
  type CreatePostInput,
  type PostInputMetaData,
} from '../buffer/types.js';
import type { PostFile, RenderedPost } from '../posts/model.js';
import { compareCodeUnits } from '../text/compare.js';

/** Tells Buffer where the post came from (CreatePostInput.source). */
export const POST_SOURCE = 'buffer-gitops';

export function toCreatePostInput(post: PostFile, rendered: RenderedPost, channel: Channel): CreatePostInput {
  const input: CreatePostInput = {
    channelId: channel.id,
    schedulingType: post.schedulingType,
    mode: post.mode,
    text: rendered.text,
    assets: rendered.assets,
    source: POST_SOURCE,
  };
  if (post.mode === 'customScheduled' && post.dueAt?.iso) input.dueAt = post.dueAt.iso;
  const metadata = metadataFor(post, rendered, channel);
  if (metadata) input.metadata = metadata;
  if (post.draft) input.saveToDraft = true;
  return input;
}

/**
 * Only the channel's own service key of `metadata` is sent: a post to X and
 * LinkedIn carries `metadata.linkedin` only in the LinkedIn request.
 * The thread, where the service threads, goes in `metadata.<service>.thread`.
 */
function metadataFor(post: PostFile, rendered: RenderedPost, channel: Channel): PostInputMetaData | undefined {
  const key = METADATA_KEY[channel.service];
  if (!key) return undefined;
  const own = post.metadata?.[key];
  const entry: Record<string, unknown> = own ? { ...own } : {};
  if (rendered.thread && rendered.thread.length > 1 && THREAD_SERVICES.includes(channel.service)) {
    entry.thread = rendered.thread.map((item) => ({ text: item.text, assets: item.assets }));
  }
  return Object.keys(entry).length > 0 ? { [key]: entry } : undefined;
}

/** What an edit changes, as the plan and its reports name it. */
export type EditableField = 'text' | 'thread' | 'assets' | 'metadata' | 'schedule' | 'schedulingType' | 'draft';

/** Deterministic comparison of JSON values regardless of key order. */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => compareCodeUnits(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function assetCount(assets: AssetInput[], kind: 'image' | 'video' | 'document' | 'link'): number {
  return assets.filter((a) => kind in a).length;
}
