/**
 * What the write-back records per file × channel. A run can both create a
 * post for a channel and delete an older post the same file held there (an
 * orphan, a previous version's ID): the file must end up holding the new one,
 * whatever order the outcomes come in.
 */
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/apply/outcome.js';
import type { Post } from '../../src/buffer/types.js';
import type { CreateItem, DeleteItem } from '../../src/plan/types.js';
import { trackedUpdatesFrom } from '../../src/writeback/tracked-updates.js';

const post: Post = { id: 'new', channelId: 'c1', status: 'scheduled', text: 'Hi' };
const create = { action: 'create', file: 'posts/a.md', line: 2, ref: 'mastodon' } as CreateItem;
const removeOld = {
  action: 'delete',
  file: 'posts/a.md',
  line: 2,
  ref: 'mastodon',
  postId: 'old',
  reason: 'channel-removed',
} as DeleteItem;

describe('trackedUpdatesFrom', () => {
  it('a created post outranks the removal of an older one for the same channel, in either order', () => {
    const created: Outcome = { item: create, status: 'created', post };
    const deleted: Outcome = { item: removeOld, status: 'deleted' };
    for (const outcomes of [
      [created, deleted],
      [deleted, created],
    ]) {
      expect(trackedUpdatesFrom(outcomes).get('posts/a.md')?.get('mastodon')).toMatchObject({ id: 'new' });
    }
  });

  it('a removed channel alone drops its entry', () => {
    expect(
      trackedUpdatesFrom([{ item: removeOld, status: 'deleted' }])
        .get('posts/a.md')
        ?.get('mastodon'),
    ).toBeNull();
  });
});
