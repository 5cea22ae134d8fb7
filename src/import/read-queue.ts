/**
 * The posts import reads from Buffer: every post of the organization in the
 * chosen statuses, oldest due time first, 100 to a request.
 */
import type { BufferClient } from '../buffer/client.js';
import { IMPORT_POSTS_QUERY } from '../buffer/documents.js';
import type { PostStatus } from '../buffer/types.js';
import { toImportedPost, type ImportedPost } from './wire-post.js';

const PAGE_SIZE = 100;
/** A queue larger than this is not one a team adopts by import in one go. */
const MAX_PAGES = 100;

export async function readQueue(
  client: BufferClient,
  organizationId: string,
  statuses: PostStatus[],
): Promise<ImportedPost[]> {
  const input = { organizationId, filter: { status: statuses }, sort: [{ field: 'dueAt', direction: 'asc' }] };
  const posts: ImportedPost[] = [];
  let after: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const variables: Record<string, unknown> = { input, first: PAGE_SIZE };
    if (after) variables.after = after;
    const data = await client.read('ImportPosts', IMPORT_POSTS_QUERY, variables, 1);
    const result = (data.posts ?? {}) as {
      edges?: { node?: unknown }[] | null;
      pageInfo?: { endCursor?: string | null; hasNextPage?: boolean };
    };
    for (const edge of result.edges ?? []) if (edge?.node) posts.push(toImportedPost(edge.node));
    const next = result.pageInfo?.endCursor ?? undefined;
    if (!result.pageInfo?.hasNextPage || !next || next === after) return posts;
    after = next;
  }
  throw new Error(
    `Buffer has more than ${MAX_PAGES * PAGE_SIZE} posts in the statuses to import; import fewer at a time with --status.`,
  );
}
