/**
 * A post as import reads it (documents.ts POST_CONTENT_FIELDS) → what a post
 * file records: the shared `Post`, its assets as Buffer's `AssetInput`
 * list, each thread item's media, and the per-network options under their
 * `PostInputMetaData` names. The reading itself is buffer/post-content.ts,
 * shared with the plan's comparison of tracked posts.
 */
import { toPost } from '../buffer/mappers.js';
import { toPostContent } from '../buffer/post-content.js';
import type { AssetInput, Post } from '../buffer/types.js';

export interface ImportedPost {
  post: Post;
  assets: AssetInput[];
  /** Media of every thread item (item 0 carries the post's own assets). */
  threadAssets: AssetInput[][];
  /** The channel's own `metadata.<key>` options, when Buffer has any worth keeping. */
  metadata?: Record<string, Record<string, unknown>>;
}

export function toImportedPost(wire: unknown): ImportedPost {
  const post = toPost(wire);
  const content = post.content ?? toPostContent(wire, post.channelService);
  const imported: ImportedPost = {
    post,
    assets: content.assets,
    threadAssets: content.thread.map((item) => item.assets),
  };
  if (content.metadata) imported.metadata = content.metadata;
  return imported;
}
